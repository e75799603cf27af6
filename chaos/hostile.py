"""A scripted hostile HTTP/1.1 server on 127.0.0.1, on raw asyncio streams so that it can send anything.

Each request is answered by the `script` (a function of the request) set by the scenario; the
script returns a `Behaviour`, an async function that writes whatever it likes and says whether
the connection may be kept. The server runs in its own thread and event loop, so that it keeps
its pace (a 1 byte/s trickle stays 1 byte/s) whatever the client's loop is doing, and it records
every request it read in full (`requests`), which is how scenarios count side effects and
credentials that reached it.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from types import TracebackType

MAX_HEAD = 1 << 20  # a request head longer than this is answered 431 and the connection closed
# Behaviours that never end on their own (hang, endless, trickle) give up after this long.
MAX_BEHAVIOUR_SECONDS = 120.0


@dataclass
class Request:
    method: str
    target: str  # the raw request target, e.g. /v1/sims/abc?x=1 (never normalised)
    headers: dict[str, str]  # lower-case names
    body: bytes
    connection: int

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]


Behaviour = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[bool]]
Script = Callable[[Request], Behaviour]


@dataclass
class Counters:
    connections_opened: int = 0
    dropped_on_connect: int = 0
    requests: list[Request] = field(default_factory=list)


class HostileServer:
    """`with HostileServer() as server:`; set `server.script` (and `drop_on_connect`) per scenario."""

    def __init__(self, script: Script, name: str = "hostile") -> None:
        self.script = script
        self.name = name
        # True: close every new connection before reading anything from it.
        self.drop_on_connect = False
        self.counters = Counters()
        self.connections_open = 0  # across resets: connections the server still holds
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._lock = threading.Lock()

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def requests(self) -> list[Request]:
        with self._lock:
            return list(self.counters.requests)

    def reset(self, script: Script | None = None, *, drop_on_connect: bool = False) -> None:
        with self._lock:
            self.counters = Counters()
        if script is not None:
            self.script = script
        self.drop_on_connect = drop_on_connect

    def start(self) -> HostileServer:
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop

            async def serve() -> None:
                self._server = await asyncio.start_server(self._connection, "127.0.0.1", 0, limit=MAX_HEAD)
                self.port = self._server.sockets[0].getsockname()[1]
                ready.set()

            loop.run_until_complete(serve())
            loop.run_forever()
            loop.close()

        self._thread = threading.Thread(target=run, name=f"chaos-{self.name}", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError(f"{self.name} server did not start")
        return self

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return

        async def shutdown() -> None:
            if self._server is not None:
                self._server.close()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            loop.stop()

        asyncio.run_coroutine_threadsafe(shutdown(), loop)
        thread.join(10)
        self._loop = self._thread = None

    def drop_connections(self) -> None:
        """Cancel every connection in progress (hanging ones included), e.g. between scenarios."""
        loop = self._loop
        if loop is None:
            return

        def cancel() -> None:
            for task in list(self._tasks):
                task.cancel()

        loop.call_soon_threadsafe(cancel)

    def __enter__(self) -> HostileServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    # -- serving --

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self.counters.connections_opened += 1
        self.connections_open += 1
        number = self.counters.connections_opened
        try:
            if self.drop_on_connect:
                self.counters.dropped_on_connect += 1
                return
            while True:
                request = await _read_request(reader, number)
                if request is None:
                    return
                with self._lock:
                    self.counters.requests.append(request)
                behaviour = self.script(request)
                keep = await asyncio.wait_for(behaviour(reader, writer), MAX_BEHAVIOUR_SECONDS)
                if not keep:
                    return
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError,
                asyncio.TimeoutError):  # asyncio.TimeoutError: 3.10 has its own
            return
        except asyncio.CancelledError:
            return
        finally:
            self.connections_open -= 1
            self._tasks.discard(task)
            writer.close()


async def _read_request(reader: asyncio.StreamReader, number: int) -> Request | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None  # the client closed the connection between requests
    lines = head.decode("latin-1").split("\r\n")
    method, target, _version = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    body = b""
    if "content-length" in headers:
        body = await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        parts = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip().split(b";")[0], 16)
            chunk = await reader.readexactly(size + 2)
            if size == 0:
                break
            parts.append(chunk[:-2])
        body = b"".join(parts)
    return Request(method, target, headers, body, number)
