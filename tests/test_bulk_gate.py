"""The bulk run's rate-limit gate, rule by rule, on a manual clock: what closes it, for how long,
what never shortens it, and when a run counts as stopped. Then the re-send cap of a call answered 429."""

from __future__ import annotations

import asyncio

import httpx
import pytest
import respx

from soracom_client import ApiToken, Soracom, _bulk, _runtime
from soracom_client._bulk import PathGates, run_bulk
from soracom_client.errors import RateLimitError
from soracom_client.testing._clock import ManualClock

KEY = "GET /sims/{sim_id}"
REFRESH = "X-Soracom-Ratelimit-Seconds-Before-Refresh"
REMAINING = "X-Soracom-Ratelimit-Remaining"


@pytest.fixture
def slept(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every gate wait, recorded and passed on the manual clock instead of slept."""
    clock = ManualClock()
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        clock.advance(seconds)

    monkeypatch.setattr(_bulk, "sleep", sleep)
    monkeypatch.setattr(_bulk, "clock", clock.now)
    return waits


async def test_remaining_0_closes_the_gate_before_any_429(slept: list[float]) -> None:
    gates = PathGates()
    assert gates.observe(KEY, httpx.Response(200, headers={REMAINING: "0", REFRESH: "3"})) == 3.0
    await gates.wait(KEY)
    assert slept == [3.0] and gates.pauses == 1
    await gates.wait(KEY)  # open again once the refresh time passed
    assert slept == [3.0]


async def test_budget_left_does_not_close_the_gate(slept: list[float]) -> None:
    gates = PathGates()
    assert gates.observe(KEY, httpx.Response(200, headers={REMAINING: "1", REFRESH: "3"})) is None
    await gates.wait(KEY)
    assert slept == [] and gates.pauses == 0


async def test_a_shorter_pause_never_shortens_a_longer_one(slept: list[float]) -> None:
    gates = PathGates()
    gates.observe(KEY, httpx.Response(429, headers={REFRESH: "10"}))
    gates.observe(KEY, httpx.Response(429, headers={REFRESH: "2"}))
    await gates.wait(KEY)
    assert sum(slept) == 10.0 and gates.pauses == 1


async def test_without_the_refresh_header_retry_after_gives_the_pause(slept: list[float]) -> None:
    gates = PathGates()
    assert gates.observe(KEY, httpx.Response(429, headers={"Retry-After": "4"})) == 4.0
    await gates.wait(KEY)
    assert slept == [4.0]


async def test_without_any_header_the_pause_is_one_second(slept: list[float]) -> None:
    gates = PathGates()
    assert gates.observe(KEY, httpx.Response(429)) == 1.0


@pytest.mark.parametrize(("pause", "closes"), [(60.0, True), (60.5, False)])
async def test_a_pause_over_60_s_does_not_close_the_gate(slept: list[float], pause: float, closes: bool) -> None:
    gates = PathGates()
    assert gates.observe(KEY, httpx.Response(429, headers={REFRESH: str(pause)})) == pause
    await gates.wait(KEY)
    assert slept == ([pause] if closes else [])


async def test_gates_are_per_path(slept: list[float]) -> None:
    gates = PathGates()
    gates.observe(KEY, httpx.Response(429, headers={REFRESH: "5"}))
    await gates.wait("GET /sims")
    assert slept == []


async def test_a_run_is_stopped_only_if_items_were_left_unstarted() -> None:
    stop = asyncio.Event()

    async def last_sets_stop(i: int) -> int:
        if i == 2:
            stop.set()
        return i

    everything = await run_bulk(last_sets_stop, range(3), concurrency=1, stop=stop)
    assert not everything.stopped and everything.succeeded == 3
    stop.clear()
    cut = await run_bulk(last_sets_stop, range(5), concurrency=1, stop=stop)
    assert cut.stopped and cut.succeeded == 3 and cut.not_started == 2


async def test_a_call_answered_429_is_re_sent_at_most_max_rate_limited_times(slept: list[float]) -> None:
    """Waiting at the gate does not use up retries, but it is bounded: then the 429 reaches the caller."""
    with respx.mock(base_url="https://api.soracom.io/v1") as api:
        route = api.get("/sims/S1").mock(return_value=httpx.Response(429, headers={REFRESH: "1"}))
        async with Soracom(auth=ApiToken(api_key="k", token="t"), max_retries=0) as soracom:
            result = await soracom.bulk(lambda s: soracom.sim.get_sim(s), ["S1"])
    assert isinstance(result[0].error, RateLimitError)
    assert route.call_count == _runtime.MAX_RATE_LIMITED + 1
