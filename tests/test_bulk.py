"""Soracom.bulk: input order, error collection, the shared rate-limit pause, progress, stopping."""

from __future__ import annotations

import asyncio
import contextvars
from typing import Any

import httpx
import pytest

from soracom_client import Soracom, _bulk, _retry
from soracom_client._bulk import Progress
from soracom_client.errors import NotFoundError
from soracom_client.testing import FakeSoracom, Faults
from soracom_client.testing._clock import ManualClock


def client_for(fake: FakeSoracom, requests: list[httpx.Request] | None = None) -> Soracom:
    async def log(request: httpx.Request) -> None:
        if requests is not None:
            requests.append(request)

    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=fake), event_hooks={"request": [log]})
    return Soracom(auth=fake.credentials, base_url="http://fake/v1", allow_insecure_http=True, http_client=http)


async def test_outcomes_come_back_in_input_order_with_bounded_concurrency() -> None:
    in_flight = max_in_flight = 0

    async def work(i: int) -> int:
        nonlocal in_flight, max_in_flight
        in_flight += 1
        max_in_flight = max(max_in_flight, in_flight)
        for _ in range((i * 7) % 5):  # finish out of order
            await asyncio.sleep(0)
        in_flight -= 1
        return i * i

    fake = FakeSoracom(sims=1, clock=ManualClock())
    async with client_for(fake) as soracom:
        result = await soracom.bulk(work, range(100), concurrency=8)
    assert [o.item for o in result] == list(range(100))
    assert result.results == [i * i for i in range(100)]
    assert result.succeeded == 100 and result.failed == 0 and not result.stopped
    assert max_in_flight == 8


async def test_failures_are_collected_and_never_abort_the_rest() -> None:
    fake = FakeSoracom(sims=10, clock=ManualClock())
    async with client_for(fake) as soracom:
        sim_ids = [sim.sim_id for sim in await soracom.sim.list_sims(limit=10)]
        items = [*sim_ids[:5], "no-such-sim", *sim_ids[5:]]
        result = await soracom.bulk(lambda sim_id: soracom.sim.get_sim(sim_id), items, concurrency=3)
    assert [o.status for o in result] == ["ok"] * 5 + ["error"] + ["ok"] * (len(items) - 6)
    assert isinstance(result[5].error, NotFoundError) and result[5].result is None
    assert [r.sim_id for r in result.results if r is not None] == sim_ids
    assert result.errors == [("no-such-sim", result[5].error)]


async def test_progress_reports_done_and_failed() -> None:
    seen: list[Progress] = []

    async def work(i: int) -> int:
        if i % 3 == 0:
            raise ValueError(i)
        return i

    fake = FakeSoracom(sims=1, clock=ManualClock())
    async with client_for(fake) as soracom:
        await soracom.bulk(work, range(9), concurrency=2, on_progress=seen.append)
    assert [p.done for p in seen] == list(range(1, 10))
    assert seen[-1].failed == 3 and seen[-1].total == 9 and seen[-1].rate > 0


@pytest.fixture
def virtual_time(monkeypatch: pytest.MonkeyPatch) -> tuple[ManualClock, list[float]]:
    """The gates sleep on the fake's manual clock; backoff sleeps of the retry layer are recorded."""
    clock = ManualClock()
    retry_sleeps: list[float] = []

    async def gate_sleep(seconds: float) -> None:
        clock.advance(seconds)
        await asyncio.sleep(0)

    async def retry_sleep(seconds: float) -> None:
        retry_sleeps.append(seconds)
        clock.advance(seconds)
        await asyncio.sleep(0)

    monkeypatch.setattr(_bulk, "sleep", gate_sleep)
    monkeypatch.setattr(_bulk, "clock", clock.now)
    monkeypatch.setattr(_retry, "sleep", retry_sleep)
    return clock, retry_sleeps


async def test_a_429_pauses_every_call_to_that_path_until_refresh(virtual_time: Any) -> None:
    clock, retry_sleeps = virtual_time
    fake = FakeSoracom(sims=40, clock=clock, faults=Faults(rate_limits={"/sims/{sim_id}": 10}))
    requests: list[httpx.Request] = []
    async with client_for(fake, requests) as soracom:
        sim_ids = [sim.sim_id for sim in await soracom.sim.list_sims(limit=40)]
        requests.clear()
        start = clock.now()
        result = await soracom.bulk(lambda s: soracom.sim.get_sim(s), sim_ids, concurrency=5)
    assert result.succeeded == 40 and result.failed == 0
    assert [r.sim_id for r in result.results if r is not None] == sim_ids
    # 10 per minute: 40 calls need three refreshes, waited out together rather than per call.
    assert clock.now() - start >= 180
    assert retry_sleeps == []  # nobody backed off on their own
    gets = [r for r in requests if r.url.path.startswith("/v1/sims/")]
    # Remaining: 0 closes the gate before the budget is overrun, so no call is answered 429 at all
    # except those already in flight when the last allowed one came back.
    assert len(gets) - 40 <= 3 * 5
    assert result.rate_limit_pauses >= 3


async def test_the_pause_is_per_path(virtual_time: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    clock, _ = virtual_time
    kind_of_call: contextvars.ContextVar[str] = contextvars.ContextVar("kind_of_call")
    paused: list[str] = []  # the kind of call each gate pause held
    gate_sleep = _bulk.sleep

    async def recorded(seconds: float) -> None:
        paused.append(kind_of_call.get())
        # The fixture's gate sleep moves the clock at once; first let the other calls run a moment, as they
        # would during a real minute (correct gates never pause them, however long this lasts).
        await asyncio.sleep(0.05)
        await gate_sleep(seconds)

    monkeypatch.setattr(_bulk, "sleep", recorded)
    fake = FakeSoracom(sims=5, clock=clock, faults=Faults(rate_limits={"/sims/{sim_id}": 1}))
    async with client_for(fake) as soracom:
        sim_ids = [sim.sim_id for sim in await soracom.sim.list_sims(limit=5)]
        order: list[str] = []

        async def call(item: tuple[str, str]) -> None:
            kind, sim_id = item
            kind_of_call.set(kind)  # this call's own task context: seen by the gate it waits at
            if kind == "get":
                await soracom.sim.get_sim(sim_id)
            else:
                await soracom.sim.list_sim_status_history(sim_id)
            order.append(kind)

        items = [("get", sim_ids[0]), ("get", sim_ids[1]), *[("history", s) for s in sim_ids]]
        result = await soracom.bulk(call, items, concurrency=2)
    assert result.failed == 0
    # The first get takes the path's one call a minute; the second waits that minute out, and the history
    # calls (another path) all go on meanwhile, never held by the other path's gate: every event in its place,
    # not only the last.
    assert paused and set(paused) == {"get"}, paused
    assert order == ["get", *["history"] * len(sim_ids), "get"], order


async def test_stop_starts_no_new_work_and_returns_what_finished() -> None:
    stop = asyncio.Event()
    started: list[int] = []

    async def work(i: int) -> int:
        started.append(i)
        await asyncio.sleep(0)
        return i

    def progress(p: Progress) -> None:
        if p.done == 5:
            stop.set()

    fake = FakeSoracom(sims=1, clock=ManualClock())
    async with client_for(fake) as soracom:
        result = await soracom.bulk(work, range(50), concurrency=3, on_progress=progress, stop=stop)
    assert result.stopped
    finished = [o.item for o in result if o.ok]
    assert len(finished) == len(started) < 50  # in-flight calls finished; nothing new started
    assert finished == sorted(started)
    assert all(o.status == "not_started" for o in result if o.item not in started)


async def test_cancelling_the_task_cancels_calls_in_flight() -> None:
    cancelled: list[int] = []
    gate = asyncio.Event()

    async def work(i: int) -> int:
        try:
            await gate.wait()
        except asyncio.CancelledError:
            cancelled.append(i)
            raise
        return i

    fake = FakeSoracom(sims=1, clock=ManualClock())
    async with client_for(fake) as soracom:
        task = asyncio.ensure_future(soracom.bulk(work, range(10), concurrency=4))
        for _ in range(5):
            await asyncio.sleep(0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert sorted(cancelled) == [0, 1, 2, 3]


async def test_concurrency_must_be_positive() -> None:
    fake = FakeSoracom(sims=1, clock=ManualClock())
    async with client_for(fake) as soracom:
        with pytest.raises(ValueError, match="concurrency"):
            await soracom.bulk(lambda i: asyncio.sleep(0), [1], concurrency=0)


async def test_calls_answered_429_wait_together_and_do_not_use_their_retries(virtual_time: Any) -> None:
    clock, retry_sleeps = virtual_time
    fake = FakeSoracom(sims=20, clock=clock, faults=Faults(rate_limits={"/sims/{sim_id}": 10}))
    statuses: list[int] = []

    async def record(response: httpx.Response) -> None:
        statuses.append(response.status_code)

    async with client_for(fake) as soracom:
        sim_ids = [sim.sim_id for sim in await soracom.sim.list_sims(limit=20)]
        for sim_id in sim_ids[:10]:  # spend the minute's budget outside the bulk run
            await soracom.sim.get_sim(sim_id)
        soracom._shared.http.event_hooks["response"] = [record]
        start = clock.now()
        no_retries = soracom.with_options(max_retries=0)  # a 429 inside bulk needs no retry
        result = await no_retries.bulk(lambda s: no_retries.sim.get_sim(s), sim_ids, concurrency=5)
    assert result.succeeded == 20
    assert 1 <= statuses.count(429) <= 5  # at most the first wave; then everyone waited for the refresh
    assert retry_sleeps == [] and 60 <= clock.now() - start < 180
