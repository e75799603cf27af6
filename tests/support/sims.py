"""Deterministic, realistic SIM documents as the API sends them (for tests and benchmarks)."""

from __future__ import annotations

from typing import Any


def rich_sim(i: int) -> dict[str, Any]:
    """A SIM with most fields set: nested session, profiles with subscribers, tags, arc status."""
    imsi = f"44010{i:010d}"
    sim_id = f"8981100{i:012d}"
    cell = {"eci": 123456 + i, "mcc": 440, "mnc": 10, "radioType": "lte", "tac": 5680}
    return {
        "simId": sim_id,
        "operatorId": "OP0012345678",
        "status": "active",
        "speedClass": "s1.fast",
        "moduleType": "nano",
        "groupId": f"group-{i % 7}",
        "createdTime": 1700000000000 + i,
        "lastModifiedTime": 1700000500000 + i,
        "expiryTime": 1800000000000,
        "expiryAction": "suspend",
        "terminationEnabled": False,
        "serialNumber": f"SN{i:08d}",
        "otaSerialNumber": f"OTA{i:08d}",
        "activeProfileId": f"8981100{i:012d}",
        "capabilities": {"data": True, "sms": True},
        "imeiLock": {"imei": f"35{i:013d}"},
        "localInfo": {"iccid": sim_id},
        "tags": {"name": f"device-{i}", "site": "tokyo", "fleet": "alpha"},
        "sessionStatus": {
            "online": True, "imei": f"35{i:013d}", "imsi": imsi, "sessionId": f"session-{i}",
            "subscription": "plan01s", "ueIpAddress": f"10.{i % 250}.0.1", "dnsServers": ["100.127.0.53",
            "100.127.1.53"], "lastUpdatedAt": 1700000600000 + i, "vpgId": "vpg-1",
            "gatewayPrivateIpAddress": "100.64.0.1", "gatewayPublicIpAddress": "54.0.0.1", "cell": cell,
            "placement": {"provider": "aws", "region": "ap-northeast-1"},
        },
        "previousSession": {
            "createdTime": 1690000000000, "deletedTime": 1690000600000, "imei": f"35{i:013d}", "imsi": imsi,
            "sessionId": f"old-session-{i}", "subscription": "plan01s", "ueIpAddress": "10.0.0.2",
            "dnsServers": ["100.127.0.53"], "cell": cell,
        },
        "profiles": {
            sim_id: {
                "iccid": sim_id, "otaSupported": True, "primaryImsi": imsi,
                "subscribers": {
                    imsi: {"imsi": imsi, "msisdn": f"8180{i:08d}", "status": "active", "subscription": "plan01s",
                           "bundles": ["X3-5MB"], "capabilities": {"data": True, "sms": True}},
                },
            },
        },
    }


def sim_page(n: int = 1000) -> list[dict[str, Any]]:
    return [rich_sim(i) for i in range(n)]
