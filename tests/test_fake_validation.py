"""Requests that do not fit openapi.yaml get 400 with a Soracom-style {code, message} body."""

from __future__ import annotations

import httpx
import pytest

from soracom_client.testing import FakeSoracom


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "fragment"),
    [
        ("GET", "/sims", {"params": {"limit": "many"}}, "limit"),
        ("POST", "/sims", {"json": {"type": "physical", "subscription": "planArc01"}}, "physical"),
        ("POST", "/sims/{sim}/downlink/tcp", {"json": {"port": 70000, "payload": "x"}}, "70000"),
        ("POST", "/sims/{sim}/downlink/tcp", {"json": {"payload": "x"}}, "'port' is a required property"),
        ("POST", "/sims/{sim}/downlink/tcp",
         {"json": {"port": 7, "payload": "x", "connectionOptions": {"type": "wait_forever"}}}, "connectionOptions"),
        ("POST", "/sims/{sim}/update_speed_class", {"json": {"speedClass": "warp"}}, "warp"),
        ("POST", "/sims/{sim}/packet_capture_sessions", {"json": {"duration": 5}}, "5"),
        ("GET", "/subscribers", {"params": {"limit": 101}}, "101"),
        ("GET", "/cell_locations", {"params": {"mcc": "440"}}, "mnc"),
        ("PUT", "/subscribers/{imsi}/bundles", {"json": ["XL-1TB"]}, "XL-1TB"),
        ("POST", "/sims/{sim}/set_group", {"content": b"{not json", "headers": {"content-type": "application/json"}},
         ""),
    ],
)
async def test_invalid_request_is_400_with_code_and_message(
    fake_soracom: FakeSoracom, fake_soracom_http: httpx.AsyncClient, method: str, path: str,
    kwargs: dict[str, object], fragment: str,
) -> None:
    sim_id = fake_soracom.sim_ids()[0]
    url = path.format(sim=sim_id, imsi=fake_soracom.imsi_of(sim_id))
    r = await fake_soracom_http.request(method, url, **kwargs)  # type: ignore[arg-type]
    assert r.status_code == 400, r.text
    body = r.json()
    assert set(body) == {"code", "message"}
    assert body["code"] == "COM0001"
    assert fragment in body["message"]


async def test_unknown_path_and_method(fake_soracom_http: httpx.AsyncClient) -> None:
    r = await fake_soracom_http.get("/no_such_thing")
    assert r.status_code == 404 and r.json()["code"] == "COM0002"
    r = await fake_soracom_http.delete("/sims")
    assert r.status_code == 405 and r.json()["code"] == "COM0003"


async def test_validation_is_checked_after_auth(fake_soracom: FakeSoracom) -> None:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=fake_soracom), base_url="http://fake/v1") as c:
        r = await c.get("/sims", params={"limit": "many"})
    assert r.status_code == 401
