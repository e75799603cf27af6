"""Downlink to the fake's devices: a TCP echo device, a UDP sink, an HTTP device with canned
answers, an SSH device with a tiny shell, an RTSP camera with a real JPEG, and ping.

Every SIM's device behaves the same; it is reachable only while the SIM has a data session.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import shlex
from typing import Any

from ._errors import FakeApiError
from ._jpeg import SNAPSHOT_JPEG
from ._registry import Call, Reply, operation
from ._state import Downlink, SimRecord


def decode(text: str, encoding: str, what: str = "payload") -> bytes:
    try:
        if encoding == "base64":
            return base64.b64decode(text, validate=True)
        if encoding == "hex":
            return bytes.fromhex(text)
        return text.encode("utf-8")
    except (binascii.Error, ValueError) as exc:
        raise FakeApiError("DLK0004", f"{what} is not valid {encoding}.") from exc


def encode(data: bytes, encoding: str) -> str:
    if encoding == "base64":
        return base64.b64encode(data).decode()
    if encoding == "hex":
        return data.hex()
    return data.decode("utf-8", errors="replace")


def _online(call: Call, code: str = "DLK0001") -> SimRecord:
    sim = call.sim()
    if sim.status == "terminated":
        raise FakeApiError("SEM0005")
    if sim.session is None:
        raise FakeApiError(code)
    return sim


# --- TCP: an echo device ------------------------------------------------------------------------
@operation("sendDownlinkTcp")
async def send_downlink_tcp(call: Call) -> Any:
    sim = _online(call)
    body = call.body_dict()
    encoding = body.get("payloadEncoding", "string")
    sent = decode(body["payload"], encoding)
    options = body.get("connectionOptions") or {"type": "wait_all"}  # the spec's default
    mode = options.get("type", "wait_all")
    timeout = body.get("timeout", 30)
    call.state.downlinks.append(Downlink("tcp", sim.sim_id, body["port"], sent, body))
    echoed = sent  # the device sends back what it got, then closes the connection

    async def no_data() -> Any:
        await call.clock.sleep(timeout)  # the API only gives up when `timeout` has passed
        raise FakeApiError("DLK0002")

    if mode == "fire_and_forget":
        return {"data": "", "dataEncoding": encoding}
    if not echoed:
        return await no_data()
    if mode == "wait_first":
        return {"data": "", "dataEncoding": encoding}  # received data is not part of the answer
    if mode == "wait_for_pattern":
        pattern = decode(options["terminationPattern"], options.get("terminationPatternEncoding", "base64"),
                         "terminationPattern")
        end = echoed.find(pattern) if pattern else -1
        if end < 0:
            return await no_data()
        echoed = echoed[: end + len(pattern)]
    elif mode == "idle_timeout":
        await call.clock.sleep(options["idleTimeout"])  # quiet after the echo, then the API answers
    return {"data": encode(echoed, encoding), "dataEncoding": encoding}


# --- UDP: recorded ------------------------------------------------------------------------------
@operation("sendDownlinkUdp")
async def send_downlink_udp(call: Call) -> Any:
    sim = _online(call, "SEM0016")
    body = call.body_dict()
    data = decode(body["payload"], body.get("payloadEncoding", "string"))
    call.state.downlinks.append(Downlink("udp", sim.sim_id, body["port"], data, body))
    return Reply()


# --- HTTP: a device with canned answers ---------------------------------------------------------
@operation("sendDownlinkHttp")
async def send_downlink_http(call: Call) -> Any:
    sim = _online(call)
    body = call.body_dict()
    method, path = body.get("method", "GET"), body.get("path", "/")
    sent = body.get("body", "")
    call.state.downlinks.append(Downlink("http", sim.sim_id, body.get("port", 80), sent.encode(), body))
    route = path.split("?")[0]
    if route in ("/", "/status") and method in ("GET", "HEAD"):
        payload = json.dumps({"simId": sim.sim_id, "imei": sim.device_imei, "status": "ok",
                              "uptime": (call.now_ms - (sim.session.created_ms if sim.session else 0)) // 1000})
        answer = {"statusCode": 200, "headers": {"Content-Type": "application/json"},
                  "body": "" if method == "HEAD" else payload}
    elif route == "/echo" and method in ("POST", "PUT", "PATCH"):
        content_type = (body.get("headers") or {}).get("Content-Type", "text/plain")
        answer = {"statusCode": 200, "headers": {"Content-Type": content_type}, "body": sent}
    elif route in ("/", "/status", "/echo"):
        answer = {"statusCode": 405, "headers": {"Content-Type": "text/plain"}, "body": "Method Not Allowed"}
    else:
        answer = {"statusCode": 404, "headers": {"Content-Type": "text/plain"}, "body": "Not Found"}
    answer["isBase64Encoded"] = False
    return answer


# --- SSH: a tiny shell --------------------------------------------------------------------------
def _authenticated(auth: dict[str, Any]) -> bool:
    kind = auth.get("type")
    if kind == "password":
        return bool(auth.get("password") or auth.get("passwordCredentialsId"))
    if kind == "publickey":
        return bool(auth.get("key") or auth.get("keyCredentialsId"))
    return False  # the fake's device, like most, refuses "none"


def run_shell(command: str, *, user: str, sim: SimRecord, now_ms: int) -> tuple[int, str, str]:
    """Run `cmd; cmd && cmd` lines with a handful of built-ins; returns (exit code, stdout, stderr)."""
    out: list[str] = []
    err: list[str] = []
    code = 0
    hostname = f"device-{sim.sim_id[-6:]}"
    for sequence in command.split(";"):
        for part in sequence.split("&&"):
            try:
                argv = shlex.split(part)
            except ValueError as exc:
                err.append(f"sh: syntax error: {exc}\n")
                return 2, "".join(out), "".join(err)
            if not argv:
                continue
            name, args = argv[0], argv[1:]
            code = 0
            if name == "echo":
                out.append(" ".join(args) + "\n")
            elif name == "hostname":
                out.append(hostname + "\n")
            elif name == "whoami":
                out.append(user + "\n")
            elif name == "id":
                out.append(f"uid=1000({user}) gid=1000({user}) groups=1000({user})\n")
            elif name == "pwd":
                out.append(f"/home/{user}\n")
            elif name == "uname":
                out.append(f"Linux {hostname} 6.1.0-soracom #1 SMP aarch64 GNU/Linux\n" if "-a" in args else "Linux\n")
            elif name == "date":
                out.append(dt.datetime.fromtimestamp(now_ms / 1000, tz=dt.timezone.utc).strftime(
                    "%a %b %d %H:%M:%S UTC %Y\n"))
            elif name == "cat" and args == ["/etc/os-release"]:
                out.append('PRETTY_NAME="FakeOS 1.0"\nID=fakeos\n')
            elif name == "cat":
                err.append(f"cat: {' '.join(args)}: No such file or directory\n")
                code = 1
            elif name == "ls":
                out.append("data.csv\nsensor.log\n")
            elif name == "true":
                pass
            elif name == "false":
                code = 1
            elif name == "exit":
                return (int(args[0]) if args and args[0].isdigit() else 0), "".join(out), "".join(err)
            else:
                err.append(f"sh: {name}: not found\n")
                code = 127
            if code:
                break  # `&&` stops at the first failure
    return code, "".join(out), "".join(err)


@operation("sendDownlinkSsh")
async def send_downlink_ssh(call: Call) -> Any:
    sim = _online(call)
    body = call.body_dict()
    if not _authenticated(body["authentication"]):
        raise FakeApiError("DLK0005")
    call.state.downlinks.append(Downlink("ssh", sim.sim_id, body.get("port", 22), body["command"].encode(),
                                         {k: v for k, v in body.items() if k != "authentication"}))
    code, stdout, stderr = run_shell(body["command"], user=body["username"], sim=sim, now_ms=call.now_ms)
    return {"exitcode": code, "stdout": stdout, "stderr": stderr,
            "isStdoutBase64Encoded": False, "isStderrBase64Encoded": False}


# --- RTSP: a camera -----------------------------------------------------------------------------
@operation("sendDownlinkRtsp")
async def send_downlink_rtsp(call: Call) -> Any:
    sim = _online(call)
    body = call.body_dict()
    auth = body.get("authentication") or {"type": "none"}
    if auth.get("type") == "basic" and not (auth.get("password") or auth.get("passwordCredentialsId")):
        raise FakeApiError("DLK0003", "Failed to authenticate with the RTSP server.")
    call.state.downlinks.append(Downlink("rtsp", sim.sim_id, body.get("port", 554), b"",
                                         {k: v for k, v in body.items() if k != "authentication"}))
    return Reply(raw=SNAPSHOT_JPEG, content_type="image/jpeg")


# --- ping ---------------------------------------------------------------------------------------
def _ping(call: Call, sim: SimRecord) -> dict[str, Any]:
    body = call.body_dict()
    count = body.get("numberOfPingRequests", 1)
    if count < 1 or body.get("timeoutSeconds", 1) < 1:
        raise FakeApiError("COM0001", "numberOfPingRequests and timeoutSeconds must be at least 1.")
    call.state.downlinks.append(Downlink("ping", sim.sim_id, None, b"", body))
    if sim.session is None:
        return {"success": False, "stat": f"{count} packets transmitted, 0 received, 100% packet loss", "rtt": ""}
    rtts = [40 + call.state.rng.randrange(0, 200) / 10 for _ in range(count)]
    avg = sum(rtts) / count
    mdev = (sum((r - avg) ** 2 for r in rtts) / count) ** 0.5
    return {
        "success": True,
        "stat": f"{count} packets transmitted, {count} received, 0% packet loss",
        "rtt": f"rtt min/avg/max/mdev = {min(rtts):.3f}/{avg:.3f}/{max(rtts):.3f}/{mdev:.3f} ms",
    }


@operation("sendDownlinkPing")
async def send_downlink_ping(call: Call) -> Any:
    return _ping(call, call.sim())


@operation("subscriberDownlinkPingToUserEquipment")
async def subscriber_downlink_ping(call: Call) -> Any:
    return _ping(call, call.subscriber())
