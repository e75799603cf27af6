"""Issue 16: `python -m soracom_client.testing` logs a client that goes away (its timeout, its cancelled task)
in one line at most, never a traceback."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys

import httpx
import pytest

from soracom_client import AuthKey, Soracom
from soracom_client.errors import APITimeoutError


async def test_timeouts_and_cancellations_are_one_line_each_in_the_cli_log() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "soracom_client.testing", "--sims", "3", "--latency", "0.3"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        info = json.loads(proc.stdout.readline())
        auth = AuthKey(info["authKeyId"], info["authKey"])
        gone = 0
        for transport in (None, httpx.AsyncHTTPTransport()):  # the default transport, and httpx's own
            async with Soracom(auth=auth, base_url=info["baseUrl"], timeout=0.05, max_retries=0, deadline=None,
                               transport=transport) as soracom:
                for _ in range(2):
                    with pytest.raises(APITimeoutError):
                        await soracom.sim.list_sims()
                    gone += 1
                task = asyncio.ensure_future(soracom.sim.list_sims(timeout=5))
                await asyncio.sleep(0.1)
                task.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await task
                gone += 1
        await asyncio.sleep(0.6)  # the server notices the last disconnects
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    lines = err.splitlines()
    assert "Traceback" not in err and "Exception in ASGI application" not in err, err
    assert len(lines) <= gone, err
    assert all("went away" in line for line in lines), err
