"""Packet capture sessions: CAPTURING while their duration runs (by the fake's clock), then DONE."""

from __future__ import annotations

from typing import Any

from ._errors import FakeApiError
from ._pagination import Paged
from ._registry import Call, operation
from ._state import SimRecord, iso


def _status(session: dict[str, Any], now_ms: int) -> str:
    if session["stopped_ms"] is not None:
        return "STOPPED"
    return "CAPTURING" if now_ms < session["created_ms"] + session["duration"] * 1000 else "DONE"


def _render(sim: SimRecord, session: dict[str, Any], now_ms: int) -> dict[str, Any]:
    status = _status(session, now_ms)
    out: dict[str, Any] = {
        "sessionId": session["id"],
        "createdTime": iso(session["created_ms"]),
        "startedTime": iso(session["created_ms"]),
        "duration": session["duration"],
        "prefix": session["prefix"],
        "status": status,
    }
    if status != "CAPTURING":
        ended = session["stopped_ms"] or session["created_ms"] + session["duration"] * 1000
        out["endedTime"] = iso(ended)
        out["url"] = f"https://soracom-packet-capture.example.com/{sim.sim_id}/{session['prefix']}{session['id']}.pcap"
    return out


def _session(call: Call) -> tuple[SimRecord, dict[str, Any]]:
    sim = call.sim()
    session = sim.captures.get(call.path["session_id"])
    if session is None:
        raise FakeApiError("PCS0001")
    return sim, session


@operation("createSimPacketCaptureSession")
async def create_session(call: Call) -> Any:
    sim = call.sim()
    if sim.status == "terminated":
        raise FakeApiError("SEM0005")
    if any(_status(s, call.now_ms) == "CAPTURING" for s in sim.captures.values()):
        raise FakeApiError("PCS0003")
    body = call.body_dict()
    session = {"id": call.state.new_id(), "created_ms": call.now_ms, "duration": body["duration"],
               "prefix": body.get("prefix", ""), "stopped_ms": None}
    sim.captures[session["id"]] = session
    return _render(sim, session, call.now_ms)


@operation("listSimPacketCaptureSessions")
async def list_sessions(call: Call) -> Paged:
    sim = call.sim()
    sessions = sorted(sim.captures.values(), key=lambda s: (s["created_ms"], s["id"]), reverse=True)
    return Paged.of(sessions, key=lambda s: f"{s['created_ms']:013d}.{s['id']}", descending=True,
                    render=lambda s: _render(sim, s, call.now_ms))


@operation("getSimPacketCaptureSession")
async def get_session(call: Call) -> Any:
    sim, session = _session(call)
    return _render(sim, session, call.now_ms)


@operation("stopSimPacketCaptureSession")
async def stop_session(call: Call) -> Any:
    sim, session = _session(call)
    if _status(session, call.now_ms) != "CAPTURING":
        raise FakeApiError("PCS0002")
    session["stopped_ms"] = call.now_ms
    return _render(sim, session, call.now_ms)


@operation("deleteSimPacketCaptureSession")
async def delete_session(call: Call) -> Any:
    sim, session = _session(call)
    if _status(session, call.now_ms) == "CAPTURING":
        raise FakeApiError("PCS0004")
    del sim.captures[session["id"]]
    return _render(sim, session, call.now_ms)
