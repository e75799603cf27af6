"""Issue 16: a client on the fake's ManualClock never waits in real time.

Every test here runs with `no_real_waits`: a positive `asyncio.sleep` fails the test, so a wait of
the client that ran in real time (instead of moving the manual clock) cannot pass unnoticed. The
tests then check the virtual time that passed and that the fake saw it pass (its rate limit cleared).
"""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest

from soracom_client import Clock, MonotonicClock, Soracom
from soracom_client.errors import APITimeoutError, DeadlineExceededError, InternalServerError, RateLimitError
from soracom_client.testing import FakeServer, FakeSoracom, Faults, ManualClock

_real_sleep = asyncio.sleep


@pytest.fixture(autouse=True)
def no_real_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """In the test's thread (a FakeServer's uvicorn thread polls with real sleeps of its own)."""
    test_thread = threading.current_thread()

    async def only_yield(delay: float, result: object = None) -> object:
        if threading.current_thread() is not test_thread:
            return await _real_sleep(delay, result)
        assert delay <= 0, f"waited {delay} s in real time"
        return await _real_sleep(0, result)

    monkeypatch.setattr(asyncio, "sleep", only_yield)


def virtual(fake: FakeSoracom) -> ManualClock:
    assert isinstance(fake.clock, ManualClock)
    return fake.clock


@pytest.mark.fake_soracom(sims=3, faults=Faults(rate_limits={"GET /sims": 2}))
async def test_a_rate_limit_wait_moves_the_fake_clock_and_the_limit_clears(fake_soracom: FakeSoracom,
                                                                           soracom: Soracom) -> None:
    clock = virtual(fake_soracom)
    start = clock.now()
    pages = [await soracom.sim.list_sims() for _ in range(5)]
    assert [len(page) for page in pages] == [3] * 5  # the third and fifth calls waited for the refresh
    assert clock.slept == [60.0, 60.0]  # the fake's X-Soracom-Ratelimit-Seconds-Before-Refresh, twice
    assert clock.now() - start == 120.0
    assert fake_soracom.calls["listSims"] == 7  # two 429s, each followed by one retry that got through


@pytest.mark.fake_soracom(sims=3, faults=Faults(error_rate=0.5))
async def test_backoff_after_5xx_moves_virtual_time(fake_soracom: FakeSoracom) -> None:
    clock = virtual(fake_soracom)
    start = clock.now()
    async with fake_soracom.client(max_retries=10) as soracom:
        for _ in range(20):
            await soracom.sim.list_sims()
    assert clock.slept, "with half the requests failing, some calls must have backed off"
    assert all(0.375 <= wait <= 8.0 for wait in clock.slept)  # the documented backoff, jitter included
    assert clock.now() - start == pytest.approx(sum(clock.slept))


@pytest.mark.fake_soracom(sims=3)
async def test_retry_after_is_waited_on_the_clock(fake_soracom: FakeSoracom, soracom: Soracom) -> None:
    clock = virtual(fake_soracom)
    sim_id = fake_soracom.sim_ids()[0]
    fake_soracom.fail_next("getSim", 503, headers={"Retry-After": "42"})
    start = clock.now()
    sim = await soracom.sim.get_sim(sim_id)
    assert sim.sim_id == sim_id
    assert clock.now() - start == 42.0 and clock.slept == [42.0]
    assert fake_soracom.calls["getSim"] == 2


@pytest.mark.fake_soracom(sims=3, faults=Faults(latency=30.0))
async def test_the_deadline_fires_in_virtual_time(fake_soracom: FakeSoracom) -> None:
    clock = virtual(fake_soracom)
    async with fake_soracom.client(deadline=10.0) as soracom:
        start = clock.now()
        with pytest.raises(DeadlineExceededError):
            await soracom.sim.list_sims()  # the login alone takes 30 virtual seconds
        # Cancelled when virtual time reached the deadline, not when the 30 s latency was over.
        assert clock.now() - start == 10.0
        # The client still works once the fake is fast again.
        fake_soracom.faults = Faults()
        assert len(await soracom.sim.list_sims()) == 3


@pytest.mark.fake_soracom(sims=3)
async def test_a_wait_past_the_deadline_is_not_waited(fake_soracom: FakeSoracom) -> None:
    clock = virtual(fake_soracom)
    sim_id = fake_soracom.sim_ids()[0]
    async with fake_soracom.client(deadline=10.0) as soracom:
        await soracom.sim.get_sim(sim_id)  # logged in
        fake_soracom.fail_next("getSim", 503, headers={"Retry-After": "20"})
        start = clock.now()
        with pytest.raises(InternalServerError, match="deadline"):
            await soracom.sim.get_sim(sim_id)
    assert clock.now() == start and clock.slept == []


@pytest.mark.fake_soracom(sims=30, faults=Faults(rate_limits={"/sims/{sim_id}": 10}))
async def test_bulk_pauses_run_on_the_clock(fake_soracom: FakeSoracom, soracom: Soracom) -> None:
    clock = virtual(fake_soracom)
    sim_ids = fake_soracom.sim_ids()
    start = clock.now()
    result = await soracom.bulk(soracom.sim.get_sim, sim_ids, concurrency=5)
    assert result.succeeded == 30 and result.failed == 0
    # 10 per minute: 30 calls need two refreshes of the fake's window, waited out together.
    assert result.rate_limit_pauses >= 2
    assert 120.0 <= clock.now() - start < 240.0
    assert result.elapsed == clock.now() - start  # elapsed is virtual too


@pytest.mark.fake_soracom(sims=3)
async def test_a_rate_limit_pause_inside_bulk_past_the_deadline_gives_up_at_once(fake_soracom: FakeSoracom) -> None:
    clock = virtual(fake_soracom)
    sim_id = fake_soracom.sim_ids()[0]
    async with fake_soracom.client(deadline=20.0) as soracom:
        await soracom.sim.get_sim(sim_id)
        fake_soracom.fail_next("getSim", "COM0004", headers={"X-Soracom-Ratelimit-Seconds-Before-Refresh": "30"})
        start = clock.now()
        result = await soracom.bulk(soracom.sim.get_sim, [sim_id])
    assert isinstance(result[0].error, RateLimitError)
    assert clock.now() == start


@pytest.mark.fake_soracom(sims=3)
async def test_the_token_is_renewed_on_the_clock_before_it_expires(fake_soracom: FakeSoracom) -> None:
    clock = virtual(fake_soracom)
    seen: list[tuple[str, int]] = []

    async def record(response: httpx.Response) -> None:
        seen.append((response.request.url.path, response.status_code))

    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=fake_soracom), event_hooks={"response": [record]})
    async with http, fake_soracom.client(http_client=http, token_timeout_seconds=200) as soracom:
        await soracom.sim.list_sims()
        clock.advance(190)  # within the renewal margin (a tenth of the token's life), before expiry
        await soracom.sim.list_sims()
        clock.advance(500)  # past the renewed token's life: known expired, never sent with a request
        await soracom.sim.list_sims()
    renewal = f"/v1/operators/{fake_soracom.operator_id}/token"
    # The expired token is tried for a renewal (refused), then a login; /sims never sees a 401.
    assert seen == [("/v1/auth", 200), ("/v1/sims", 200), (renewal, 200), ("/v1/sims", 200),
                    (renewal, 401), ("/v1/auth", 200), ("/v1/sims", 200)]


@pytest.mark.fake_soracom(sims=3, faults=Faults(latency=30.0))
async def test_a_call_waiting_for_anothers_login_gives_up_in_virtual_time(fake_soracom: FakeSoracom) -> None:
    clock = virtual(fake_soracom)
    async with fake_soracom.client(max_retries=0, timeout=5.0, deadline=None) as soracom:
        start = clock.now()
        leader, waiter = await asyncio.gather(soracom.sim.list_sims(), soracom.sim.list_sims(),
                                              return_exceptions=True)
    assert not isinstance(leader, BaseException) and len(leader) == 3
    # The waiter may wait for the shared login as long as its timeout: 5 of the 30 virtual seconds it takes.
    assert isinstance(waiter, APITimeoutError) and "shared login" in str(waiter)
    assert clock.now() - start == 60.0  # the leader's login and its call, 30 s each


@pytest.mark.fake_soracom(sims=3, faults=Faults(rate_limits={"GET /sims": 1}))
async def test_over_loopback_the_server_sees_the_clients_clock(fake_soracom: FakeSoracom,
                                                               soracom_server_client: Soracom) -> None:
    clock = virtual(fake_soracom)
    start = clock.now()
    for _ in range(3):
        assert len(await soracom_server_client.sim.list_sims()) == 3
    assert clock.now() - start == 120.0 and soracom_server_client.clock is clock


# --- the clock itself -------------------------------------------------------------------------------------------
def test_the_default_clock_is_real_time_and_a_manual_clock_fits_the_protocol() -> None:
    client = Soracom(auth=FakeSoracom(sims=0).credentials, base_url="http://127.0.0.1:9/v1")
    assert client.clock is None
    assert isinstance(MonotonicClock(), Clock) and isinstance(ManualClock(), Clock)
    with pytest.raises(TypeError, match="clock"):
        Soracom(auth=FakeSoracom(sims=0).credentials, clock=object())  # type: ignore[arg-type]


def test_manual_clock_timers_fire_in_order_when_time_passes_them() -> None:
    clock = ManualClock(start=100.0)
    fired: list[tuple[str, float]] = []
    clock.call_at(130.0, lambda: fired.append(("b", clock.now())))
    clock.call_at(110.0, lambda: fired.append(("a", clock.now())))
    clock.call_at(120.0, lambda: fired.append(("never", clock.now()))).cancel()
    clock.advance(5)
    assert fired == []
    clock.advance(100)
    assert fired == [("a", 110.0), ("b", 130.0)]  # each sees the time it was set for
    assert clock.now() == 205.0
    with pytest.raises(ValueError):
        clock.advance(-1)


async def test_concurrent_sleeps_overlap_and_a_sleep_stops_at_a_timer() -> None:
    clock = ManualClock(start=0.0)
    await asyncio.gather(clock.sleep(60), clock.sleep(60), clock.sleep(10))
    assert clock.now() == 60.0  # waits that start together end together, as in real time

    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    assert task is not None
    clock.call_at(70.0, lambda: task.cancel())
    with pytest.raises(asyncio.CancelledError):
        await clock.sleep(100)
    assert clock.now() == 70.0
    assert loop is asyncio.get_running_loop()


async def test_a_timer_moved_from_another_thread_runs_in_its_loop() -> None:
    clock = ManualClock(start=0.0)
    fired = asyncio.Event()
    where: list[threading.Thread] = []

    def note() -> None:
        where.append(threading.current_thread())
        fired.set()

    clock.call_at(5.0, note)
    mover = threading.Thread(target=clock.advance, args=(10,))
    mover.start()
    mover.join()
    await asyncio.wait_for(fired.wait(), 10)
    assert where == [threading.current_thread()]


def test_server_client_needs_a_started_server() -> None:
    with pytest.raises(RuntimeError, match="start"):
        FakeServer(FakeSoracom(sims=0)).client()
