"""`AiohttpPoolTransport`: httpx's own `AsyncHTTPTransport` whose httpcore pool is aiohttp's client.

httpx's transport is kept whole (its request conversion, its httpcore-to-httpx exception mapping, and
the method pytest-httpx and OpenTelemetry patch, `httpx.AsyncHTTPTransport.handle_async_request`);
only its `_pool` (httpx 0.28's attribute) is replaced by `AiohttpPool`, an `httpcore.AsyncConnectionPool`
whose requests go through an `aiohttp.ClientSession`: aiohttp's C HTTP parser and connection pool cost
about half the CPU per call of httpcore and h11, and a cancelled aiohttp request closes its connection.
respx (its default "httpcore" mocker) replaces `httpcore.AsyncConnectionPool.handle_async_request`;
while it is replaced the pool defers to it, so respx sees every call (and its pass-through runs
httpcore's own pool code on this pool). Under trio (aiohttp is asyncio only) httpcore's own pool code
serves the requests too.

Errors are httpcore's, with the retry meaning intact (`_retry.after_exception` retries any operation
after a connect error or timeout, "never sent"): only a failure to connect (or to get a connection in
time) is a connect error; a server that disconnects after reading the request is a
`RemoteProtocolError`, a reset a `ReadError`. Messages never hold the URL or the headers.
Timeouts come from `request.extensions["timeout"]`: `connect` bounds the TCP and TLS connect, `pool`
plus `connect` the whole wait for a connection, `read` each socket read. aiohttp has no write timeout:
the API's request bodies are small JSON documents that fit in the socket's send buffer.
"""

from __future__ import annotations

import asyncio
import os
import ssl
from collections.abc import AsyncIterable, AsyncIterator
from typing import Any

import aiohttp
import httpcore
import httpx
import sniffio
from multidict import CIMultiDict
from yarl import URL

from ._aiohttp_errors import Kind, chained, kind_of, message
from ._transport import DEFAULT_LIMITS

# respx's mocker replaces `httpcore.AsyncConnectionPool.handle_async_request` on the class. `AiohttpPool`
# tells by where the current function's code lives, not by comparing with a copy taken at import: this
# module is imported on first use, which may be inside `respx.mock` (the copy would then be respx's).
_HTTPCORE_DIR = os.path.dirname(httpcore.__file__) + os.sep
_CHUNK = 65536
# aiohttp re-sends an idempotent request by itself after a disconnect; only this private attribute turns
# that off. Where an aiohttp release no longer has it, this transport is not used (see default_transport).
CAN_TURN_OFF_RESEND = "_retry_connection" in getattr(aiohttp.ClientSession, "ATTRS", frozenset())


_HTTPCORE_ERRORS: dict[Kind, type[Exception]] = {
    "connect": httpcore.ConnectError, "connect_timeout": httpcore.ConnectTimeout,
    "read_timeout": httpcore.ReadTimeout, "unsupported": httpcore.UnsupportedProtocol,
    "protocol": httpcore.RemoteProtocolError, "read": httpcore.ReadError,
}


def _is_httpcore_own(function: Any) -> bool:
    code = getattr(function, "__code__", None)
    return code is not None and code.co_filename.startswith(_HTTPCORE_DIR)


def _remap(cause: aiohttp.ClientError, request: httpcore.Request) -> Exception:
    """The httpcore error that says whether the request may have been processed (httpx maps it on); raise it
    `from chained(cause)`. The classification is shared with `AiohttpTransport` (`_aiohttp_errors`)."""
    target = request.url.target.decode("ascii", "replace")
    urls = (str(URL(bytes(request.url).decode("ascii", "replace"), encoded=True)), target, target.split("?", 1)[0])
    return _HTTPCORE_ERRORS[kind_of(cause)](message(cause, urls))


class AiohttpPool(httpcore.AsyncConnectionPool):
    """httpcore's pool interface over an `aiohttp.ClientSession` made on first use (in the event loop)."""

    def __init__(self, ssl_context: ssl.SSLContext, limits: httpx.Limits,
                 local_address: str | None = None) -> None:
        # httpcore's own state too, for respx's pass-through, which runs httpcore's pool code on self.
        super().__init__(ssl_context=ssl_context, max_connections=limits.max_connections,
                         max_keepalive_connections=limits.max_keepalive_connections,
                         keepalive_expiry=limits.keepalive_expiry, local_address=local_address)
        self._aio_ssl = ssl_context
        self._aio_limits = limits
        self._aio_local = local_address
        self._session: aiohttp.ClientSession | None = None
        self._session_loop: asyncio.AbstractEventLoop | None = None

    def _new_session(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            ssl=self._aio_ssl, limit=self._aio_limits.max_connections or 0, limit_per_host=0,
            keepalive_timeout=self._aio_limits.keepalive_expiry or 15.0,
            local_addr=(self._aio_local, 0) if self._aio_local else None)
        # httpx decodes bodies, handles cookies and redirects itself.
        session = aiohttp.ClientSession(connector=connector, auto_decompress=False, trust_env=False,
                                        cookie_jar=aiohttp.DummyCookieJar())
        # aiohttp re-sends a GET, PUT or DELETE once by itself after a disconnect or reset, even one that
        # came after the server read the request; the retry rules (`_retry`) decide that, and count it.
        # No public switch for it (aiohttp 3.10-3.14): if the attribute goes, the test of retries fails.
        session._retry_connection = False
        return session

    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        current = httpcore.AsyncConnectionPool.handle_async_request
        if not _is_httpcore_own(current):  # respx is active
            return await current(self, request)
        if sniffio.current_async_library() != "asyncio":  # aiohttp is asyncio only: httpcore's pool (anyio)
            return await current(self, request)
        loop = asyncio.get_running_loop()
        if self._session is None or self._session_loop is not loop:
            # A session is bound to its event loop; a client reused under a new loop (a second
            # asyncio.run) gets a new one instead of aiohttp's RuntimeError. The old loop's connections
            # cannot be closed from here: the garbage collector drops them.
            self._session, self._session_loop = self._new_session(), loop
        timeout = request.extensions.get("timeout", {})
        connect, pool = timeout.get("connect"), timeout.get("pool")
        headers: CIMultiDict[str] = CIMultiDict()
        for name, value in request.headers:
            if name.lower() != b"transfer-encoding":  # aiohttp frames the body it is given
                headers.add(name.decode("latin-1"), value.decode("latin-1"))
        assert isinstance(request.stream, AsyncIterable)  # httpx's request streams are both sync and async
        body = b"".join([chunk async for chunk in request.stream])
        sni = request.extensions.get("sni_hostname")
        try:
            response = await self._session.request(
                request.method.decode("ascii"), URL(bytes(request.url).decode("ascii"), encoded=True),
                headers=headers, data=body or None, allow_redirects=False, compress=False,
                server_hostname=sni,
                timeout=aiohttp.ClientTimeout(
                    total=None, sock_connect=connect, sock_read=timeout.get("read"),
                    connect=None if pool is None or connect is None else pool + connect))
        except aiohttp.ClientError as exc:
            raise _remap(exc, request) from chained(exc)
        extensions: dict[str, Any] = {"http_version": b"HTTP/1.1"}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode("latin-1", "replace")
        return httpcore.Response(status=response.status, headers=list(response.raw_headers),
                                 content=_Body(response, request), extensions=extensions)

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            await session.close()
        await super().aclose()


class _Body:
    """The response body as httpcore's stream: the connection goes back to aiohttp's pool when the body
    was read to its end, and is closed otherwise (a body left unread, an error, a cancellation)."""

    def __init__(self, response: aiohttp.ClientResponse, request: httpcore.Request) -> None:
        self._response = response
        self._request = request
        self._read_to_end = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_chunked(_CHUNK):
                yield chunk
        except aiohttp.ClientError as exc:
            raise _remap(exc, self._request) from chained(exc)
        self._read_to_end = True

    async def aclose(self) -> None:
        if self._read_to_end:
            self._response.release()
        else:
            self._response.close()


class AiohttpPoolTransport(httpx.AsyncHTTPTransport):
    """`httpx.AsyncHTTPTransport` over `AiohttpPool` (HTTP/1.1): `verify`, `cert`, `trust_env` (for the
    CA bundle), `limits` and `local_address`. A proxy needs `LanePoolTransport` (httpcore's proxy pools)."""

    def __init__(self, limits: httpx.Limits = DEFAULT_LIMITS, *, verify: ssl.SSLContext | str | bool = True,
                 cert: Any = None, trust_env: bool = True, local_address: str | None = None) -> None:
        if not CAN_TURN_OFF_RESEND:
            raise RuntimeError(f"AiohttpPoolTransport: aiohttp {aiohttp.__version__} gives no way to stop it from "
                               "re-sending requests by itself (a send-once operation could run twice); use "
                               "LanePoolTransport")
        ssl_context = verify if isinstance(verify, ssl.SSLContext) else \
            httpx.create_ssl_context(verify=verify, cert=cert, trust_env=trust_env)
        super().__init__(verify=ssl_context, limits=limits, trust_env=trust_env, local_address=local_address)
        self._pool = AiohttpPool(ssl_context, limits, local_address)
