"""The seed reconstruction recovers the spec's operations and schemas."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "000_233a7ea4c0882110.txt"
sys.path.insert(0, str(ROOT / "tools"))

import reconstruct_spec  # noqa: E402


def test_seed_parses_to_84_operations_and_74_schemas() -> None:
    doc, _ = reconstruct_spec.reconstruct(SEED.read_text(encoding="utf-8"))
    ops = [op["operationId"] for item in doc["paths"].values() for op in item.values()]
    assert len(ops) == 84
    assert len(set(ops)) == 84
    assert len(doc["components"]["schemas"]) == 74
    assert doc["info"]["version"] == "20250903-043502"
