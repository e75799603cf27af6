# ruff: noqa: F811  (pytest fixtures imported from _facade_helpers are redefined as parameters)
"""Login and renewal rules a caller relies on, at their edges: when the token is renewed, what a failed
renewal or a refused login does, and that login and renewal requests keep the caller's timeout."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable

import httpx
import pytest
import respx
from _facade_helpers import BASE, OPERATOR, TOKEN, Clock, api, clock, login_answer, sim, sleeps  # noqa: F401

from soracom_client import ApiToken, AuthKey, Soracom
from soracom_client.errors import APIConnectionError, APITimeoutError, AuthenticationError, ResponseParseError
from soracom_client.testing import ManualClock

RENEWED = "token-SECRET-renewed"


def renewal(api: respx.MockRouter, response: httpx.Response | None = None) -> respx.Route:
    return api.post(f"/operators/{OPERATOR}/token").mock(
        return_value=response or httpx.Response(200, json={"token": RENEWED}))


@pytest.mark.parametrize(("lifetime", "margin"), [(86400, 300.0), (3600, 300.0), (600, 60.0)])
async def test_the_token_is_renewed_only_within_the_smaller_margin(api: respx.MockRouter, clock: Clock,
                                                                   lifetime: int, margin: float) -> None:
    """5 minutes before expiry, or a tenth of a short token's life: never hours early."""
    renew = renewal(api)
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), token_timeout_seconds=lifetime) as soracom:
        await soracom.sim.get_sim("S1")
        clock.now += lifetime - margin - 1
        await soracom.sim.get_sim("S1")
        assert renew.call_count == 0 and route.calls[-1].request.headers["X-Soracom-Token"] == TOKEN
        clock.now += 2
        await soracom.sim.get_sim("S1")
        assert renew.call_count == 1
        await soracom.sim.get_sim("S1")
    assert route.calls[-1].request.headers["X-Soracom-Token"] == RENEWED
    assert api["auth"].call_count == 1


@pytest.mark.parametrize("status", [500, 503])
async def test_a_renewal_failing_with_5xx_keeps_the_valid_token_and_waits(api: respx.MockRouter, clock: Clock,
                                                                          sleeps: list[float], status: int) -> None:
    """No re-login while the token is still valid; the renewal is tried again only after a pause."""
    renew = renewal(api, httpx.Response(status))
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), token_timeout_seconds=3600) as soracom:
        await soracom.sim.get_sim("S1")
        clock.now += 3600 - 100  # 100 s left: due for renewal
        await soracom.sim.get_sim("S1")
        await soracom.sim.get_sim("S1")  # within the pause: not tried again
        assert renew.call_count == 1
        clock.now += 31  # the pause is a tenth of the 300 s margin
        await soracom.sim.get_sim("S1")
        assert renew.call_count == 2
    assert api["auth"].call_count == 1
    assert {c.request.headers["X-Soracom-Token"] for c in route.calls} == {TOKEN}


async def test_a_renewal_failing_after_the_token_expired_logs_in(api: respx.MockRouter, clock: Clock) -> None:
    api["auth"].mock(side_effect=[httpx.Response(200, json=login_answer("token-1")),
                                  httpx.Response(200, json=login_answer("token-2"))])
    renew = renewal(api, httpx.Response(503))
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), token_timeout_seconds=3600) as soracom:
        await soracom.sim.get_sim("S1")
        clock.now += 3601
        await soracom.sim.get_sim("S1")
    assert renew.call_count == 1 and api["auth"].call_count == 2
    assert route.calls[-1].request.headers["X-Soracom-Token"] == "token-2"


@pytest.mark.parametrize("status", [401, 403])
async def test_a_refused_login_is_an_authentication_error_remembered_for_a_while(
        api: respx.MockRouter, clock: Clock, status: int) -> None:
    api["auth"].mock(return_value=httpx.Response(status, json={"code": "AUM0002", "message": "refused"}))
    route = api.get("/sims/S1")
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        with pytest.raises(AuthenticationError) as first:
            await soracom.sim.get_sim("S1")
        clock.now += 4.5  # a refusal stands for 5 s
        with pytest.raises(AuthenticationError):
            await soracom.sim.get_sim("S1")
        assert api["auth"].call_count == 1  # remembered: no second /auth
        clock.now += 1
        with pytest.raises(AuthenticationError):
            await soracom.sim.get_sim("S1")
        assert api["auth"].call_count == 2  # lapsed: tried again
    assert first.value.status_code == status and route.call_count == 0


async def test_login_and_renewal_keep_the_callers_timeout(api: respx.MockRouter, clock: Clock) -> None:
    renew = renewal(api)
    api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), timeout=7.0, deadline=None, token_timeout_seconds=3600) as soracom:
        await soracom.sim.get_sim("S1")
        clock.now += 3600 - 10
        await soracom.sim.get_sim("S1")
    for request in (api["auth"].calls[0].request, renew.calls[0].request):
        timeout = request.extensions["timeout"]
        # Each of the caller's 7 s, cut to the time the caller has left (a hair less on a real clock).
        assert set(timeout) == {"connect", "read", "write", "pool"}
        assert all(6.0 < value <= 7.0 for value in timeout.values()), timeout


async def test_at_the_expiry_instant_a_call_waits_for_the_renewal_in_flight(api: respx.MockRouter,
                                                                            clock: Clock) -> None:
    """An expired token is never sent, even while a renewal is in flight: the call waits for it."""
    release = asyncio.Event()

    async def slow_renewal(request: httpx.Request) -> httpx.Response:
        await release.wait()
        return httpx.Response(200, json={"token": RENEWED})

    api.post(f"/operators/{OPERATOR}/token").mock(side_effect=slow_renewal)
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), token_timeout_seconds=3600) as soracom:
        await soracom.sim.get_sim("S1")
        session = soracom._shared.auth.session
        assert session is not None
        clock.now = session.expires_at - 10  # due: this call leads the renewal, which hangs
        leader = asyncio.ensure_future(soracom.sim.get_sim("S1"))
        for _ in range(50):
            await asyncio.sleep(0)
        clock.now = session.expires_at  # the token's last instant has passed
        late = asyncio.ensure_future(soracom.sim.get_sim("S1"))
        for _ in range(50):
            await asyncio.sleep(0)
        release.set()
        await asyncio.gather(leader, late)
    assert [c.request.headers["X-Soracom-Token"] for c in route.calls[1:]] == [RENEWED, RENEWED]


async def test_a_paused_renewal_is_tried_again_exactly_when_the_pause_ends(api: respx.MockRouter, clock: Clock,
                                                                          sleeps: list[float]) -> None:
    renew = renewal(api, httpx.Response(503))
    api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), token_timeout_seconds=3600) as soracom:
        await soracom.sim.get_sim("S1")
        clock.now += 3600 - 100
        await soracom.sim.get_sim("S1")  # the renewal fails: paused for a tenth of the 300 s margin
        clock.now += 30.0
        await soracom.sim.get_sim("S1")
    assert renew.call_count == 2 and api["auth"].call_count == 1  # renewed again, no login


async def test_the_default_token_lifetime_asked_for_is_24_hours(api: respx.MockRouter) -> None:
    api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        await soracom.sim.get_sim("S1")
    assert json.loads(api["auth"].calls[0].request.content)["tokenTimeoutSeconds"] == 86400


@pytest.mark.parametrize(("seconds", "accepted"), [(1, True), (0, False), (-1, False), (172800, True),
                                                   (172801, False)])
def test_the_token_lifetime_bounds_are_inclusive(seconds: int, accepted: bool) -> None:
    if accepted:
        Soracom(auth=AuthKey("k", "s"), token_timeout_seconds=seconds)
    else:
        with pytest.raises(ValueError, match="token_timeout_seconds"):
            Soracom(auth=AuthKey("k", "s"), token_timeout_seconds=seconds)


async def test_a_refusal_lapses_exactly_after_5_s(api: respx.MockRouter, clock: Clock) -> None:
    api["auth"].mock(return_value=httpx.Response(401, json={"code": "AUM0002", "message": "refused"}))
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        with pytest.raises(AuthenticationError):
            await soracom.sim.get_sim("S1")
        clock.now += 5.0
        with pytest.raises(AuthenticationError):
            await soracom.sim.get_sim("S1")
    assert api["auth"].call_count == 2


async def test_a_renewal_failing_at_the_expiry_instant_logs_in(api: respx.MockRouter, clock: Clock) -> None:
    api["auth"].mock(side_effect=[httpx.Response(200, json=login_answer("token-1")),
                                  httpx.Response(200, json=login_answer("token-2"))])
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), token_timeout_seconds=3600) as soracom:
        await soracom.sim.get_sim("S1")
        session = soracom._shared.auth.session
        assert session is not None
        clock.now = session.expires_at - 1  # due: the renewal answers 503 after the token ran out
        api.post(f"/operators/{OPERATOR}/token").mock(side_effect=lambda request: _expire(clock, session.expires_at))
        await soracom.sim.get_sim("S1")
    assert api["auth"].call_count == 2 and route.calls[-1].request.headers["X-Soracom-Token"] == "token-2"


def _expire(clock: Clock, at: float) -> httpx.Response:
    clock.now = at
    return httpx.Response(503)


async def test_the_pause_after_a_failed_renewal_is_a_tenth_of_the_margin_unrounded(
        api: respx.MockRouter, clock: Clock) -> None:
    renew = renewal(api, httpx.Response(503))
    api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), token_timeout_seconds=555) as soracom:  # margin 55.5 s
        await soracom.sim.get_sim("S1")
        clock.now += 555 - 20
        await soracom.sim.get_sim("S1")
        clock.now += 5.2  # within the 5.55 s pause
        await soracom.sim.get_sim("S1")
        assert renew.call_count == 1
        clock.now += 0.4
        await soracom.sim.get_sim("S1")
    assert renew.call_count == 2


async def test_the_renewal_is_due_exactly_when_the_margin_is_left(api: respx.MockRouter, clock: Clock) -> None:
    """With 300 s of validity left the token is renewed; a second earlier it is not."""
    renew = renewal(api)
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), token_timeout_seconds=3600) as soracom:
        await soracom.sim.get_sim("S1")
        session = soracom._shared.auth.session
        assert session is not None
        clock.now = session.expires_at - 300.0
        await soracom.sim.get_sim("S1")
    assert renew.call_count == 1 and route.calls[-1].request.headers["X-Soracom-Token"] == RENEWED


async def test_login_and_calls_carry_the_clients_headers(api: respx.MockRouter) -> None:
    """The User-Agent, X-Soracom-Lang and default headers go with the login too, not only with the calls."""
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), lang="ja", default_headers={"X-Tenant": "t1"}) as soracom:
        await soracom.sim.get_sim("S1")
    for request in (api["auth"].calls[0].request, route.calls[0].request):
        assert request.headers["X-Tenant"] == "t1" and request.headers["X-Soracom-Lang"] == "ja"
        assert request.headers["User-Agent"].startswith("soracom-client/")


async def test_the_login_keeps_each_of_the_callers_timeouts(api: respx.MockRouter) -> None:
    """A short connect timeout stays short; no timeout at all becomes the time the caller has (its longest)."""
    api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    timeout = httpx.Timeout(7.0, connect=2.0, pool=None)
    async with Soracom(auth=AuthKey("k", "s"), timeout=timeout, deadline=None, clock=ManualClock()) as soracom:
        await soracom.sim.get_sim("S1")
    assert api["auth"].calls[0].request.extensions["timeout"] == {"connect": 2.0, "read": 7.0, "write": 7.0,
                                                                  "pool": 7.0}


# -- the time a caller may wait for a shared login (on the client's clock) --

async def _turns(done: Callable[[], bool], turns: int = 200) -> None:
    """A few loop turns for what a virtual-time event wakes; bounded, so a bug fails instead of hanging."""
    for _ in range(turns):
        if done():
            return
        await asyncio.sleep(0)

def _login_held_until(release: asyncio.Event) -> Callable[[httpx.Request], Awaitable[httpx.Response]]:
    """A login answer that comes only once `release` is set: the shared login stays in flight until then."""
    async def login(request: httpx.Request) -> httpx.Response:
        await release.wait()
        return httpx.Response(200, json=login_answer())

    return login



async def test_a_request_whose_deadline_has_come_sends_no_login(api: respx.MockRouter) -> None:
    clock = ManualClock()
    async with Soracom(auth=AuthKey("k", "s"), timeout=None, deadline=None, clock=clock) as soracom:
        http = soracom._shared.http
        # As the runner sends it: no timeout, only the call's deadline, here already reached.
        request = http.build_request("GET", f"{BASE}/sims/S1", timeout=None,
                                     extensions={"soracom.deadline": clock.now()})
        with pytest.raises(httpx.PoolTimeout):
            await http.send(request)
    assert api["auth"].call_count == 0


async def test_a_waiter_takes_over_a_failed_login_with_half_its_time_left(api: respx.MockRouter) -> None:
    """Half of the time it had when it started waiting is enough to lead the next login; less is not."""
    clock = ManualClock()
    release = asyncio.Event()
    answers = iter([None, httpx.Response(200, json=login_answer())])

    async def login(request: httpx.Request) -> httpx.Response:
        answer = next(answers)
        if answer is None:  # the first login fails after half the waiter's 2 s
            await release.wait()
            clock.advance(1.0)
            raise httpx.ConnectError("refused", request=request)
        return answer

    api["auth"].mock(side_effect=login)
    api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), timeout=2.0, deadline=None, max_retries=0, clock=clock) as soracom:
        leader = asyncio.ensure_future(soracom.sim.get_sim("S1"))
        await _turns(lambda: soracom._shared.auth._flight is not None)
        waiter = asyncio.ensure_future(soracom.sim.get_sim("S1"))
        await _turns(lambda: False, 20)
        release.set()
        results = await asyncio.gather(leader, waiter, return_exceptions=True)
    assert isinstance(results[0], APIConnectionError)
    assert not isinstance(results[1], BaseException) and results[1].sim_id == "S1", results[1]
    assert api["auth"].call_count == 2


async def test_a_waiter_gives_up_on_the_clients_clock(api: respx.MockRouter) -> None:
    """On a virtual clock the wait ends when virtual time passes, not after that much real time."""
    clock = ManualClock()
    release = asyncio.Event()
    api["auth"].mock(side_effect=_login_held_until(release))
    api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), deadline=None, max_retries=0, clock=clock) as soracom:
        leader = asyncio.ensure_future(soracom.sim.get_sim("S1"))
        await _turns(lambda: soracom._shared.auth._flight is not None)
        waiter = asyncio.ensure_future(soracom.sim.get_sim("S1", timeout=1.0))
        await _turns(lambda: False, 20)
        clock.advance(0.5)
        await _turns(lambda: False, 20)
        assert not waiter.done()  # a second is short, but it is not no time at all
        clock.advance(0.5)
        await _turns(waiter.done)
        assert waiter.done() and isinstance(waiter.exception(), APITimeoutError)
        release.set()
        assert (await leader).sim_id == "S1"
    assert api["auth"].call_count == 1


async def test_a_waiter_without_a_time_limit_waits_for_the_shared_login(api: respx.MockRouter) -> None:
    clock = ManualClock()
    release = asyncio.Event()
    api["auth"].mock(side_effect=_login_held_until(release))
    api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), timeout=None, deadline=None, clock=clock) as soracom:
        leader = asyncio.ensure_future(soracom.sim.get_sim("S1"))
        await _turns(lambda: soracom._shared.auth._flight is not None)
        waiter = asyncio.ensure_future(soracom.sim.get_sim("S1"))
        await _turns(lambda: False, 20)
        clock.advance(3600.0)
        release.set()
        results = await asyncio.gather(leader, waiter)
    assert [r.sim_id for r in results] == ["S1", "S1"] and api["auth"].call_count == 1


@pytest.mark.parametrize("start", [-5000.0, 0.0])
async def test_the_token_is_renewed_on_a_clock_of_any_origin(api: respx.MockRouter, start: float) -> None:
    """Only differences of a clock's times matter: on one that reads 0 or below, a token due is renewed too."""
    renew = renewal(api)
    clock = ManualClock(start=start)
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), token_timeout_seconds=1, deadline=None, clock=clock) as soracom:
        await soracom.sim.get_sim("S1")
        clock.advance(0.95)  # due: a tenth of a 1 s token's life is left
        await soracom.sim.get_sim("S1")
    assert renew.call_count == 1 and api["auth"].call_count == 1
    assert route.calls[-1].request.headers["X-Soracom-Token"] == RENEWED


async def test_a_given_api_token_is_never_logged_out(api: respx.MockRouter) -> None:
    """The token belongs to whoever issued it (another process may still use it): closing leaves it valid."""
    logout = api.post("/auth/logout").mock(return_value=httpx.Response(204))
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=ApiToken("key", "given-token"), logout_on_close=True) as soracom:
        await soracom.sim.get_sim("S1")
    assert logout.call_count == 0 and api["auth"].call_count == 0
    assert route.calls[0].request.headers["X-Soracom-Token"] == "given-token"


@pytest.mark.parametrize("answer", [{"apiKey": "a", "operatorId": OPERATOR}, {"token": "t", "operatorId": OPERATOR},
                                    {"apiKey": "a", "token": 123, "operatorId": OPERATOR}])
async def test_a_login_answer_without_a_usable_key_or_token_is_a_parse_error(api: respx.MockRouter,
                                                                             answer: dict[str, object]) -> None:
    api["auth"].mock(return_value=httpx.Response(200, json=answer))
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), max_retries=0) as soracom:
        with pytest.raises(ResponseParseError, match="apiKey or token"):
            await soracom.sim.get_sim("S1")
    assert route.call_count == 0


async def test_a_failed_login_is_tried_again_by_the_next_call_while_the_token_is_valid(api: respx.MockRouter,
                                                                                      clock: Clock) -> None:
    """Without an operator id the token cannot be renewed, only replaced by a login; one that fails on the
    way is not a renewal failure: there is no pause, the next call logs in again."""
    answer = {"apiKey": "a", "token": "token-1"}
    api["auth"].mock(side_effect=[httpx.Response(200, json=answer), httpx.ConnectError("refused"),
                                  httpx.Response(200, json={**answer, "token": "token-2"})])
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), token_timeout_seconds=3600, max_retries=0) as soracom:
        await soracom.sim.get_sim("S1")
        clock.now += 3600 - 100  # due, still valid
        with pytest.raises(APIConnectionError):
            await soracom.sim.get_sim("S1")
        await soracom.sim.get_sim("S1")
    assert api["auth"].call_count == 3 and route.calls[-1].request.headers["X-Soracom-Token"] == "token-2"


async def test_a_calls_extra_headers_are_set_over_the_clients_own(api: respx.MockRouter) -> None:
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), lang="en", default_headers={"X-Team": "a"}) as soracom:
        await soracom.sim.get_sim("S1", extra_headers={"X-Soracom-Lang": "ja", "X-Trace": "t"})
        await soracom.sim.get_sim("S1")
    first, second = (call.request.headers for call in route.calls)
    assert (first["X-Soracom-Lang"], first["X-Team"], first["X-Trace"]) == ("ja", "a", "t")
    assert second["X-Soracom-Lang"] == "en" and "X-Trace" not in second


async def test_a_renewal_that_succeeded_puts_off_no_later_renewal(api: respx.MockRouter, clock: Clock) -> None:
    """Only a failed renewal pauses the next: a token renewed slowly, and due again when it arrives, is renewed."""
    answers = iter(["token-2", "token-3"])

    def slow_renewal(request: httpx.Request) -> httpx.Response:
        clock.now += 3300  # the answer comes when the new token (valid from the request on) is due already
        return httpx.Response(200, json={"token": next(answers)})

    renew = api.post(f"/operators/{OPERATOR}/token").mock(side_effect=slow_renewal)
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), token_timeout_seconds=3600) as soracom:
        await soracom.sim.get_sim("S1")
        clock.now += 3600 - 300
        await soracom.sim.get_sim("S1")  # renewed to token-2, due again on arrival
        assert renew.call_count == 1
        await soracom.sim.get_sim("S1")
    assert renew.call_count == 2 and route.calls[-1].request.headers["X-Soracom-Token"] == "token-3"
