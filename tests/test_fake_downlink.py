"""Downlink devices of FakeSoracom: TCP echo in every mode and encoding, UDP, HTTP, SSH, RTSP, ping."""

from __future__ import annotations

import base64
import struct

import httpx
import pytest

from soracom_client.testing import SNAPSHOT_JPEG, FakeSoracom, ManualClock


async def _tcp(fake: FakeSoracom, client: httpx.AsyncClient, **body: object) -> httpx.Response:
    sim_id = fake.sim_ids(online=True)[0]
    return await client.post(f"/sims/{sim_id}/downlink/tcp", json={"port": 7, **body})


@pytest.mark.parametrize(
    ("encoding", "payload"),
    [("string", "héllo"), ("base64", base64.b64encode(b"\x00\x01\xff").decode()), ("hex", "DEADbeef")],
)
async def test_tcp_echo_in_each_encoding(fake_soracom: FakeSoracom, fake_soracom_http: httpx.AsyncClient,
                                         encoding: str, payload: str) -> None:
    r = await _tcp(fake_soracom, fake_soracom_http, payload=payload, payloadEncoding=encoding)
    assert r.status_code == 200
    expected = payload.lower() if encoding == "hex" else payload
    assert r.json() == {"data": expected, "dataEncoding": encoding}
    assert fake_soracom.downlinks[-1].kind == "tcp"


@pytest.mark.parametrize(
    ("options", "data"),
    [
        ({"type": "wait_all"}, "ping\nrest"),
        ({"type": "fire_and_forget"}, ""),
        ({"type": "wait_first"}, ""),
        ({"type": "idle_timeout", "idleTimeout": 2}, "ping\nrest"),
        ({"type": "wait_for_pattern", "terminationPattern": "Cg=="}, "ping\n"),  # base64 of "\n" (the default)
        ({"type": "wait_for_pattern", "terminationPattern": "0a", "terminationPatternEncoding": "hex"}, "ping\n"),
        ({"type": "wait_for_pattern", "terminationPattern": "\n", "terminationPatternEncoding": "string"}, "ping\n"),
    ],
)
async def test_tcp_connection_modes(fake_soracom: FakeSoracom, fake_soracom_http: httpx.AsyncClient,
                                    options: dict[str, object], data: str) -> None:
    r = await _tcp(fake_soracom, fake_soracom_http, payload="ping\nrest", connectionOptions=options)
    assert r.status_code == 200, r.text
    assert r.json()["data"] == data


async def test_tcp_without_answer_times_out_on_the_clock(fake_soracom: FakeSoracom,
                                                         fake_soracom_http: httpx.AsyncClient) -> None:
    assert isinstance(fake_soracom.clock, ManualClock)
    r = await _tcp(fake_soracom, fake_soracom_http, payload="abc", timeout=5,
                   connectionOptions={"type": "wait_for_pattern", "terminationPattern": "END",
                                      "terminationPatternEncoding": "string"})
    assert r.status_code == 422 and r.json()["code"] == "DLK0002"
    assert fake_soracom.clock.slept == [5]
    r = await _tcp(fake_soracom, fake_soracom_http, payload="", timeout=3)  # nothing sent, nothing echoed
    assert r.status_code == 422


async def test_tcp_bad_payload_and_offline(fake_soracom: FakeSoracom, fake_soracom_http: httpx.AsyncClient) -> None:
    r = await _tcp(fake_soracom, fake_soracom_http, payload="zz", payloadEncoding="hex")
    assert r.status_code == 400 and r.json()["code"] == "DLK0004"
    offline = fake_soracom.sim_ids(status="inactive")[0]
    r = await fake_soracom_http.post(f"/sims/{offline}/downlink/tcp", json={"port": 7, "payload": "x"})
    assert r.status_code == 422 and r.json()["code"] == "DLK0001"


async def test_udp_is_recorded(fake_soracom: FakeSoracom, fake_soracom_http: httpx.AsyncClient) -> None:
    sim_id = fake_soracom.sim_ids(online=True)[0]
    r = await fake_soracom_http.post(f"/sims/{sim_id}/downlink/udp",
                                     json={"port": 5683, "payload": "0102", "payloadEncoding": "hex"})
    assert r.status_code == 204 and r.content == b""
    [datagram] = fake_soracom.udp_datagrams(sim_id)
    assert (datagram.port, datagram.data) == (5683, b"\x01\x02")


async def test_http_device(fake_soracom: FakeSoracom, fake_soracom_http: httpx.AsyncClient) -> None:
    sim_id = fake_soracom.sim_ids(online=True)[0]
    url = f"/sims/{sim_id}/downlink/http"
    status = (await fake_soracom_http.post(url, json={"path": "/status"})).json()
    assert status["statusCode"] == 200 and '"simId"' in status["body"]
    echo = (await fake_soracom_http.post(url, json={"method": "POST", "path": "/echo", "body": "{\"a\":1}",
                                                    "headers": {"Content-Type": "application/json"}})).json()
    assert echo["body"] == '{"a":1}' and echo["headers"]["Content-Type"] == "application/json"
    assert (await fake_soracom_http.post(url, json={"path": "/nope"})).json()["statusCode"] == 404


async def test_ssh_shell(fake_soracom: FakeSoracom, fake_soracom_http: httpx.AsyncClient) -> None:
    sim_id = fake_soracom.sim_ids(online=True)[0]
    url = f"/sims/{sim_id}/downlink/ssh"
    auth = {"type": "publickey", "key": "-----BEGIN OPENSSH PRIVATE KEY-----..."}
    r = (await fake_soracom_http.post(url, json={"username": "pi", "authentication": auth,
                                                 "command": "whoami; echo 'a b' && false && echo never"})).json()
    assert r == {"exitcode": 1, "stdout": "pi\na b\n", "stderr": "",
                 "isStdoutBase64Encoded": False, "isStderrBase64Encoded": False}
    r = (await fake_soracom_http.post(url, json={"username": "pi", "authentication": auth, "command": "reboot"})).json()
    assert r["exitcode"] == 127 and "not found" in r["stderr"]
    denied = await fake_soracom_http.post(url, json={"username": "pi", "authentication": {"type": "none"},
                                                     "command": "id"})
    assert denied.status_code == 422 and denied.json()["code"] == "DLK0005"
    assert "OPENSSH" not in repr(fake_soracom.downlinks[-1])  # credentials are not recorded


def test_snapshot_is_a_valid_baseline_jpeg() -> None:
    data = SNAPSHOT_JPEG
    assert data[:2] == b"\xff\xd8" and data[-2:] == b"\xff\xd9"
    i, markers = 2, []
    while data[i] == 0xFF and data[i + 1] != 0xDA:
        marker, length = data[i + 1], struct.unpack(">H", data[i + 2 : i + 4])[0]
        markers.append(marker)
        if marker == 0xC0:
            precision, height, width, components = struct.unpack(">BHHB", data[i + 4 : i + 10])
            assert (precision, width, height, components) == (8, 64, 48, 1)
        i += 2 + length
    assert markers == [0xE0, 0xDB, 0xC0, 0xC4, 0xC4]  # JFIF, quant, baseline frame, 2 Huffman tables


async def test_rtsp_snapshot(fake_soracom: FakeSoracom, fake_soracom_http: httpx.AsyncClient) -> None:
    sim_id = fake_soracom.sim_ids(online=True)[0]
    r = await fake_soracom_http.post(f"/sims/{sim_id}/downlink/rtsp", json={
        "command": "snapshot", "path": "/live", "authentication": {"type": "basic", "username": "u", "password": "p"}})
    assert r.status_code == 200 and r.headers["content-type"] == "image/jpeg" and r.content == SNAPSHOT_JPEG
    r = await fake_soracom_http.post(f"/sims/{sim_id}/downlink/rtsp", json={
        "command": "snapshot", "authentication": {"type": "basic", "username": "u"}})
    assert r.status_code == 403


async def test_ping(fake_soracom: FakeSoracom, fake_soracom_http: httpx.AsyncClient) -> None:
    online = fake_soracom.sim_ids(online=True)[0]
    r = (await fake_soracom_http.post(f"/sims/{online}/downlink/ping", json={"numberOfPingRequests": 2})).json()
    assert r["success"] is True and r["stat"].startswith("2 packets transmitted, 2 received")
    offline = fake_soracom.imsi_of(fake_soracom.sim_ids(status="inactive")[0])
    r = (await fake_soracom_http.post(f"/subscribers/{offline}/downlink/ping", json={})).json()
    assert r["success"] is False
