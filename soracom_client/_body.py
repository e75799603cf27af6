"""Reading a streamed response body with a bound on its decoded size.

httpx's `aread()` holds whatever the server sends, and its decoders expand each raw chunk fully, so a
small gzip bomb becomes gigabytes. Here gzip and deflate bodies are decoded with zlib's `max_length`,
so no more than the limit (plus one byte) is ever produced, and a plain body stops at the first chunk
past the limit: memory stays within the limit plus one network read (httpcore reads 64 KiB at a time).
Other encodings (br, zstd, several stacked) go through httpx's decoders: there the bound is the limit
plus what one raw chunk expands to.
"""

from __future__ import annotations

import contextvars
import zlib

import httpx

from .errors import ResponseParseError, ResponseTooLargeError

__all__ = ["body_limit", "read_answer", "read_body"]

# Set by the runner for the length of a call: (max_response_size, the call's method and path template).
body_limit: contextvars.ContextVar[tuple[int, str] | None] = contextvars.ContextVar("soracom_body_limit",
                                                                                    default=None)


_STEP = 65536


class _TooLarge(Exception):
    pass


class _Bounded:
    """Decodes gzip/deflate chunks producing at most `room` more bytes in all."""

    def __init__(self, encoding: str, limit: int) -> None:
        self._gzip = encoding in ("gzip", "x-gzip")
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 32 if self._gzip else zlib.MAX_WBITS)
        self._first = True
        self._room = limit

    def feed(self, data: bytes) -> list[bytes]:
        out: list[bytes] = []
        if self._first and not self._gzip and data:
            self._first = False
            try:  # "deflate" is zlib-wrapped by the RFC, raw deflate in practice (httpx accepts both)
                return self._run(data, out)
            except zlib.error:
                self._room += sum(len(chunk) for chunk in out)
                out.clear()
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
        return self._run(data, out)

    def _run(self, data: bytes, out: list[bytes]) -> list[bytes]:
        while data:
            # Small steps: zlib grows its output buffer by doubling, so one big step could hold twice the room.
            chunk = self._zlib.decompress(data, min(self._room + 1, _STEP))
            self._room -= len(chunk)
            if self._room < 0:
                raise _TooLarge
            out.append(chunk)
            data = self._zlib.unconsumed_tail
            if self._zlib.eof:
                break  # trailing bytes after the stream: ignored, as httpx does
        return out

    def flush(self) -> bytes:
        rest = self._zlib.flush()
        self._room -= len(rest)
        if self._room < 0:
            raise _TooLarge
        return rest


async def read_body(response: httpx.Response, limit: int, where: str) -> bytes:
    """Read the body of a streamed `response` (decoded), at most `limit` bytes; make it the response's
    content (`response.content`, `.json()` work as after `aread()`).

    Past the limit the response is closed (its connection is not reused) and ResponseTooLargeError raised;
    a body that does not decode raises ResponseParseError. `where` (no secrets) goes into the messages.
    """
    if hasattr(response, "_content"):  # already read (a mock transport's answer)
        return response.content
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    chunks: list[bytes] = []
    size = 0
    try:
        if encoding in ("gzip", "x-gzip", "deflate"):
            decoder = _Bounded(encoding, limit)
            async for raw in response.aiter_raw():
                chunks.extend(decoder.feed(raw))
            chunks.append(decoder.flush())
        else:  # identity, or an encoding httpx decodes (one raw chunk's expansion past the limit)
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > limit:
                    raise _TooLarge
                chunks.append(chunk)
    except _TooLarge:
        await response.aclose()
        raise ResponseTooLargeError(
            f"{where}: response body larger than max_response_size ({limit} bytes); not read further",
            limit=limit) from None
    except (zlib.error, httpx.DecodingError) as exc:
        await response.aclose()
        error = ResponseParseError(f"body could not be decoded ({encoding or 'identity'}): {exc}",
                                   status_code=response.status_code, model=where)
        raise error from exc
    content = b"".join(chunks)
    response._content = content  # what aread() would have set: .content and .json() now work
    return content


async def read_answer(response: httpx.Response) -> bytes:
    """Read an answer the auth flow itself asked for (login, token renewal): within the call's limit
    inside a call, as `aread()` outside one (the flow only runs inside calls and `Soracom.client` use)."""
    limit = body_limit.get()
    if limit is None:
        return await response.aread()
    return await read_body(response, *limit)
