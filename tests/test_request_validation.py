"""Every constraint the spec states is checked before a request leaves the client (issue 3)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
import respx

from soracom_client.errors import RequestValidationError
from soracom_client.generated import models as m
from soracom_client.generated.api.sim import (
    create_sim_packet_capture_session,
    get_data_from_sim,
    get_sim,
    send_downlink_http,
    send_downlink_ping,
    send_downlink_ssh,
    send_downlink_tcp,
    send_downlink_udp,
)
from soracom_client.generated.api.sim_profile_order import create_profile_order, list_profile_orders
from soracom_client.generated.api.subscriber import list_subscribers
from soracom_client.generated.client import AuthenticatedClient

BASE = "https://api.test/v1"
C = AuthenticatedClient(base_url=BASE, token="t")


def tcp(**kw: Any) -> m.SimDownlinkTcpRequest:
    return m.SimDownlinkTcpRequest(**{"port": 5000, "payload": "aGk=", **kw})


def order(**kw: Any) -> m.CreateSimProfileOrderRequest:
    return m.CreateSimProfileOrderRequest(**{"quantity": 10, "subscription": "planX3", **kw})


def capture(**kw: Any) -> m.PacketCaptureSessionRequest:
    return m.PacketCaptureSessionRequest(**{"duration": 60, **kw})


Call = Callable[[], Awaitable[Any]]
CASES: list[tuple[str, Call, str, str, Any]] = [
    # (case, call, field, rule, value)
    ("tcp port 0", lambda: send_downlink_tcp.asyncio("1", client=C, body=tcp(port=0)),
     "body.port", "minimum 1", 0),
    ("tcp port 65536", lambda: send_downlink_tcp.asyncio("1", client=C, body=tcp(port=65536)),
     "body.port", "maximum 65535", 65536),
    ("udp port 0", lambda: send_downlink_udp.asyncio_detailed(
        "1", client=C, body=m.SimDownlinkUdpRequest(port=0, payload="x")), "body.port", "minimum 1", 0),
    ("http port 70000", lambda: send_downlink_http.asyncio("1", client=C, body=m.SimDownlinkHttpRequest(port=70000)),
     "body.port", "maximum 65535", 70000),
    ("tcp timeout 301", lambda: send_downlink_tcp.asyncio("1", client=C, body=tcp(timeout=301)),
     "body.timeout", "maximum 300", 301),
    ("tcp missing payload", lambda: send_downlink_tcp.asyncio("1", client=C, body=tcp(payload=None)),
     "body.payload", "required", None),
    ("capture duration 29", lambda: create_sim_packet_capture_session.asyncio(
        "1", client=C, body=capture(duration=29)), "body.duration", "minimum 30", 29),
    ("capture duration 86401", lambda: create_sim_packet_capture_session.asyncio(
        "1", client=C, body=capture(duration=86401)), "body.duration", "maximum 86400", 86401),
    ("capture prefix", lambda: create_sim_packet_capture_session.asyncio(
        "1", client=C, body=capture(prefix="no spaces allowed")), "body.prefix",
     r"pattern ^[0-9A-Za-z_\-]{0,100}$", "no spaces allowed"),
    ("capture prefix 101 chars", lambda: create_sim_packet_capture_session.asyncio(
        "1", client=C, body=capture(prefix="a" * 101)), "body.prefix", r"pattern ^[0-9A-Za-z_\-]{0,100}$", "a" * 101),
    ("order quantity 0", lambda: create_profile_order.asyncio(client=C, body=order(quantity=0)),
     "body.quantity", "minimum 1", 0),
    ("order quantity 101", lambda: create_profile_order.asyncio(client=C, body=order(quantity=101)),
     "body.quantity", "maximum 100", 101),
    ("order two bundles", lambda: create_profile_order.asyncio(client=C, body=order(bundles=["X3-5MB", "X3-5MB"])),
     "body.bundles", "maxItems 1", ["X3-5MB", "X3-5MB"]),
    ("order description 101 chars", lambda: create_profile_order.asyncio(client=C, body=order(description="d" * 101)),
     "body.description", "maxLength 100", "d" * 101),
    ("order missing subscription", lambda: create_profile_order.asyncio(client=C, body=order(subscription=None)),
     "body.subscription", "required", None),
    ("ping 6 requests", lambda: send_downlink_ping.asyncio(
        "1", client=C, body=m.DownlinkPingRequest(number_of_ping_requests=6)),
     "body.numberOfPingRequests", "maximum 5", 6),
    ("ping timeout 4 s", lambda: send_downlink_ping.asyncio(
        "1", client=C, body=m.DownlinkPingRequest(timeout_seconds=4)), "body.timeoutSeconds", "maximum 3", 4),
    ("query limit 0", lambda: list_profile_orders.asyncio(client=C, limit=0), "limit", "minimum 1", 0),
    ("query limit 101", lambda: list_subscribers.asyncio(client=C, limit=101), "limit", "maximum 100", 101),
    ("data limit 1001", lambda: get_data_from_sim.asyncio("1", client=C, limit=1001), "limit", "maximum 1000", 1001),
    ("empty path parameter", lambda: get_sim.asyncio("", client=C), "sim_id", "required", ""),
    # Limits the spec states in prose (made machine-readable by spec-overlay.yaml), on hand-built bodies:
    ("udp payload 1473 chars", lambda: send_downlink_udp.asyncio_detailed(
        "1", client=C, body=m.SimDownlinkUdpRequest(port=5000, payload="A" * 1473)),
     "body.payload", "maxLength 1472", "A" * 1473),
    ("tcp payload over 5 MiB", lambda: send_downlink_tcp.asyncio(
        "1", client=C, body=tcp(payload="A" * (5 * 2**20 + 1))),
     "body.payload", "maxLength 5242880", "A" * (5 * 2**20 + 1)),
    ("ssh command over 8192", lambda: send_downlink_ssh.asyncio("1", client=C, body=m.SimDownlinkSshRequest(
        authentication=m.SimDownlinkSshNoAuthentication(), command="x" * 8193, username="pi")),
     "body.command", "maxLength 8192", "x" * 8193),
    ("wrong type", lambda: send_downlink_tcp.asyncio("1", client=C, body=tcp(port="80")),
     "body.port", "type integer", "80"),
]


@pytest.mark.parametrize(("call", "field", "rule", "value"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
async def test_a_broken_constraint_raises_before_anything_is_sent(call: Call, field: str, rule: str,
                                                                  value: Any) -> None:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        router.route().mock(return_value=httpx.Response(200, json={}))
        with pytest.raises(RequestValidationError) as caught:
            await call()
        assert router.calls.call_count == 0, "a request left the client"
    err = caught.value
    assert (err.field, err.rule, err.value) == (field, rule, value)
    assert isinstance(err, ValueError)
    assert str(err).startswith(f"{field}: must satisfy {rule}, got ")


async def test_valid_requests_at_the_limits_are_sent() -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.post("/sims/1/downlink/tcp").mock(return_value=httpx.Response(200, json={"data": ""}))
        await send_downlink_tcp.asyncio("1", client=C, body=tcp(port=65535, timeout=300))
        assert route.call_count == 1


def test_a_secret_that_breaks_a_rule_is_not_echoed() -> None:
    err = RequestValidationError("body.authentication.password", "maxLength 8", "hunter2-and-more")
    assert "hunter2" not in str(err) and "<redacted>" in str(err)
