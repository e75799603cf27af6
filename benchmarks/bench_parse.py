"""Parsing: bytes of a page of 1,000 rich SIMs to models, as a ratio of json.loads of the same bytes."""

from __future__ import annotations

import json
import sys
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from soracom_client.generated.models import Sim  # noqa: E402
from tests.support.sims import sim_page  # noqa: E402


def measure(repeat: int = 9, number: int = 5) -> dict[str, float]:
    raw = json.dumps(sim_page(1000)).encode()

    def floor() -> object:
        return json.loads(raw)

    def ours() -> object:
        return [Sim.from_dict(item) for item in json.loads(raw)]

    ours()  # warm caches and imports outside the timing
    floor_s = min(timeit.repeat(floor, number=number, repeat=repeat)) / number
    ours_s = min(timeit.repeat(ours, number=number, repeat=repeat)) / number
    return {"floor_ms": floor_s * 1e3, "ours_ms": ours_s * 1e3, "ratio": ours_s / floor_s}


def main() -> None:
    r = measure()
    print(f"parse 1,000 rich SIMs: json.loads {r['floor_ms']:.2f} ms, bytes->models {r['ours_ms']:.2f} ms, "
          f"ratio {r['ratio']:.2f} (goal <= 3.5)")


if __name__ == "__main__":
    main()
