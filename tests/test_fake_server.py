"""FakeSoracom as a real loopback server (FakeServer, the CLI) and the pytest fixtures."""

from __future__ import annotations

import json
import subprocess
import sys

import httpx
import pytest

from soracom_client.testing import FakeServer, FakeSoracom, Faults


async def test_real_server_on_loopback(fake_soracom_server: FakeServer, fake_soracom: FakeSoracom) -> None:
    assert fake_soracom_server.base_url.startswith("http://127.0.0.1:")
    async with httpx.AsyncClient(base_url=fake_soracom_server.base_url, timeout=10) as c:
        login = await c.post("/auth", json={"authKeyId": fake_soracom.auth_key_id, "authKey": fake_soracom.auth_key})
        headers = {"X-Soracom-API-Key": login.json()["apiKey"], "X-Soracom-Token": login.json()["token"]}
        r = await c.get("/sims", params={"limit": 2}, headers=headers)
        assert r.status_code == 200 and len(r.json()) == 2 and r.headers["x-soracom-next-key"]
        assert (await c.get("/sims")).status_code == 401


async def test_dropped_connection_over_a_real_socket() -> None:
    fake = FakeSoracom(seed=1, sims=3, faults=Faults(drop_rate=1.0))
    async with FakeServer(fake) as server:
        async with httpx.AsyncClient(base_url=server.base_url, timeout=10) as c:
            with pytest.raises(httpx.RemoteProtocolError):
                await c.get("/sims", headers=fake.api_headers())


def test_server_stops_cleanly_and_frees_the_port() -> None:
    fake = FakeSoracom(seed=1, sims=1)
    with FakeServer(fake) as server:
        port = server.port
        assert httpx.post(f"{server.base_url}/auth", json={}, timeout=10).status_code == 400
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/v1/sims", timeout=2)
    server.stop()  # twice is fine


def test_server_refuses_non_loopback_hosts() -> None:
    with pytest.raises(ValueError):
        FakeServer(FakeSoracom(sims=0), host="0.0.0.0")


def test_cli_serves_and_stops_on_sigterm() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "soracom_client.testing", "--port", "0", "--sims", "3", "--seed", "4"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        info = json.loads(proc.stdout.readline())
        assert info["baseUrl"].startswith("http://127.0.0.1:")
        r = httpx.post(f"{info['baseUrl']}/auth", json={"authKeyId": info["authKeyId"], "authKey": info["authKey"]},
                       timeout=10)
        assert r.status_code == 200 and r.json()["operatorId"] == info["operatorId"]
    finally:
        proc.terminate()
        assert proc.wait(timeout=20) == 0


@pytest.mark.fake_soracom(seed=9, sims=12)
async def test_fixtures_for_user_suites(fake_soracom: FakeSoracom, fake_soracom_http: httpx.AsyncClient) -> None:
    assert len(fake_soracom.sim_ids()) == 12
    r = await fake_soracom_http.get("/sims", params={"limit": 100})
    assert [s["simId"] for s in r.json()] == fake_soracom.sim_ids()


async def test_a_client_that_goes_away_is_one_quiet_line_not_a_traceback() -> None:
    import asyncio
    import logging

    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    fake = FakeSoracom(seed=1, sims=3, faults=Faults(latency=0.3))
    async with FakeServer(fake) as server:
        keep = Keep()
        logging.getLogger("uvicorn").addHandler(keep)  # uvicorn's own log config is in place by now
        try:
            async with httpx.AsyncClient(base_url=server.base_url) as c:
                for _ in range(3):  # the client gives up while the fake still waits or reads the body
                    with pytest.raises(httpx.TimeoutException):
                        await c.post("/sims/S/send_sms", headers=fake.api_headers(), json={"payload": "x" * 4096},
                                     timeout=0.05)
            await asyncio.sleep(0.6)  # the fake's handlers notice the disconnects
        finally:
            logging.getLogger("uvicorn").removeHandler(keep)
    assert not [r for r in records if r.exc_info], [r.getMessage() for r in records]
    quiet = [r for r in records if "went away" in r.getMessage()]
    assert len(quiet) <= 3 and all(r.levelno <= logging.INFO for r in quiet)
