# ruff: noqa: F811  (pytest fixtures imported from _facade_helpers are redefined as parameters)
"""Issue 15: raw responses, per-call options and their safety rules, error messages, closed clients."""

from __future__ import annotations

import httpx
import pytest
import respx
from _facade_helpers import API_KEY, BASE, TOKEN, api, sim, sleeps  # noqa: F401

from soracom_client import AuthKey, Page, RateLimit, RawResponse, Soracom
from soracom_client import errors as e
from soracom_client._options import PROTECTED_HEADERS
from soracom_client.generated.models.sim import Sim
from soracom_client.generated.models.sms_forwarding_request import SmsForwardingRequest

SIM = "8942310022000000001"
LIMITS = {"X-Soracom-Ratelimit-Limit": "100", "X-Soracom-Ratelimit-Remaining": "7",
          "X-Soracom-Ratelimit-Seconds-Before-Refresh": "12.5", "X-Soracom-Request-Id": "req-42"}


def soracom(**options: object) -> Soracom:
    return Soracom(auth=AuthKey("k", "s"), **options)  # type: ignore[arg-type]


def operation_calls(api: respx.MockRouter) -> list[httpx.Request]:
    return [call.request for call in api.calls if not call.request.url.path.endswith("/auth")]


# --- raw responses ---------------------------------------------------------------------------------------------
async def test_raw_response_gives_the_parsed_value_status_headers_rate_limit_and_request_id(
        api: respx.MockRouter) -> None:
    api.get(f"/sims/{SIM}").mock(return_value=httpx.Response(200, json=sim(SIM), headers=LIMITS))
    async with soracom() as client:
        raw = await client.with_raw_response.sim.get_sim(SIM)
    assert isinstance(raw, RawResponse)
    parsed = raw.parse()
    assert isinstance(parsed, Sim) and parsed.sim_id == SIM
    assert raw.status_code == 200 and raw.http_response.status_code == 200
    assert raw.headers["X-Soracom-Request-Id"] == "req-42" and raw.request_id == "req-42"
    assert raw.rate_limit == RateLimit(limit=100, remaining=7, seconds_before_refresh=12.5)
    assert raw.content == raw.http_response.content


async def test_raw_response_without_the_headers_has_none(api: respx.MockRouter) -> None:
    api.get(f"/sims/{SIM}").mock(return_value=httpx.Response(200, json=sim(SIM)))
    async with soracom() as client:
        raw = await client.with_raw_response.sim.get_sim(SIM)
    assert raw.rate_limit is None and raw.request_id is None


@pytest.mark.parametrize("name", ["X-Request-Id", "X-Amzn-RequestId"])
async def test_request_id_from_the_other_usual_headers(api: respx.MockRouter, name: str) -> None:
    api.get(f"/sims/{SIM}").mock(return_value=httpx.Response(200, json=sim(SIM), headers={name: "r-1"}))
    async with soracom() as client:
        assert (await client.with_raw_response.sim.get_sim(SIM)).request_id == "r-1"


async def test_status_errors_carry_rate_limit_and_request_id(api: respx.MockRouter) -> None:
    api.get(f"/sims/{SIM}").mock(return_value=httpx.Response(
        404, json={"code": "SEM0001", "message": "no such SIM"}, headers=LIMITS))
    async with soracom() as client:
        for call in (client.sim.get_sim, client.with_raw_response.sim.get_sim):
            with pytest.raises(e.NotFoundError) as caught:
                await call(SIM)
            error = caught.value
            assert error.request_id == "req-42" and error.headers["X-Soracom-Request-Id"] == "req-42"
            assert error.rate_limit == RateLimit(100, 7, 12.5)
            assert (error.code, error.message) == ("SEM0001", "no such SIM")


async def test_a_malformed_rate_limit_header_is_none_not_an_error(api: respx.MockRouter) -> None:
    api.get(f"/sims/{SIM}").mock(return_value=httpx.Response(
        200, json=sim(SIM), headers={"X-Soracom-Ratelimit-Limit": "lots", "X-Soracom-Ratelimit-Remaining": "3"}))
    async with soracom() as client:
        raw = await client.with_raw_response.sim.get_sim(SIM)
    assert raw.rate_limit == RateLimit(None, 3, None)


async def test_raw_paginated_operation_answers_one_page(api: respx.MockRouter) -> None:
    route = api.get("/sims").mock(return_value=httpx.Response(
        200, json=[sim("A"), sim("B")], headers={"X-Soracom-Next-Key": "B", **LIMITS}))
    async with soracom() as client:
        raw = await client.with_raw_response.sim.list_sims(limit=2, last_evaluated_key="start")
    page = raw.parse()
    assert isinstance(page, Page) and [s.sim_id for s in page] == ["A", "B"] and page.next_key == "B"
    assert raw.rate_limit is not None and raw.rate_limit.remaining == 7
    assert route.call_count == 1  # one page, not a walk
    assert route.calls[0].request.url.params["last_evaluated_key"] == "start"


async def test_raw_page_error_has_the_resume_key(api: respx.MockRouter) -> None:
    api.get("/sims").mock(return_value=httpx.Response(400, json={"code": "X", "message": "bad"}))
    async with soracom() as client:
        with pytest.raises(e.BadRequestError) as caught:
            await client.with_raw_response.sim.list_sims(last_evaluated_key="k7")
    assert caught.value.resume_key == "k7"


async def test_raw_response_of_a_view_uses_the_views_options(api: respx.MockRouter) -> None:
    route = api.get(f"/sims/{SIM}").mock(return_value=httpx.Response(200, json=sim(SIM)))
    async with soracom() as client:
        view = client.with_options(timeout=3.0, default_headers={"X-Tenant": "t1"})
        await view.with_raw_response.sim.get_sim(SIM)
    request = route.calls[0].request
    assert request.headers["X-Tenant"] == "t1" and request.extensions["timeout"]["read"] == 3.0


# --- extra_headers ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(PROTECTED_HEADERS))
async def test_every_protected_header_is_refused_per_call_before_anything_is_sent(
        api: respx.MockRouter, name: str) -> None:
    route = api.get(f"/sims/{SIM}").mock(return_value=httpx.Response(200, json=sim(SIM)))
    async with soracom() as client:
        for spelled in (name, name.upper(), name.title()):
            with pytest.raises(e.RequestValidationError) as caught:
                await client.sim.get_sim(SIM, extra_headers={spelled: "x"})
            assert caught.value.field == f"extra_headers[{spelled!r}]"
            assert spelled in str(caught.value)
    assert not api.calls and not route.called  # not even the login


@pytest.mark.parametrize("name", sorted(PROTECTED_HEADERS))
def test_every_protected_header_is_refused_as_a_default_header(name: str) -> None:
    with pytest.raises(e.ConfigurationError, match="default_headers"):
        soracom(default_headers={name: "x"})
    with pytest.raises(e.ConfigurationError, match="default_headers"):
        soracom().with_options(default_headers={name.upper(): "x"})


def test_the_protected_list_covers_credentials_routing_and_framing() -> None:
    assert {"x-soracom-api-key", "x-soracom-token", "authorization", "host", "content-length",
            "transfer-encoding", "x-http-method-override"} <= PROTECTED_HEADERS
    assert all(name == name.lower() for name in PROTECTED_HEADERS)


async def test_extra_headers_are_sent_and_win_over_the_clients_own(api: respx.MockRouter) -> None:
    route = api.get(f"/sims/{SIM}").mock(return_value=httpx.Response(200, json=sim(SIM)))
    async with soracom(lang="en", default_headers={"X-Team": "a"}) as client:
        await client.sim.get_sim(SIM, extra_headers={"X-Soracom-Lang": "ja", "X-Team": "b", "X-Trace": "t"})
        await client.with_options(default_headers={"X-Team": "c"}).sim.get_sim(SIM)
        await client.sim.get_sim(SIM)
    first, second, third = (call.request for call in route.calls)
    assert (first.headers["X-Soracom-Lang"], first.headers["X-Team"], first.headers["X-Trace"]) == ("ja", "b", "t")
    assert first.headers["X-Soracom-API-Key"] == API_KEY and first.headers["X-Soracom-Token"] == TOKEN
    assert second.headers["X-Team"] == "c" and "X-Trace" not in second.headers
    assert third.headers["X-Team"] == "a" and third.headers["X-Soracom-Lang"] == "en"


async def test_extra_headers_do_not_go_to_the_login(api: respx.MockRouter) -> None:
    api.get(f"/sims/{SIM}").mock(return_value=httpx.Response(200, json=sim(SIM)))
    async with soracom() as client:
        await client.sim.get_sim(SIM, extra_headers={"X-Trace": "t"})
    assert "X-Trace" not in api["auth"].calls[0].request.headers


@pytest.mark.parametrize("headers", [{"X-A": 1}, {"X-A": "a\r\nX-B: 1"}, {"X A": "x"}, {"": "x"}, ["X-A"]])
async def test_malformed_extra_headers_are_refused(api: respx.MockRouter, headers: object) -> None:
    async with soracom() as client:
        with pytest.raises(e.RequestValidationError, match="extra_headers"):
            await client.sim.get_sim(SIM, extra_headers=headers)  # type: ignore[arg-type]
    assert not api.calls


# --- extra_query -----------------------------------------------------------------------------------------------
async def test_extra_query_is_added(api: respx.MockRouter) -> None:
    route = api.get(f"/sims/{SIM}").mock(return_value=httpx.Response(200, json=sim(SIM)))
    async with soracom() as client:
        await client.sim.get_sim(SIM, extra_query={"beta": "1", "n": 2, "flag": True})
    url = route.calls[0].request.url
    assert url.path == f"/v1/sims/{SIM}"
    assert dict(url.params) == {"beta": "1", "n": "2", "flag": "true"}


@pytest.mark.parametrize("name", ["limit", "last_evaluated_key"])
async def test_extra_query_cannot_set_a_parameter_of_the_operation(api: respx.MockRouter, name: str) -> None:
    async with soracom() as client:
        with pytest.raises(e.RequestValidationError, match=name):
            client.sim.list_sims(extra_query={name: "x"})  # checked when the paginator is made
        with pytest.raises(e.RequestValidationError, match=name):
            await client.with_raw_response.sim.list_sims(extra_query={name: "x"})
    assert not api.calls


@pytest.mark.parametrize("query", [{"a": None}, {"a": [1]}, {"a": b"x"}, {1: "x"}, {"": "x"}, "a=1"])
async def test_malformed_extra_query_is_refused(api: respx.MockRouter, query: object) -> None:
    async with soracom() as client:
        with pytest.raises(e.RequestValidationError, match="extra_query"):
            await client.sim.get_sim(SIM, extra_query=query)  # type: ignore[arg-type]
    assert not api.calls


# --- max_retries and timeout per call --------------------------------------------------------------------------
async def test_per_call_max_retries_zero_sends_exactly_once(api: respx.MockRouter, sleeps: list[float]) -> None:
    route = api.get(f"/sims/{SIM}").mock(return_value=httpx.Response(503))
    async with soracom(max_retries=4) as client:
        with pytest.raises(e.InternalServerError):
            await client.sim.get_sim(SIM, max_retries=0)
        assert route.call_count == 1 and sleeps == []
        with pytest.raises(e.InternalServerError):
            await client.sim.get_sim(SIM)  # the client's 4 again
    assert route.call_count == 1 + 5


async def test_per_call_max_retries_raises_the_limit(api: respx.MockRouter, sleeps: list[float]) -> None:
    route = api.get(f"/sims/{SIM}").mock(return_value=httpx.Response(503))
    async with soracom(max_retries=0) as client:
        with pytest.raises(e.InternalServerError):
            await client.sim.get_sim(SIM, max_retries=3)
    assert route.call_count == 4


async def test_per_call_max_retries_does_not_make_a_send_once_operation_repeat(
        api: respx.MockRouter, sleeps: list[float]) -> None:
    route = api.post(f"/sims/{SIM}/send_sms").mock(return_value=httpx.Response(503))
    async with soracom() as client:
        with pytest.raises(e.InternalServerError):
            await client.sim.send_sms_to_sim(SIM, body=SmsForwardingRequest(payload="hi"), max_retries=10)
    assert route.call_count == 1


@pytest.mark.parametrize("value", ["3", -1, True, 1.5])
async def test_bad_per_call_max_retries_is_refused(api: respx.MockRouter, value: object) -> None:
    async with soracom() as client:
        with pytest.raises(e.RequestValidationError, match="max_retries"):
            await client.sim.get_sim(SIM, max_retries=value)  # type: ignore[arg-type]
    assert not api.calls


@pytest.mark.parametrize("value", ["5", 0, -2, True])
async def test_bad_per_call_timeout_is_refused(api: respx.MockRouter, value: object) -> None:
    async with soracom() as client:
        with pytest.raises(e.RequestValidationError, match="timeout"):
            await client.sim.get_sim(SIM, timeout=value)  # type: ignore[arg-type]
        with pytest.raises(e.RequestValidationError, match="deadline"):
            await client.sim.get_sim(SIM, deadline=value)  # type: ignore[arg-type]
    assert not api.calls


async def test_per_call_timeout_is_used_for_that_call(api: respx.MockRouter) -> None:
    route = api.get(f"/sims/{SIM}").mock(return_value=httpx.Response(200, json=sim(SIM)))
    async with soracom(timeout=30.0) as client:
        await client.sim.get_sim(SIM, timeout=2.5)
        await client.sim.get_sim(SIM)
    assert [call.request.extensions["timeout"]["read"] for call in route.calls] == [2.5, 30.0]


# --- messages --------------------------------------------------------------------------------------------------
async def test_a_read_timeout_names_the_host_the_timeout_and_the_attempts(
        api: respx.MockRouter, sleeps: list[float]) -> None:
    api.get(f"/sims/{SIM}").mock(side_effect=httpx.ReadTimeout(""))
    async with soracom(max_retries=2, timeout=httpx.Timeout(30.0, connect=10.0)) as client:
        with pytest.raises(e.APITimeoutError) as caught:
            await client.sim.get_sim(SIM)
    text = str(caught.value)
    assert text.startswith("GET /sims/{sim_id}: ReadTimeout to api.soracom.io")
    assert "read timeout of 30 s" in text and text.endswith("; 3 attempts")
    assert SIM not in text and "login" not in text


async def test_a_connection_failure_names_the_host_and_one_attempt(api: respx.MockRouter) -> None:
    api.get(f"/sims/{SIM}").mock(side_effect=httpx.ConnectError("connection refused"))
    async with soracom(max_retries=0) as client:
        with pytest.raises(e.APIConnectionError) as caught:
            await client.sim.get_sim(SIM)
    assert str(caught.value) == "GET /sims/{sim_id}: ConnectError to api.soracom.io: connection refused; 1 attempt"


async def test_a_timeout_during_the_login_says_it_was_the_login(api: respx.MockRouter, sleeps: list[float]) -> None:
    api["auth"].mock(side_effect=httpx.ReadTimeout(""))
    route = api.get(f"/sims/{SIM}").mock(return_value=httpx.Response(200, json=sim(SIM)))
    async with soracom(max_retries=1) as client:
        with pytest.raises(e.APITimeoutError) as caught:
            await client.sim.get_sim(SIM)
    text = str(caught.value)
    assert "ReadTimeout during the login (POST /auth) to api.soracom.io" in text and text.endswith("2 attempts")
    assert not route.called


async def test_a_port_other_than_the_default_is_named(sleeps: list[float]) -> None:
    with respx.mock(base_url="https://api.example.test:8443/v1", assert_all_called=False) as router:
        router.post("/auth").mock(return_value=httpx.Response(200, json={"apiKey": "a", "token": "t"}))
        router.get(f"/sims/{SIM}").mock(side_effect=httpx.ConnectError(""))
        async with soracom(base_url="https://api.example.test:8443/v1", max_retries=0) as client:
            with pytest.raises(e.APIConnectionError) as caught:
                await client.sim.get_sim(SIM)
    assert "to api.example.test:8443: no detail given; 1 attempt" in str(caught.value)


# --- closed clients --------------------------------------------------------------------------------------------
async def test_every_path_of_a_closed_client_raises_client_closed(api: respx.MockRouter) -> None:
    client = soracom()
    view = client.with_options(timeout=5.0)
    raw = client.with_raw_response
    await client.aclose()

    async def one(item: str) -> Sim:
        return await client.sim.get_sim(item)

    attempts = [
        lambda: client.sim.get_sim(SIM),
        lambda: view.sim.get_sim(SIM),
        lambda: raw.sim.get_sim(SIM),
        lambda: view.with_raw_response.sim.get_sim(SIM),
        lambda: client.with_raw_response.sim.list_sims(),
        lambda: client.bulk(one, [SIM]),
    ]
    for attempt in attempts:
        with pytest.raises(e.ClientClosedError, match="closed"):
            await attempt()
    with pytest.raises(e.ClientClosedError, match="closed"):
        await client.sim.list_sims()
    with pytest.raises(e.ClientClosedError, match="closed"):
        async for _ in view.sim.list_sims():
            pass
    with pytest.raises(e.ClientClosedError, match="closed"):
        client.with_options(max_retries=1)
    with pytest.raises(e.ClientClosedError, match="closed"):
        view.with_options(max_retries=1)
    assert not api.calls


def test_the_raw_mirror_has_every_operation_with_the_same_parameters() -> None:
    import inspect

    from soracom_client.generated.api import OPERATIONS

    client = soracom()
    assert OPERATIONS
    for name, (tag, _method, _path) in OPERATIONS.items():
        plain = inspect.signature(getattr(getattr(client, tag), name)).parameters
        raw = getattr(getattr(client.with_raw_response, tag), name)
        assert inspect.iscoroutinefunction(raw), name
        assert inspect.signature(raw).parameters == plain, name


# --- against the fake (in process) -----------------------------------------------------------------------------
async def test_raw_responses_and_errors_read_the_fakes_rate_limit_headers() -> None:
    from soracom_client.testing import FakeSoracom, Faults

    fake = FakeSoracom(seed=1, sims=2, faults=Faults(rate_limits={"GET /sims/{sim_id}": 10}))
    sim_id = fake.sim_ids()[0]
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=fake), base_url="http://fake/v1") as http, \
            Soracom(auth=fake.credentials, http_client=http) as client:
        raw = await client.with_raw_response.sim.get_sim(sim_id)
        assert raw.parse().sim_id == sim_id and raw.status_code == 200
        assert raw.rate_limit is not None and (raw.rate_limit.limit, raw.rate_limit.remaining) == (10, 9)
        with pytest.raises(e.NotFoundError) as caught:
            await client.sim.get_sim("no-such-sim")
        assert caught.value.rate_limit is not None and caught.value.rate_limit.remaining == 8
