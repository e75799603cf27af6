"""`AiohttpTransport`: httpx-aiohttp's transport with errors that tell "never sent" from "may have run".

The retry rules (`_retry.after_exception`) retry any operation after `httpx.ConnectError`,
`httpx.ConnectTimeout` or `httpx.PoolTimeout`, since those mean the request never left. httpx-aiohttp
0.2 maps every `aiohttp.ClientConnectionError`, including a server that disconnects after reading
the request, to `httpx.ConnectTimeout`. This subclass maps again from the aiohttp exception itself.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import httpx
import httpx_aiohttp


def _remap(exc: httpx.TransportError, request: httpx.Request) -> httpx.TransportError:
    cause = exc.__cause__
    if not isinstance(cause, aiohttp.ClientError):
        return exc
    message = str(exc) or type(cause).__name__
    new: httpx.TransportError
    if isinstance(cause, aiohttp.ClientConnectorError):  # DNS, refused, TLS, proxy: nothing was sent
        new = httpx.ConnectError(message, request=request)
    elif isinstance(cause, aiohttp.ConnectionTimeoutError):  # no connection in time (pool or connect)
        new = httpx.ConnectTimeout(message, request=request)
    elif isinstance(cause, aiohttp.ServerTimeoutError):  # sent, no answer in time
        new = httpx.ReadTimeout(message, request=request)
    elif isinstance(cause, aiohttp.ServerDisconnectedError):
        new = httpx.RemoteProtocolError(message, request=request)
    else:  # reset, broken pipe, bad payload, ...: may have been processed
        new = httpx.ReadError(message, request=request)
    new.__cause__ = cause
    return new


class AiohttpTransport(httpx_aiohttp.AiohttpTransport):
    """`httpx_aiohttp.AiohttpTransport` (same arguments) with the error mapping described above."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await super().handle_async_request(request)
        except httpx.TransportError as exc:
            raise _remap(exc, request) from exc.__cause__
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
        except httpx.TransportError as exc:
            raise _remap(exc, self._request) from exc.__cause__

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        except httpx.TransportError as exc:
            raise _remap(exc, self._request) from exc.__cause__
