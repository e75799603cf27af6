"""What the hostile server can answer: each function returns a `Behaviour` (see `hostile`).

A behaviour returns True when the connection may serve another request.
"""

from __future__ import annotations

import asyncio
import json
import struct
import zlib
from functools import cache
from typing import Any

from .hostile import Behaviour

CHUNK = 64 * 1024


def _head(status: int, headers: dict[str, str] | None = None, reason: str = "X") -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}"] + [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def raw(status: int, body: bytes, headers: dict[str, str] | None = None, *, keep: bool = True) -> Behaviour:
    async def behave(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        writer.write(_head(status, {"Content-Length": str(len(body)), **(headers or {})}) + body)
        await writer.drain()
        return keep

    return behave


def json_answer(status: int, value: Any, headers: dict[str, str] | None = None) -> Behaviour:
    return raw(status, json.dumps(value).encode(), {"Content-Type": "application/json", **(headers or {})})


def error(status: int, headers: dict[str, str] | None = None) -> Behaviour:
    return json_answer(status, {"code": "CHAOS0001", "message": f"chaos says {status}"}, headers)


def drop() -> Behaviour:
    """Close the connection after reading the request, without a byte of answer."""

    async def behave(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        return False

    return behave


async def _until_closed(reader: asyncio.StreamReader, seconds: float) -> None:
    # Reading returns b"" when the client closes; the wait is bounded by the server's own limit.
    try:
        await asyncio.wait_for(reader.read(1 << 16), seconds)
        while await asyncio.wait_for(reader.read(1 << 16), seconds):
            pass
    except asyncio.TimeoutError:  # not yet the builtin TimeoutError on 3.10
        pass


def hang(seconds: float = 100.0) -> Behaviour:
    """Read the request, answer nothing, until the client gives up."""

    async def behave(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        await _until_closed(reader, seconds)
        return False

    return behave


def redirect(status: int, location: str) -> Behaviour:
    return raw(status, b"", {"Location": location})


def huge(size: int) -> Behaviour:
    """A body of `size` bytes with an honest Content-Length (a JSON string, so that it would parse)."""

    async def behave(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        writer.write(_head(200, {"Content-Type": "application/json", "Content-Length": str(size)}))
        writer.write(b'"')
        sent = 1
        block = b"x" * CHUNK
        while sent < size - 1:
            part = block[: min(CHUNK, size - 1 - sent)]
            writer.write(part)
            sent += len(part)
            await writer.drain()
        writer.write(b'"')
        await writer.drain()
        return True

    return behave


def endless(max_bytes: int, max_seconds: float = 100.0) -> Behaviour:
    """A chunked body that does not end until the client closes (or, to spare a client that keeps it all
    in memory, `max_bytes` or `max_seconds` pass: then the connection closes without the last chunk)."""

    async def behave(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        writer.write(_head(200, {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}))
        block = b"%x\r\n%s\r\n" % (CHUNK, b" " * CHUNK)
        loop = asyncio.get_running_loop()
        end = loop.time() + max_seconds
        sent = 0
        while loop.time() < end and sent < max_bytes:
            sent += CHUNK
            writer.write(block)
            await writer.drain()
        return False

    return behave


def trickle(interval: float = 1.0, length: int = 1000) -> Behaviour:
    """Content-Length `length`, one byte every `interval` seconds: every read arrives within any read timeout."""

    async def behave(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        writer.write(_head(200, {"Content-Type": "application/json", "Content-Length": str(length)}))
        await writer.drain()
        for _ in range(length):
            writer.write(b" ")
            await writer.drain()
            await asyncio.sleep(interval)
            if reader.at_eof():
                break
        return False

    return behave


@cache
def gzip_bomb(decoded_mib: int) -> bytes:
    """A valid gzip member that inflates to `decoded_mib` MiB of zeros (~1 KiB per MiB on the wire).

    One full-flushed deflate block of 1 MiB of zeros is repeated: after a full flush no block refers
    back to an earlier one, so the repeats form a valid stream without compressing every MiB.
    """
    mib = b"\0" * (1 << 20)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(mib) + compressor.flush(zlib.Z_FULL_FLUSH)
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(decoded_mib):
        crc = zlib.crc32(mib, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = struct.pack("<II", crc, (decoded_mib << 20) & 0xFFFFFFFF)
    return header + block * decoded_mib + final + trailer


def bomb(decoded_mib: int) -> Behaviour:
    return raw(200, gzip_bomb(decoded_mib), {"Content-Type": "application/json", "Content-Encoding": "gzip"})


def bad_gzip() -> Behaviour:
    return raw(200, b"\x1f\x8b\x08\x00not really gzip at all", {"Content-Type": "application/json",
                                                                  "Content-Encoding": "gzip"})


def nested(depth: int) -> Behaviour:
    return raw(200, b"[" * depth + b"]" * depth, {"Content-Type": "application/json"})


def truncated() -> Behaviour:
    """Promises 1000 bytes, sends 10, closes."""

    async def behave(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        writer.write(_head(200, {"Content-Type": "application/json", "Content-Length": "1000"}) + b'{"simId": ')
        await writer.drain()
        return False

    return behave


def garbage_status_line() -> Behaviour:
    async def behave(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        writer.write(b"HTTP/1.1 two hundred OK\r\nContent-Length: 2\r\n\r\n{}")
        await writer.drain()
        return False

    return behave


# Hostile bodies: name -> behaviour factory (given the configured sizes).
def hostile_bodies(huge_bytes: int, bomb_mib: int, nested_depth: int, endless_bytes: int) -> dict[str, Behaviour]:
    return {
        "huge": huge(huge_bytes),
        "gzip-bomb": bomb(bomb_mib),
        "bad-gzip": bad_gzip(),
        "endless": endless(endless_bytes),
        "trickle": trickle(),
        "nested": nested(nested_depth),
        "truncated": truncated(),
        "truncated-json": raw(200, b'{"simId": "abc", "status": ', {"Content-Type": "application/json"}),
        "not-json": raw(200, b"<html><body>Service Unavailable</body></html>", {"Content-Type": "text/html"}),
        "html-500": raw(500, b"<html>oops</html>", {"Content-Type": "text/html"}),
        "bad-utf8": raw(200, b'{"simId": "\xff\xfe\xfd"}', {"Content-Type": "application/json"}),
        "bad-status-line": garbage_status_line(),
    }


def slow_json(value: Any, pieces: int = 4, pause: float = 0.02) -> Behaviour:
    """A normal answer whose body arrives in `pieces` parts `pause` seconds apart (cancel me mid-body)."""
    body = json.dumps(value).encode()

    async def behave(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        writer.write(_head(200, {"Content-Type": "application/json", "Content-Length": str(len(body))}))
        step = max(1, len(body) // pieces)
        for start in range(0, len(body), step):
            await asyncio.sleep(pause)
            writer.write(body[start:start + step])
            await writer.drain()
        return True

    return behave
