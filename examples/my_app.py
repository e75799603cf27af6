"""A tiny app to test with the fake (see test_my_app.py): text every online device of the fleet."""

from __future__ import annotations

from dataclasses import dataclass, field

from soracom_client import Soracom
from soracom_client.errors import APIStatusError
from soracom_client.models import SmsForwardingRequest


@dataclass
class Report:
    sent: list[str] = field(default_factory=list)  # SIM IDs
    failed: dict[str, str] = field(default_factory=dict)  # SIM ID -> Soracom error code


async def text_online_devices(soracom: Soracom, message: str) -> Report:
    """Send `message` by SMS to every active, online SIM; a SIM that fails does not stop the others."""
    online = [sim.sim_id async for sim in soracom.sim.list_sims(limit=100)
              if isinstance(sim.sim_id, str) and sim.status == "active"
              and sim.session_status and sim.session_status.online]
    body = SmsForwardingRequest(payload=message, encoding_type=1)

    async def text(sim_id: str) -> None:
        await soracom.sim.send_sms_to_sim(sim_id, body=body)

    report = Report()
    for outcome in await soracom.bulk(text, online, concurrency=5):
        if outcome.ok:
            report.sent.append(outcome.item)
        elif isinstance(outcome.error, APIStatusError):
            report.failed[outcome.item] = outcome.error.code or str(outcome.error.status_code)
        else:
            raise outcome.error or RuntimeError("no error recorded")
    return report
