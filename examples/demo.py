"""soracom-client, end to end: `make demo` (or `python examples/demo.py`).

By default this starts FakeSoracom, the embedded fake API, on a free 127.0.0.1 port, and against it:
logs in, walks every SIM page by page, moves a subset of SIMs to another group concurrently, sends
an SMS, uses a TCP, an SSH and an RTSP downlink (saving the camera's JPEG) and shows typed errors.
Then it stops the server and prints a summary. Nothing leaves this machine.

`--real` runs the read-only steps (log in, walk the SIMs, read one, a typed error) against the
real API instead, with the credentials `Soracom.from_env()` finds: SORACOM_AUTH_KEY_ID and
SORACOM_AUTH_KEY, or a soracom-cli profile (SORACOM_PROFILE, else `default`). Without `--real`
the network is never used, whatever credentials are around.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from soracom_client import Soracom
from soracom_client.errors import NotFoundError, RequestValidationError, SoracomError
from soracom_client.generated.api.sim import list_sims as list_sims_op
from soracom_client.generated.models import (
    SetGroupRequest,
    Sim,
    SimDownlinkRtspCommandSnapshot,
    SimDownlinkRtspRequest,
    SimDownlinkSshPasswordAuthentication,
    SimDownlinkSshPasswordAuthenticationType,
    SimDownlinkSshRequest,
    SimDownlinkTcpRequest,
    SmsForwardingRequest,
)

OUTPUT = Path("demo-output")
REGROUP = 24  # SIMs moved to the demo group
IN_FLIGHT = 8  # at most this many requests at once
DEMO_GROUP = "demo-group"
UNKNOWN_SIM = "8900000000000000000"


# --- the steps, each a small function of the public API ------------------------------------------
async def walk_sims(soracom: Soracom, limit: int = 100) -> AsyncIterator[Sim]:
    """Every SIM. Uses the facade's auto-pagination (`async for`) when list_sims offers it, else walks
    the pages with the generated operation and the `x-soracom-next-key` header."""
    listing: Any = soracom.sim.list_sims(limit=limit)
    if hasattr(listing, "__aiter__"):
        async for sim in listing:
            yield sim
        return
    listing.close()  # list_sims gave a coroutine for the first page only: walk the pages here
    key: str | None = None
    while True:
        kwargs: dict[str, Any] = {"client": soracom.client, "limit": limit}
        if key:
            kwargs["last_evaluated_key"] = key
        response = await list_sims_op.asyncio_detailed(**kwargs)
        if not isinstance(response.parsed, list):
            raise SystemExit(f"GET /sims answered HTTP {response.status_code}: {response.content[:200]!r}")
        for sim in response.parsed:
            yield sim
        key = response.headers.get("x-soracom-next-key")
        if not key:
            return


def online(sim: Sim) -> bool:
    return bool(sim.session_status and sim.session_status.online)


def can_sms(sim: Sim) -> bool:
    return str(sim.status) == "active" and bool(sim.capabilities and sim.capabilities.sms)


@dataclass
class Report:
    lines: list[tuple[str, float, str]] = field(default_factory=list)
    requests: Counter[str] = field(default_factory=Counter)

    def step(self, title: str, started: float, text: str) -> None:
        elapsed = time.perf_counter() - started
        self.lines.append((title, elapsed, text))
        print(f"  {title:<22} {elapsed * 1000:7.0f} ms  {text}", flush=True)

    def skip(self, title: str, why: str) -> None:
        self.lines.append((title, 0.0, f"skipped: {why}"))
        print(f"  {title:<22}       -     skipped: {why}", flush=True)

    async def count(self, response: httpx.Response) -> None:  # an httpx response hook
        self.requests["logins" if response.request.url.path.endswith("/auth") else "API calls"] += 1
        if response.status_code >= 400:
            self.requests[f"HTTP {response.status_code}"] += 1


async def run(soracom: Soracom, report: Report, *, read_only: bool) -> None:
    # 1-2. Log in (lazily, on the first call) and walk every SIM page by page.
    started = time.perf_counter()
    sims = [sim async for sim in walk_sims(soracom, limit=100)]
    pages = report.requests["API calls"]
    statuses = Counter(str(s.status) for s in sims)
    report.step("log in + walk SIMs", started, f"{len(sims)} SIMs in {pages} pages ("
                + ", ".join(f"{n} {status}" for status, n in statuses.most_common()) + ")")
    if not sims:
        report.skip("the rest", "this account has no SIMs")
        return

    started = time.perf_counter()
    first = await soracom.sim.get_sim(str(sims[0].sim_id))
    report.step("read one SIM", started, f"{first.sim_id}: {first.status}, speed class {first.speed_class}, "
                f"operator {first.operator_id}")

    if read_only:
        for title in ("regroup concurrently", "send an SMS", "TCP downlink", "SSH downlink", "RTSP snapshot"):
            report.skip(title, "read-only against the real API")
    else:
        await regroup(soracom, report, [s for s in sims if str(s.status) == "active"][:REGROUP])
        await downlinks(soracom, report, sims)

    # Typed errors: a 404 from the API, and bad input refused before anything is sent.
    started = time.perf_counter()
    try:
        await soracom.sim.get_sim(UNKNOWN_SIM)
        raise SystemExit(f"expected NotFoundError for SIM {UNKNOWN_SIM}")
    except NotFoundError as error:
        report.step("typed error (API)", started, f"{type(error).__name__}: {error}")
    started = time.perf_counter()
    try:
        await soracom.sim.send_downlink_tcp(str(first.sim_id), body=SimDownlinkTcpRequest(port=70000, payload="x"))
        raise SystemExit("expected RequestValidationError for port 70000")
    except RequestValidationError as error:
        report.step("typed error (input)", started, f"{type(error).__name__}: {error} (nothing sent)")


async def regroup(soracom: Soracom, report: Report, subset: list[Sim]) -> None:
    started = time.perf_counter()
    gate = asyncio.Semaphore(IN_FLIGHT)
    call_times: list[float] = []

    async def move(sim: Sim) -> Sim:
        async with gate:
            t = time.perf_counter()
            moved = await soracom.sim.set_sim_group(str(sim.sim_id), body=SetGroupRequest(group_id=DEMO_GROUP))
            call_times.append(time.perf_counter() - t)
            return moved

    moved = await asyncio.gather(*(move(sim) for sim in subset))
    in_group = sum(1 for sim in moved if sim.group_id == DEMO_GROUP)
    report.step("regroup concurrently", started, f"{in_group}/{len(subset)} SIMs now in {DEMO_GROUP!r}, "
                f"{IN_FLIGHT} in flight (the calls took {sum(call_times):.2f} s added up)")


async def downlinks(soracom: Soracom, report: Report, sims: list[Sim]) -> None:
    sms_sim = next((s for s in sims if can_sms(s)), None)
    if sms_sim is None:
        report.skip("send an SMS", "no active SIM with SMS")
    else:
        started = time.perf_counter()
        body = SmsForwardingRequest(payload="hello from the demo")
        sent = await soracom.sim.send_sms_to_sim(str(sms_sim.sim_id), body=body)
        report.step("send an SMS", started, f"to {sms_sim.sim_id}, message ID {sent.message_id}")

    device = next((s for s in sims if online(s)), None)
    if device is None:
        for title in ("TCP downlink", "SSH downlink", "RTSP snapshot"):
            report.skip(title, "no SIM online")
        return
    sim_id = str(device.sim_id)

    started = time.perf_counter()
    tcp = await soracom.sim.send_downlink_tcp(sim_id, body=SimDownlinkTcpRequest(port=7, payload="ping over TCP"))
    report.step("TCP downlink", started, f"{sim_id}:7 echoed {tcp.data!r}")

    started = time.perf_counter()
    ssh = await soracom.sim.send_downlink_ssh(sim_id, body=SimDownlinkSshRequest(
        username="pi", command="whoami && uname",
        authentication=SimDownlinkSshPasswordAuthentication(
            type_=SimDownlinkSshPasswordAuthenticationType.PASSWORD, password="raspberry"),
    ))
    stdout = " | ".join(str(ssh.stdout or "").split("\n")).strip(" |")
    report.step("SSH downlink", started, f"`whoami && uname` exit {ssh.exitcode}: {stdout}")

    started = time.perf_counter()
    jpeg = await soracom.sim.send_downlink_rtsp(
        sim_id, body=SimDownlinkRtspRequest(command=SimDownlinkRtspCommandSnapshot.SNAPSHOT))
    OUTPUT.mkdir(exist_ok=True)
    path = OUTPUT / "snapshot.jpg"
    path.write_bytes(jpeg)
    kind = "JPEG" if jpeg[:3] == b"\xff\xd8\xff" else "not a JPEG?"
    report.step("RTSP snapshot", started, f"{len(jpeg)} bytes ({kind}) saved to {path}")


# --- modes --------------------------------------------------------------------------------------
def real_credentials_present() -> bool:
    if os.environ.get("SORACOM_AUTH_KEY_ID") or os.environ.get("SORACOM_PROFILE"):
        return True
    profile_dir = Path(os.environ.get("SORACOM_PROFILE_DIR") or Path.home() / ".soracom")
    return (profile_dir / "default.json").is_file()


async def demo_fake(sims: int, seed: int) -> Report:
    from soracom_client.testing import FakeServer, FakeSoracom, Faults

    # A little latency per request, as over a real network, so that concurrency shows.
    fake = FakeSoracom(seed=seed, sims=sims, faults=Faults(latency=(0.01, 0.03)))
    report = Report()
    started = time.perf_counter()
    async with FakeServer(fake) as server:
        print(f"FakeSoracom ({sims} SIMs, seed {seed}) serving on {server.base_url} "
              f"(started in {(time.perf_counter() - started) * 1000:.0f} ms)\n", flush=True)
        async with httpx.AsyncClient(event_hooks={"response": [report.count]}) as pool, Soracom(
            auth=fake.credentials, base_url=server.base_url, http_client=pool
        ) as soracom:
            await run(soracom, report, read_only=False)
        sms = fake.sms
        print(f"\n  the fake saw: {len(sms)} SMS ({sms[-1].payload!r} to {sms[-1].msisdn})" if sms else "", end="")
        print(f", {len(fake.state.downlinks)} downlinks", flush=True)
    print("FakeSoracom stopped.")
    return report


async def demo_real() -> Report:
    report = Report()
    async with httpx.AsyncClient(event_hooks={"response": [report.count]}) as pool, Soracom.from_env(
        http_client=pool
    ) as soracom:
        print(f"Real API at {soracom.base_url}, read-only\n", flush=True)
        await run(soracom, report, read_only=True)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--real", action="store_true",
                        help="run the read-only steps against the real API (needs credentials)")
    parser.add_argument("--sims", type=int, default=250, help="SIMs in the fake (default 250)")
    parser.add_argument("--seed", type=int, default=1, help="the fake's seed (default 1)")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    print("soracom-client demo\n")
    try:
        if args.real:
            if not real_credentials_present():
                print("--real needs SORACOM_AUTH_KEY_ID and SORACOM_AUTH_KEY, SORACOM_PROFILE, "
                      "or a soracom-cli profile ~/.soracom/default.json", file=sys.stderr)
                return 2
            report = asyncio.run(asyncio.wait_for(demo_real(), timeout=300))
        else:
            if real_credentials_present():
                print("(real Soracom credentials found; they are not used. `--real` runs read-only against the API.)\n")
            report = asyncio.run(asyncio.wait_for(demo_fake(args.sims, args.seed), timeout=120))
    except SoracomError as error:
        print(f"\ndemo failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    except TimeoutError:
        print("\ndemo failed: did not finish in time", file=sys.stderr)
        return 1

    skipped = sum(1 for _, _, text in report.lines if text.startswith("skipped"))
    done = len(report.lines) - skipped
    counts = report.requests
    errors = ", ".join(f"{n} answered {what}" for what, n in sorted(counts.items()) if what.startswith("HTTP"))
    print(f"\nSummary: {done} steps done, {skipped} skipped; {counts['logins']} login, "
          f"{counts['API calls']} API calls" + (f" ({errors})" if errors else "")
          + f"; {time.perf_counter() - started:.1f} s in all.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
