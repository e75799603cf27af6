# ruff: noqa: F811  (pytest fixtures imported from _facade_helpers are redefined as parameters)
"""Every failure of a call is a SoracomError with its cause; deadlines; closed clients and views (issue 13)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import httpx
import pytest
import respx
from _facade_helpers import BASE, api, sim, sleeps  # noqa: F401

from soracom_client import AuthKey, Soracom
from soracom_client import errors as e
from soracom_client.testing import ManualClock

SIM = "8942310022000000001"
NESTED = b"[" * 200_000 + b"]" * 200_000


def soracom(**options: object) -> Soracom:
    return Soracom(auth=AuthKey("k", "s"), **options)  # type: ignore[arg-type]


# --- deeply nested JSON --------------------------------------------------------------------------------------
async def test_deeply_nested_success_body_is_a_parse_error(api: respx.MockRouter) -> None:
    api.get(f"/sims/{SIM}").mock(return_value=httpx.Response(200, content=NESTED))
    async with soracom() as client:
        with pytest.raises(e.ResponseParseError) as caught:
            await client.sim.get_sim(SIM)
    assert caught.value.__cause__ is not None


async def test_deeply_nested_error_body_is_still_the_status_error(api: respx.MockRouter) -> None:
    api.get(f"/sims/{SIM}").mock(return_value=httpx.Response(400, content=NESTED))
    async with soracom() as client:
        with pytest.raises(e.BadRequestError) as caught:
            await client.sim.get_sim(SIM)
    assert caught.value.code is None


async def test_deeply_nested_page_is_a_parse_error(api: respx.MockRouter) -> None:
    api.get("/sims").mock(return_value=httpx.Response(200, content=NESTED))
    async with soracom() as client:
        with pytest.raises(e.ResponseParseError):
            await client.sim.list_sims()


# --- transport-level failures outside httpx.TransportError ----------------------------------------------------
async def test_an_unexpected_exception_from_sending_is_an_api_error_without_the_url() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth"):
            return httpx.Response(200, json={"apiKey": "a", "token": "t", "operatorId": "OP1"})
        raise RuntimeError(f"transport broke while sending {request.url}")

    async with soracom(base_url=BASE, transport=httpx.MockTransport(handler)) as client:
        with pytest.raises(e.APIError) as caught:
            await client.sim.get_sim(SIM)
    assert isinstance(caught.value.__cause__, RuntimeError)
    assert SIM not in str(caught.value) and "GET /sims/{sim_id}" in str(caught.value)


async def test_a_redirect_is_not_followed(api: respx.MockRouter) -> None:
    api.get(f"/sims/{SIM}").mock(return_value=httpx.Response(302, headers={"Location": "https://evil.example/x"}))
    elsewhere = api.get("https://evil.example/x").mock(return_value=httpx.Response(200, json=sim()))
    async with soracom() as client:
        with pytest.raises(e.APIStatusError) as caught:
            await client.sim.get_sim(SIM)
    assert caught.value.status_code == 302 and not elsewhere.called


async def test_a_query_too_long_for_a_url_is_a_validation_error(api: respx.MockRouter) -> None:
    route = api.get("/sims").mock(return_value=httpx.Response(200, json=[]))
    async with soracom() as client:
        with pytest.raises(e.RequestValidationError):
            await client.sim.list_sims(last_evaluated_key="k" * 70_000)
    assert not route.called


@pytest.mark.parametrize("headers", [{"X-Trace": "a\r\nX-Injected: 1"}, {"X-Trace": "a\nb"}, {"X-Trace": "a\x00"},
                                     {"": "x"}, {"X Trace": "x"}, {"Ä": "x"}, {"X-Trace": "é"}])
def test_bad_default_headers_are_refused_at_construction(headers: dict[str, str]) -> None:
    with pytest.raises(ValueError) as caught:
        soracom(default_headers=headers)
    assert isinstance(caught.value, e.SoracomError)
    assert repr(next(iter(headers))) in str(caught.value)


async def test_cancellation_passes_untouched(api: respx.MockRouter) -> None:
    started = asyncio.Event()

    async def hang(request: httpx.Request) -> httpx.Response:
        started.set()
        await asyncio.sleep(60)
        return httpx.Response(200, json=sim())

    api.get(f"/sims/{SIM}").mock(side_effect=hang)
    async with soracom() as client:
        task = asyncio.ensure_future(client.sim.get_sim(SIM))
        await asyncio.wait_for(started.wait(), 10)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, 10)


# --- closed clients and views --------------------------------------------------------------------------------
async def test_closing_a_view_leaves_the_client_working(api: respx.MockRouter) -> None:
    api.get(f"/sims/{SIM}").mock(return_value=httpx.Response(200, json=sim()))
    async with soracom() as client:
        async with client.with_options(max_retries=0) as view:
            await view.sim.get_sim(SIM)
        assert (await client.sim.get_sim(SIM)).sim_id == SIM


async def test_a_closed_client_and_its_views_raise_client_closed(api: respx.MockRouter) -> None:
    api.get(f"/sims/{SIM}").mock(return_value=httpx.Response(200, json=sim()))
    client = soracom()
    view = client.with_options(timeout=5.0)
    await client.aclose()
    await client.aclose()  # twice is fine
    for target in (client, view):
        with pytest.raises(e.ClientClosedError, match="closed"):
            await target.sim.get_sim(SIM)
    with pytest.raises(e.ClientClosedError):
        client.with_options(timeout=1.0)


# --- deadline ------------------------------------------------------------------------------------------------
async def test_a_rate_limit_wait_past_the_deadline_is_not_slept(api: respx.MockRouter, sleeps: list[float]) -> None:
    route = api.get(f"/sims/{SIM}").mock(
        return_value=httpx.Response(429, headers={"X-Soracom-Ratelimit-Seconds-Before-Refresh": "30"}))
    async with soracom(deadline=10.0) as client:
        with pytest.raises(e.RateLimitError, match="deadline"):
            await client.sim.get_sim(SIM)
    assert sleeps == [] and route.call_count == 1


async def test_a_wait_within_the_deadline_is_slept(api: respx.MockRouter, sleeps: list[float]) -> None:
    api.get(f"/sims/{SIM}").mock(side_effect=[
        httpx.Response(429, headers={"X-Soracom-Ratelimit-Seconds-Before-Refresh": "30"}),
        httpx.Response(200, json=sim())])
    async with soracom(deadline=None) as client:
        await client.sim.get_sim(SIM)
    assert sleeps == [30.0]


async def test_the_deadline_is_chained_from_the_last_failure(api: respx.MockRouter) -> None:
    clock = ManualClock()  # the backoff, the hang and the deadline in virtual time
    calls = 0

    async def flaky_then_hang(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls == 1:
            return httpx.Response(503)
        await clock.sleep(60)
        return httpx.Response(200, json=sim())

    api.get(f"/sims/{SIM}").mock(side_effect=flaky_then_hang)
    async with soracom(deadline=1.5, clock=clock) as client:  # the backoff (0.5 s at most) fits
        with pytest.raises(e.DeadlineExceededError) as caught:
            await asyncio.wait_for(client.sim.get_sim(SIM), 10)
    assert isinstance(caught.value, e.APITimeoutError)
    assert isinstance(caught.value.__cause__, e.InternalServerError) and calls == 2


async def test_every_request_carries_the_calls_deadline(api: respx.MockRouter) -> None:
    seen: list[object] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions.get("soracom.deadline", "missing"))
        return httpx.Response(200, json=sim())

    api.get(f"/sims/{SIM}").mock(side_effect=record)
    async with soracom(deadline=50.0) as client:
        before = time.monotonic()
        await client.sim.get_sim(SIM)
        await client.sim.get_sim(SIM, deadline=None)
    assert isinstance(seen[0], float) and before + 50.0 <= seen[0] <= time.monotonic() + 50.0
    assert seen[1] is None


@pytest.mark.parametrize("bad", [0, -1.0, "10", True])
async def test_a_bad_deadline_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="deadline"):
        soracom(deadline=bad)
    async with soracom() as client:
        with pytest.raises(ValueError, match="deadline"):
            client.with_options(deadline=bad)  # type: ignore[arg-type]


# --- login answers are bounded too ---------------------------------------------------------------------------
def _gzip(data: bytes) -> bytes:
    import zlib

    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    return compressor.compress(data) + compressor.flush()


@pytest.mark.parametrize("answer", [  # made when the test runs, not in every xdist worker's collection
    lambda: httpx.Response(200, content=b" " * (3 * 2**20)),
    lambda: httpx.Response(200, content=_gzip(bytes(64 * 2**20)), headers={"Content-Encoding": "gzip"}),
], ids=["huge", "gzip bomb"])
async def test_a_huge_login_answer_is_refused(api: respx.MockRouter, answer: Callable[[], httpx.Response]) -> None:
    api.routes["auth"].mock(return_value=answer())
    route = api.get(f"/sims/{SIM}").mock(return_value=httpx.Response(200, json=sim()))
    async with soracom(max_response_size=2**20, max_retries=0) as client:
        with pytest.raises(e.ResponseTooLargeError) as caught:
            await client.sim.get_sim(SIM)
    assert caught.value.limit == 2**20 and not route.called


async def test_inside_bulk_a_rate_limit_pause_past_the_deadline_is_not_waited(
        api: respx.MockRouter, sleeps: list[float], monkeypatch: pytest.MonkeyPatch) -> None:
    from soracom_client import _bulk

    pauses: list[float] = []

    async def record(seconds: float) -> None:
        pauses.append(seconds)
        await asyncio.sleep(0.01)  # yields, so that wait_for below bounds a gate that never opens

    monkeypatch.setattr(_bulk, "sleep", record)
    route = api.get(f"/sims/{SIM}").mock(
        return_value=httpx.Response(429, headers={"X-Soracom-Ratelimit-Seconds-Before-Refresh": "30"}))
    async with soracom(deadline=10.0) as client:
        result = await asyncio.wait_for(client.bulk(lambda _: client.sim.get_sim(SIM), [1]), 10)
    error = result.outcomes[0].error
    assert isinstance(error, e.RateLimitError) and "deadline" in str(error)
    assert pauses == [] and sleeps == [] and route.call_count == 1
