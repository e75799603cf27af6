# ruff: noqa: F811  (pytest fixtures imported from _facade_helpers are redefined as parameters)
"""Retries: repeatable operations retry on 408/429/5xx/timeouts/connection errors; send-once operations
only when the request certainly was not processed. Sleeps are patched: nothing waits for real."""

from __future__ import annotations

import httpx
import pytest
import respx
from _facade_helpers import api, sim, sleeps  # noqa: F401

from soracom_client import AuthKey, Soracom
from soracom_client import _retry as retry
from soracom_client.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from soracom_client.generated.models import SmsForwardingRequest

SMS = SmsForwardingRequest(payload="hello")


def client(**kwargs: object) -> Soracom:
    return Soracom(auth=AuthKey("k", "s"), **kwargs)  # type: ignore[arg-type]


async def test_503_on_get_sim_is_retried_then_succeeds(api: respx.MockRouter, sleeps: list[float]) -> None:
    route = api.get("/sims/S1").mock(side_effect=[httpx.Response(503), httpx.Response(503),
                                                  httpx.Response(200, json=sim("S1"))])
    async with client() as soracom:
        assert (await soracom.sim.get_sim("S1")).sim_id == "S1"
    assert route.call_count == 3
    assert sleeps == [0.5, 1.0]  # 0.5 s doubling (jitter patched to none)


async def test_retries_are_bounded_by_max_retries(api: respx.MockRouter, sleeps: list[float]) -> None:
    route = api.get("/sims/S1").mock(return_value=httpx.Response(500, json={"code": "X1", "message": "boom"}))
    async with client(max_retries=3) as soracom:
        with pytest.raises(InternalServerError, match="X1: boom"):
            await soracom.sim.get_sim("S1")
    assert route.call_count == 4 and sleeps == [0.5, 1.0, 2.0]


def test_backoff_doubles_from_half_a_second_is_capped_at_8_and_jittered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(retry, "random", lambda: 0.0)
    assert [retry.backoff(n) for n in range(7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    monkeypatch.setattr(retry, "random", lambda: 1.0)
    assert retry.backoff(0) == 0.375 and retry.backoff(6) == 6.0  # jitter shortens by at most a quarter


@pytest.mark.parametrize("status", [503, 500, 502, 408])
async def test_error_status_on_send_sms_is_not_retried(api: respx.MockRouter, sleeps: list[float],
                                                       status: int) -> None:
    route = api.post("/sims/S1/send_sms").mock(return_value=httpx.Response(status))
    # 408 has no class of its own: the status error's base class, and never the 5xx one.
    expected = InternalServerError if status >= 500 else APIStatusError
    async with client() as soracom:
        with pytest.raises(expected) as caught:
            await soracom.sim.send_sms_to_sim("S1", body=SMS)
    assert caught.value.status_code == status
    assert status >= 500 or not isinstance(caught.value, InternalServerError)
    assert route.call_count == 1 and sleeps == []


async def test_read_timeout_on_send_sms_is_not_retried(api: respx.MockRouter, sleeps: list[float]) -> None:
    route = api.post("/sims/S1/send_sms").mock(side_effect=httpx.ReadTimeout("timed out"))
    async with client() as soracom:
        with pytest.raises(APITimeoutError):
            await soracom.sim.send_sms_to_sim("S1", body=SMS)
    assert route.call_count == 1 and sleeps == []


async def test_connect_error_on_send_sms_is_retried(api: respx.MockRouter, sleeps: list[float]) -> None:
    route = api.post("/sims/S1/send_sms").mock(side_effect=[httpx.ConnectError("refused"),
                                                            httpx.ConnectTimeout("no connection"),
                                                            httpx.Response(202, json={"messageId": "m1"})])
    async with client() as soracom:
        report = await soracom.sim.send_sms_to_sim("S1", body=SMS)
    assert report.message_id == "m1"
    assert route.call_count == 3 and sleeps == [0.5, 1.0]


async def test_429_on_send_sms_is_retried_with_retry_after(api: respx.MockRouter, sleeps: list[float]) -> None:
    route = api.post("/sims/S1/send_sms").mock(side_effect=[
        httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(202, json={})])
    async with client() as soracom:
        await soracom.sim.send_sms_to_sim("S1", body=SMS)
    assert route.call_count == 2 and sleeps == [3.0]


async def test_429_with_retry_after_3_waits_3_seconds(api: respx.MockRouter, sleeps: list[float]) -> None:
    api.get("/sims/S1").mock(side_effect=[httpx.Response(429, headers={"Retry-After": "3"}),
                                          httpx.Response(200, json=sim("S1"))])
    async with client() as soracom:
        await soracom.sim.get_sim("S1")
    assert sleeps == [3.0]


async def test_429_uses_soracom_ratelimit_refresh_header(api: respx.MockRouter, sleeps: list[float]) -> None:
    api.get("/sims/S1").mock(side_effect=[
        httpx.Response(429, headers={"X-Soracom-Ratelimit-Seconds-Before-Refresh": "42"}),
        httpx.Response(200, json=sim("S1"))])
    async with client() as soracom:
        await soracom.sim.get_sim("S1")
    assert sleeps == [42.0]


async def test_wait_beyond_60_seconds_raises_rate_limit_error_at_once(api: respx.MockRouter,
                                                                      sleeps: list[float]) -> None:
    route = api.get("/sims/S1").mock(return_value=httpx.Response(
        429, headers={"Retry-After": "61"}, json={"code": "COM0001", "message": "Rate limit exceeded"}))
    async with client() as soracom:
        with pytest.raises(RateLimitError, match="COM0001: Rate limit exceeded") as caught:
            await soracom.sim.get_sim("S1")
    assert caught.value.status_code == 429
    assert route.call_count == 1 and sleeps == []


def test_retry_after_as_http_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(retry, "wall_clock", lambda: 784111770.0)  # 1994-11-06 08:49:30 UTC
    response = httpx.Response(503, headers={"Retry-After": "Sun, 06 Nov 1994 08:49:37 GMT"})
    assert retry.server_wait(response) == 7.0


async def test_read_timeout_and_connection_drop_on_get_sim_are_retried(api: respx.MockRouter,
                                                                       sleeps: list[float]) -> None:
    route = api.get("/sims/S1").mock(side_effect=[httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("dropped"),
                                                  httpx.Response(200, json=sim("S1"))])
    async with client() as soracom:
        await soracom.sim.get_sim("S1")
    assert route.call_count == 3


async def test_exhausted_connection_errors_raise_api_connection_error(api: respx.MockRouter,
                                                                      sleeps: list[float]) -> None:
    route = api.get("/sims/S1").mock(side_effect=httpx.ConnectError("refused"))
    async with client() as soracom:
        with pytest.raises(APIConnectionError) as caught:
            await soracom.sim.get_sim("S1")
    assert not isinstance(caught.value, APITimeoutError)
    assert route.call_count == 3 and len(sleeps) == 2


async def test_4xx_is_not_retried(api: respx.MockRouter, sleeps: list[float]) -> None:
    route = api.get("/sims/S1").mock(return_value=httpx.Response(404))
    async with client() as soracom:
        with pytest.raises(NotFoundError):
            await soracom.sim.get_sim("S1")
    assert route.call_count == 1 and sleeps == []


async def test_with_options_max_retries_zero(api: respx.MockRouter, sleeps: list[float]) -> None:
    route = api.get("/sims/S1").mock(return_value=httpx.Response(503))
    async with client() as soracom:
        with pytest.raises(InternalServerError):
            await soracom.with_options(max_retries=0).sim.get_sim("S1")
    assert route.call_count == 1
