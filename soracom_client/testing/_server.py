"""Run a FakeSoracom as a real HTTP server on loopback, in a background thread, and stop it cleanly."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import threading
from types import TracebackType
from typing import TYPE_CHECKING, Any

import uvicorn
from starlette.requests import ClientDisconnect

from .._origin import is_loopback
from ._app import FakeSoracom
from ._faults import ConnectionDropped

if TYPE_CHECKING:
    from soracom_client import Soracom


class _HideDrops(logging.Filter):
    """Injected connection drops are on purpose: keep them out of uvicorn's error log. A client that goes
    away before its answer (a timeout, a cancelled task) is normal too: one line, not a traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, ConnectionDropped):
            return False
        if isinstance(error, ClientDisconnect):
            record.msg, record.args = "client went away before its answer (ClientDisconnect)", ()
            record.exc_info = record.exc_text = None
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


class _Uvicorn(uvicorn.Server):
    """uvicorn's server, stopped at once. Its main loop looks at `should_exit` every 0.1 s and its shutdown
    gives open connections 0.1 s: a fake started and stopped per test spent 0.2 s per stop idle. This loop
    ticks the same (the Date header, the exit checks) but `wake()` ends the wait at once, and a shutdown with
    no connection or task left skips the grace (with some, it is uvicorn's own)."""

    _loop: asyncio.AbstractEventLoop | None = None
    _wake: asyncio.Event | None = None

    async def main_loop(self) -> None:
        self._loop, self._wake = asyncio.get_running_loop(), asyncio.Event()
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864000
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._wake.wait(), 0.1)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        # uvicorn gives open connections 0.1 s to finish before it waits for them; with none open (the
        # usual case: the test closed its client) that grace is idle time, paid by every stop.
        if self.server_state.connections or self.server_state.tasks:
            await super().shutdown(sockets)
            return
        for server in self.servers:
            server.close()
        for sock in sockets or []:
            sock.close()
        for server in self.servers:
            await server.wait_closed()
        if not self.force_exit:
            await self.lifespan.shutdown()  # as uvicorn's own (lifespan="off" here: nothing to do)

    def wake(self) -> None:
        """From any thread, after setting `should_exit`."""
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None:
            with contextlib.suppress(RuntimeError):  # the loop has already ended
                loop.call_soon_threadsafe(wake.set)


class FakeServer:
    """`with FakeServer(fake) as server: ... server.base_url` -- on 127.0.0.1, a free port by default.

    Only loopback addresses are accepted: the fake is for tests and demos on this machine.
    """

    def __init__(
        self,
        fake: FakeSoracom,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        start_timeout: float = 10.0,
        log_level: str = "warning",
    ) -> None:
        if not is_loopback(host):
            raise ValueError(f"FakeServer binds to loopback only, not {host!r}")
        self.fake = fake
        self.host = host
        self._requested_port = port
        self._start_timeout = start_timeout
        self._log_level = log_level
        self._server: _Uvicorn | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self.port: int = 0

    @property
    def base_url(self) -> str:
        """The API base, e.g. http://127.0.0.1:54321/v1."""
        return f"http://{self.host}:{self.port}{self.fake.spec.base_path}"

    def client(self, **options: Any) -> Soracom:
        """A `soracom_client.Soracom` on this server (over loopback, the default transport), logged in with
        the fake's credentials, on the fake's clock when it is a `ManualClock`. `options` go to `Soracom`."""
        from soracom_client import Soracom  # noqa: F811  (the real one, at run time)

        from ._clock import ManualClock

        if self.port == 0:
            raise RuntimeError("start the server first (`with FakeServer(fake) as server:`)")
        clock = self.fake.clock
        options.setdefault("clock", clock if isinstance(clock, ManualClock) else None)
        return Soracom(auth=self.fake.credentials, base_url=self.base_url, **options)

    def start(self) -> FakeServer:
        if self._thread is not None:
            raise RuntimeError("already started")
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets whose proto says TCP, and without
        # it every answer waits ~40 ms for a delayed ACK on loopback (Nagle).
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self._requested_port))  # binding here gives the free port before serving
        self.port = sock.getsockname()[1]
        self._socket = sock
        logging.getLogger("uvicorn.error").addFilter(_HideDrops())
        config = uvicorn.Config(self.fake, log_level=self._log_level, lifespan="off", access_log=False)
        server = _Uvicorn(config)
        self._server = server
        self._thread = threading.Thread(
            target=lambda: asyncio.run(server.serve(sockets=[sock])), name="FakeSoracom", daemon=True
        )
        self._thread.start()
        started = threading.Event()

        def wait() -> None:
            while not server.started and self._thread is not None and self._thread.is_alive():
                if started.wait(0.01):
                    return

        waiter = threading.Thread(target=wait, daemon=True)
        waiter.start()
        waiter.join(self._start_timeout)
        if not server.started:
            started.set()
            self.stop()
            raise RuntimeError(f"FakeServer did not start within {self._start_timeout} s")
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Ask uvicorn to exit and wait for its thread; safe to call twice."""
        if self._server is not None:
            self._server.should_exit = True
            self._server.wake()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():  # a request that will not finish: stop waiting for it
                assert self._server is not None
                self._server.force_exit = True
                self._thread.join(timeout)
        if self._socket is not None:
            self._socket.close()
        self._thread = self._server = self._socket = None

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    async def __aenter__(self) -> FakeServer:
        return await asyncio.to_thread(self.start)

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await asyncio.to_thread(self.stop)
