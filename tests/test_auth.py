# ruff: noqa: F811  (pytest fixtures imported from _facade_helpers are redefined as parameters)
"""Authentication: login per credential kind, lazy shared login, renewal, re-login on 401, refusals."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
import respx
from _facade_helpers import API_KEY, BASE, OPERATOR, TOKEN, Clock, api, clock, login_answer, sim, sleeps  # noqa: F401

from soracom_client import ApiToken, AuthKey, EmailPassword, SamUser, Soracom
from soracom_client.errors import AuthenticationError


@pytest.mark.parametrize(
    ("credentials", "body"),
    [
        (AuthKey("keyId-abc", "secret-xyz"), {"authKeyId": "keyId-abc", "authKey": "secret-xyz"}),
        (EmailPassword("ops@example.com", "pw-1"), {"email": "ops@example.com", "password": "pw-1"}),
        (SamUser("OP0012345678", "alice", "pw-2"), {"operatorId": "OP0012345678", "userName": "alice",
                                                    "password": "pw-2"}),
    ],
)
async def test_each_credential_kind_logs_in_with_its_body(api: respx.MockRouter, credentials: object,
                                                          body: dict[str, object]) -> None:
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=credentials, token_timeout_seconds=3600) as soracom:  # type: ignore[arg-type]
        got = await soracom.sim.get_sim("S1")
    assert got.sim_id == "S1"
    assert api["auth"].call_count == 1
    assert json.loads(api["auth"].calls[0].request.content) == {**body, "tokenTimeoutSeconds": 3600}
    sent = route.calls[0].request.headers
    assert sent["X-Soracom-API-Key"] == API_KEY and sent["X-Soracom-Token"] == TOKEN


async def test_api_token_is_used_as_given_and_never_calls_auth(api: respx.MockRouter) -> None:
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=ApiToken("given-key", "given-token")) as soracom:
        await soracom.sim.get_sim("S1")
        await soracom.sim.get_sim("S1")
    assert api["auth"].call_count == 0
    assert route.calls[0].request.headers["X-Soracom-API-Key"] == "given-key"
    assert route.calls[1].request.headers["X-Soracom-Token"] == "given-token"


async def test_login_is_lazy() -> None:
    with respx.mock(base_url=BASE) as router:
        async with Soracom(auth=AuthKey("k", "s")):
            pass
        assert len(router.calls) == 0


async def slow_answer(response: httpx.Response) -> httpx.Response:
    for _ in range(20):  # yield to the loop as a real server would, so that concurrent calls interleave
        await asyncio.sleep(0)
    return response


async def test_100_concurrent_first_calls_share_one_login(api: respx.MockRouter) -> None:
    api["auth"].mock(side_effect=lambda request: slow_answer(httpx.Response(200, json=login_answer())))
    api.get(path__regex=r"/sims/S\d+").mock(side_effect=lambda request: httpx.Response(
        200, json=sim(request.url.path.rsplit("/", 1)[-1])))
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        results = await asyncio.gather(*(soracom.sim.get_sim(f"S{i}") for i in range(100)))
    assert [r.sim_id for r in results] == [f"S{i}" for i in range(100)]
    assert api["auth"].call_count == 1


async def test_token_near_expiry_under_100_concurrent_calls_is_renewed_once(api: respx.MockRouter,
                                                                             clock: Clock) -> None:
    renew = api.post(f"/operators/{OPERATOR}/token").mock(
        side_effect=lambda request: slow_answer(httpx.Response(200, json={"token": "token-SECRET-renewed"})))

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=sim("S1"))

    route = api.get("/sims/S1").mock(side_effect=answer)
    async with Soracom(auth=AuthKey("k", "s"), token_timeout_seconds=3600) as soracom:
        await soracom.sim.get_sim("S1")
        clock.now += 3600 - 60  # one minute left: inside the renewal margin
        results = await asyncio.gather(*(soracom.sim.get_sim("S1") for _ in range(100)))
        await soracom.sim.get_sim("S1")
    assert len(results) == 100
    assert route.calls[-1].request.headers["X-Soracom-Token"] == "token-SECRET-renewed"
    assert renew.call_count == 1
    assert api["auth"].call_count == 1
    assert renew.calls[0].request.headers["X-Soracom-Token"] == TOKEN
    assert json.loads(renew.calls[0].request.content) == {"tokenTimeoutSeconds": 3600}
    # While the renewal is in flight the others go on with the still valid token instead of waiting.
    assert {c.request.headers["X-Soracom-Token"] for c in route.calls[1:]} == {TOKEN, "token-SECRET-renewed"}


async def test_token_expired_under_100_concurrent_calls_causes_one_relogin_and_all_succeed(
        api: respx.MockRouter) -> None:
    answers = iter([httpx.Response(200, json=login_answer("token-old")),
                    httpx.Response(200, json=login_answer("token-new"))])
    api["auth"].mock(side_effect=lambda request: slow_answer(next(answers)))
    started = asyncio.Event()
    old_token_requests = 0

    async def answer(request: httpx.Request) -> httpx.Response:
        nonlocal old_token_requests
        if request.headers["X-Soracom-Token"] == "token-old":
            old_token_requests += 1
            await started.wait()  # hold every old-token request until all 100 are in flight
            return httpx.Response(401, json={"code": "AUM0001", "message": "Token expired"})
        return httpx.Response(200, json=sim("S1"))

    api.get("/sims/S1").mock(side_effect=answer)
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        tasks = [asyncio.ensure_future(soracom.sim.get_sim("S1")) for _ in range(100)]
        for _ in range(100_000):  # bounded, so that a bug fails the test instead of hanging it
            if old_token_requests == 100:
                break
            await asyncio.sleep(0)
        assert old_token_requests == 100
        started.set()
        results = await asyncio.gather(*tasks)
    assert len(results) == 100 and all(r.sim_id == "S1" for r in results)
    assert api["auth"].call_count == 2  # the first login and exactly one re-login


async def test_401_after_relogin_is_not_replayed_again(api: respx.MockRouter) -> None:
    route = api.get("/sims/S1").mock(return_value=httpx.Response(401, json={"code": "AUM0001",
                                                                            "message": "Unauthorized"}))
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        with pytest.raises(AuthenticationError, match="AUM0001: Unauthorized"):
            await soracom.sim.get_sim("S1")
    assert route.call_count == 2  # the request and its one replay
    assert api["auth"].call_count == 2


async def test_wrong_credentials_make_one_auth_call_and_raise(api: respx.MockRouter) -> None:
    api["auth"].mock(return_value=httpx.Response(401, json={"code": "AUM0002", "message": "Invalid credentials"}))
    route = api.get("/sims/S1")
    async with Soracom(auth=AuthKey("k", "wrong")) as soracom:
        with pytest.raises(AuthenticationError) as caught:
            await soracom.sim.get_sim("S1")
    assert api["auth"].call_count == 1
    assert route.call_count == 0
    assert caught.value.code == "AUM0002" and caught.value.status_code == 401
    assert "AUM0002: Invalid credentials" in str(caught.value)


async def test_wrong_credentials_under_concurrent_first_calls_make_one_auth_call(api: respx.MockRouter) -> None:
    async def refuse(request: httpx.Request) -> httpx.Response:
        for _ in range(50):  # let every other call queue up behind this login
            await asyncio.sleep(0)
        return httpx.Response(401, json={"code": "AUM0002", "message": "Invalid credentials"})

    api["auth"].mock(side_effect=refuse)
    async with Soracom(auth=AuthKey("k", "wrong")) as soracom:
        results = await asyncio.gather(*(soracom.sim.get_sim("S1") for _ in range(20)), return_exceptions=True)
    assert all(isinstance(r, AuthenticationError) for r in results)
    assert api["auth"].call_count == 1


async def test_login_5xx_is_retried_like_any_unsent_request(api: respx.MockRouter, sleeps: list[float]) -> None:
    api["auth"].mock(side_effect=[httpx.Response(503), httpx.Response(200, json=login_answer())])
    send = api.post("/sims/S1/send_sms").mock(return_value=httpx.Response(202, json={}))
    from soracom_client.generated.models import SmsForwardingRequest

    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        await soracom.sim.send_sms_to_sim("S1", body=SmsForwardingRequest(payload="hi"))
    assert api["auth"].call_count == 2 and send.call_count == 1 and sleeps == [0.5]


async def test_logout_on_close(api: respx.MockRouter) -> None:
    api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    logout = api.post("/auth/logout").mock(return_value=httpx.Response(200))
    async with Soracom(auth=AuthKey("k", "s"), logout_on_close=True) as soracom:
        await soracom.sim.get_sim("S1")
    assert logout.call_count == 1
    assert logout.calls[0].request.headers["X-Soracom-Token"] == TOKEN
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        await soracom.sim.get_sim("S1")
    assert logout.call_count == 1  # not asked for: no logout


def test_credential_reprs_hide_secrets() -> None:
    shown = " ".join(repr(c) for c in [AuthKey("keyId-1", "SECRET1"), EmailPassword("a@b.c", "SECRET2"),
                                       SamUser("OP1", "bob", "SECRET3"), ApiToken("SECRET4", "SECRET5")])
    assert "SECRET" not in shown and "keyId-1" in shown
    assert "SECRET" not in repr(Soracom(auth=AuthKey("keyId-1", "SECRET1")))


async def test_failed_login_on_send_sms_is_retried_because_the_sms_was_not_sent(api: respx.MockRouter,
                                                                                sleeps: list[float]) -> None:
    from soracom_client.generated.models import SmsForwardingRequest

    api["auth"].mock(side_effect=[httpx.ReadTimeout("slow login"), httpx.Response(200, json=login_answer())])
    send = api.post("/sims/S1/send_sms").mock(return_value=httpx.Response(202, json={}))
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        await soracom.sim.send_sms_to_sim("S1", body=SmsForwardingRequest(payload="hi"))
    assert api["auth"].call_count == 2 and send.call_count == 1


async def test_renewal_refused_falls_back_to_login(api: respx.MockRouter, clock: Clock) -> None:
    api["auth"].mock(side_effect=[httpx.Response(200, json=login_answer("token-1")),
                                  httpx.Response(200, json=login_answer("token-2"))])
    renew = api.post(f"/operators/{OPERATOR}/token").mock(return_value=httpx.Response(401))
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), token_timeout_seconds=3600) as soracom:
        await soracom.sim.get_sim("S1")
        clock.now += 3590
        await soracom.sim.get_sim("S1")
    assert renew.call_count == 1 and api["auth"].call_count == 2
    assert route.calls[1].request.headers["X-Soracom-Token"] == "token-2"


async def test_api_token_401_is_not_replayed(api: respx.MockRouter) -> None:
    route = api.get("/sims/S1").mock(return_value=httpx.Response(401, json={"code": "AUM0001", "message": "no"}))
    async with Soracom(auth=ApiToken("key", "revoked")) as soracom:
        with pytest.raises(AuthenticationError):
            await soracom.sim.get_sim("S1")
    assert route.call_count == 1 and api["auth"].call_count == 0
