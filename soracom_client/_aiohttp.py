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


def _text(cause: aiohttp.ClientError, request: httpx.Request) -> str:
    """The aiohttp error's text without the request's URL, which may hold a secret (the transfer token in
    `delete_subscriber_transfer_token`'s path): a `ClientResponseError`'s str() names the URL."""
    text = cause.message if isinstance(cause, aiohttp.ClientResponseError) else str(cause)
    for url in (str(request.url), request.url.raw_path.decode("ascii", "replace"), request.url.path):
        if len(url) > 1:
            text = text.replace(url, "<url>")
    return f"{type(cause).__name__}: {text}" if text else type(cause).__name__


def _remap(exc: Exception, request: httpx.Request) -> httpx.TransportError:
    """httpx-aiohttp's error (its cause the aiohttp one), or an aiohttp error it let through, as the httpx
    error that says whether the request may have been processed; raise it `from` its `__cause__`."""
    cause = exc.__cause__ if isinstance(exc, httpx.TransportError) else exc
    if not isinstance(cause, aiohttp.ClientError):
        assert isinstance(exc, httpx.TransportError)
        return exc
    message = _text(cause, request)
    new: httpx.TransportError
    if isinstance(cause, aiohttp.ClientConnectorError):  # DNS, refused, TLS, proxy: nothing was sent
        new = httpx.ConnectError(message, request=request)
    elif isinstance(cause, aiohttp.ConnectionTimeoutError):  # no connection in time (pool or connect)
        new = httpx.ConnectTimeout(message, request=request)
    elif isinstance(cause, aiohttp.ServerTimeoutError):  # sent, no answer in time
        new = httpx.ReadTimeout(message, request=request)
    elif isinstance(cause, aiohttp.InvalidURL):  # refused before sending
        new = httpx.UnsupportedProtocol(message, request=request)
    elif isinstance(cause, (aiohttp.ServerDisconnectedError, aiohttp.ClientResponseError)):
        new = httpx.RemoteProtocolError(message, request=request)  # no answer, or a malformed one
    else:  # reset, broken pipe, bad payload, ...: may have been processed
        new = httpx.ReadError(message, request=request)
    # Chain the aiohttp error, except those whose text or attributes hold the URL (and a
    # ClientResponseError also the request headers: the API key and token); their own cause has neither.
    new.__cause__ = cause.__cause__ if isinstance(cause, (aiohttp.ClientResponseError, aiohttp.InvalidURL)) \
        else cause
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
