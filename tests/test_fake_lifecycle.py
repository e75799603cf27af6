"""SIM and subscriber lifecycle rules, SMS recording, orders, transfers in FakeSoracom."""

from __future__ import annotations

import httpx
import pytest

from soracom_client.testing import FakeSoracom, ManualClock


def _sim(fake: FakeSoracom, **kw: object) -> str:
    return next(s.sim_id for s in sorted(fake.state.owned(fake.operator_id), key=lambda s: s.sim_id)
                if all(getattr(s, k) == v for k, v in kw.items()))


async def test_termination_needs_protection_off(
    fake_soracom: FakeSoracom, fake_soracom_http: httpx.AsyncClient
) -> None:
    c = fake_soracom_http
    sim_id = _sim(fake_soracom, status="active", termination_enabled=False)
    r = await c.post(f"/sims/{sim_id}/terminate")
    assert r.status_code == 400 and r.json()["code"] == "SEM0004"
    assert (await c.post(f"/sims/{sim_id}/enable_termination")).json()["terminationEnabled"] is True
    r = await c.post(f"/sims/{sim_id}/terminate")
    assert r.status_code == 200 and r.json()["status"] == "terminated"
    assert r.json()["sessionStatus"]["online"] is False
    # Terminated is final.
    for action in ("activate", "deactivate", "suspend", "terminate"):
        r = await c.post(f"/sims/{sim_id}/{action}")
        assert r.status_code == 400 and r.json()["code"] == "SEM0005", action


async def test_disable_termination_turns_protection_on(fake_soracom: FakeSoracom,
                                                       fake_soracom_http: httpx.AsyncClient) -> None:
    imsi = fake_soracom.imsi_of(_sim(fake_soracom, status="active"))
    await fake_soracom_http.post(f"/subscribers/{imsi}/enable_termination")
    r = await fake_soracom_http.post(f"/subscribers/{imsi}/disable_termination")
    assert r.json()["terminationEnabled"] is False
    assert (await fake_soracom_http.post(f"/subscribers/{imsi}/terminate")).status_code == 400


async def test_status_transitions(fake_soracom: FakeSoracom, fake_soracom_http: httpx.AsyncClient) -> None:
    c = fake_soracom_http
    sim_id = _sim(fake_soracom, status="active")
    fake_soracom.connect(sim_id)
    r = await c.post(f"/sims/{sim_id}/deactivate")
    assert r.json()["status"] == "inactive" and r.json()["sessionStatus"]["online"] is False
    r = await c.post(f"/sims/{sim_id}/set_to_standby")  # standby only from ready
    assert r.status_code == 400 and r.json()["code"] == "SEM0003"
    assert (await c.post(f"/sims/{sim_id}/suspend")).json()["status"] == "suspended"
    assert (await c.post(f"/sims/{sim_id}/activate")).json()["status"] == "active"
    history = (await c.get(f"/sims/{sim_id}/statuses/history", params={"sort": "asc", "limit": 100})).json()
    assert [h["status"] for h in history][-3:] == ["inactive", "suspended", "active"]
    # The same SIM seen as a subscriber shares the status.
    assert (await c.get(f"/subscribers/{fake_soracom.imsi_of(sim_id)}")).json()["status"] == "active"


async def test_delete_session_needs_an_online_sim(fake_soracom: FakeSoracom,
                                                  fake_soracom_http: httpx.AsyncClient) -> None:
    offline = fake_soracom.sim_ids(status="inactive")[0]
    r = await fake_soracom_http.post(f"/sims/{offline}/delete_session")
    assert r.status_code == 400 and r.json() == {"code": "SEM0016", "message": "The specified subscriber is offline"}
    online = fake_soracom.sim_ids(online=True)[0]
    before = (await fake_soracom_http.get(f"/sims/{online}")).json()["sessionStatus"]["sessionId"]
    after = (await fake_soracom_http.post(f"/sims/{online}/delete_session")).json()
    assert after["sessionStatus"]["sessionId"] != before and after["previousSession"]["sessionId"] == before
    events = (await fake_soracom_http.get(f"/sims/{online}/events/sessions", params={"limit": 2})).json()
    assert [e["event"] for e in events] == ["Created", "Deleted"]


async def test_group_tags_speed_class_expiry_imei(fake_soracom: FakeSoracom,
                                                  fake_soracom_http: httpx.AsyncClient) -> None:
    assert isinstance(fake_soracom.clock, ManualClock)
    c = fake_soracom_http
    sim_id = fake_soracom.sim_ids(online=True)[0]
    imsi = fake_soracom.imsi_of(sim_id)
    assert (await c.post(f"/sims/{sim_id}/set_group", json={"groupId": "g-1"})).json()["groupId"] == "g-1"
    assert "groupId" not in (await c.post(f"/sims/{sim_id}/unset_group")).json()
    r = await c.post(f"/subscribers/{imsi}/unset_group")
    assert r.status_code == 404 and r.json()["code"] == "SEM0012"
    r = await c.put(f"/sims/{sim_id}/tags", json=[{"tagName": "room", "tagValue": "7"}])
    assert r.json()["tags"]["room"] == "7"
    assert (await c.delete(f"/sims/{sim_id}/tags/room")).status_code == 204
    assert (await c.delete(f"/sims/{sim_id}/tags/room")).json()["code"] == "SEM0007"
    sim = fake_soracom.state.sims[sim_id]
    bad = "u1.standard" if sim.primary.subscription in ("plan01s", "plan-D", "planP1") else "s1.8xfast"
    r = await c.post(f"/sims/{sim_id}/update_speed_class", json={"speedClass": bad})
    assert r.status_code == 400 and r.json()["code"] == "SEM0010"
    assert (await c.post(f"/sims/{sim_id}/unset_expiry_time")).json()["code"] == "SEM0008"
    past = int(fake_soracom.clock.now() * 1000) - 1
    assert (await c.post(f"/sims/{sim_id}/set_expiry_time", json={"expiryTime": past})).status_code == 400
    r = await c.post(f"/sims/{sim_id}/set_imei_lock", json={})  # online: locks to the current device
    assert r.json()["imeiLock"]["imei"] == sim.device_imei
    assert (await c.post(f"/sims/{sim_id}/set_imei_lock", json={"imei": "12ab"})).json()["code"] == "SEM0009"
    offline = fake_soracom.sim_ids(status="inactive")[0]
    assert (await c.post(f"/sims/{offline}/set_imei_lock", json={})).json()["code"] == "SEM0009"
    assert "imeiLock" not in (await c.post(f"/sims/{sim_id}/unset_imei_lock")).json()


async def test_sms_is_recorded(fake_soracom: FakeSoracom, fake_soracom_http: httpx.AsyncClient) -> None:
    sim = next(s for s in fake_soracom.state.sims.values() if s.sms and s.status == "active")
    r = await fake_soracom_http.post(f"/sims/{sim.sim_id}/send_sms", json={"payload": "reboot", "encodingType": 1})
    assert r.status_code == 202
    r2 = await fake_soracom_http.post(f"/subscribers/msisdn/{sim.primary.msisdn}/send_sms", json={"payload": "再起動"})
    assert [(m.sim_id, m.payload, m.encoding_type) for m in fake_soracom.sms] == [
        (sim.sim_id, "reboot", 1), (sim.sim_id, "再起動", 2)]
    assert fake_soracom.sms[0].message_id == r.json()["messageId"] and r2.status_code == 202
    too_long = await fake_soracom_http.post(f"/sims/{sim.sim_id}/send_sms", json={"payload": "x" * 71})
    assert too_long.status_code == 400 and len(fake_soracom.sms) == 2
    no_sms = next(s for s in fake_soracom.state.sims.values() if not s.sms and s.status == "active")
    assert (await fake_soracom_http.post(f"/sims/{no_sms.sim_id}/send_sms", json={"payload": "x"})).status_code == 400


async def test_profile_order_lifecycle(fake_soracom: FakeSoracom, fake_soracom_http: httpx.AsyncClient) -> None:
    c = fake_soracom_http
    order = (await c.post("/sim_profile_orders", json={"subscription": "planX3", "quantity": 3})).json()
    assert order["status"] == "DRAFT"
    oid = order["profileOrderId"]
    assert (await c.get(f"/sim_profile_orders/{oid}/profiles")).json() == []
    done = (await c.post(f"/sim_profile_orders/{oid}/confirm")).json()
    assert done["status"] == "COMPLETED" and done["confirmedTime"]
    assert (await c.post(f"/sim_profile_orders/{oid}/confirm")).json()["code"] == "ORD0002"
    assert (await c.delete(f"/sim_profile_orders/{oid}")).status_code == 400  # confirmed: cannot cancel
    profiles = (await c.get(f"/sim_profile_orders/{oid}/profiles")).json()
    assert len(profiles) == 3
    new_sim = (await c.get(f"/sims/{profiles[0]['iccid']}")).json()
    assert new_sim["status"] == "ready" and new_sim["type"] == "euicc"
    draft = (await c.post("/sim_profile_orders", json={"subscription": "plan01s", "quantity": 1})).json()
    assert isinstance(fake_soracom.clock, ManualClock)
    fake_soracom.clock.advance(86_401)  # an unconfirmed order lives one day
    fresh = fake_soracom.api_headers()  # the fixture's token has expired by now too
    assert (await c.get(f"/sim_profile_orders/{draft['profileOrderId']}", headers=fresh)).status_code == 404
    bad = await c.post("/sim_profile_orders", json={"subscription": "planX3", "quantity": 1, "bundles": ["US-1GB"]},
                       headers=fresh)
    assert bad.status_code == 400


async def test_transfer_moves_ready_sims(fake_soracom: FakeSoracom, fake_soracom_http: httpx.AsyncClient) -> None:
    c = fake_soracom_http
    other = fake_soracom.add_operator()
    sim_id = fake_soracom.sim_ids(status="ready")[0]
    imsi = fake_soracom.imsi_of(sim_id)
    active = fake_soracom.imsi_of(fake_soracom.sim_ids(status="active")[0])
    body = {"transferDestinationOperatorEmail": "x@example.com", "transferDestinationOperatorId": other.operator_id}
    assert (await c.post("/subscribers/transfer_token/issue",
                         json={**body, "transferImsi": [active]})).json()["code"] == "TRF0002"
    token = (await c.post("/subscribers/transfer_token/issue", json={**body, "transferImsi": [imsi]})).json()["token"]
    refused = await c.post("/subscribers/transfer_token/verify", json={"token": token})  # the source cannot accept
    assert refused.json()["code"] == "TRF0003"
    other_headers = fake_soracom.api_headers(other)
    r = await c.post("/subscribers/transfer_token/verify", json={"token": token}, headers=other_headers)
    assert r.json() == {"transferredImsi": [imsi]}
    assert (await c.get(f"/sims/{sim_id}")).status_code == 404
    assert sim_id not in fake_soracom.sim_ids()


@pytest.mark.fake_soracom(seed=11, sims=20)
def test_seeding_is_deterministic(fake_soracom: FakeSoracom) -> None:
    again = FakeSoracom(seed=11, sims=20, clock=ManualClock())
    other = FakeSoracom(seed=12, sims=20, clock=ManualClock())
    assert fake_soracom.sim_ids() == again.sim_ids() != other.sim_ids()
    assert fake_soracom.auth_key == again.auth_key
    a, b = fake_soracom.state.sims, again.state.sims
    assert [(s.status, s.primary.imsi, s.tags, s.online) for s in a.values()] == \
           [(s.status, s.primary.imsi, s.tags, s.online) for s in b.values()]
