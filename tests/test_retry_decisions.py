# ruff: noqa: F811  (pytest fixtures imported from _facade_helpers are redefined as parameters)
"""Retry decisions a caller relies on that the facade tests did not pin down: a pool timeout means
nothing was sent, Soracom's rate-limit header counts only on a 429, server waits are never negative,
and the limits (max_retries, the 60 s bound) hold exactly at their edges."""

from __future__ import annotations

import httpx
import pytest
import respx
from _facade_helpers import api, sim, sleeps  # noqa: F401

from soracom_client import AuthKey, Soracom
from soracom_client import _retry as retry
from soracom_client._retry_table import Repeat
from soracom_client.errors import APITimeoutError, InternalServerError, RateLimitError
from soracom_client.generated.models import SmsForwardingRequest

SMS = SmsForwardingRequest(payload="hello")
REFRESH = "X-Soracom-Ratelimit-Seconds-Before-Refresh"


def client(**kwargs: object) -> Soracom:
    return Soracom(auth=AuthKey("k", "s"), **kwargs)  # type: ignore[arg-type]


async def test_a_pool_timeout_on_a_send_once_operation_is_retried(api: respx.MockRouter, sleeps: list[float]) -> None:
    """No connection was free in time: the SMS never left, so sending it again cannot send it twice."""
    route = api.post("/sims/S1/send_sms").mock(side_effect=[httpx.PoolTimeout("no free connection"),
                                                           httpx.Response(200, json={})])
    async with client() as soracom:
        await soracom.sim.send_sms_to_sim("S1", body=SMS)
    assert route.call_count == 2 and sleeps == [0.5]


async def test_pool_timeouts_exhausting_the_retries_raise_api_timeout_error(api: respx.MockRouter,
                                                                           sleeps: list[float]) -> None:
    route = api.post("/sims/S1/send_sms").mock(side_effect=httpx.PoolTimeout("no free connection"))
    async with client(max_retries=2) as soracom:
        with pytest.raises(APITimeoutError):
            await soracom.sim.send_sms_to_sim("S1", body=SMS)
    assert route.call_count == 3 and sleeps == [0.5, 1.0]


async def test_the_rate_limit_header_on_a_503_is_not_a_server_wait(api: respx.MockRouter, sleeps: list[float]) -> None:
    """Soracom's refresh header describes the rate limit; on a 503 the usual backoff applies."""
    route = api.get("/sims/S1").mock(side_effect=[httpx.Response(503, headers={REFRESH: "30"}),
                                                  httpx.Response(200, json=sim("S1"))])
    async with client() as soracom:
        await soracom.sim.get_sim("S1")
    assert route.call_count == 2 and sleeps == [0.5]


@pytest.mark.parametrize("status", [500, 503, 408, 400])
def test_the_rate_limit_header_counts_only_on_a_429(status: int) -> None:
    assert retry.server_wait(httpx.Response(status, headers={REFRESH: "7"})) is None
    assert retry.server_wait(httpx.Response(429, headers={REFRESH: "7"})) == 7.0


@pytest.mark.parametrize("header", ["Retry-After", REFRESH])
def test_a_negative_server_wait_is_no_wait(header: str) -> None:
    assert retry.server_wait(httpx.Response(429, headers={header: "-5"})) == 0.0


def test_a_retry_after_date_in_the_past_is_no_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(retry, "wall_clock", lambda: 1_000_000_000.0)
    assert retry.server_wait(httpx.Response(429, headers={"Retry-After": "Thu, 01 Jan 1970 00:00:00 GMT"})) == 0.0
    later = "Sun, 09 Sep 2001 01:47:10 GMT"  # 1e9 + 30 s
    assert retry.server_wait(httpx.Response(503, headers={"Retry-After": later})) == 30.0


@pytest.mark.parametrize("value", ["soon", "", "1e999x"])
def test_an_unreadable_server_wait_is_ignored(value: str) -> None:
    assert retry.server_wait(httpx.Response(429, headers={"Retry-After": value})) is None
    assert retry.server_wait(httpx.Response(429, headers={REFRESH: value})) is None


def test_retry_after_wins_over_the_rate_limit_header() -> None:
    assert retry.server_wait(httpx.Response(429, headers={"Retry-After": "2", REFRESH: "9"})) == 2.0


async def test_a_server_wait_of_exactly_60_s_is_waited_for(api: respx.MockRouter, sleeps: list[float]) -> None:
    route = api.get("/sims/S1").mock(side_effect=[httpx.Response(429, headers={"Retry-After": "60"}),
                                                  httpx.Response(200, json=sim("S1"))])
    async with client() as soracom:
        await soracom.sim.get_sim("S1")
    assert route.call_count == 2 and sleeps == [60.0]


async def test_a_server_wait_over_60_s_fails_at_once(api: respx.MockRouter, sleeps: list[float]) -> None:
    route = api.get("/sims/S1").mock(return_value=httpx.Response(429, headers={"Retry-After": "60.5"}))
    async with client() as soracom:
        with pytest.raises(RateLimitError):
            await soracom.sim.get_sim("S1")
    assert route.call_count == 1 and sleeps == []


@pytest.mark.parametrize("status", [500, 502, 503, 504, 408])
def test_an_error_status_is_retried_exactly_while_attempts_remain(status: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(retry, "random", lambda: 0.0)
    response = httpx.Response(status)
    for attempt in range(3):
        decision = retry.after_response(response, repeat=Repeat.REPEATABLE, attempt=attempt, max_retries=3)
        assert decision.retry and decision.delay == 0.5 * 2**attempt
    assert not retry.after_response(response, repeat=Repeat.REPEATABLE, attempt=3, max_retries=3).retry
    assert not retry.after_response(response, repeat=Repeat.ONCE, attempt=0, max_retries=3).retry


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 499])
def test_a_client_error_status_is_never_retried(status: int) -> None:
    decision = retry.after_response(httpx.Response(status), repeat=Repeat.REPEATABLE, attempt=0, max_retries=3)
    assert not decision.retry and not decision.wait_too_long


def test_a_transport_error_is_retried_exactly_while_attempts_remain() -> None:
    error = httpx.ReadTimeout("slow")
    assert retry.after_exception(error, repeat=Repeat.REPEATABLE, op_sent=True, attempt=1, max_retries=2).retry
    assert not retry.after_exception(error, repeat=Repeat.REPEATABLE, op_sent=True, attempt=2, max_retries=2).retry
    # A login that timed out: the operation itself was never sent, so even a send-once one may go.
    assert retry.after_exception(error, repeat=Repeat.ONCE, op_sent=False, attempt=0, max_retries=2).retry
    assert not retry.after_exception(error, repeat=Repeat.ONCE, op_sent=True, attempt=0, max_retries=2).retry


async def test_a_503_on_a_send_once_operation_reaches_the_caller_unretried(api: respx.MockRouter,
                                                                         sleeps: list[float]) -> None:
    route = api.post("/sims/S1/send_sms").mock(return_value=httpx.Response(503, headers={"Retry-After": "1"}))
    async with client() as soracom:
        with pytest.raises(InternalServerError):
            await soracom.sim.send_sms_to_sim("S1", body=SMS)
    assert route.call_count == 1 and sleeps == []


def test_a_decision_says_why_in_the_log_line_it_feeds() -> None:
    """The reason is what the runner logs ("retrying in 0.50 s ...: <reason>"): it must tell the two retry
    grounds apart, and say when the server's wait was too long."""
    unsent = retry.after_exception(httpx.ConnectError("refused"), repeat=Repeat.ONCE, op_sent=True, attempt=0,
                                   max_retries=2)
    assert unsent.retry and unsent.reason.startswith("ConnectError (not sent)")
    repeatable = retry.after_exception(httpx.ReadTimeout("slow"), repeat=Repeat.REPEATABLE, op_sent=True,
                                       attempt=0, max_retries=2)
    assert repeatable.retry and repeatable.reason.startswith("ReadTimeout (repeatable operation)")
    too_long = retry.after_response(httpx.Response(429, headers={"Retry-After": "61"}), repeat=Repeat.REPEATABLE,
                                    attempt=0, max_retries=2)
    assert not too_long.retry and too_long.wait_too_long and "61 s > 60 s" in too_long.reason
