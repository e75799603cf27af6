"""The downlink oneOf options: each variant sets its own `type`, sends exactly the
documented JSON, and parses back by its tag; an unknown tag is kept as sent."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx
from _facade_helpers import BASE, login_answer

from soracom_client import AuthKey, Soracom, downlink
from soracom_client.generated.models import (
    SimDownlinkRtspAuthenticationBasic,
    SimDownlinkRtspAuthenticationNone,
    SimDownlinkRtspCommandSnapshot,
    SimDownlinkRtspCommandSnapshotOptions,
    SimDownlinkRtspRequest,
    SimDownlinkSshNoAuthentication,
    SimDownlinkSshPasswordAuthentication,
    SimDownlinkSshPublicKeyAuthentication,
    SimDownlinkSshRequest,
    SimDownlinkTcpConnectionFireAndForgetOptions,
    SimDownlinkTcpConnectionIdleTimeoutOptions,
    SimDownlinkTcpConnectionWaitAllOptions,
    SimDownlinkTcpConnectionWaitFirstOptions,
    SimDownlinkTcpConnectionWaitForPatternOptions,
    SimDownlinkTcpRequest,
)

SIM = "8942310022000000001"


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        router.post("/auth", name="auth").mock(return_value=httpx.Response(200, json=login_answer()))
        yield router

TCP_VARIANTS: list[tuple[Any, dict[str, Any]]] = [
    (SimDownlinkTcpConnectionFireAndForgetOptions(), {"type": "fire_and_forget"}),
    (SimDownlinkTcpConnectionWaitFirstOptions(), {"type": "wait_first"}),
    (SimDownlinkTcpConnectionWaitAllOptions(), {"type": "wait_all"}),
    (downlink.wait_for_pattern(b"OK\r\n"),
     {"type": "wait_for_pattern", "terminationPattern": "OK\r\n", "terminationPatternEncoding": "string"}),
    (SimDownlinkTcpConnectionIdleTimeoutOptions(idle_timeout=3), {"type": "idle_timeout", "idleTimeout": 3}),
]
SSH_VARIANTS: list[tuple[Any, dict[str, Any]]] = [
    (SimDownlinkSshPasswordAuthentication(password="pw"), {"type": "password", "password": "pw"}),
    (SimDownlinkSshPublicKeyAuthentication(key_credentials_id="cred-1"),
     {"type": "publickey", "keyCredentialsId": "cred-1"}),
    (SimDownlinkSshNoAuthentication(), {"type": "none"}),
]
RTSP_VARIANTS: list[tuple[Any, dict[str, Any]]] = [
    (SimDownlinkRtspAuthenticationBasic(username="cam", password_credentials_id="cred-2"),
     {"type": "basic", "username": "cam", "passwordCredentialsId": "cred-2"}),
    (SimDownlinkRtspAuthenticationNone(), {"type": "none"}),
]


def _ids(variants: list[tuple[Any, dict[str, Any]]]) -> list[str]:
    return [wire["type"] for _, wire in variants]


def _sent(route: respx.Route) -> dict[str, Any]:
    assert route.call_count == 1
    body: dict[str, Any] = json.loads(route.calls.last.request.content)
    return body


@pytest.mark.parametrize(("options", "wire"), TCP_VARIANTS, ids=_ids(TCP_VARIANTS))
async def test_tcp_sends_exact_json_for_each_mode(api: respx.MockRouter, options: Any, wire: dict[str, Any]) -> None:
    route = api.post(f"/sims/{SIM}/downlink/tcp").mock(
        return_value=httpx.Response(200, json={"data": "OK\r\n", "dataEncoding": "string"}))
    async with Soracom(auth=AuthKey("keyId-1", "secret-1")) as soracom:
        answer = await soracom.sim.send_downlink_tcp(
            SIM, body=downlink.tcp_request(23080, "status\r\n", connection=options, timeout=10))
    assert _sent(route) == {"port": 23080, "payload": "status\r\n", "payloadEncoding": "string",
                            "timeout": 10, "connectionOptions": wire}
    assert downlink.decode_data(answer) == b"OK\r\n"


async def test_tcp_without_connection_options_omits_them(api: respx.MockRouter) -> None:
    # The spec's default ({"type": "wait_all"}) is applied by the API.
    route = api.post(f"/sims/{SIM}/downlink/tcp").mock(return_value=httpx.Response(200, json={"data": ""}))
    async with Soracom(auth=AuthKey("keyId-1", "secret-1")) as soracom:
        await soracom.sim.send_downlink_tcp(SIM, body=downlink.tcp_request(7, b"hi"))
    assert _sent(route) == {"port": 7, "payload": "hi", "payloadEncoding": "string"}


@pytest.mark.parametrize(("auth", "wire"), SSH_VARIANTS, ids=_ids(SSH_VARIANTS))
async def test_ssh_sends_exact_json_for_each_authentication(api: respx.MockRouter, auth: Any,
                                                            wire: dict[str, Any]) -> None:
    route = api.post(f"/sims/{SIM}/downlink/ssh").mock(
        return_value=httpx.Response(200, json={"exitcode": 0, "stdout": "pi\n", "stderr": ""}))
    async with Soracom(auth=AuthKey("keyId-1", "secret-1")) as soracom:
        answer = await soracom.sim.send_downlink_ssh(SIM, body=downlink.ssh_request("pi", "whoami", auth))
    assert _sent(route) == {"username": "pi", "command": "whoami", "authentication": wire}
    assert downlink.ssh_output(answer) == (b"pi\n", b"")


@pytest.mark.parametrize(("auth", "wire"), RTSP_VARIANTS, ids=_ids(RTSP_VARIANTS))
async def test_rtsp_sends_exact_json_for_each_authentication(api: respx.MockRouter, auth: Any,
                                                             wire: dict[str, Any]) -> None:
    route = api.post(f"/sims/{SIM}/downlink/rtsp").mock(
        return_value=httpx.Response(200, content=b"\xff\xd8\xff\xe0jpeg", headers={"content-type": "image/jpeg"}))
    body = SimDownlinkRtspRequest(command=SimDownlinkRtspCommandSnapshot.SNAPSHOT, authentication=auth,
                                  path="/live")
    async with Soracom(auth=AuthKey("keyId-1", "secret-1")) as soracom:
        raw = await soracom.sim.send_downlink_rtsp(SIM, body=body)
    assert _sent(route) == {"command": "snapshot", "authentication": wire, "path": "/live", "port": 554}
    assert downlink.rtsp_jpeg(raw) == b"\xff\xd8\xff\xe0jpeg"


async def test_rtsp_without_authentication_omits_it(api: respx.MockRouter) -> None:
    # "If not specified, the default is `none`."
    route = api.post(f"/sims/{SIM}/downlink/rtsp").mock(return_value=httpx.Response(200, content=b"\xff\xd8\xff"))
    async with Soracom(auth=AuthKey("keyId-1", "secret-1")) as soracom:
        await soracom.sim.send_downlink_rtsp(SIM, body=SimDownlinkRtspRequest(command="snapshot", port=8554))
    assert _sent(route) == {"command": "snapshot", "port": 8554}


@pytest.mark.parametrize(("options", "wire"), TCP_VARIANTS, ids=_ids(TCP_VARIANTS))
def test_tcp_parses_each_mode_to_its_class(options: Any, wire: dict[str, Any]) -> None:
    parsed = SimDownlinkTcpRequest.from_dict({"port": 7, "payload": "x", "connectionOptions": wire})
    assert type(parsed.connection_options) is type(options)
    assert parsed.to_dict()["connectionOptions"] == wire


@pytest.mark.parametrize(("auth", "wire"), SSH_VARIANTS, ids=_ids(SSH_VARIANTS))
def test_ssh_parses_each_authentication_to_its_class(auth: Any, wire: dict[str, Any]) -> None:
    parsed = SimDownlinkSshRequest.from_dict({"username": "pi", "command": "id", "authentication": wire})
    assert type(parsed.authentication) is type(auth)
    assert parsed.to_dict()["authentication"] == wire


@pytest.mark.parametrize(("auth", "wire"), RTSP_VARIANTS, ids=_ids(RTSP_VARIANTS))
def test_rtsp_parses_each_authentication_to_its_class(auth: Any, wire: dict[str, Any]) -> None:
    parsed = SimDownlinkRtspRequest.from_dict({"command": "snapshot", "authentication": wire})
    assert type(parsed.authentication) is type(auth)
    assert parsed.to_dict()["authentication"] == wire


def test_publickey_is_not_taken_for_a_password() -> None:
    # Tried in order, this used to come back as SimDownlinkSshPasswordAuthentication.
    parsed = SimDownlinkSshRequest.from_dict(
        {"username": "pi", "command": "id", "authentication": {"type": "publickey", "key": "-----BEGIN"}})
    assert isinstance(parsed.authentication, SimDownlinkSshPublicKeyAuthentication)


@pytest.mark.parametrize("options", [{"type": "wait_for_silence", "quietMs": 250}, {"idleTimeout": 3}, {}])
def test_tcp_unknown_or_missing_tag_survives_a_round_trip(options: dict[str, Any]) -> None:
    # Not forced into the first mode: kept as the dict that was sent, and written back unchanged.
    wire = {"port": 7, "payload": "x", "connectionOptions": options}
    parsed = SimDownlinkTcpRequest.from_dict(wire)
    assert parsed.connection_options == options
    assert parsed.to_dict() == wire


def test_ssh_and_rtsp_unknown_tag_survives_a_round_trip() -> None:
    ssh = {"username": "pi", "command": "id", "authentication": {"type": "certificate", "cert": "c"}}
    assert SimDownlinkSshRequest.from_dict(ssh).to_dict() == ssh
    rtsp = {"command": "snapshot", "authentication": {"type": "digest", "username": "u"}}
    assert SimDownlinkRtspRequest.from_dict(rtsp).to_dict() == rtsp


async def test_unknown_tag_is_sent_as_given(api: respx.MockRouter) -> None:
    route = api.post(f"/sims/{SIM}/downlink/tcp").mock(return_value=httpx.Response(200, json={"data": ""}))
    future = {"type": "wait_for_silence", "quietMs": 250}
    async with Soracom(auth=AuthKey("keyId-1", "secret-1")) as soracom:
        await soracom.sim.send_downlink_tcp(
            SIM, body=SimDownlinkTcpRequest(port=7, payload="x", connection_options=future))
    assert _sent(route)["connectionOptions"] == future


def test_rtsp_command_and_options_parse_and_keep_unknown_values() -> None:
    wire = {"command": "snapshot",
            "options": {"destinations": {"harvestFiles": {"filePath": "/cam/{sim_id}_{time}.jpg"}}}}
    parsed = SimDownlinkRtspRequest.from_dict(wire)
    assert parsed.command is SimDownlinkRtspCommandSnapshot.SNAPSHOT
    assert isinstance(parsed.options, SimDownlinkRtspCommandSnapshotOptions)
    assert parsed.to_dict() == wire
    future = SimDownlinkRtspRequest.from_dict({"command": "record"})
    assert future.command == "record" and future.to_dict() == {"command": "record"}


def test_building_a_variant_sets_its_tag() -> None:
    assert SimDownlinkTcpConnectionWaitForPatternOptions(termination_pattern="T0s=").to_dict() == {
        "type": "wait_for_pattern", "terminationPattern": "T0s="}
    for options, wire in TCP_VARIANTS + SSH_VARIANTS + RTSP_VARIANTS:
        assert options.to_dict() == wire
