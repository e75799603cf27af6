"""`LanePoolTransport`: the default transport, httpx's own HTTP/1.1 transport minus its pool's cost under load.

httpcore 1.0.9's pool hands every queued request the first idle connection in one pass, so a burst
of requests piles onto one connection; all but one get `ConnectionNotAvailable` and go round again,
each pass walking every connection and polling every idle socket. At concurrency 50 that is several
wasted passes per request, and the slower the process gets the more requests queue together
(1,000 GETs against a 20 ms server: 2.7-5.6 s instead of 0.4 s; a bigger pool is slower still).

Here each connection lives in its own single-connection `httpx.AsyncHTTPTransport` (a "lane"); a
request takes an idle lane (or a new one, up to `max_connections`), so no two requests ever race
for one connection, and each lane keeps httpx's request handling, keep-alive expiry and exception
mapping unchanged. Idle lanes beyond `max_keepalive_connections` are closed. Public httpx, httpcore
and anyio API, but for one assignment: each lane's httpcore pool (httpx 0.28's `_pool`) is replaced by
the same pool on `_asyncio_backend` (were httpx to rename it, the lanes would keep anyio's backend:
slower, same behaviour).

A lane goes back to the idle list only after a clean exchange: the response was read to its end and
closed without error. A request that raised or was cancelled, or a response closed early or whose
close was interrupted, may leave httpcore's single connection stuck (in state NEW, or ACTIVE with a
request still queued: a cancellation can cut through httpcore's shielded close), and the next call
would wait on it until its pool timeout. Such a lane is closed and dropped instead; cancellation is
routine in a web backend (a client disconnect cancels the handler).
"""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import AsyncIterator
from typing import Any

import anyio
import httpcore
import httpx

from ._asyncio_backend import AsyncioBackend

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=5.0)
# Closing a dropped lane is shielded from the caller's cancellation, but bounded: a TLS close waits for
# the peer, and the caller must not wait on a dead server.
CLOSE_TIMEOUT = 2.0
_BACKEND = AsyncioBackend()  # stateless


class LanePoolTransport(httpx.AsyncBaseTransport):
    """A pool of single-connection `httpx.AsyncHTTPTransport`s; `transport_options` go to each of them
    (`verify`, `cert`, `proxy`, `local_address`, `retries`, ...; one SSL context is made once and shared)."""

    def __init__(self, limits: httpx.Limits = DEFAULT_LIMITS, **transport_options: Any) -> None:
        if transport_options.get("http2"):
            raise ValueError("http2: LanePoolTransport is HTTP/1.1 only (HTTP/2 needs no pool of connections)")
        verify = transport_options.pop("verify", True)
        cert = transport_options.pop("cert", None)
        trust_env = transport_options.pop("trust_env", True)
        # Building an SSL context loads the CA bundle (tens of ms): once, not per lane.
        self._ssl_context = verify if isinstance(verify, ssl.SSLContext) else \
            httpx.create_ssl_context(verify=verify, cert=cert, trust_env=trust_env)
        self._options = transport_options
        self._lane_limits = httpx.Limits(max_connections=1, max_keepalive_connections=1,
                                         keepalive_expiry=limits.keepalive_expiry)
        self._max_connections = limits.max_connections
        self._max_idle = limits.max_keepalive_connections
        self._slots: anyio.Semaphore | None = None  # made on first use, inside the event loop
        self._idle: list[httpx.AsyncHTTPTransport] = []  # most recently used last
        self._busy: set[httpx.AsyncHTTPTransport] = set()
        self._closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._closed:
            raise RuntimeError("LanePoolTransport: used after aclose()")
        await self._acquire_slot(request)
        lane = self._idle.pop() if self._idle else self._new_lane()
        self._busy.add(lane)
        release = _Release(self, lane)
        try:
            response = await lane.handle_async_request(request)
        except BaseException:
            await release(reuse=False)
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _ReleasingStream(response.stream, release)  # the lane's response, body wrapped
        return response

    async def aclose(self) -> None:
        self._closed = True
        lanes = [*self._idle, *self._busy]
        self._idle.clear()
        self._busy.clear()
        for lane in lanes:
            await lane.aclose()

    @property
    def connections(self) -> tuple[int, int]:
        """(idle, in use) lanes: each holds at most one connection."""
        return len(self._idle), len(self._busy)

    def _new_lane(self) -> httpx.AsyncHTTPTransport:
        lane = httpx.AsyncHTTPTransport(verify=self._ssl_context, limits=self._lane_limits, **self._options)
        if self._options.get("proxy") is None:
            # The same httpcore pool httpx makes (same arguments), on the asyncio backend (see its module).
            # A proxy keeps httpx's own pool class (HTTPProxy, SOCKSProxy) and backend.
            options = {k: v for k, v in self._options.items()
                       if k in ("uds", "local_address", "retries", "socket_options")}
            lane._pool = httpcore.AsyncConnectionPool(
                ssl_context=self._ssl_context, max_connections=1, max_keepalive_connections=1,
                keepalive_expiry=self._lane_limits.keepalive_expiry, http1=True, http2=False,
                network_backend=_BACKEND, **options)
        return lane

    async def _acquire_slot(self, request: httpx.Request) -> None:
        if self._max_connections is None:
            return
        if self._slots is None:
            self._slots = anyio.Semaphore(self._max_connections)
        try:  # a free connection is the common case: no timeout scope needed for it
            self._slots.acquire_nowait()
            return
        except anyio.WouldBlock:
            pass
        pool_timeout = request.extensions.get("timeout", {}).get("pool")
        try:
            with anyio.fail_after(pool_timeout):
                await self._slots.acquire()
        except TimeoutError:
            raise httpx.PoolTimeout(f"no connection free within {pool_timeout} s", request=request) from None

    def _give_back(self, lane: httpx.AsyncHTTPTransport, reuse: bool) -> bool:
        """Free the lane's slot and, if `reuse`, put it on the idle list; True if it must be closed instead."""
        self._busy.discard(lane)
        if self._slots is not None:
            self._slots.release()
        if not reuse or self._closed or (self._max_idle is not None and len(self._idle) >= self._max_idle):
            return True
        self._idle.append(lane)
        return False


class _Release:
    """Gives a lane back exactly once: when its response is closed, or when its request failed."""

    def __init__(self, pool: LanePoolTransport, lane: httpx.AsyncHTTPTransport) -> None:
        self._pool: LanePoolTransport | None = pool
        self._lane = lane

    async def __call__(self, reuse: bool) -> None:
        pool, self._pool = self._pool, None
        # Sync up to here: the slot is freed and a bad lane dropped even if the close below is cut short.
        if pool is not None and pool._give_back(self._lane, reuse):
            # The lane is dropped either way: a failed close must not replace the caller's outcome.
            with anyio.CancelScope(deadline=anyio.current_time() + CLOSE_TIMEOUT, shield=True), \
                    contextlib.suppress(Exception):
                await self._lane.aclose()


class _ReleasingStream(httpx.AsyncByteStream):
    """The lane's response body; closing it (httpx always does) gives the lane back, for reuse only if
    the body was read to its end and the close completed."""

    def __init__(self, stream: httpx.AsyncByteStream, release: _Release) -> None:
        self._stream = stream
        self._release = release
        self._read_to_end = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk
        self._read_to_end = True

    async def aclose(self) -> None:
        reuse = False
        try:
            await self._stream.aclose()
            reuse = self._read_to_end
        finally:
            await self._release(reuse)
