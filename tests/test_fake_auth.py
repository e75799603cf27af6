"""Auth against FakeSoracom: /v1/auth, token renewal, and refusals like the real API."""

from __future__ import annotations

import httpx
import pytest

from soracom_client.testing import FakeSoracom, ManualClock


def _client(fake: FakeSoracom) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=fake), base_url="http://fake/v1")


@pytest.fixture
def fake() -> FakeSoracom:
    return FakeSoracom(seed=1, sims=5, clock=ManualClock())


async def test_auth_key_login_gives_working_headers(fake: FakeSoracom) -> None:
    async with _client(fake) as c:
        r = await c.post("/auth", json={"authKeyId": fake.auth_key_id, "authKey": fake.auth_key})
        assert r.status_code == 200
        body = r.json()
        assert body["operatorId"] == fake.operator_id and body["apiKey"] and body["token"]
        ok = await c.get("/sims", headers={"X-Soracom-API-Key": body["apiKey"], "X-Soracom-Token": body["token"]})
        assert ok.status_code == 200


async def test_email_and_sam_user_logins(fake: FakeSoracom) -> None:
    op = fake.operator
    async with _client(fake) as c:
        r = await c.post("/auth", json={"email": op.email, "password": op.password})
        assert r.status_code == 200
        user, password = next(iter(op.users.items()))
        r = await c.post("/auth", json={"operatorId": op.operator_id, "userName": user, "password": password})
        assert r.status_code == 200 and r.json()["userName"] == user


@pytest.mark.parametrize(
    "body",
    [
        {"authKeyId": "keyId-nope", "authKey": "secret-nope"},
        {"email": "nobody@example.com", "password": "x"},
    ],
)
async def test_wrong_login_is_401(fake: FakeSoracom, body: dict[str, str]) -> None:
    async with _client(fake) as c:
        r = await c.post("/auth", json=body)
    assert r.status_code == 401
    assert r.json() == {"code": "AUM0004", "message": "Authentication failed: invalid credentials."}


async def test_token_timeout_bounds(fake: FakeSoracom) -> None:
    async with _client(fake) as c:
        r = await c.post("/auth", json={"authKeyId": fake.auth_key_id, "authKey": fake.auth_key,
                                        "tokenTimeoutSeconds": 172_801})
    assert r.status_code == 400 and r.json()["code"] == "AUM0006"


@pytest.mark.parametrize("drop", ["X-Soracom-API-Key", "X-Soracom-Token", "both"])
async def test_missing_headers_are_401(fake: FakeSoracom, drop: str) -> None:
    headers = fake.api_headers()
    for name in list(headers):
        if drop in (name, "both"):
            del headers[name]
    async with _client(fake) as c:
        r = await c.get("/sims", headers=headers)
    assert r.status_code == 401 and r.json()["code"] == "AUM0001"


async def test_unknown_token_is_401(fake: FakeSoracom) -> None:
    headers = fake.api_headers()
    headers["X-Soracom-Token"] = "token-forged"
    async with _client(fake) as c:
        r = await c.get("/sims", headers=headers)
    assert r.status_code == 401 and r.json()["code"] == "AUM0002"


async def test_token_expires_with_the_clock_and_renewal_extends_it(fake: FakeSoracom) -> None:
    assert isinstance(fake.clock, ManualClock)
    headers = fake.api_headers(token_timeout_seconds=600)
    async with _client(fake) as c:
        fake.clock.advance(500)
        r = await c.post(f"/operators/{fake.operator_id}/token", json={"tokenTimeoutSeconds": 900}, headers=headers)
        assert r.status_code == 200
        renewed = {**headers, "X-Soracom-Token": r.json()["token"]}
        fake.clock.advance(600)  # past the first token's life, within the renewed one's
        assert (await c.get("/sims", headers=renewed)).status_code == 200
        fake.clock.advance(301)
        expired = await c.get("/sims", headers=renewed)
        assert expired.status_code == 401 and expired.json()["code"] == "AUM0003"
        # Once expired, renewal is refused too: only /auth helps.
        again = await c.post(f"/operators/{fake.operator_id}/token", json={"tokenTimeoutSeconds": 900},
                             headers=renewed)
        assert again.status_code == 401


async def test_renewal_for_another_operator_is_refused(fake: FakeSoracom) -> None:
    async with _client(fake) as c:
        r = await c.post("/operators/OP0000000000/token", json={"tokenTimeoutSeconds": 900},
                         headers=fake.api_headers())
    assert r.status_code == 403 and r.json()["code"] == "AUM0005"


async def test_expire_tokens_knob(fake: FakeSoracom) -> None:
    headers = fake.api_headers()
    assert fake.expire_tokens() >= 1
    async with _client(fake) as c:
        r = await c.get("/sims", headers=headers)
    assert r.status_code == 401 and r.json()["code"] == "AUM0003"


async def test_operators_see_only_their_own_sims(fake: FakeSoracom) -> None:
    other = fake.add_operator()
    async with _client(fake) as c:
        r = await c.get("/sims", headers=fake.api_headers(other))
        assert r.json() == []
        sim_id = fake.sim_ids()[0]
        r = await c.get(f"/sims/{sim_id}", headers=fake.api_headers(other))
    assert r.status_code == 404 and r.json()["code"] == "SEM0001"


def test_credentials_give_an_auth_key(fake: FakeSoracom) -> None:
    import soracom_client

    creds = fake.credentials
    assert creds == soracom_client.AuthKey(fake.auth_key_id, fake.auth_key)


def test_secrets_stay_out_of_reprs(fake: FakeSoracom) -> None:
    text = repr(fake.operator)
    assert fake.auth_key not in text and fake.operator.password not in text
