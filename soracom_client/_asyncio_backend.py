"""An httpcore network backend on asyncio's own transports, for the lanes of the default transport.

httpcore's default backend goes through anyio: every read and write enters an anyio cancel scope
(`fail_after`) and anyio's socket stream. At concurrency 50 that is about a fifth of the client's
CPU per call (measured: 0.70 to 0.55 ms per call in the same conditions), and the client is
CPU-bound there. This backend reads from an asyncio Protocol's buffer and times out with one loop
timer. It speaks httpcore's public `AsyncNetworkBackend` interface and raises httpcore's exceptions,
so httpx maps them as before (the retry rules read the same types). Under any other event loop
(trio), it hands the connection to httpcore's anyio backend.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Iterable
from typing import Any

import httpcore
import sniffio

_SocketOption = Any  # httpcore's SOCKET_OPTION: a setsockopt argument tuple


class _Protocol(asyncio.Protocol):
    """Buffers what arrives; wakes the one reader or writer waiting (httpcore never does both at once)."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.eof = False  # the peer ended its side, or the connection is gone
        self.lost = False
        self.error: Exception | None = None  # why the connection was lost, if not a clean close
        self.paused = False
        self.waiter: asyncio.Future[None] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        self._wake()

    def eof_received(self) -> bool:
        self.eof = True
        self._wake()
        return False  # close our side too: an HTTP/1.1 connection is done once the peer ends it

    def connection_lost(self, exc: Exception | None) -> None:
        self.eof = self.lost = True
        self.error = exc
        self._wake()

    def pause_writing(self) -> None:
        self.paused = True

    def resume_writing(self) -> None:
        self.paused = False
        self._wake()

    def _wake(self) -> None:
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result(None)


def _expire(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError())


class AsyncioStream(httpcore.AsyncNetworkStream):
    def __init__(self, transport: asyncio.Transport, protocol: _Protocol) -> None:
        self._transport = transport
        self._protocol = protocol

    async def _wait(self, timeout: float | None) -> None:
        """Until the protocol wakes us; TimeoutError after `timeout`. A cancellation just propagates."""
        loop = asyncio.get_running_loop()
        waiter = self._protocol.waiter = loop.create_future()
        timer = loop.call_later(timeout, _expire, waiter) if timeout is not None else None
        try:
            await waiter
        finally:
            self._protocol.waiter = None
            if timer is not None:
                timer.cancel()

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        protocol = self._protocol
        while not protocol.buffer and not protocol.eof:
            try:
                await self._wait(timeout)
            except TimeoutError:
                raise httpcore.ReadTimeout("timed out reading") from None
        if protocol.buffer:
            data = bytes(protocol.buffer[:max_bytes])
            del protocol.buffer[:max_bytes]
            return data
        if protocol.error is not None:  # reset: as httpcore's own backend says
            raise httpcore.ReadError(str(protocol.error) or type(protocol.error).__name__)
        return b""  # the peer closed the connection: h11 decides whether the response was complete

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        protocol = self._protocol
        if protocol.lost or self._transport.is_closing():
            raise httpcore.WriteError(str(protocol.error or "connection closed"))
        self._transport.write(buffer)
        while protocol.paused and not protocol.lost:  # the kernel buffer is full: wait for it to drain
            try:
                await self._wait(timeout)
            except TimeoutError:
                raise httpcore.WriteTimeout("timed out writing") from None
        if protocol.lost:
            raise httpcore.WriteError(str(protocol.error or "connection closed"))

    async def aclose(self) -> None:
        self._transport.close()  # never waits: a TLS close_notify is sent in the background

    async def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                        timeout: float | None = None) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            transport = await asyncio.wait_for(
                loop.start_tls(self._transport, self._protocol, ssl_context, server_hostname=server_hostname),
                timeout)
        except asyncio.TimeoutError:
            self._transport.close()
            raise httpcore.ConnectTimeout("timed out in the TLS handshake") from None
        except (OSError, ssl.SSLError) as exc:
            self._transport.close()
            raise httpcore.ConnectError(str(exc) or type(exc).__name__) from exc
        except BaseException:
            self._transport.close()
            raise
        assert transport is not None
        return AsyncioStream(transport, self._protocol)

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":  # httpcore drops an idle keep-alive connection the server closed
            return bool(self._protocol.buffer) or self._protocol.eof
        if info == "ssl_object":
            return self._transport.get_extra_info("ssl_object")
        if info == "client_addr":
            return self._transport.get_extra_info("sockname")
        if info == "server_addr":
            return self._transport.get_extra_info("peername")
        if info == "socket":
            return self._transport.get_extra_info("socket")
        return None


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    def __init__(self) -> None:
        self._other = httpcore.AnyIOBackend()  # for any other event loop than asyncio's

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None,
                          socket_options: Iterable[_SocketOption] | None = None) -> httpcore.AsyncNetworkStream:
        if sniffio.current_async_library() != "asyncio":
            return await self._other.connect_tcp(host, port, timeout, local_address, socket_options)
        loop = asyncio.get_running_loop()
        local = (local_address, 0) if local_address else None
        stream = await self._connect(loop.create_connection(_Protocol, host, port, local_addr=local), timeout)
        for option in socket_options or ():  # asyncio already sets TCP_NODELAY, as anyio does
            stream.get_extra_info("socket").setsockopt(*option)
        return stream

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Iterable[_SocketOption] | None = None
                                  ) -> httpcore.AsyncNetworkStream:
        if sniffio.current_async_library() != "asyncio":
            return await self._other.connect_unix_socket(path, timeout, socket_options)
        loop = asyncio.get_running_loop()
        stream = await self._connect(loop.create_unix_connection(_Protocol, path), timeout)
        for option in socket_options or ():
            stream.get_extra_info("socket").setsockopt(*option)
        return stream

    @staticmethod
    async def _connect(connecting: Any, timeout: float | None) -> AsyncioStream:
        try:
            transport, protocol = await asyncio.wait_for(connecting, timeout)
        except asyncio.TimeoutError:
            raise httpcore.ConnectTimeout("timed out connecting") from None
        except OSError as exc:
            raise httpcore.ConnectError(str(exc) or type(exc).__name__) from exc
        return AsyncioStream(transport, protocol)

    async def sleep(self, seconds: float) -> None:
        if sniffio.current_async_library() != "asyncio":
            await self._other.sleep(seconds)
        else:
            await asyncio.sleep(seconds)
