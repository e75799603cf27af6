"""Mutation testing of the safety core with cosmic-ray, one module at a time (`make mutation`).

For each module of mutation/modules.toml: make cosmic-ray's session (build/mutation/<module>.sqlite),
skip the operators not kept and the mutants mutation/equivalents.toml lists as equivalent, then run
every other mutant with `pytest -x` over the module's own tests, one at a time. The mutants are
applied to a copy of the tracked files (a temporary directory), never to the working tree.

Incremental: a session remembers its results, and is made anew only when the module, its tests,
the operators or the equivalents change (a fingerprint beside it). `--survivors` (after adding
tests) keeps the session unless the module itself changed and re-runs only the mutants that survived.
Figures: tools/mutation_report.py.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import tomllib

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "mutation" / "modules.toml"
EQUIVALENTS = ROOT / "mutation" / "equivalents.toml"
SESSIONS = ROOT / "build" / "mutation"
# A mutant whose tests run longer than this (a hang, e.g. a loop guard removed) counts as killed.
TIMEOUT = 180.0


def load() -> tuple[dict[str, Any], list[dict[str, str]]]:
    config = tomllib.loads(CONFIG.read_text())
    equivalents = tomllib.loads(EQUIVALENTS.read_text()).get("equivalent", [])
    return config, equivalents


def fingerprint(name: str, module: dict[str, Any], config: dict[str, Any], equivalents: list[dict[str, str]],
                with_tests: bool = True) -> str:
    digest = hashlib.sha256()
    for path in [module["path"], *(module["tests"] if with_tests else [])]:
        digest.update(path.encode() + b"\0" + (ROOT / path).read_bytes())
    listed = [e for e in equivalents if e["module"] == name] if with_tests else []
    deselected = module.get("deselect", []) if with_tests else []
    # Added only when set, so that the fingerprints of sessions made before `deselect` existed still match.
    parts = (config["operators"], listed, deselected) if deselected else (config["operators"], listed)
    digest.update(repr(parts).encode())
    return digest.hexdigest()


def cosmic_config(module: dict[str, Any]) -> str:
    # -p no:xdist: one worker (the machine is shared); -p no:cacheprovider: no writes into the copy.
    # `deselect`: slow tests of those files that kill nothing the others do not (each named with why).
    deselect = [arg for test in module.get("deselect", []) for arg in ("--deselect", test)]
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
               "-p", "no:randomly", *deselect, *module["tests"]]
    return "\n".join([
        "[cosmic-ray]",
        f"module-path = {module['path']!r}",
        f"timeout = {TIMEOUT}",
        "excluded-modules = []",
        f"test-command = {' '.join(command)!r}",
        "[cosmic-ray.distributor]",
        'name = "local"',
        "",
    ])


def mark_skipped(session: Path, name: str, module: dict[str, Any], config: dict[str, Any],
                 equivalents: list[dict[str, str]]) -> None:
    """Operators not kept: skipped, not counted. Listed equivalents: skipped with output "equivalent: reason"."""
    from cosmic_ray.work_db import WorkDB, use_db  # type: ignore[import-untyped]
    from cosmic_ray.work_item import WorkerOutcome, WorkResult  # type: ignore[import-untyped]

    keep = [re.compile(pattern) for pattern in config["operators"]["keep"]]
    source = (ROOT / module["path"]).read_text()
    lines = source.splitlines()
    inert = _inert_spans(source)
    mine = [e for e in equivalents if e["module"] == name]
    with use_db(str(session), WorkDB.Mode.open) as db:
        for item in list(db.pending_work_items):
            (mutation,) = item.mutations
            if not any(pattern.match(mutation.operator_name) for pattern in keep):
                db.set_result(item.job_id, WorkResult(output="operator not kept",
                                                      worker_outcome=WorkerOutcome.SKIPPED))
                continue
            why = _inert(inert, lines, mutation.start_pos, private=Path(module["path"]).name.startswith("_"))
            if why:
                db.set_result(item.job_id, WorkResult(output=f"equivalent: {why}",
                                                      worker_outcome=WorkerOutcome.SKIPPED))
                continue
            line = lines[mutation.start_pos[0] - 1].strip()
            for entry in mine:
                if entry["operator"] == mutation.operator_name and entry["line"].strip() == line and (
                        "mutant" not in entry or _mutated_line(source, mutation) == entry["mutant"].strip()):
                    db.set_result(item.job_id, WorkResult(output=f"equivalent: {entry['reason']}",
                                                          worker_outcome=WorkerOutcome.SKIPPED))
                    break


def _mutated_line(source: str, mutation: Any) -> str:
    """The mutant's version of its line: tells apart mutants of one operator on one line (`rsplit(".", 1)` made
    `rsplit(".", 2)` or `rsplit(".", 0)`), for an equivalent entry that names it (`mutant = "..."`)."""
    from cosmic_ray.mutating import mutate_code  # type: ignore[import-untyped]
    from cosmic_ray.plugins import get_operator  # type: ignore[import-untyped]

    operator = get_operator(mutation.operator_name)(**(mutation.operator_args or {}))
    mutated = mutate_code(source, operator, mutation.occurrence)
    return "" if mutated is None else mutated.splitlines()[mutation.start_pos[0] - 1].strip()


def _inert_spans(source: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Where code is never run: annotations, in a module with `from __future__ import annotations`."""
    tree = ast.parse(source)
    lazy = any(isinstance(node, ast.ImportFrom) and node.module == "__future__"
               and any(alias.name == "annotations" for alias in node.names) for node in tree.body)
    if not lazy:
        return []
    found: list[ast.expr] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.arg) and node.annotation is not None:
            found.append(node.annotation)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.returns is not None:
            found.append(node.returns)
        elif isinstance(node, ast.AnnAssign):
            found.append(node.annotation)
    return [((n.lineno, n.col_offset), (n.end_lineno or n.lineno, n.end_col_offset or 0)) for n in found]


def _inert(spans: list[tuple[tuple[int, int], tuple[int, int]]], lines: list[str], start: tuple[int, int],
           private: bool = True) -> str:
    """Why a mutant at `start` (line from 1, column from 0) is equivalent by construction, or "".

    The keyword-only marker made `/` makes the parameters before it positional-only: no change only where
    every caller is this package's own code (a private module). In a public module (`downlink`, `errors`)
    a user may pass them by name, so the mutant is run like any other."""
    if any(begin <= start < end for begin, end in spans):
        return "an annotation: never evaluated (from __future__ import annotations)"
    text = lines[start[0] - 1]
    rest = text[start[1] + 1:].lstrip()
    if private and text[start[1]:start[1] + 1] == "*" and rest[:1] in (",", ")") and \
            text[:start[1]].rstrip().endswith((",", "(")):
        return ("the keyword-only marker `*` made `/` in a private module: its callers pass the parameters before "
                "it by position")
    return ""


def forget_survivors(session: Path) -> None:
    """Drop the results of surviving mutants so that `exec` runs them again."""
    import sqlite3

    with sqlite3.connect(session) as db:
        db.execute("DELETE FROM work_results WHERE upper(test_outcome) = 'SURVIVED'")


def copy_tree(target: Path) -> None:
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                           cwd=ROOT, check=True, capture_output=True).stdout.decode().split("\0")
    for name in filter(None, files):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    # Tests that read ../shared (the seed) find it beside the copy as beside the checkout.
    shared = ROOT.parent / "shared"
    if shared.exists():
        (target.parent / "shared").symlink_to(shared)


def run_module(name: str, module: dict[str, Any], config: dict[str, Any], equivalents: list[dict[str, str]],
               survivors: bool) -> None:
    SESSIONS.mkdir(parents=True, exist_ok=True)
    session = SESSIONS / f"{name}.sqlite"
    stamp = SESSIONS / f"{name}.fingerprint"
    with tempfile.TemporaryDirectory(prefix="mutation-") as scratch:
        tree = Path(scratch) / "tree"
        tree.mkdir()
        copy_tree(tree)
        (tree / "cosmic-ray.toml").write_text(cosmic_config(module))
        # "<source fingerprint> <full fingerprint>": --survivors keeps a session whose tests or equivalents changed.
        current = fingerprint(name, module, config, equivalents, with_tests=False) + " " + fingerprint(
            name, module, config, equivalents)
        previous = stamp.read_text() if stamp.exists() and session.exists() else ""
        cosmic = [sys.executable, str(ROOT / "tools" / "mutation_cosmic.py")]
        same = previous == current or (survivors and previous.split(" ")[0] == current.split(" ")[0])
        if not same:
            print(f"{name}: new session", flush=True)
            session.unlink(missing_ok=True)
            subprocess.run([*cosmic, "init", "cosmic-ray.toml", str(session)], cwd=tree, check=True)
            mark_skipped(session, name, module, config, equivalents)
            stamp.write_text(current)
        elif survivors:
            forget_survivors(session)
            mark_skipped(session, name, module, config, equivalents)  # equivalents listed since
            stamp.write_text(current)
        print(f"{name}: running the pending mutants of {module['path']}", flush=True)
        subprocess.run([*cosmic, "exec", "cosmic-ray.toml", str(session)], cwd=tree, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help="names from mutation/modules.toml (default: all)")
    parser.add_argument("--survivors", action="store_true", help="re-run the mutants that survived")
    args = parser.parse_args(argv)
    # No .pyc files: a mutant of the same size written within the same second as a cached one would be
    # run from the stale bytecode (Python checks source mtime in seconds and size), and survive falsely.
    os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    config, equivalents = load()
    names = args.modules or list(config["modules"])
    unknown = [n for n in names if n not in config["modules"]]
    if unknown:
        parser.error(f"unknown module(s) {unknown}; known: {list(config['modules'])}")
    for name in names:
        module = config["modules"][name]
        missing = [p for p in [module["path"], *module["tests"]] if not (ROOT / p).is_file()]
        if missing:
            parser.error(f"{name}: missing files {missing}")
        run_module(name, module, config, equivalents, args.survivors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
