"""Issue 16: what a user's test needs from the fake: SIMs in a given state, a scripted answer for one
operation (`fail_next`), and what the fake received (`calls`, `sms`, `downlinks`)."""

from __future__ import annotations

import pytest

from soracom_client import Soracom, downlink
from soracom_client.errors import BadRequestError, InternalServerError, NotFoundError
from soracom_client.models import SmsForwardingRequest
from soracom_client.testing import CODES, FakeSoracom


@pytest.mark.fake_soracom(sims=0)
@pytest.mark.parametrize("status", ["ready", "active", "inactive", "standby", "suspended", "terminated"])
async def test_add_sim_in_a_given_state(fake_soracom: FakeSoracom, soracom: Soracom, status: str) -> None:
    sim_id = fake_soracom.add_sim(status, tags={"name": "pump-7"})
    sim = await soracom.sim.get_sim(sim_id)
    assert sim.status == status and sim.tags is not None and sim.tags.to_dict() == {"name": "pump-7"}
    assert fake_soracom.sim_ids() == [sim_id] and fake_soracom.sim_ids(online=True) == []


@pytest.mark.fake_soracom(sims=0)
async def test_add_sim_online(fake_soracom: FakeSoracom, soracom: Soracom) -> None:
    sim_id = fake_soracom.add_sim("active", online=True)
    assert fake_soracom.sim_ids(online=True) == [sim_id]
    await soracom.sim.delete_sim_session(sim_id)  # SEM0016 for an offline SIM
    with pytest.raises(ValueError, match="online"):
        fake_soracom.add_sim("inactive", online=True)
    with pytest.raises(ValueError, match="status"):
        fake_soracom.add_sim("sleeping")


@pytest.mark.fake_soracom(sims=0)
async def test_fail_next_with_a_code_answers_it_once_then_the_operation_works(fake_soracom: FakeSoracom,
                                                                               soracom: Soracom) -> None:
    sim_id = fake_soracom.add_sim("active", online=True)
    fake_soracom.fail_next("sendSmsToSim", "SEM0016")
    body = SmsForwardingRequest(payload="reboot", encoding_type=1)
    with pytest.raises(BadRequestError) as caught:
        await soracom.sim.send_sms_to_sim(sim_id, body=body)
    assert caught.value.code == "SEM0016" and caught.value.message == CODES["SEM0016"][1]
    assert fake_soracom.sms == []  # the scripted answer replaced the operation: nothing was sent
    await soracom.sim.send_sms_to_sim(sim_id, body=body)
    assert [(sms.sim_id, sms.payload) for sms in fake_soracom.sms] == [(sim_id, "reboot")]
    assert fake_soracom.calls["sendSmsToSim"] == 2


@pytest.mark.fake_soracom(sims=0)
async def test_fail_next_with_a_status_on_a_post_is_not_retried(fake_soracom: FakeSoracom, soracom: Soracom) -> None:
    sim_id = fake_soracom.add_sim("active", online=True)
    fake_soracom.fail_next("POST /sims/{sim_id}/downlink/udp", 503, times=2)
    with pytest.raises(InternalServerError) as caught:
        await soracom.sim.send_downlink_udp(sim_id, body=downlink.udp_request(5683, b"\x01"))
    assert caught.value.status_code == 503
    assert fake_soracom.calls["sendDownlinkUdp"] == 1 and fake_soracom.downlinks == []
    # Repeatable operations are retried: the second scripted 503 is used up by getSim's first attempt.
    fake_soracom.fail_next("getSim", 503)
    assert (await soracom.sim.get_sim(sim_id)).sim_id == sim_id
    assert fake_soracom.calls["getSim"] == 2
    # The udp operation still has one scripted 503 left.
    with pytest.raises(InternalServerError):
        await soracom.sim.send_downlink_udp(sim_id, body=downlink.udp_request(5683, b"\x01"))
    await soracom.sim.send_downlink_udp(sim_id, body=downlink.udp_request(5683, b"\x01"))
    assert [(d.kind, d.sim_id, d.port, d.data) for d in fake_soracom.downlinks] == [("udp", sim_id, 5683, b"\x01")]


@pytest.mark.fake_soracom(sims=0)
async def test_scripted_answers_still_need_authentication(fake_soracom: FakeSoracom,
                                                          soracom: Soracom) -> None:
    fake_soracom.fail_next("getSim", "SEM0001", message="gone")
    with pytest.raises(NotFoundError, match="gone"):
        await soracom.sim.get_sim("8900000000000000000")


def test_fail_next_refuses_what_it_cannot_script() -> None:
    fake = FakeSoracom(sims=0)
    with pytest.raises(ValueError, match="operation"):
        fake.fail_next("sendFax", 503)
    with pytest.raises(ValueError, match="CODES"):
        fake.fail_next("getSim", "XYZ9999")
    with pytest.raises(ValueError, match="status"):
        fake.fail_next("getSim", 200)
    with pytest.raises(ValueError, match="times"):
        fake.fail_next("getSim", 503, times=0)
