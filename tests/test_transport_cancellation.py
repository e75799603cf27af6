"""Cancelled calls must never poison a transport: the next calls all succeed and no connection stays busy.

In a web backend a client disconnect cancels the handler, so a call can be cancelled at any moment:
while waiting for a connection, while connecting, sending, waiting for the answer, or reading or
closing the body. Over real loopback sockets, every round cancels 100 concurrent calls at spread-out
moments, then 100 clean calls must all succeed. Every wait is bounded.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

import httpx
import pytest

from soracom_client import ApiToken, Soracom
from soracom_client.transports import AiohttpPoolTransport, LanePoolTransport
from tests.support.sims import rich_sim

BODY = json.dumps(rich_sim(1)).encode()
HEAD = (b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
        + str(len(BODY)).encode() + b"\r\n\r\n")
ROUNDS = 10
CALLS = 100
# Generous for 100 loopback calls; only a stuck connection gets near it (then the clean call fails).
CLEAN_TIMEOUT = httpx.Timeout(10.0)


class SplitServer:
    """HTTP/1.1 keep-alive server on 127.0.0.1: answers after `delay`, the body in two parts `gap` apart,
    so that a cancellation can land before, during and after the response head and inside the body."""

    def __init__(self, delay: float = 0.004, gap: float = 0.004) -> None:
        self.delay = delay
        self.gap = gap
        self.url = ""
        self._server: asyncio.Server | None = None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                await reader.readuntil(b"\r\n\r\n")  # GETs only: no request body
                await asyncio.sleep(self.delay)
                writer.write(HEAD + BODY[: len(BODY) // 2])
                await writer.drain()
                await asyncio.sleep(self.gap)
                writer.write(BODY[len(BODY) // 2:])
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass  # the client went away, or the server is stopping: this connection's task ends here
        finally:
            writer.close()

    async def __aenter__(self) -> SplitServer:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}/v1"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()


def _transports() -> list[object]:
    params: list[object] = [
        pytest.param(lambda: None, id="default"),  # what Soracom picks when no transport is given
        pytest.param(LanePoolTransport, id="LanePoolTransport"),
        pytest.param(AiohttpPoolTransport, id="AiohttpPoolTransport"),
        pytest.param(httpx.AsyncHTTPTransport, id="httpx-pool"),
    ]
    try:
        from soracom_client.transports import AiohttpTransport
        params.append(pytest.param(AiohttpTransport, id="aiohttp"))
    except ImportError:
        pass
    return params


def _cancel_after_iterations(task: asyncio.Future[object], iterations: int) -> None:
    """Cancel `task` after that many turns of the event loop: turn by turn, this reaches every point
    where a call yields, including the ones a timer hardly ever hits (a connection just assigned,
    a response just closed)."""
    if iterations == 0:
        task.cancel()
    else:
        asyncio.get_running_loop().call_soon(_cancel_after_iterations, task, iterations - 1)


async def _storm_round(soracom: Soracom, round_no: int) -> None:
    """100 concurrent calls in one gather, each cancelled at its own moment: half after 0 to 49 turns
    of the event loop, half after 0.3 to 15 ms (the round number shifts both spreads)."""
    loop = asyncio.get_running_loop()
    tasks = [asyncio.ensure_future(soracom.sim.get_sim("8981100000000000001")) for _ in range(CALLS)]
    for i, task in enumerate(tasks):
        step = (i * 7 + round_no * 3) % 50
        if i % 2:
            _cancel_after_iterations(task, step)
        else:
            loop.call_later((step + 1) * 0.0003, task.cancel)
    await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True), 30)


async def _clean_calls(soracom: Soracom) -> list[BaseException | object]:
    calls = [soracom.sim.get_sim("8981100000000000001") for _ in range(CALLS)]
    return await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), 60)


@pytest.mark.parametrize("make_transport", _transports())
async def test_cancellation_storm_leaves_the_transport_clean(make_transport: Callable[[], object],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    transport = make_transport()
    async with SplitServer() as server:
        async with Soracom(auth=ApiToken("k", "t"), base_url=server.url, timeout=CLEAN_TIMEOUT, max_retries=0,
                           transport=transport) as soracom:  # type: ignore[arg-type]
            used = soracom._shared.http._transport
            lanes = used if isinstance(used, LanePoolTransport) else None
            for round_no in range(ROUNDS):
                await _storm_round(soracom, round_no)
                if lanes is not None:  # every cancelled call gave its slot back
                    assert lanes.connections[1] == 0, f"round {round_no}: {lanes.connections[1]} in use"
                results = await _clean_calls(soracom)
                failed = [repr(r) for r in results if isinstance(r, BaseException)]
                assert not failed, f"round {round_no}: {len(failed)} of {CALLS} clean calls failed: {failed[:3]}"
                if lanes is not None:  # and nothing is left in use once every clean call returned
                    assert lanes.connections[1] == 0, f"round {round_no}: {lanes.connections[1]} in use"
