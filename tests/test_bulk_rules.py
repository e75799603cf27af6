# ruff: noqa: F811  (the pytest fixture imported from test_bulk_gate is redefined as a parameter)
"""The bulk gate's edges: open at exactly its refresh time (with no wait at all), one pause counted once,
the server's figure never below 0, and a clock of any origin (only differences of its times matter)."""

from __future__ import annotations

import asyncio
import dataclasses

import httpx
import pytest
from test_bulk_gate import KEY, REFRESH, slept  # noqa: F401

from soracom_client._bulk import PathGates, Progress, run_bulk
from soracom_client.testing import ManualClock


class BoundedClock(ManualClock):
    """A manual clock that fails the test on a sixth wait: a gate that waits in a loop fails, never hangs."""

    async def sleep(self, seconds: float) -> None:
        assert len(self.slept) < 5, f"waited again and again: {self.slept}"
        await super().sleep(seconds)


class StillClock:
    """A clock standing at one time, on which any wait fails the test (a wait for nothing must not happen)."""

    def __init__(self, now: float) -> None:
        self._now = now

    def now(self) -> float:
        return self._now

    async def sleep(self, seconds: float) -> None:
        raise AssertionError(f"waited {seconds} s")


async def test_a_gate_is_open_at_exactly_its_refresh_time() -> None:
    gates = PathGates()
    gates.observe(KEY, httpx.Response(429, headers={REFRESH: "3"}), on=StillClock(100.0))
    await gates.wait(KEY, on=StillClock(103.0))  # no wait, not even of 0 s
    await gates.wait(KEY, on=StillClock(100.0))  # the gate was forgotten once open


async def test_the_same_pause_seen_twice_is_one_pause(slept: list[float]) -> None:
    gates = PathGates()
    for _ in range(2):
        gates.observe(KEY, httpx.Response(429, headers={REFRESH: "5"}))
    await gates.wait(KEY)
    assert gates.pauses == 1 and slept == [5.0]


@pytest.mark.parametrize(("headers", "pause"), [({REFRESH: "0"}, 0.0), ({REFRESH: "-3"}, 0.0),
                                                ({REFRESH: "soon", "Retry-After": "2"}, 2.0),
                                                ({"Retry-After": "-1"}, 0.0), ({REFRESH: "0.25"}, 0.25)])
async def test_the_pause_is_the_servers_figure_never_below_0(slept: list[float], headers: dict[str, str],
                                                              pause: float) -> None:
    gates = PathGates()
    assert gates.observe(KEY, httpx.Response(429, headers=headers)) == pause
    await gates.wait(KEY)
    assert sum(slept) == pause


@pytest.mark.parametrize("start", [-1000.0, 0.0])
async def test_the_gate_closes_on_a_clock_of_any_origin(start: float) -> None:
    """Only differences of a clock's times matter: one that reads 0 or below closes the gate all the same."""
    clock = BoundedClock(start=start)
    gates = PathGates()
    assert gates.observe(KEY, httpx.Response(429, headers={REFRESH: "5"}), on=clock) == 5.0
    await gates.wait(KEY, on=clock)
    assert gates.pauses == 1 and clock.slept == [5.0] and clock.now() == start + 5.0


async def test_progress_gives_the_rate_in_calls_per_second_of_the_clients_clock() -> None:
    clock = ManualClock()
    seen: list[Progress] = []

    async def two_seconds(item: int) -> int:
        await clock.sleep(2.0)
        if item == 2:
            raise ValueError("no")
        return item

    async def instant(item: int) -> int:
        return item

    result = await run_bulk(two_seconds, [1, 2], concurrency=1, on_progress=seen.append, clock=clock)
    assert result.elapsed == 4.0  # on the client's clock
    await run_bulk(instant, [1], on_progress=seen.append, clock=clock)  # no time passed: a rate of 0, not an error
    assert seen == [Progress(1, 0, 2, 0.5), Progress(2, 1, 2, 0.5), Progress(1, 0, 1, 0.0)]
    with pytest.raises(dataclasses.FrozenInstanceError):
        seen[0].done = 5  # type: ignore[misc]


async def test_the_result_counts_and_lists_each_kind_of_outcome() -> None:
    stop = asyncio.Event()
    failure = ValueError("no")

    async def call(item: int) -> int:
        if item == 2:
            raise failure
        if item == 3:
            stop.set()
        return item * 10

    result = await run_bulk(call, [1, 2, 3, 4], concurrency=1, stop=stop)
    assert (result.succeeded, result.failed, result.not_started, len(result)) == (2, 1, 1, 4)
    assert result.results == [10, None, 30, None] and result.errors == [(2, failure)]
    assert [o.ok for o in result] == [True, False, True, False] and result[1].status == "error"
    assert [o.item for o in result[2:]] == [3, 4] and result.stopped
    assert repr(result).startswith("BulkResult(total=4, succeeded=2, failed=1, not_started=1, stopped=True, ")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result[0].status = "error"  # type: ignore[misc]


async def test_a_failing_progress_callback_ends_the_run_with_its_error_after_the_calls_in_flight_ended() -> None:
    """The other calls are cancelled and have ended (their cleanup ran) by the time the error reaches the caller."""
    ended: list[int] = []
    cancelled: list[int] = []

    async def call(item: int) -> int:
        try:
            if item != 0:
                for _ in range(1000):  # in flight until cancelled (bounded: a run that fails to cancel fails)
                    await asyncio.sleep(0)
            return item
        except asyncio.CancelledError:
            cancelled.append(item)
            raise
        finally:
            for _ in range(5):  # a cleanup that takes a few loop turns (closing a connection, say)
                await asyncio.sleep(0)
            ended.append(item)

    def progress(_: Progress) -> None:
        raise ValueError("the callback failed")

    with pytest.raises(ValueError, match="the callback failed"):
        await run_bulk(call, [0, 1, 2], concurrency=3, on_progress=progress)
    assert sorted(ended) == [0, 1, 2] and sorted(cancelled) == [1, 2]
