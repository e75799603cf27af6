"""respx sees the default transport's calls even when the client's first use is inside `respx.mock`.

The default transport's module is imported on first use; it must not mistake respx's patch, if that
is what it finds at import, for httpcore's own pool. Run in a fresh interpreter so that nothing has
imported the transport before.
"""

from __future__ import annotations

import subprocess
import sys

PROGRAM = """
import asyncio, httpx, respx, sys
from soracom_client import AuthKey, Soracom
assert "soracom_client._aiohttp_pool" not in sys.modules

async def main() -> None:
    with respx.mock(base_url="https://api.soracom.io/v1") as api:
        api.post("/auth").mock(return_value=httpx.Response(200, json={"apiKey": "a", "token": "t",
                                                                    "operatorId": "OP1"}))
        api.get("/sims/S1").mock(return_value=httpx.Response(200, json={"simId": "S1"}))
        async with Soracom(auth=AuthKey("k", "s"), max_retries=0) as soracom:
            print((await soracom.sim.get_sim("S1")).sim_id)

asyncio.run(main())
"""


def test_respx_mock_entered_before_the_first_client_still_answers() -> None:
    done = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "S1"
