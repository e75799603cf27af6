"""`AiohttpTransport`: httpx-aiohttp's transport with errors that tell "never sent" from "may have run".

The retry rules (`_retry.after_exception`) retry any operation after `httpx.ConnectError`,
`httpx.ConnectTimeout` or `httpx.PoolTimeout`, since those mean the request never left. httpx-aiohttp
0.2 maps every `aiohttp.ClientConnectionError`, including a server that disconnects after reading
the request, to `httpx.ConnectTimeout`. This subclass maps again from the aiohttp exception itself.
It also maps what httpx-aiohttp lets through (`aiohttp.ClientResponseError` for a malformed answer),
so that every failure is an httpx error, and keeps the URL (and the request headers, which a
`ClientResponseError` carries) out of the message and the exception chain.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import httpx
import httpx_aiohttp

from ._aiohttp_errors import Kind, chained, kind_of, message

_HTTPX_ERRORS: dict[Kind, type[httpx.TransportError]] = {
    "connect": httpx.ConnectError, "connect_timeout": httpx.ConnectTimeout, "read_timeout": httpx.ReadTimeout,
    "unsupported": httpx.UnsupportedProtocol, "protocol": httpx.RemoteProtocolError, "read": httpx.ReadError,
}


def _remap(exc: Exception, request: httpx.Request) -> httpx.TransportError:
    """httpx-aiohttp's error (its cause the aiohttp one), or an aiohttp error it let through, as the httpx
    error that says whether the request may have been processed (see `_aiohttp_errors`); raise it `from`
    its `__cause__`."""
    cause = exc.__cause__ if isinstance(exc, httpx.TransportError) else exc
    if not isinstance(cause, aiohttp.ClientError):
        assert isinstance(exc, httpx.TransportError)
        return exc
    urls = (str(request.url), request.url.raw_path.decode("ascii", "replace"), request.url.path)
    new = _HTTPX_ERRORS[kind_of(cause)](message(cause, urls), request=request)
    new.__cause__ = chained(cause)
    return new


class AiohttpTransport(httpx_aiohttp.AiohttpTransport):
    """`httpx_aiohttp.AiohttpTransport` (same arguments) with the error mapping described above."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await super().handle_async_request(request)
        except (httpx.TransportError, aiohttp.ClientError) as exc:
            new = _remap(exc, request)
            raise new from new.__cause__
        assert isinstance(response.stream, httpx.AsyncByteStream)
        return httpx.Response(status_code=response.status_code, headers=response.headers,
                              stream=_RemappingStream(response.stream, request), request=request,
                              extensions=response.extensions)


class _RemappingStream(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, request: httpx.Request) -> None:
        self._stream = stream
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._stream:
                yield chunk
        except (httpx.TransportError, aiohttp.ClientError) as exc:
            new = _remap(exc, self._request)
            raise new from new.__cause__

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        except (httpx.TransportError, aiohttp.ClientError) as exc:
            new = _remap(exc, self._request)
            raise new from new.__cause__
