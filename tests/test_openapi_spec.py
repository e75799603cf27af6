"""openapi.yaml is a valid spec; at the seed's version it is the delivered seed, proven line by line.

The seed (spec/delivered-seed.txt, a copy of ../shared/seed/) is the PyYAML
dump of the spec with every line's leading whitespace removed, blank lines
dropped and runs of spaces inside text collapsed.  tools/reconstruct_spec.py
rebuilds the spec from it; serialising the reconstruction the same way and
stripping it the same way must give the seed back.  That tests the tool and
the committed seed, whatever openapi.yaml holds.  Only while openapi.yaml is
still at the seed's version (before the first `make update-spec`) must it be
that reconstruction; after an update those checks are skipped, visibly.
"""

from __future__ import annotations

import difflib
import functools
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from tests.support.spec import load_yaml

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "spec" / "delivered-seed.txt"
SHARED_SEED = ROOT.parent / "shared" / "seed" / "000_233a7ea4c0882110.txt"
SPEC = ROOT / "openapi.yaml"
sys.path.insert(0, str(ROOT / "tools"))

import generate  # noqa: E402
import reconstruct_spec  # noqa: E402


def _strip(text: str) -> list[str]:
    return [line.lstrip(" ") for line in text.split("\n") if line.strip(" ")]


def _double_quoted_text(lines: list[str]) -> str:
    """The content of double-quoted scalar lines, whatever their wrapping.

    A line ending in an odd run of backslashes continues without a space
    (and an escaped leading space on the next line is a real space); any
    other line break folds to one space.
    """
    out = ""
    for line in lines:
        if out:
            trailing = len(out) - len(out.rstrip("\\"))
            if trailing % 2 == 1:
                out = out[:-1]
                if line.startswith("\\ "):
                    line = " " + line[2:]
            else:
                out += " "
        out += line
    return re.sub(" +", " ", out)


@functools.cache  # one reconstruction per process for the three tests that read it (none changes it)
def _seed_doc() -> dict[str, Any]:
    doc, _ = reconstruct_spec.reconstruct(SEED.read_text(encoding="utf-8"))
    return doc


def _seed_version() -> str:
    match = re.search(r"^version: (\S+)$", SEED.read_text(encoding="utf-8"), re.MULTILINE)
    assert match, "the seed names no info.version"
    return match.group(1)


def _at_the_seed_version() -> None:
    """Skip (visibly) unless openapi.yaml is still the seed's version of the spec."""
    ours = load_yaml(SPEC.read_text(encoding="utf-8"))["info"]["version"]
    if ours != _seed_version():
        pytest.skip(f"openapi.yaml is at {ours}, not the seed's {_seed_version()}: it was updated since")


def test_the_committed_seed_copy_is_the_delivered_one() -> None:
    if not SHARED_SEED.exists():
        pytest.skip(f"{SHARED_SEED} is absent (only the development machine has ../shared)")
    assert SEED.read_bytes() == SHARED_SEED.read_bytes()


def test_openapi_yaml_is_the_reconstruction_of_the_seed() -> None:
    _at_the_seed_version()
    doc = _seed_doc()
    assert load_yaml(SPEC.read_text(encoding="utf-8")) == doc
    assert SPEC.read_text(encoding="utf-8") == reconstruct_spec.dump(doc)


def test_the_reconstruction_serialised_like_the_seed_gives_the_seed_back_line_by_line() -> None:
    seed = SEED.read_text(encoding="utf-8")
    ours = _strip(reconstruct_spec.dump(_seed_doc()))
    theirs = _strip(seed)
    hunks = [op for op in difflib.SequenceMatcher(a=theirs, b=ours, autojunk=False).get_opcodes()
             if op[0] != "equal"]
    # Residual differences, all explained:
    # - The seed collapsed runs of spaces inside text.  In double-quoted
    #   scalars (nested markdown lists, code blocks) that changed the line
    #   lengths, so PyYAML now wraps those few lines at other places.  The
    #   text itself is the same once runs of spaces are collapsed again.
    for tag, a0, a1, b0, b1 in hunks:
        assert tag == "replace", (tag, theirs[a0:a1], ours[b0:b1])
        seed_text = _double_quoted_text(theirs[a0:a1])
        our_text = _double_quoted_text(ours[b0:b1])
        assert seed_text == our_text, f"seed lines {a0 + 1}-{a1} differ in content"
    assert len(hunks) == 7, f"{len(hunks)} rewrapped double-quoted scalars; expected the 7 known ones"
    # - The seed has no newline after its last line; the dump has one.
    assert not seed.endswith("\n")


def test_the_reconstruction_keeps_every_operation_and_schema_of_the_seed() -> None:
    seed = SEED.read_text(encoding="utf-8")
    doc = _seed_doc()
    ops = [op["operationId"] for item in doc["paths"].values() for op in item.values()]
    # Counted in the seed's own text (one `operationId:` line per operation), not written down here.
    assert len(ops) == len(set(ops)) == len(re.findall(r"^operationId: ", seed, re.MULTILINE))
    assert doc["info"]["version"] == _seed_version()


def test_spec_facts_hold() -> None:
    doc = load_yaml(SPEC.read_text(encoding="utf-8"))
    ops = [op["operationId"] for item in doc["paths"].values() for op in item.values() if isinstance(op, dict)]
    assert ops and len(ops) == len(set(ops))
    assert str(doc["openapi"]).startswith("3.0.")
    # Status codes stay strings, as quoted in Soracom's documents.
    assert all(isinstance(code, str) for item in doc["paths"].values()
               for op in item.values() if isinstance(op, dict) for code in op["responses"])


def test_openapi_yaml_validates_as_delivered() -> None:
    """The raw document too (tests/fake_support.py compiles it without validating it again)."""
    validate(load_yaml(SPEC.read_text(encoding="utf-8")))


def test_openapi_yaml_validates_as_generation_sees_it() -> None:
    # After the overlay and the pipeline rules, which repair the spec defects they know (update-spec checks the same).
    validate(generate.prepared_spec())
