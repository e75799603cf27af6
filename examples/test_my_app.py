"""Testing an app with the fake (copy me): `pytest examples/test_my_app.py` (pip install soracom-client[testing]).

`soracom` is a client connected to the in-process fake (`fake_soracom`) on the fake's ManualClock:
retries, rate-limit waits and token renewals move virtual time, so none of these tests waits.
"""

from __future__ import annotations

import pytest
from my_app import text_online_devices

from soracom_client import Soracom
from soracom_client.testing import FakeSoracom, Faults, ManualClock


def online_sims(fake: FakeSoracom, count: int) -> list[str]:
    """`count` online SIMs, so the test does not depend on the seeded fleet."""
    return sorted(fake.add_sim("active", online=True) for _ in range(count))


@pytest.mark.fake_soracom(sims=0)
async def test_texts_every_online_device(fake_soracom: FakeSoracom, soracom: Soracom) -> None:
    sims = online_sims(fake_soracom, 3)
    fake_soracom.add_sim("active")  # offline: not texted
    fake_soracom.add_sim("suspended")

    report = await text_online_devices(soracom, "reboot")

    assert sorted(report.sent) == sims and report.failed == {}
    assert sorted((sms.sim_id, sms.payload) for sms in fake_soracom.sms) == [(s, "reboot") for s in sims]


@pytest.mark.fake_soracom(sims=0)
async def test_one_refused_sms_does_not_stop_the_others(fake_soracom: FakeSoracom, soracom: Soracom) -> None:
    sims = online_sims(fake_soracom, 3)
    fake_soracom.fail_next("sendSmsToSim", "SEM0018")  # the first SMS: "The SIM does not support SMS."

    report = await text_online_devices(soracom, "reboot")

    assert list(report.failed.values()) == ["SEM0018"] and len(report.sent) == 2
    assert sorted([*report.sent, *report.failed]) == sims
    assert len(fake_soracom.sms) == 2


@pytest.mark.fake_soracom(sims=0, faults=Faults(error_rate=0.3))
async def test_server_errors_on_reads_are_retried(fake_soracom: FakeSoracom, soracom: Soracom) -> None:
    sims = online_sims(fake_soracom, 20)
    # 30 % of requests fail with a 5xx: the list is read anyway (GETs are retried with backoff), the
    # SMS that failed are reported, not sent twice (a POST that may have been processed is not retried).
    report = await text_online_devices(soracom, "hello")
    assert sorted([*report.sent, *report.failed]) == sims
    assert len(report.sent) == len(fake_soracom.sms) > 0
    assert set(report.failed.values()) == {"COM0005"}  # the fake's injected 5xx
    assert fake_soracom.calls["listSims"] == 1  # 5xx injected before routing are not counted


@pytest.mark.fake_soracom(sims=0, faults=Faults(rate_limits={"POST /sims/{sim_id}/send_sms": 5}))
async def test_a_rate_limit_is_waited_out_in_virtual_time(fake_soracom: FakeSoracom, soracom: Soracom) -> None:
    sims = online_sims(fake_soracom, 8)
    clock = fake_soracom.clock
    assert isinstance(clock, ManualClock)
    start = clock.now()

    report = await text_online_devices(soracom, "update")

    assert sorted(report.sent) == sims and report.failed == {}
    assert clock.now() - start == 60  # 5 per minute: the last 3 waited for the refresh (no real waiting)


@pytest.mark.fake_soracom(sims=0)
async def test_an_expired_token_is_replaced(fake_soracom: FakeSoracom, soracom: Soracom) -> None:
    sims = online_sims(fake_soracom, 2)
    await text_online_devices(soracom, "first")
    fake_soracom.expire_tokens()  # the token the client holds is now refused (401 AUM0003)

    report = await text_online_devices(soracom, "second")

    assert sorted(report.sent) == sims
    assert [sms.payload for sms in fake_soracom.sms].count("second") == 2
