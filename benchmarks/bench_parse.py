"""Parsing: bytes of a page of 1,000 rich SIMs to models, as a ratio of json.loads of the same bytes.

"Ours" is what `soracom.sim.list_sims` runs on a response: the generated `_parse_response`
(JSON decoding via soracom_client._json, then `Sim.from_dict` per item).
"""

from __future__ import annotations

import json
import sys
import timeit
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from soracom_client import _json  # noqa: E402
from soracom_client.generated.api.sim import list_sims  # noqa: E402
from soracom_client.generated.client import AuthenticatedClient  # noqa: E402
from tests.support.sims import sim_page  # noqa: E402


def measure(repeat: int = 15, number: int = 5) -> dict[str, float | str]:
    raw = json.dumps(sim_page(1000)).encode()
    client = AuthenticatedClient(base_url="http://127.0.0.1", token="")

    def floor() -> object:
        return json.loads(raw)

    def ours() -> object:
        return list_sims._parse_response(client=client, response=httpx.Response(200, content=raw))

    parsed = ours()  # warm caches and imports outside the timing
    assert isinstance(parsed, list) and len(parsed) == 1000
    # Interleaved rounds, best of each: a burst of other load hits both sides alike.
    floor_s = ours_s = float("inf")
    for _ in range(repeat):
        floor_s = min(floor_s, timeit.timeit(floor, number=number) / number)
        ours_s = min(ours_s, timeit.timeit(ours, number=number) / number)
    decoder = "msgspec" if _json._fast_loads is not None else "json"
    return {"floor_ms": floor_s * 1e3, "ours_ms": ours_s * 1e3, "ratio": ours_s / floor_s, "decoder": decoder}


def main() -> None:
    r = measure()
    print(f"parse 1,000 rich SIMs: json.loads {r['floor_ms']:.2f} ms, bytes->models {r['ours_ms']:.2f} ms "
          f"({r['decoder']}), ratio {r['ratio']:.2f} (goal <= 2.5)")


if __name__ == "__main__":
    main()
