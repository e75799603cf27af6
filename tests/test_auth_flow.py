# ruff: noqa: F811  (pytest fixtures imported from _facade_helpers are redefined as parameters)
"""Issue 13: one login or renewal in flight, shared by every caller, each waiting at most its own time.

The /auth mocks here await, so that concurrent calls really interleave while a login is in flight:
with an instant mock, calls run one after another and sharing would go untested.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

import httpx
import pytest
import respx
from _facade_helpers import BASE, OPERATOR, TOKEN, Clock, api, clock, login_answer, sim, sleeps  # noqa: F401

from soracom_client import AuthKey, Soracom, _auth
from soracom_client.errors import APIConnectionError, APITimeoutError, AuthenticationError, InternalServerError

REFUSED = {"code": "AUM0004", "message": "Authentication failed: invalid credentials."}


def slow(answer: Callable[[httpx.Request], httpx.Response], turns: int = 20,
         ) -> Callable[[httpx.Request], Awaitable[httpx.Response]]:
    """A side effect that yields to the loop a few times before answering, as a real server would."""

    async def side_effect(request: httpx.Request) -> httpx.Response:
        for _ in range(turns):
            await asyncio.sleep(0)
        return answer(request)

    return side_effect


def logins(*tokens: str) -> Callable[[httpx.Request], Awaitable[httpx.Response]]:
    answers = iter(tokens)
    return slow(lambda request: httpx.Response(200, json=login_answer(next(answers))))


async def settle(condition: Callable[[], bool]) -> None:
    """Let the loop run until `condition` holds; bounded, so that a bug fails instead of hanging."""
    for _ in range(100_000):
        if condition():
            return
        await asyncio.sleep(0)
    raise AssertionError("condition never held")


async def test_concurrent_first_calls_share_one_slow_login(api: respx.MockRouter) -> None:
    api["auth"].mock(side_effect=logins(TOKEN))
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        results = await asyncio.gather(*(soracom.sim.get_sim("S1") for _ in range(50)))
    assert len(results) == 50
    assert api["auth"].call_count == 1
    assert {c.request.headers["X-Soracom-Token"] for c in route.calls} == {TOKEN}


async def test_waiters_give_up_after_their_own_timeout_while_the_login_hangs(api: respx.MockRouter) -> None:
    release = asyncio.Event()
    sent = 0  # respx counts a call only once it is answered

    async def hanging_login(request: httpx.Request) -> httpx.Response:
        nonlocal sent
        sent += 1
        await release.wait()  # a mock ignores timeouts: this login hangs until released
        return httpx.Response(200, json=login_answer())

    api["auth"].mock(side_effect=hanging_login)
    api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), max_retries=0) as soracom:
        leader = asyncio.ensure_future(soracom.sim.get_sim("S1"))
        await settle(lambda: sent == 1)
        waiters = [soracom.sim.get_sim("S1", timeout=0.05) for _ in range(10)]
        results = await asyncio.wait_for(asyncio.gather(*waiters, return_exceptions=True), 10)
        assert all(isinstance(r, APITimeoutError) for r in results), results
        assert sent == 1  # none of them started a login of its own
        assert "shared login" in str(results[0])
        release.set()
        assert (await asyncio.wait_for(leader, 10)).sim_id == "S1"


async def test_login_timing_out_is_not_retried_by_each_waiter_in_turn(api: respx.MockRouter) -> None:
    sent = 0

    async def login_that_times_out(request: httpx.Request) -> httpx.Response:
        nonlocal sent
        sent += 1
        await asyncio.sleep(0.6)  # as a transport would at its read timeout (a mock has none)
        raise httpx.ReadTimeout("no answer", request=request)

    api["auth"].mock(side_effect=login_that_times_out)
    # Each waiter may wait 1 s; when the login fails it has 0.4 s left, less than half.
    async with Soracom(auth=AuthKey("k", "s"), max_retries=0, timeout=1.0) as soracom:
        results = await asyncio.wait_for(
            asyncio.gather(*(soracom.sim.get_sim("S1") for _ in range(20)), return_exceptions=True), 10)
    assert all(isinstance(r, APITimeoutError) for r in results), results
    # Waiters out of (most of their) time give up instead of each sending a login it cannot wait for.
    assert sent == 1


async def test_a_waiter_gives_up_at_the_call_deadline(api: respx.MockRouter) -> None:
    release = asyncio.Event()
    sent = 0

    async def hanging_login(request: httpx.Request) -> httpx.Response:
        nonlocal sent
        sent += 1
        await release.wait()
        return httpx.Response(200, json=login_answer())

    api["auth"].mock(side_effect=hanging_login)
    api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), timeout=None) as soracom:
        http = soracom._shared.http
        leader = asyncio.ensure_future(http.get(f"{BASE}/sims/S1"))
        await settle(lambda: sent == 1)
        # No timeout at all, only the deadline the runner puts on its requests.
        request = http.build_request("GET", f"{BASE}/sims/S1", timeout=None,
                                     extensions={"soracom.deadline": time.monotonic() + 0.05})
        with pytest.raises(httpx.PoolTimeout):
            await asyncio.wait_for(http.send(request), 10)
        release.set()
        assert (await asyncio.wait_for(leader, 10)).status_code == 200
    assert api["auth"].call_count == 1


async def test_cancelled_leader_hands_the_login_to_a_waiter(api: respx.MockRouter) -> None:
    first = asyncio.Event()
    sent = 0

    async def login(request: httpx.Request) -> httpx.Response:
        nonlocal sent
        sent += 1
        if sent == 1:
            await first.wait()  # the first login never finishes: its caller is cancelled
        for _ in range(5):
            await asyncio.sleep(0)
        return httpx.Response(200, json=login_answer())

    api["auth"].mock(side_effect=login)
    api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        leader = asyncio.ensure_future(soracom.sim.get_sim("S1"))
        await settle(lambda: sent == 1)
        waiters = [asyncio.ensure_future(soracom.sim.get_sim("S1")) for _ in range(10)]
        await settle(lambda: all(not w.done() for w in waiters))
        for _ in range(20):
            await asyncio.sleep(0)  # let every waiter start waiting
        leader.cancel()
        results = await asyncio.wait_for(asyncio.gather(*waiters), 10)
        assert [r.sim_id for r in results] == ["S1"] * 10
        assert leader.cancelled()
        assert soracom._shared.auth._flight is None  # nothing left "in flight"
    assert sent == 2  # the cancelled login, and one more led by a waiter


async def test_login_transport_error_hands_the_login_to_a_waiter(api: respx.MockRouter) -> None:
    sent = 0

    async def login(request: httpx.Request) -> httpx.Response:
        nonlocal sent
        sent += 1
        for _ in range(10):
            await asyncio.sleep(0)
        if sent == 1:
            raise httpx.ConnectError("connection refused")
        return httpx.Response(200, json=login_answer())

    api["auth"].mock(side_effect=login)
    api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), max_retries=0) as soracom:
        results = await asyncio.gather(*(soracom.sim.get_sim("S1") for _ in range(10)), return_exceptions=True)
    assert isinstance(results[0], APIConnectionError)  # the first caller led the failed login
    assert [r.sim_id for r in results[1:]] == ["S1"] * 9  # type: ignore[union-attr]
    assert api["auth"].call_count == 2


async def test_login_5xx_is_reported_to_everyone_waiting_for_it(api: respx.MockRouter) -> None:
    api["auth"].mock(side_effect=slow(lambda request: httpx.Response(503, json={"code": "X", "message": "busy"})))
    async with Soracom(auth=AuthKey("k", "s"), max_retries=0) as soracom:
        results = await asyncio.gather(*(soracom.sim.get_sim("S1") for _ in range(10)), return_exceptions=True)
    assert all(isinstance(r, InternalServerError) for r in results), results
    assert api["auth"].call_count == 1


async def test_refused_login_is_remembered_for_a_short_period(api: respx.MockRouter, clock: Clock) -> None:
    api["auth"].mock(side_effect=slow(lambda request: httpx.Response(401, json=REFUSED)))
    api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        results = await asyncio.gather(*(soracom.sim.get_sim("S1") for _ in range(20)), return_exceptions=True)
        assert all(isinstance(r, AuthenticationError) and r.code == "AUM0004" for r in results)
        assert api["auth"].call_count == 1
        clock.now += _auth.REFUSAL_MEMORY - 1
        with pytest.raises(AuthenticationError, match="AUM0004"):
            await soracom.sim.get_sim("S1")
        assert api["auth"].call_count == 1  # remembered: no new /auth
        clock.now += 2  # the refusal has lapsed: the next call tries again
        api["auth"].mock(side_effect=logins(TOKEN))
        assert (await soracom.sim.get_sim("S1")).sim_id == "S1"
    assert api["auth"].call_count == 2


async def test_refused_relogin_on_401_is_reported_to_every_queued_call(api: respx.MockRouter) -> None:
    answers = iter([httpx.Response(200, json=login_answer("token-old"))])
    api["auth"].mock(side_effect=slow(lambda request: next(answers, httpx.Response(401, json=REFUSED))))
    started = asyncio.Event()
    old_token_requests = 0

    async def answer(request: httpx.Request) -> httpx.Response:
        nonlocal old_token_requests
        old_token_requests += 1
        await started.wait()  # every call is in flight with the old token before any 401 comes back
        return httpx.Response(401, json={"code": "AUM0003", "message": "Token expired"})

    api.get("/sims/S1").mock(side_effect=answer)
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        tasks = [asyncio.ensure_future(soracom.sim.get_sim("S1")) for _ in range(50)]
        await settle(lambda: old_token_requests == 50)
        started.set()
        results = await asyncio.gather(*tasks, return_exceptions=True)
    assert all(isinstance(r, AuthenticationError) and r.code == "AUM0004" for r in results), results
    assert api["auth"].call_count == 2  # the first login and one refused re-login, not one per call


async def test_fresh_401_after_a_shared_relogin_is_replayed_once_more(api: respx.MockRouter) -> None:
    api["auth"].mock(side_effect=logins("token-1", "token-2", "token-3"))
    started = asyncio.Event()
    first_wave = 0
    token_2_answered = 0

    async def answer(request: httpx.Request) -> httpx.Response:
        nonlocal first_wave, token_2_answered
        token = request.headers["X-Soracom-Token"]
        if token == "token-1":
            first_wave += 1
            await started.wait()
            return httpx.Response(401, json={"code": "AUM0003", "message": "Token expired"})
        if token == "token-2":
            token_2_answered += 1
            if token_2_answered > 1:  # token-2 expires right after its first use, during the replay wave
                return httpx.Response(401, json={"code": "AUM0003", "message": "Token expired"})
        return httpx.Response(200, json=sim("S1"))

    route = api.get("/sims/S1").mock(side_effect=answer)
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        tasks = [asyncio.ensure_future(soracom.sim.get_sim("S1")) for _ in range(20)]
        await settle(lambda: first_wave == 20)
        started.set()
        results = await asyncio.gather(*tasks, return_exceptions=True)
    assert all(not isinstance(r, BaseException) for r in results), results
    assert api["auth"].call_count == 3  # one re-login per expired token, shared
    assert token_2_answered >= 2  # a call met the fresh 401 with the token of a re-login it shared
    assert route.call_count <= 20 * 3


async def test_a_late_401_with_the_old_token_reuses_the_relogin_already_done(api: respx.MockRouter) -> None:
    api["auth"].mock(side_effect=logins("token-1", "token-2"))
    release_late = asyncio.Event()
    late_sent = 0

    async def answer(request: httpx.Request) -> httpx.Response:
        nonlocal late_sent
        if request.headers["X-Soracom-Token"] == "token-2" or request.url.path.endswith("/S0"):
            return httpx.Response(200, json=sim("S1"))
        if request.url.path.endswith("/late"):
            late_sent += 1
            await release_late.wait()  # answered only after the other call's re-login is done
        return httpx.Response(401, json={"code": "AUM0003", "message": "Token expired"})

    api.get(path__regex=r"/sims/.*").mock(side_effect=answer)
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        await soracom.sim.get_sim("S0")  # logged in: token-1
        late = asyncio.ensure_future(soracom.sim.get_sim("late"))
        await settle(lambda: late_sent == 1)
        await soracom.sim.get_sim("S1")  # 401, re-login (token-2), replay
        release_late.set()
        await asyncio.wait_for(late, 10)  # its 401 is for token-1: replayed with token-2, no login
    assert api["auth"].call_count == 2


async def test_401_on_every_request_stops_after_two_replays_and_few_logins(api: respx.MockRouter) -> None:
    api["auth"].mock(side_effect=logins(*(f"token-{i}" for i in range(100))))
    route = api.get("/sims/S1").mock(side_effect=slow(
        lambda request: httpx.Response(401, json={"code": "AUM0003", "message": "no"}), turns=3))
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        results = await asyncio.gather(*(soracom.sim.get_sim("S1") for _ in range(20)), return_exceptions=True)
    assert all(isinstance(r, AuthenticationError) for r in results)
    assert route.call_count <= 20 * 3  # at most two replays each
    assert api["auth"].call_count <= 4


@pytest.mark.parametrize("status", [401, 403])
async def test_refused_renewal_falls_back_to_one_login_and_is_not_retried(api: respx.MockRouter, clock: Clock,
                                                                          status: int) -> None:
    api["auth"].mock(side_effect=logins("token-1", "token-2"))
    renew = api.post(f"/operators/{OPERATOR}/token").mock(side_effect=slow(lambda request: httpx.Response(status)))
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), token_timeout_seconds=3600) as soracom:
        await soracom.sim.get_sim("S1")
        clock.now += 3590  # inside the renewal window, still valid
        await asyncio.gather(*(soracom.sim.get_sim("S1") for _ in range(10)))
        for _ in range(5):
            await soracom.sim.get_sim("S1")
    assert renew.call_count == 1 and api["auth"].call_count == 2
    assert route.calls[-1].request.headers["X-Soracom-Token"] == "token-2"


async def test_renewal_transport_error_keeps_the_valid_token(api: respx.MockRouter, clock: Clock,
                                                            sleeps: list[float]) -> None:
    renew = api.post(f"/operators/{OPERATOR}/token").mock(side_effect=httpx.ConnectError("refused"))
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), token_timeout_seconds=3600) as soracom:
        await soracom.sim.get_sim("S1")
        clock.now += 3500  # in the renewal window; the token has 100 s left
        for _ in range(5):
            assert (await soracom.sim.get_sim("S1")).sim_id == "S1"
    assert renew.call_count == 1  # not retried on every request
    assert api["auth"].call_count == 1
    assert {c.request.headers["X-Soracom-Token"] for c in route.calls} == {TOKEN}


async def test_renewal_transport_error_with_the_token_expired_falls_back_to_a_login(
        api: respx.MockRouter, clock: Clock, sleeps: list[float]) -> None:
    api["auth"].mock(side_effect=logins("token-1", "token-2"))
    renew = api.post(f"/operators/{OPERATOR}/token").mock(side_effect=httpx.ReadTimeout("hangs"))
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), token_timeout_seconds=3600) as soracom:
        await soracom.sim.get_sim("S1")
        clock.now += 4000  # expired by our count: a renewal is tried, then a login
        assert (await soracom.sim.get_sim("S1")).sim_id == "S1"
    assert renew.call_count == 1 and api["auth"].call_count == 2
    assert route.calls[-1].request.headers["X-Soracom-Token"] == "token-2"


async def test_calls_go_on_with_the_valid_token_while_a_renewal_hangs(api: respx.MockRouter, clock: Clock) -> None:
    release = asyncio.Event()

    sent = 0

    async def hanging_renewal(request: httpx.Request) -> httpx.Response:
        nonlocal sent
        sent += 1
        await release.wait()
        return httpx.Response(200, json={"token": "token-renewed"})

    renew = api.post(f"/operators/{OPERATOR}/token").mock(side_effect=hanging_renewal)
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), token_timeout_seconds=3600) as soracom:
        await soracom.sim.get_sim("S1")
        clock.now += 3500
        renewing = asyncio.ensure_future(soracom.sim.get_sim("S1"))
        await settle(lambda: sent == 1)
        others = await asyncio.wait_for(asyncio.gather(*(soracom.sim.get_sim("S1") for _ in range(20))), 10)
        assert len(others) == 20 and sent == 1
        release.set()
        await asyncio.wait_for(renewing, 10)
    assert route.calls[-1].request.headers["X-Soracom-Token"] == "token-renewed"
    assert renew.call_count == 1
