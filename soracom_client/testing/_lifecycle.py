"""The rules SIM and subscriber operations share: status transitions, termination, sessions,
group, tags, expiry, IMEI lock, speed class, SMS. Both resource views change the same SIM record.
"""

from __future__ import annotations

import re
from typing import Any

from ._errors import FakeApiError
from ._registry import Call
from ._state import SPEED_CLASS_RULES, STANDBY_SUBSCRIPTIONS, Line, SentSms, SimRecord

# target status -> statuses it may be reached from (staying put is allowed and changes nothing).
ALLOWED_FROM: dict[str, frozenset[str]] = {
    "active": frozenset({"ready", "inactive", "standby", "suspended", "active"}),
    "inactive": frozenset({"ready", "active", "standby", "suspended", "inactive"}),
    "suspended": frozenset({"ready", "active", "inactive", "standby", "suspended"}),
    "standby": frozenset({"ready", "standby"}),
}
# Leaving service ends the device's data session.
_ENDS_SESSION = frozenset({"inactive", "suspended", "standby", "terminated"})
_IMEI = re.compile(r"^[0-9]{15,16}$")


def _touch(call: Call, sim: SimRecord) -> None:
    sim.last_modified_ms = call.now_ms


def _alive(sim: SimRecord) -> None:
    if sim.status == "terminated":
        raise FakeApiError("SEM0005")


def _record(call: Call, sim: SimRecord, line: Line | None = None) -> None:
    call.state.history(sim)
    assert sim.status_history is not None
    sim.status_history.append(call.state.status_entry(sim, line or sim.primary, sim.status, call.now_ms))


def end_session(call: Call, sim: SimRecord) -> None:
    if sim.session is None:
        return
    call.state.history(sim)
    assert sim.events is not None
    session, sim.session = sim.session, None
    session.deleted_ms = call.now_ms
    sim.previous_session = session
    sim.events.append(call.state.event(sim, sim.primary, session, "Deleted", call.now_ms))


def start_session(call: Call, sim: SimRecord) -> None:
    call.state.history(sim)
    assert sim.events is not None
    sim.session = call.state.new_session(sim, call.now_ms)
    sim.events.append(call.state.event(sim, sim.primary, sim.session, "Created", call.now_ms))


def change_status(call: Call, sim: SimRecord, target: str) -> None:
    _alive(sim)
    if sim.status not in ALLOWED_FROM[target]:
        raise FakeApiError("SEM0003", f"Cannot change the status from {sim.status} to {target}.")
    if target == "standby" and sim.primary.subscription not in STANDBY_SUBSCRIPTIONS:
        raise FakeApiError("SEM0006", 'The specified SIM does not support "standby".')
    if sim.status == target:
        return
    sim.status = target
    sim.transferring = False
    sim.testing = False
    if target in _ENDS_SESSION:
        end_session(call, sim)
    _touch(call, sim)
    _record(call, sim)


def terminate(call: Call, sim: SimRecord) -> None:
    _alive(sim)
    if not sim.termination_enabled:
        raise FakeApiError("SEM0004")
    end_session(call, sim)
    sim.status = "terminated"
    _touch(call, sim)
    _record(call, sim)


def set_termination(call: Call, sim: SimRecord, enabled: bool) -> None:
    _alive(sim)
    sim.termination_enabled = enabled
    _touch(call, sim)


def delete_session(call: Call, sim: SimRecord) -> None:
    """Delete and reconnect: the device comes back with a new session."""
    if sim.session is None:
        raise FakeApiError("SEM0016")
    end_session(call, sim)
    start_session(call, sim)
    _touch(call, sim)


def set_group(call: Call, sim: SimRecord) -> None:
    _alive(sim)
    group_id = call.body_dict().get("groupId")
    if not group_id:
        raise FakeApiError("COM0001", "groupId is required.")
    sim.group_id = group_id
    _touch(call, sim)
    _record(call, sim)


def unset_group(call: Call, sim: SimRecord, *, must_exist: bool) -> None:
    _alive(sim)
    if must_exist and sim.group_id is None:
        raise FakeApiError("SEM0012")
    sim.group_id = None
    _touch(call, sim)
    _record(call, sim)


def put_tags(call: Call, sim: SimRecord) -> None:
    for tag in call.body:
        sim.tags[tag["tagName"]] = tag["tagValue"]
    _touch(call, sim)


def delete_tag(call: Call, sim: SimRecord) -> None:
    name = call.path["tag_name"]
    if name not in sim.tags:
        raise FakeApiError("SEM0007")
    del sim.tags[name]
    _touch(call, sim)


def set_expiry(call: Call, sim: SimRecord) -> None:
    _alive(sim)
    body = call.body_dict()
    expiry = body["expiryTime"]
    if expiry <= call.now_ms:
        raise FakeApiError("COM0001", "expiryTime must be in the future.")
    action = body.get("expiryAction")
    sim.expiry_time = expiry
    sim.expiry_action = None if action in (None, "(null value)") else action
    _touch(call, sim)


def unset_expiry(call: Call, sim: SimRecord) -> None:
    if sim.expiry_time is None:
        raise FakeApiError("SEM0008")
    sim.expiry_time = sim.expiry_action = None
    _touch(call, sim)


def set_imei_lock(call: Call, sim: SimRecord) -> None:
    _alive(sim)
    imei = call.body_dict().get("imei") or None
    if imei is None:
        if sim.session is None:
            raise FakeApiError("SEM0009", "The IMEI is not specified even though the SIM is offline.")
        imei = sim.session.imei  # lock to the device in use now
    if not _IMEI.match(imei):
        raise FakeApiError("SEM0009", f"The IMEI string is invalid: {imei!r}.")
    sim.imei_lock = imei
    _touch(call, sim)


def unset_imei_lock(call: Call, sim: SimRecord) -> None:
    _alive(sim)
    sim.imei_lock = None
    _touch(call, sim)


def update_speed_class(call: Call, sim: SimRecord, line: Line) -> None:
    _alive(sim)
    speed = call.body_dict()["speedClass"]
    if speed not in SPEED_CLASS_RULES.get(line.subscription, frozenset()):
        raise FakeApiError("SEM0010", f"The speed class {speed} is not available for {line.subscription}.")
    line.speed_class = speed
    _touch(call, sim)
    _record(call, sim, line)


# SMS payload limits per encodingType (1: GSM 7-bit, 2: UCS-2).
_SMS_LIMITS = {1: 160, 2: 70}


def send_sms(call: Call, sim: SimRecord, line: Line) -> dict[str, Any]:
    _alive(sim)
    if not (sim.sms and not line.virtual):
        raise FakeApiError("SEM0018")
    body = call.body_dict()
    payload = body.get("payload")
    encoding = body.get("encodingType", 2)
    if not isinstance(payload, str) or not payload:
        raise FakeApiError("COM0001", "payload is required.")
    if encoding not in _SMS_LIMITS:
        raise FakeApiError("COM0001", "encodingType must be 1 (GSM 7-bit) or 2 (UCS-2).")
    if len(payload) > _SMS_LIMITS[encoding]:
        raise FakeApiError("COM0001", f"payload is longer than {_SMS_LIMITS[encoding]} characters.")
    message_id = call.state.new_id("sms-")
    call.state.sms.append(SentSms(message_id, sim.sim_id, line.imsi, line.msisdn, payload, encoding, call.now_ms))
    return {"messageId": message_id}


def report_local_info(call: Call, sim: SimRecord) -> None:
    _alive(sim)
    if not sim.sms:
        raise FakeApiError("SEM0006", "The SIM does not support the SIM local information reporting feature.")
    # The real report arrives later by SMS; the fake's device answers at once.
    sim.local_info = {"iccid": sim.iccid, "imei": sim.device_imei, "mcc": "440", "mnc": "10",
                      "reportedAt": str(call.now_ms)}
    _touch(call, sim)
