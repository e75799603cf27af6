"""openapi.yaml is the delivered spec: proven line by line against the seed.

The seed (spec/delivered-seed.txt, a copy of ../shared/seed/) is the PyYAML
dump of the spec with every line's leading whitespace removed, blank lines
dropped and runs of spaces inside text collapsed.  Serialising openapi.yaml the
same way and stripping it the same way must give the seed back.
"""

from __future__ import annotations

import difflib
import re
import sys
from pathlib import Path

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "spec" / "delivered-seed.txt"
SHARED_SEED = ROOT.parent / "shared" / "seed" / "000_233a7ea4c0882110.txt"
SPEC = ROOT / "openapi.yaml"
sys.path.insert(0, str(ROOT / "tools"))

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


def test_the_committed_seed_copy_is_the_delivered_one() -> None:
    if not SHARED_SEED.exists():  # only the development machine has ../shared
        return
    assert SEED.read_bytes() == SHARED_SEED.read_bytes()


def test_openapi_yaml_is_the_reconstruction_of_the_seed() -> None:
    doc, _ = reconstruct_spec.reconstruct(SEED.read_text(encoding="utf-8"))
    assert yaml.safe_load(SPEC.read_text(encoding="utf-8")) == doc
    assert SPEC.read_text(encoding="utf-8") == reconstruct_spec.dump(doc)


def test_serialised_like_the_seed_it_gives_the_seed_back_line_by_line() -> None:
    seed = SEED.read_text(encoding="utf-8")
    ours = _strip(reconstruct_spec.dump(yaml.safe_load(SPEC.read_text(encoding="utf-8"))))
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


def test_seed_facts_survive() -> None:
    doc = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    ops = [op["operationId"] for item in doc["paths"].values() for op in item.values()]
    assert len(ops) == len(set(ops)) == 84
    assert len(doc["components"]["schemas"]) == 74
    assert doc["info"]["version"] == "20250903-043502"
    assert doc["openapi"] == "3.0.0"
    # Status codes stay strings, as quoted in the seed.
    assert all(isinstance(code, str) for item in doc["paths"].values()
               for op in item.values() for code in op["responses"])


def test_openapi_yaml_validates() -> None:
    spec_dict, base_uri = read_from_filename(str(SPEC))
    validate(spec_dict)
