"""A minimal HTTP/1.1 keep-alive server on 127.0.0.1 that answers every request with one SIM after a delay.

Run as a subprocess: prints its port, serves until its stdin closes (so it never outlives the benchmark).
Plain asyncio protocol, no framework, so the server is never the bottleneck being measured.
"""

from __future__ import annotations

import asyncio
import json
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.sims import rich_sim  # noqa: E402

BODY = json.dumps(rich_sim(1)).encode()
RESPONSE = (b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
            + str(len(BODY)).encode() + b"\r\nx-soracom-ratelimit-remaining: 1000\r\n\r\n" + BODY)


class Handler(asyncio.Protocol):
    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        loop = asyncio.get_running_loop()
        while b"\r\n\r\n" in self.buffer:  # GETs only: no bodies
            _, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
            loop.call_later(self.delay, self._answer)

    def _answer(self) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(RESPONSE)


async def main(delay: float) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: Handler(delay), "127.0.0.1", 0, backlog=1024)
    print(server.sockets[0].getsockname()[1], flush=True)
    done = asyncio.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), loop.call_soon_threadsafe(done.set)), daemon=True).start()
    await done.wait()
    server.close()


if __name__ == "__main__":
    asyncio.run(main(float(sys.argv[1]) if len(sys.argv) > 1 else 0.02))
