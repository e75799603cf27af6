"""SIMs and subscribers as the API shows them: plain JSON dicts shaped by openapi.yaml."""

from __future__ import annotations

from typing import Any

from ._state import DeviceSession, Line, SimRecord

# A SimplifiedSubscriber's status has fewer values than a SIM's.
_LINE_STATUS = {"ready": "ready", "terminated": "terminated"}


def session_status(sim: SimRecord, line: Line, now_ms: int) -> dict[str, Any]:
    s = sim.session
    if s is None or not line.primary:
        return {"online": False, "lastUpdatedAt": sim.last_modified_ms}
    return {
        "cell": dict(s.cell),
        "dnsServers": list(s.dns),
        "gatewayPrivateIpAddress": s.gateway_private_ip,
        "gatewayPublicIpAddress": s.gateway_public_ip,
        "imei": s.imei,
        "imsi": line.imsi,
        "lastUpdatedAt": max(s.created_ms, sim.last_modified_ms),
        "location": {},
        "online": True,
        "placement": {"infrastructureProvider": "aws", "region": "ap-northeast-1"},
        "sessionId": s.session_id,
        "subscription": line.subscription,
        "ueIpAddress": s.ue_ip,
        "vpgId": s.vpg_id,
    }


def previous_session(s: DeviceSession, line: Line) -> dict[str, Any]:
    out: dict[str, Any] = {
        "cell": dict(s.cell),
        "createdTime": s.created_ms,
        "dnsServers": list(s.dns),
        "gatewayPrivateIpAddress": s.gateway_private_ip,
        "gatewayPublicIpAddress": s.gateway_public_ip,
        "imei": s.imei,
        "imsi": line.imsi,
        "sessionId": s.session_id,
        "subscription": line.subscription,
        "ueIpAddress": s.ue_ip,
        "vpgId": s.vpg_id,
    }
    if s.deleted_ms is not None:
        out["deletedTime"] = s.deleted_ms
    return out


def capabilities(sim: SimRecord, line: Line) -> dict[str, bool]:
    return {"data": True, "sms": sim.sms and not line.virtual}


def simplified_subscriber(sim: SimRecord, line: Line) -> dict[str, Any]:
    status = _LINE_STATUS.get(sim.status, "active") if line.downloaded else "ready"
    return {
        "bundles": list(line.bundles),
        "capabilities": capabilities(sim, line),
        "imsi": line.imsi,
        "msisdn": line.msisdn,
        "status": status,
        "subscription": line.subscription,
    }


def sim_profile(sim: SimRecord) -> dict[str, Any]:
    profile: dict[str, Any] = {
        "iccid": sim.iccid,
        "otaSupported": sim.sim_type != "virtual",
        "primaryImsi": sim.primary.imsi,
        "subscribers": {imsi: simplified_subscriber(sim, line) for imsi, line in sim.lines.items()},
    }
    if sim.arc_public_key:
        profile["arcClientPeerPublicKey"] = sim.arc_public_key
    return profile


def sim_json(sim: SimRecord, now_ms: int) -> dict[str, Any]:
    line = sim.primary
    out: dict[str, Any] = {
        "activeProfileId": sim.iccid,
        "capabilities": capabilities(sim, line),
        "createdTime": sim.created_ms,
        "lastModifiedTime": sim.last_modified_ms,
        "localInfo": dict(sim.local_info),
        "moduleType": sim.module_type,
        "operatorId": sim.operator_id or "",
        "profiles": {sim.iccid: sim_profile(sim)},
        "serialNumber": sim.serial_number,
        "sessionStatus": session_status(sim, line, now_ms),
        "simId": sim.sim_id,
        "speedClass": line.speed_class,
        "status": sim.status,
        "tags": dict(sim.tags),
        "terminationEnabled": sim.termination_enabled,
        "type": sim.sim_type,
    }
    # Optional fields are left out rather than sent as null: the spec documents nullability in prose only.
    if sim.group_id:
        out["groupId"] = sim.group_id
    if sim.expiry_time is not None:
        out["expiryTime"] = sim.expiry_time
        out["expiryAction"] = sim.expiry_action or "doNothing"
    if sim.imei_lock is not None:
        out["imeiLock"] = {"imei": sim.imei_lock}
    if sim.previous_session is not None:
        out["previousSession"] = previous_session(sim.previous_session, line)
    if sim.arc_session_ms is not None and sim.arc_public_key:
        out["arcSessionStatus"] = arc_session(sim)
    return out


def arc_session(sim: SimRecord) -> dict[str, Any]:
    return {
        "arcAllowedIPs": ["100.127.0.0/16"],
        "arcClientPeerIpAddress": "10.128.0.2",
        "arcClientPeerPublicKey": sim.arc_public_key or "",
        "arcServerEndpoint": "arc.jp.soracom.io:11010",
        "arcServerPeerPublicKey": "PHFmC2/aW1n7LyqPzrJKVLzlJQm8UJTvD/g9ybQWmlY=",
        "gatewayPrivateIpAddress": "100.127.10.16",
        "gatewayPublicIpAddress": "54.250.252.99",
        "lastUpdatedAt": sim.arc_session_ms or 0,
        "placement": {"infrastructureProvider": "aws", "region": "ap-northeast-1"},
        "vpgId": "f3b4f5d1-0000-4c1a-8f00-000000000001",
    }


def subscriber_json(sim: SimRecord, line: Line, now_ms: int) -> dict[str, Any]:
    out: dict[str, Any] = {
        "apn": "soracom.io",
        "bundles": list(line.bundles),
        "createdAt": line.created_ms,
        "createdTime": line.created_ms,
        "iccid": sim.iccid,
        "imsi": line.imsi,
        "lastModifiedAt": sim.last_modified_ms,
        "lastModifiedTime": sim.last_modified_ms,
        "moduleType": sim.module_type,
        "msisdn": line.msisdn,
        "operatorId": sim.operator_id or "",
        "packetCaptureSessions": [],
        "plan": 1,
        "registeredTime": sim.created_ms,
        "serialNumber": sim.serial_number,
        "sessionStatus": session_status(sim, line, now_ms),
        "simId": sim.sim_id,
        "speedClass": line.speed_class,
        "status": sim.status,
        "subscription": line.subscription,
        "tags": dict(sim.tags),
        "terminationEnabled": sim.termination_enabled,
        "type": line.speed_class,
    }
    if sim.session is not None and line.primary:
        out["ipAddress"] = sim.session.ue_ip
    if sim.group_id:
        out["groupId"] = sim.group_id
    if sim.expiry_time is not None:
        out["expiryTime"] = sim.expiry_time
        out["expiredAt"] = sim.expiry_time
        out["expiryAction"] = sim.expiry_action or "doNothing"
    if sim.imei_lock is not None:
        out["imeiLock"] = {"imei": sim.imei_lock}
    if sim.previous_session is not None and line.primary:
        out["previousSession"] = previous_session(sim.previous_session, line)
    return out
