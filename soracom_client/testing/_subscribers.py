"""Handlers of the `Subscriber` tag: the same SIM records, seen line (IMSI) by line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import _lifecycle as life
from ._errors import FakeApiError
from ._pagination import Paged
from ._registry import Call, Handler, operation
from ._render import subscriber_json
from ._sims import data_entries, register, session_events
from ._state import Line, SimRecord

# Bundles of these subscriptions are fixed (putBundles description).
_FIXED_BUNDLES = frozenset({"plan-K2", "plan-D", "planX3", "planX3-EU"})
_BUNDLE_PREFIX = {"plan-DU": "DU-", "plan-US": "US-"}


def _line(call: Call) -> tuple[SimRecord, Line]:
    sim = call.subscriber()
    return sim, sim.lines[call.path["imsi"]]


def _reply(call: Call, sim: SimRecord, line: Line) -> dict[str, Any]:
    return subscriber_json(sim, line, call.now_ms)


def _matches(call: Call, sim: SimRecord, line: Line) -> bool:
    q = call.query
    if q.get("tag_name"):
        value = sim.tags.get(q["tag_name"])
        wanted = q.get("tag_value", "")
        if value is None:
            return False
        if q.get("tag_value_match_mode", "exact") == "prefix":
            if not value.startswith(wanted):
                return False
        elif value != wanted:
            return False
    if q.get("status_filter") and sim.status not in q["status_filter"].split("|"):
        return False
    if q.get("speed_class_filter") and line.speed_class not in q["speed_class_filter"].split("|"):
        return False
    serials = q.get("serial_number_filter")
    return not serials or any(sim.serial_number.startswith(s) for s in serials.split("|"))


@operation("listSubscribers")
async def list_subscribers(call: Call) -> Paged:
    lines = sorted(
        ((sim, line) for sim in call.state.owned(call.operator_id) for line in sim.lines.values()
         if _matches(call, sim, line)),
        key=lambda pair: pair[1].imsi,
    )
    return Paged.of(lines, key=lambda pair: pair[1].imsi, render=lambda pair: _reply(call, *pair))


@operation("getSubscriber")
async def get_subscriber(call: Call) -> Any:
    return _reply(call, *_line(call))


def _changes_line(change: Callable[[Call, SimRecord], object]) -> Handler:
    """A handler that applies `change` to the SIM of the path's IMSI, then answers with that
    subscriber (sent only where the spec documents a body)."""

    async def handler(call: Call) -> Any:
        sim, line = _line(call)
        change(call, sim)
        return _reply(call, sim, line)

    return handler


# The operations that change one subscriber's SIM and answer with the subscriber: operationId -> the change.
_LINE_CHANGES: dict[str, Callable[[Call, SimRecord], object]] = {
    "activateSubscriber": lambda call, sim: life.change_status(call, sim, "active"),
    "deactivateSubscriber": lambda call, sim: life.change_status(call, sim, "inactive"),
    "suspendSubscriber": lambda call, sim: life.change_status(call, sim, "suspended"),
    "setSubscriberToStandby": lambda call, sim: life.change_status(call, sim, "standby"),
    "terminateSubscriber": life.terminate,
    "enableTermination": lambda call, sim: life.set_termination(call, sim, True),
    "disableTermination": lambda call, sim: life.set_termination(call, sim, False),
    "deleteSubscriberSession": life.delete_session,
    "setGroup": life.set_group,
    "unsetGroup": lambda call, sim: life.unset_group(call, sim, must_exist=True),
    "putSubscriberTags": life.put_tags,
    "setExpiryTime": life.set_expiry,
    "setImeiLock": life.set_imei_lock,
    "unsetImeiLock": life.unset_imei_lock,
    "reportLocalInfo": life.report_local_info,
}
for _operation_id, _change in _LINE_CHANGES.items():
    operation(_operation_id)(_changes_line(_change))
operation("deleteSubscriberTag")(_changes_line(life.delete_tag))
operation("unsetExpiryTime")(_changes_line(life.unset_expiry))


@operation("updateSpeedClass")
async def update_speed_class(call: Call) -> Any:
    sim, line = _line(call)
    life.update_speed_class(call, sim, line)
    return _reply(call, sim, line)


@operation("putBundles")
async def put_bundles(call: Call) -> Any:
    sim, line = _line(call)
    prefix = _BUNDLE_PREFIX.get(line.subscription)
    if line.subscription in _FIXED_BUNDLES or prefix is None:
        raise FakeApiError("SEM0013", f"Bundles of {line.subscription} cannot be changed.")
    bad = [b for b in call.body if not b.startswith(prefix)]
    if bad:
        raise FakeApiError("SEM0013", f"{', '.join(bad)} is not supported by {line.subscription}.")
    line.bundles = list(call.body)
    sim.last_modified_ms = call.now_ms
    return _reply(call, sim, line)


@operation("sendSms")
async def send_sms(call: Call) -> Any:
    sim, line = _line(call)
    return life.send_sms(call, sim, line)


@operation("sendSmsByMsisdn")
async def send_sms_by_msisdn(call: Call) -> Any:
    msisdn = call.path["msisdn"]
    for sim in call.state.owned(call.operator_id):
        for line in sim.lines.values():
            if line.msisdn == msisdn:
                return life.send_sms(call, sim, line)
    raise FakeApiError("SEM0002")


@operation("registerSubscriber")
async def register_subscriber(call: Call) -> Any:
    imsi = call.path["imsi"]
    sim = call.state.unregistered.get(call.state.by_imsi.get(imsi, ""))
    register(call, sim)
    assert sim is not None
    return _reply(call, sim, sim.lines[imsi])


@operation("listSessionEvents")
async def list_session_events(call: Call) -> Paged:
    sim, line = _line(call)
    return session_events(call, sim, line.imsi)


@operation("getDataFromSubscriber")
async def get_data_from_subscriber(call: Call) -> Paged:
    sim, line = _line(call)
    return data_entries(call, sim, "Subscriber", line.imsi)


@operation("exportSubscribers")
async def export_subscribers(call: Call) -> Any:
    rows = ["imsi,msisdn,iccid,simId,status,speedClass,subscription,groupId,serialNumber"]
    for sim in sorted(call.state.owned(call.operator_id), key=lambda s: s.sim_id):
        for line in sim.lines.values():
            rows.append(",".join([line.imsi, line.msisdn, sim.iccid, sim.sim_id, sim.status, line.speed_class,
                                  line.subscription, sim.group_id or "", sim.serial_number]))
    file_id = call.state.new_id()
    path = f"{call.operator_id}/exported_subscribers/{file_id}.csv"
    call.state.exports[file_id] = "\n".join(rows) + "\n"
    out = {"exportedFileId": file_id, "exportedFilePath": path}
    if call.query.get("export_mode", "sync") == "sync":
        out["url"] = f"https://soracom-export.example.com/{path}"
    return out
