"""Handlers of the `Sim` tag: SIM lifecycle, history, Arc credentials and subscription containers."""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

from . import _lifecycle as life
from ._errors import FakeApiError
from ._pagination import Paged
from ._registry import Call, Handler, Reply, operation
from ._render import arc_session, sim_json, sim_profile, subscriber_json
from ._state import Line, SimRecord


def _sim_reply(call: Call, sim: SimRecord) -> dict[str, Any]:
    return sim_json(sim, call.now_ms)


@operation("listSims")
async def list_sims(call: Call) -> Paged:
    sims = sorted(call.state.owned(call.operator_id), key=lambda s: s.sim_id)
    return Paged.of(sims, key=lambda s: s.sim_id, render=lambda s: sim_json(s, call.now_ms))


@operation("createSim")
async def create_sim(call: Call) -> Any:
    sim = call.state.create_sim(
        call.operator_id, virtual=True, subscription=call.body_dict()["subscription"], now_ms=call.now_ms
    )
    return _sim_reply(call, sim)


@operation("getSim")
async def get_sim(call: Call) -> Any:
    return _sim_reply(call, call.sim())


def _changes_sim(change: Callable[[Call, SimRecord], object]) -> Handler:
    """A handler that applies `change` to the path's SIM, then answers with the SIM
    (sent only where the spec documents a body)."""

    async def handler(call: Call) -> Any:
        sim = call.sim()
        change(call, sim)
        return _sim_reply(call, sim)

    return handler


# The operations that change one SIM and answer with it: operationId -> the change.
_SIM_CHANGES: dict[str, Callable[[Call, SimRecord], object]] = {
    "activateSim": lambda call, sim: life.change_status(call, sim, "active"),
    "deactivateSim": lambda call, sim: life.change_status(call, sim, "inactive"),
    "suspendSim": lambda call, sim: life.change_status(call, sim, "suspended"),
    "setSimToStandby": lambda call, sim: life.change_status(call, sim, "standby"),
    "terminateSim": life.terminate,
    "enableSimTermination": lambda call, sim: life.set_termination(call, sim, True),
    "disableSimTermination": lambda call, sim: life.set_termination(call, sim, False),
    "deleteSimSession": life.delete_session,
    "setSimGroup": life.set_group,
    "unsetSimGroup": lambda call, sim: life.unset_group(call, sim, must_exist=False),
    "putSimTags": life.put_tags,
    "setSimExpiryTime": life.set_expiry,
    "setSimImeiLock": life.set_imei_lock,
    "unsetSimImeiLock": life.unset_imei_lock,
    "updateSimSpeedClass": lambda call, sim: life.update_speed_class(call, sim, sim.primary),
}
for _operation_id, _change in _SIM_CHANGES.items():
    operation(_operation_id)(_changes_sim(_change))
operation("deleteSimTag")(_changes_sim(life.delete_tag))
operation("unsetSimExpiryTime")(_changes_sim(life.unset_expiry))


@operation("sendSmsToSim")
async def send_sms_to_sim(call: Call) -> Any:
    sim = call.sim()
    return life.send_sms(call, sim, sim.primary)


@operation("reportSimLocalInfo")
async def report_sim_local_info(call: Call) -> Any:
    sim = call.sim()
    life.report_local_info(call, sim)
    return subscriber_json(sim, sim.primary, call.now_ms)


@operation("registerSim")
async def register_sim(call: Call) -> Any:
    sim_id = call.path["sim_id"]
    return register(call, call.state.unregistered.get(sim_id))


def register(call: Call, sim: SimRecord | None) -> dict[str, Any]:
    """Shared by registerSim and registerSubscriber: the secret printed on the SIM's card."""
    body = call.body_dict()
    if sim is None or sim.registration_secret != body["registrationSecret"]:
        raise FakeApiError("SEM0011")
    del call.state.unregistered[sim.sim_id]
    sim.operator_id = call.operator_id
    sim.group_id = body.get("groupId") or None
    sim.tags = dict(body.get("tags") or {})
    sim.registration_secret = None
    sim.created_ms = sim.last_modified_ms = call.now_ms
    sim.events, sim.status_history, sim.data_entries = [], [], []
    call.state.sims[sim.sim_id] = sim
    return sim_json(sim, call.now_ms)


# --- history ------------------------------------------------------------------------------------
def _window(call: Call, items: list[dict[str, Any]], time_of: str, scale: int = 1) -> list[dict[str, Any]]:
    start, end = call.int_query("from"), call.int_query("to")
    return [
        item
        for item in items
        if (start is None or item[time_of] * scale >= start) and (end is None or item[time_of] * scale <= end)
    ]


def session_events(call: Call, sim: SimRecord, imsi: str | None = None) -> Paged:
    call.state.history(sim)
    events = list(enumerate(sim.events or []))
    if imsi is not None:
        events = [(i, e) for i, e in events if e["imsi"] == imsi]
    kept = {id(e) for e in _window(call, [e for _, e in events], "time")}
    # Latest first; the key carries the position so two events in the same millisecond stay distinct.
    rows = [(f"{e['time']:013d}.{i:05d}", e) for i, e in reversed(events) if id(e) in kept]
    return Paged.rows(rows, descending=True)


@operation("listSimSessionEvents")
async def list_sim_session_events(call: Call) -> Paged:
    return session_events(call, call.sim())


@operation("listSimStatusHistory")
async def list_sim_status_history(call: Call) -> Paged:
    sim = call.sim()
    call.state.history(sim)
    entries = list(enumerate(sim.status_history or []))
    kept = {id(e) for e in _window(call, [e for _, e in entries], "applyDateTimeEpochSec", 1000)}
    rows = [(f"{e['applyDateTimeEpochSec']:011d}.{i:05d}", e) for i, e in entries if id(e) in kept]
    descending = call.query.get("sort", "desc") == "desc"
    if descending:
        rows.reverse()
    return Paged.rows(rows, descending=descending)


def data_entries(call: Call, sim: SimRecord, resource_type: str, resource_id: str) -> Paged:
    call.state.history(sim)
    entries = [
        {
            "category": "harvest",
            "content": d["content"],
            "contentType": "application/json",
            "resourceId": resource_id,
            "resourceType": resource_type,
            "time": d["time"],
        }
        for d in _window(call, sim.data_entries or [], "time")
    ]
    descending = call.query.get("sort", "desc") == "desc"
    if descending:
        entries.reverse()
    return Paged.of(entries, key=lambda e: f"{e['time']}_{resource_id}", descending=descending)


@operation("getDataFromSim")
async def get_data_from_sim(call: Call) -> Paged:
    sim = call.sim()
    return data_entries(call, sim, "Sim", sim.sim_id)


@operation("getTestingUsage")
async def get_testing_usage(call: Call) -> Any:
    sim = call.sim()
    if not sim.testing:
        raise FakeApiError("SEM0019")
    # The spec requires `usageLimits` but defines `usageLimit`; the fake answers like the API (usageLimit).
    return {
        "startedTime": sim.created_ms,
        "usage": {"dataBytes": 1_048_576, "numberOfSms": 2},
        "usageLimit": {"days": 90, "dataBytes": 31_457_280, "numberOfSms": 10, "nextStatus": "active",
                       "statusTransitionDelayDays": 0},
    }


# --- Soracom Arc --------------------------------------------------------------------------------
def _key(call: Call) -> str:
    return base64.b64encode(call.state.rng.randbytes(32)).decode()


@operation("attachArcSimCredentials")
async def attach_arc_sim_credentials(call: Call) -> Any:
    return _attach(call, call.sim())


def _attach(call: Call, sim: SimRecord) -> dict[str, Any]:
    public = call.body_dict().get("arcClientPeerPublicKey")
    out: dict[str, Any] = {}
    if not public:  # no key given: the API makes a key pair and hands out the private half once
        private, public = _key(call), _key(call)
        out["arcClientPeerPrivateKey"] = private
    sim.arc_public_key = public
    out["arcClientPeerPublicKey"] = public
    return out


@operation("renewArcSimCredentials")
async def renew_arc_sim_credentials(call: Call) -> Any:
    sim = call.sim()
    out = _attach(call, sim)
    sim.arc_session_ms = call.now_ms  # and re-initialises the session at once
    return out


@operation("removeArcSimCredentials")
async def remove_arc_sim_credentials(call: Call) -> Any:
    sim = call.sim()
    sim.arc_public_key = sim.arc_private_key = None
    sim.arc_session_ms = None
    return Reply()


@operation("createArcSession")
async def create_arc_session(call: Call) -> Any:
    sim = call.sim()
    if not sim.arc_public_key:
        raise FakeApiError("SEM0014")
    sim.arc_session_ms = call.now_ms
    status = arc_session(sim)
    keys = ("arcAllowedIPs", "arcClientPeerIpAddress", "arcClientPeerPublicKey", "arcServerEndpoint",
            "arcServerPeerPublicKey")
    return {k: status[k] for k in keys}


# --- subscription containers --------------------------------------------------------------------
def _profile_sim(call: Call) -> SimRecord:
    sim = call.sim()
    if call.path["iccid"] != sim.iccid:
        raise FakeApiError("SEM0017")
    return sim


@operation("addSubscription")
async def add_subscription(call: Call) -> Any:
    sim = _profile_sim(call)
    body = call.body_dict()
    plan = body["subscription"]
    virtual = plan == "planArc01"
    kind = body.get("type", "virtual" if virtual else "cellular")
    if (kind == "virtual") != virtual or any(line.subscription == plan for line in sim.lines.values()):
        raise FakeApiError("SEM0015")
    if sim.sim_type == "virtual" and not virtual:
        raise FakeApiError("SEM0015", "A cellular subscription cannot be added to a virtual SIM.")
    imsi, msisdn = call.state.new_imsi()
    sim.lines[imsi] = Line(
        imsi, msisdn, plan, "arc.standard" if virtual else "s1.standard", primary=False, virtual=virtual,
        downloaded=virtual, container_id=None if virtual else len(sim.lines), created_ms=call.now_ms,
    )
    call.state.by_imsi[imsi] = sim.sim_id
    sim.last_modified_ms = call.now_ms
    return sim_profile(sim)


def _secondary(call: Call, sim: SimRecord) -> Line:
    line = sim.lines.get(call.path["imsi"])
    if line is None or line.primary:
        raise FakeApiError("SEM0017")
    return line


@operation("cancelSubscriptionContainerDownload")
async def cancel_subscription_container_download(call: Call) -> Any:
    sim = _profile_sim(call)
    line = _secondary(call, sim)
    if line.virtual or line.downloaded:
        raise FakeApiError("SEM0017", "No pending download for this subscription container.")
    del sim.lines[line.imsi]
    call.state.by_imsi.pop(line.imsi, None)
    containers = [
        {
            "containerId": other.container_id or 0,
            "downloaded": other.downloaded,
            "subscriber": {other.imsi: subscriber_json(sim, other, call.now_ms)},
        }
        for other in sim.lines.values()
        if not other.primary and not other.virtual
    ]
    return {"containers": containers, "countryMapping": {}}


@operation("terminateSubscriptionContainer")
async def terminate_subscription_container(call: Call) -> Any:
    sim = _profile_sim(call)
    line = _secondary(call, sim)
    if not line.virtual:
        raise FakeApiError("SEM0015", "Only virtual SIM/Subscriber containers can be terminated.")
    del sim.lines[line.imsi]
    call.state.by_imsi.pop(line.imsi, None)
    return Reply()
