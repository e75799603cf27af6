"""Binary payloads of the downlinks: encodings chosen and set, answers decoded back
to bytes, the spec's size limits checked before anything is sent."""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import respx
from _facade_helpers import BASE, login_answer
from hypothesis import given
from hypothesis import strategies as st

from soracom_client import AuthKey, Soracom, downlink
from soracom_client.errors import RequestValidationError, ResponseParseError
from soracom_client.generated.models import (
    SimDownlinkBinaryEncoding,
    SimDownlinkHttpResponse,
    SimDownlinkRtspRequest,
    SimDownlinkSshNoAuthentication,
    SimDownlinkSshPasswordAuthentication,
    SimDownlinkSshResponse,
    SimDownlinkTcpConnectionFireAndForgetOptions,
    SimDownlinkTcpConnectionIdleTimeoutOptions,
    SimDownlinkTcpConnectionWaitAllOptions,
    SimDownlinkTcpConnectionWaitFirstOptions,
    SimDownlinkTcpResponse,
)
from soracom_client.testing import SNAPSHOT_JPEG, FakeSoracom

SIM = "8942310022000000001"
NOT_UTF8 = b"\x00\xff\xfe\x80 ok\r\n\xc3\x28"  # a lone continuation byte and an invalid 2-byte sequence
ENCODINGS = ["base64", "hex", "BASE64", SimDownlinkBinaryEncoding.HEX]


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        router.post("/auth", name="auth").mock(return_value=httpx.Response(200, json=login_answer()))
        yield router


# --- encodings ----------------------------------------------------------------------------------
def test_encoding_is_chosen_from_what_is_given() -> None:
    assert downlink.encode("héllo") == ("héllo", SimDownlinkBinaryEncoding.STRING)
    assert downlink.encode("héllo".encode()) == ("héllo", SimDownlinkBinaryEncoding.STRING)
    text, chosen = downlink.encode(NOT_UTF8)
    assert chosen is SimDownlinkBinaryEncoding.BASE64 and base64.b64decode(text) == NOT_UTF8


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_non_utf8_bytes_round_trip_through_each_encoding(encoding: Any) -> None:
    text, chosen = downlink.encode(NOT_UTF8, encoding)
    assert downlink.decode(text, chosen) == NOT_UTF8
    answer = SimDownlinkTcpResponse.from_dict({"data": text, "dataEncoding": chosen.value})
    assert downlink.decode_data(answer) == NOT_UTF8


def test_string_encoding_refuses_non_utf8_bytes() -> None:
    with pytest.raises(RequestValidationError, match="payload: must satisfy encoding string needs UTF-8"):
        downlink.encode(NOT_UTF8, "string")
    with pytest.raises(ValueError, match="unknown encoding 'utf16'"):
        downlink.encode(b"x", "utf16")


@given(st.binary(max_size=300), st.sampled_from([None, "base64", "hex"]))
def test_any_bytes_round_trip(data: bytes, encoding: str | None) -> None:
    text, chosen = downlink.encode(data, encoding)
    assert downlink.decode(text, chosen) == data
    request = downlink.tcp_request(7, data, encoding=encoding)
    assert downlink.decode(request.to_dict()["payload"], request.to_dict()["payloadEncoding"]) == data


def test_decode_data_reads_each_answer_encoding() -> None:
    def answer(data: str, encoding: str | None) -> SimDownlinkTcpResponse:
        return SimDownlinkTcpResponse.from_dict({"data": data, **({"dataEncoding": encoding} if encoding else {})})

    assert downlink.decode_data(answer("OK\r\n", None)) == b"OK\r\n"  # absent: string, the spec's default
    assert downlink.decode_data(answer("héllo", "string")) == "héllo".encode()
    assert downlink.decode_data(answer("AP8=", "base64")) == b"\x00\xff"
    assert downlink.decode_data(answer("00FFab", "hex")) == b"\x00\xff\xab"  # case insensitive
    with pytest.raises(ResponseParseError, match="not valid base64"):
        downlink.decode_data(answer("*not base64*", "base64"))
    with pytest.raises(ResponseParseError, match="unknown data encoding 'zstd'"):
        downlink.decode_data(answer("x", "zstd"))  # kept by the model as a pseudo-member


def test_wait_for_pattern_always_sends_its_encoding() -> None:
    # The spec's default for terminationPatternEncoding is base64, unlike every other encoding field.
    assert downlink.wait_for_pattern("OK").to_dict() == {
        "type": "wait_for_pattern", "terminationPattern": "OK", "terminationPatternEncoding": "string"}
    assert downlink.wait_for_pattern(b"\xff\x00").to_dict() == {
        "type": "wait_for_pattern", "terminationPattern": "/wA=", "terminationPatternEncoding": "base64"}
    assert downlink.wait_for_pattern(b"\r\n", encoding="hex").to_dict()["terminationPattern"] == "0d0a"
    with pytest.raises(RequestValidationError, match="terminationPattern: must satisfy not empty"):
        downlink.wait_for_pattern(b"")


# --- answers ------------------------------------------------------------------------------------
def test_http_body_is_decoded_when_base64() -> None:
    plain = SimDownlinkHttpResponse.from_dict({"statusCode": 200, "body": "{\"ok\": true}"})
    assert downlink.http_body(plain) == b'{"ok": true}'
    binary = SimDownlinkHttpResponse.from_dict(
        {"statusCode": 200, "body": base64.b64encode(NOT_UTF8).decode(), "isBase64Encoded": True})
    assert downlink.http_body(binary) == NOT_UTF8
    assert downlink.http_body(SimDownlinkHttpResponse.from_dict({"statusCode": 204})) == b""


def test_ssh_output_decodes_each_stream_by_its_flag() -> None:
    answer = SimDownlinkSshResponse.from_dict({
        "exitcode": 1, "stdout": base64.b64encode(NOT_UTF8).decode(), "isStdoutBase64Encoded": True,
        "stderr": "no such file\n", "isStderrBase64Encoded": False})
    assert downlink.ssh_output(answer) == (NOT_UTF8, b"no such file\n")
    answer = SimDownlinkSshResponse.from_dict({"exitcode": 0, "stderr": "/w==", "isStderrBase64Encoded": True})
    assert downlink.ssh_output(answer) == (b"", b"\xff")


def test_rtsp_jpeg_accepts_raw_and_base64() -> None:
    assert downlink.rtsp_jpeg(SNAPSHOT_JPEG) == SNAPSHOT_JPEG
    encoded = base64.b64encode(SNAPSHOT_JPEG)
    assert downlink.rtsp_jpeg(encoded) == SNAPSHOT_JPEG
    assert downlink.rtsp_jpeg(encoded.decode() + "\n") == SNAPSHOT_JPEG
    assert downlink.rtsp_jpeg(b'"' + encoded + b'"') == SNAPSHOT_JPEG  # a JSON string
    with pytest.raises(ResponseParseError, match="neither a JPEG nor Base64 of one"):
        downlink.rtsp_jpeg(b"<html>502</html>")
    with pytest.raises(ResponseParseError):
        downlink.rtsp_jpeg(base64.b64encode(b"GIF89a"))


# --- limits -------------------------------------------------------------------------------------
def test_tcp_payload_limit_is_5_mib_encoded() -> None:
    downlink.tcp_request(7, b"a" * downlink.TCP_PAYLOAD_MAX_BYTES)
    with pytest.raises(RequestValidationError, match=r"body.payload: must satisfy at most 5242880 bytes"):
        downlink.tcp_request(7, b"a" * (downlink.TCP_PAYLOAD_MAX_BYTES + 1))
    with pytest.raises(RequestValidationError):  # 4 MiB of binary is 5.33 MiB of Base64
        downlink.tcp_request(7, b"\xff" * (4 * 1024 * 1024))


def test_udp_payload_limit_is_1472_bytes_encoded() -> None:
    assert downlink.udp_request(5683, b"a" * 1472).to_dict()["payloadEncoding"] == "string"
    with pytest.raises(RequestValidationError, match="at most 1472 bytes"):
        downlink.udp_request(5683, b"a" * 1473)
    with pytest.raises(RequestValidationError):
        downlink.udp_request(5683, "é" * 737)  # 1,474 bytes in UTF-8
    downlink.udp_request(5683, b"\xff" * 1104)  # Base64: 1,472 characters
    with pytest.raises(RequestValidationError):
        downlink.udp_request(5683, b"\xff" * 1105)


def test_ssh_command_limit_is_8192_bytes() -> None:
    none = SimDownlinkSshNoAuthentication()
    downlink.ssh_request("pi", "x" * 8192, none)
    with pytest.raises(RequestValidationError, match="body.command: must satisfy at most 8192 bytes"):
        downlink.ssh_request("pi", "x" * 8193, none)
    with pytest.raises(RequestValidationError):
        downlink.ssh_request("pi", "é" * 4097, none)


@pytest.mark.parametrize(("kind", "body", "field"), [
    ("tcp", downlink.tcp_request(0, "x"), "body.port"),
    ("tcp", downlink.tcp_request(65536, "x"), "body.port"),
    ("tcp", downlink.tcp_request(7, "x", timeout=0), "body.timeout"),
    ("tcp", downlink.tcp_request(7, "x", timeout=301), "body.timeout"),
    ("udp", downlink.udp_request(0, "x"), "body.port"),
    ("ssh", downlink.ssh_request("pi", "id", SimDownlinkSshNoAuthentication(), port=70000), "body.port"),
    ("rtsp", SimDownlinkRtspRequest(command="snapshot", port=0), "body.port"),
])
async def test_ports_and_timeout_are_checked_before_sending(api: respx.MockRouter, kind: str, body: Any,
                                                            field: str) -> None:
    route = api.post(f"/sims/{SIM}/downlink/{kind}")
    async with Soracom(auth=AuthKey("keyId-1", "secret-1")) as soracom:
        with pytest.raises(RequestValidationError) as caught:
            await getattr(soracom.sim, f"send_downlink_{kind}")(SIM, body=body)
    assert caught.value.field == field
    assert not route.called


async def test_udp_sends_binary_as_base64(api: respx.MockRouter) -> None:
    route = api.post(f"/sims/{SIM}/downlink/udp").mock(return_value=httpx.Response(204))
    async with Soracom(auth=AuthKey("keyId-1", "secret-1")) as soracom:
        await soracom.sim.send_downlink_udp(SIM, body=downlink.udp_request(5683, NOT_UTF8))
    assert json.loads(route.calls.last.request.content) == {
        "port": 5683, "payload": base64.b64encode(NOT_UTF8).decode(), "payloadEncoding": "base64"}


# --- against FakeSoracom ------------------------------------------------------------------------
@pytest.fixture
async def soracom(fake_soracom: FakeSoracom) -> AsyncIterator[Soracom]:
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=fake_soracom))
    async with Soracom(auth=fake_soracom.credentials, base_url="http://fake/v1",
                       allow_insecure_http=True, http_client=http) as client:
        yield client
    await http.aclose()


@pytest.mark.parametrize("encoding", [None, "base64", "hex"])
async def test_fake_tcp_echo_round_trips_non_utf8(fake_soracom: FakeSoracom, soracom: Soracom,
                                                  encoding: str | None) -> None:
    sim_id = fake_soracom.sim_ids(online=True)[0]
    payload = NOT_UTF8 + b"tail after the pattern"
    body = downlink.tcp_request(7, payload, encoding=encoding, connection=downlink.wait_for_pattern(b"\r\n\xc3("))
    answer = await soracom.sim.send_downlink_tcp(sim_id, body=body)
    assert downlink.decode_data(answer) == NOT_UTF8
    body = downlink.tcp_request(7, payload, encoding=encoding)  # no connectionOptions: wait_all
    assert downlink.decode_data(await soracom.sim.send_downlink_tcp(sim_id, body=body)) == payload


@pytest.mark.parametrize(("connection", "expected"), [
    (SimDownlinkTcpConnectionFireAndForgetOptions(), b""),
    (SimDownlinkTcpConnectionWaitFirstOptions(), b""),
    (SimDownlinkTcpConnectionWaitAllOptions(), b"ping\nrest"),
    (downlink.wait_for_pattern("\n"), b"ping\n"),
    (SimDownlinkTcpConnectionIdleTimeoutOptions(idle_timeout=1), b"ping\nrest"),
])
async def test_fake_tcp_honours_each_mode(fake_soracom: FakeSoracom, soracom: Soracom, connection: Any,
                                          expected: bytes) -> None:
    sim_id = fake_soracom.sim_ids(online=True)[0]
    answer = await soracom.sim.send_downlink_tcp(
        sim_id, body=downlink.tcp_request(7, "ping\nrest", connection=connection))
    assert downlink.decode_data(answer) == expected


async def test_fake_udp_ssh_and_rtsp(fake_soracom: FakeSoracom, soracom: Soracom) -> None:
    sim_id = fake_soracom.sim_ids(online=True)[0]
    await soracom.sim.send_downlink_udp(sim_id, body=downlink.udp_request(5683, NOT_UTF8))
    assert [d.data for d in fake_soracom.udp_datagrams(sim_id)] == [NOT_UTF8]
    ssh = await soracom.sim.send_downlink_ssh(
        sim_id, body=downlink.ssh_request("pi", "echo hi", SimDownlinkSshPasswordAuthentication(password="pw")))
    assert downlink.ssh_output(ssh) == (b"hi\n", b"")
    raw = await soracom.sim.send_downlink_rtsp(sim_id, body=SimDownlinkRtspRequest(command="snapshot"))
    assert downlink.rtsp_jpeg(raw) == SNAPSHOT_JPEG
