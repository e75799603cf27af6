"""The runner's limits as documented, at their exact edges, on a ManualClock (no real waiting): the default
deadline, a wait that would end on the deadline, the bulk run's longest pause and its re-send cap, the
size limit's bounds; and what a login failure does to an operation that must not be sent twice. Each was
found by a mutant of soracom_client/_runtime.py that the other tests let through."""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable

import httpx
import pytest
import respx
from _facade_helpers import BASE, api, login_answer  # noqa: F401

from soracom_client import ApiToken, AuthKey, Soracom
from soracom_client.errors import (
    AuthenticationError,
    ConfigurationError,
    DeadlineExceededError,
    InternalServerError,
    RateLimitError,
)
from soracom_client.testing import ManualClock

SIM = {"simId": "S1", "status": "active"}
REFRESH = "X-Soracom-Ratelimit-Seconds-Before-Refresh"


def _client(clock: ManualClock, **kwargs: object) -> Soracom:
    return Soracom(auth=ApiToken(api_key="k", token="t"), clock=clock, **kwargs)  # type: ignore[arg-type]


def _slow(clock: ManualClock, seconds: float,
          answer: httpx.Response) -> Callable[[httpx.Request], Awaitable[httpx.Response]]:
    async def side_effect(request: httpx.Request) -> httpx.Response:
        await clock.sleep(seconds)  # a server that takes `seconds` of virtual time to answer
        return answer

    return side_effect


@pytest.mark.skipif(sys.version_info < (3, 11), reason="on 3.10 the deadline runs in real time (documented)")
async def test_the_deadline_cuts_a_slow_answer_at_its_time_on_the_clients_clock() -> None:
    clock = ManualClock()
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:  # respx counts only answered calls
        mock.get("/sims/S1").mock(side_effect=_slow(clock, 30, httpx.Response(200, json=SIM)))
        async with _client(clock, deadline=10.0) as soracom:
            start = clock.now()
            with pytest.raises(DeadlineExceededError) as raised:
                await soracom.sim.get_sim("S1")
    assert clock.now() - start == 10.0
    # Nothing failed before the deadline: the message says so, and the cause is the timeout itself.
    assert str(raised.value) == "GET /sims/{sim_id}: no result within the call's deadline of 10 s"
    assert isinstance(raised.value.__cause__, TimeoutError)


@pytest.mark.skipif(sys.version_info < (3, 11), reason="on 3.10 the deadline runs in real time (documented)")
async def test_the_default_deadline_is_the_documented_120_s() -> None:
    clock = ManualClock()
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        mock.get("/sims/S1").mock(side_effect=_slow(clock, 10_000, httpx.Response(200, json=SIM)))
        async with _client(clock) as soracom:
            start = clock.now()
            with pytest.raises(DeadlineExceededError) as raised:
                await soracom.sim.get_sim("S1")
    assert raised.value.deadline == 120.0 and clock.now() - start == 120.0


@pytest.mark.skipif(sys.version_info < (3, 11), reason="on 3.10 the deadline runs in real time (documented)")
async def test_a_deadline_after_failures_is_chained_from_the_last_one() -> None:
    clock = ManualClock()
    answers = iter([httpx.Response(503), httpx.Response(502)])

    async def failing_then_slow(request: httpx.Request) -> httpx.Response:
        answer = next(answers, None)
        if answer is None:
            await clock.sleep(1_000)
            return httpx.Response(200, json=SIM)
        return answer

    with respx.mock(base_url=BASE) as mock:
        mock.get("/sims/S1").mock(side_effect=failing_then_slow)
        async with _client(clock, deadline=30.0, max_retries=5) as soracom:
            with pytest.raises(DeadlineExceededError) as raised:
                await soracom.sim.get_sim("S1")
    cause = raised.value.__cause__
    assert isinstance(cause, InternalServerError) and cause.status_code == 502
    assert str(raised.value).startswith("GET /sims/{sim_id}: no result within the call's deadline of 30 s "
                                        "(last failure: ")


async def test_a_wait_that_would_end_exactly_on_the_deadline_is_not_taken() -> None:
    """The deadline would cancel the retry as it is sent: the caller gets the real reason at once."""
    clock = ManualClock()
    with respx.mock(base_url=BASE) as mock:
        route = mock.get("/sims/S1").mock(return_value=httpx.Response(503, headers={"Retry-After": "10"}))
        async with _client(clock, deadline=10.0, max_retries=3) as soracom:
            start = clock.now()
            with pytest.raises(InternalServerError, match="would pass the call's deadline"):
                await soracom.sim.get_sim("S1")
    assert route.call_count == 1 and clock.now() == start


@pytest.mark.parametrize(("refresh", "requests", "error"), [
    ("60", 2, None),  # docs/bulk.md: waits of up to 60 s are taken, without using up a retry
    ("61", 1, RateLimitError),  # longer: the retry rules decide, and max_retries=0 gives up
])
async def test_a_bulk_run_waits_out_a_rate_limit_of_up_to_60_s(refresh: str, requests: int,
                                                                error: type[Exception] | None) -> None:
    clock = ManualClock()
    answers = iter([httpx.Response(429, headers={REFRESH: refresh}), httpx.Response(200, json=SIM)])
    with respx.mock(base_url=BASE) as mock:
        route = mock.get("/sims/S1").mock(side_effect=lambda request: next(answers))
        async with _client(clock, max_retries=0) as soracom:
            [result] = await soracom.bulk(lambda s: soracom.sim.get_sim(s), ["S1"])
    assert route.call_count == requests
    if error is None:
        assert result.error is None and clock.now() - ManualClock().now() == 60.0
    else:
        assert isinstance(result.error, error)


async def test_a_bulk_run_re_sends_a_rate_limited_call_at_most_10_times() -> None:
    """docs/bulk.md: "at most 10 times"; then the 429 reaches the caller (max_retries=0: at once)."""
    clock = ManualClock()
    with respx.mock(base_url=BASE) as mock:
        route = mock.get("/sims/S1").mock(return_value=httpx.Response(429, headers={REFRESH: "1"}))
        async with _client(clock, max_retries=0) as soracom:
            [result] = await soracom.bulk(lambda s: soracom.sim.get_sim(s), ["S1"])
    assert isinstance(result.error, RateLimitError)
    assert route.call_count == 1 + 10


@pytest.mark.parametrize("size", [0, -1, True, 1.5, "1", None])
def test_max_response_size_must_be_an_int_of_at_least_one_byte(size: object) -> None:
    with pytest.raises(ConfigurationError, match=r"max_response_size: must be an int of bytes >= 1"):
        _client(ManualClock(), max_response_size=size)


def test_a_max_response_size_of_one_byte_is_allowed() -> None:
    assert _client(ManualClock(), max_response_size=1).max_response_size == 1


async def test_a_send_once_operation_is_sent_once_after_its_login_was_retried(api: respx.MockRouter) -> None:  # noqa: F811
    """The login failed, so the operation was never sent: retrying is safe even for sendSmsToSim."""
    logins = iter([httpx.Response(503), httpx.Response(200, json=login_answer())])
    api["auth"].mock(side_effect=lambda request: next(logins))
    sms = api.post("/sims/S1/send_sms").mock(return_value=httpx.Response(202, json={"messageId": "m1"}))
    async with Soracom(auth=AuthKey("k", "s"), max_retries=1, clock=ManualClock()) as soracom:
        await soracom.sim.send_sms_to_sim("S1", body={"payload": "hi", "encodingType": 2})
    assert api["auth"].call_count == 2 and sms.call_count == 1


async def test_a_refused_login_is_not_retried(api: respx.MockRouter) -> None:  # noqa: F811
    api["auth"].mock(return_value=httpx.Response(401, json={"code": "AUM0004", "message": "invalid"}))
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=SIM))
    async with Soracom(auth=AuthKey("k", "s"), max_retries=3, clock=ManualClock()) as soracom:
        with pytest.raises(AuthenticationError):
            await soracom.sim.get_sim("S1")
    assert api["auth"].call_count == 1 and route.call_count == 0
