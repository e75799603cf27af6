"""Type-check the public surface as users see it: `make typecheck` (part of `make lint`).

1. The corpus (tests/typing/*.py: programs written as a user would, with `assert_type` on what each
   call returns) and every Python block of the README and docs/ must pass `mypy --strict` and
   pyright in strict mode, with no `# type: ignore` and no `cast`.
2. The negative cases (tests/typing/negative/*.py) must fail both checkers on exactly the lines
   marked `# expect-error`, and on no other line: a checker that accepts a typo'd keyword or a wrong
   argument type fails this run, and so does a case that fails for an unrelated reason.
3. `pyright --verifytypes soracom_client` must report every exported symbol's type as known.

Exit status 0 when all three hold; the failures are printed otherwise.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "typing"
NEGATIVE = CORPUS / "negative"
BUILD = ROOT / "build" / "typing"
MARK = "# expect-error"
# "file:line: error: ..." (mypy; pyright is read as JSON).
MYPY_LINE = re.compile(r"^(?P<file>[^:\s][^:]*):(?P<line>\d+): error: (?P<text>.*)$")
# Written-out doc block -> the page it comes from, so that a problem names the page (its line numbers match).
SOURCES: dict[Path, Path] = {}
FORBIDDEN = (re.compile(r"#\s*type:\s*ignore"), re.compile(r"#\s*pyright:\s*ignore"), re.compile(r"\bcast\("))


def _bin(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else name


def doc_blocks() -> list[Path]:
    """The Python blocks of the README and docs/, each written out as a module under build/typing/docs.

    Skipped blocks (`# doc-example: skip: ...`) are checked too: they cannot run here, but a reader copies
    them all the same. Each module keeps the page's line numbers, and its name says the page.
    """
    sys.path.insert(0, str(ROOT / "tools"))
    examples = importlib.import_module("doc_examples").examples  # the extractor that runs them
    out = BUILD / "docs"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    files = []
    for example in examples():
        name = re.sub(r"[^A-Za-z0-9]+", "_", f"{example.path.as_posix()}_{example.line}").strip("_")
        target = out / f"{name}.py"
        target.write_text(example.padded(), encoding="utf-8")
        SOURCES[target] = example.path
        files.append(target)
    return files


def _pyright_config(files: Iterable[Path]) -> Path:
    BUILD.mkdir(parents=True, exist_ok=True)
    config = BUILD / "pyrightconfig.json"
    config.write_text(json.dumps({
        "include": [os.path.relpath(f, BUILD) for f in files],
        "typeCheckingMode": "strict",
        "extraPaths": [str(ROOT)],
        "pythonVersion": f"{sys.version_info.major}.{sys.version_info.minor}",
        "reportUnnecessaryTypeIgnoreComment": "error",
    }), encoding="utf-8")
    return config


def run_mypy(files: list[Path]) -> dict[tuple[str, int], list[str]]:
    out = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--show-error-codes",
         "--warn-unused-ignores", "--config-file", str(ROOT / "pyproject.toml"),
         "--cache-dir", str(BUILD / "mypy-cache"), *map(str, files)],
        cwd=ROOT, capture_output=True, text=True, check=False)
    errors: dict[tuple[str, int], list[str]] = {}
    for line in out.stdout.splitlines():
        match = MYPY_LINE.match(line)
        if match:
            path = str((ROOT / match["file"]).resolve())
            errors.setdefault((path, int(match["line"])), []).append("mypy: " + match["text"])
    if out.returncode not in (0, 1) or (out.returncode == 1 and not errors):
        raise SystemExit(f"mypy did not run:\n{out.stdout}{out.stderr}")
    return errors


def run_pyright(files: list[Path]) -> dict[tuple[str, int], list[str]]:
    config = _pyright_config(files)
    out = subprocess.run([_bin("pyright"), "--pythonpath", sys.executable, "--outputjson", "-p", str(config)],
                         cwd=ROOT, capture_output=True, text=True, check=False)
    try:
        report = json.loads(out.stdout)
    except ValueError:
        raise SystemExit(f"pyright did not run:\n{out.stdout}{out.stderr}") from None
    if report["summary"]["filesAnalyzed"] < len(files):  # a path it ignored would pass silently
        raise SystemExit(f"pyright analysed {report['summary']['filesAnalyzed']} of {len(files)} files")
    errors: dict[tuple[str, int], list[str]] = {}
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            key = (str(Path(diagnostic["file"]).resolve()), diagnostic["range"]["start"]["line"] + 1)
            errors.setdefault(key, []).append("pyright: " + diagnostic["message"].replace("\n", " "))
    return errors


def expected_lines(path: Path) -> set[int]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {n for n, line in enumerate(lines, 1) if line.rstrip().endswith(MARK)}


def _shown(path: Path) -> str:
    return str(SOURCES.get(path, path.relative_to(ROOT)))


def check(positive: list[Path], negative: list[Path]) -> list[str]:
    problems: list[str] = []
    for path in positive + negative:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if any(p.search(line) for p in FORBIDDEN):
                problems.append(f"{_shown(path)}:{n}: ignores or casts are not allowed in the corpus")
    for checker in (run_mypy, run_pyright):
        found = checker(positive + negative)
        for path in positive:
            for (file, n), texts in sorted(found.items()):
                if file == str(path.resolve()):
                    problems.extend(f"{_shown(path)}:{n}: {t}" for t in texts)
        for path in negative:
            want = expected_lines(path)
            if not want:
                problems.append(f"{path.relative_to(ROOT)}: no line is marked {MARK!r}")
            got = {n for (file, n) in found if file == str(path.resolve())}
            name = checker.__name__.removeprefix("run_")
            problems.extend(f"{path.relative_to(ROOT)}:{n}: {name} accepted a line marked {MARK!r}"
                            for n in sorted(want - got))
            problems.extend(f"{path.relative_to(ROOT)}:{n}: unexpected: {t}"
                            for n in sorted(got - want) for t in found[(str(path.resolve()), n)])
    return problems


def verify_types() -> list[str]:
    """pyright --verifytypes on a regular (non-editable) install: an editable one is not seen as typed."""
    target = BUILD / "verify"
    shutil.rmtree(target, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-compile", "--target",
                    str(target), str(ROOT)], check=True, capture_output=True)
    out = subprocess.run([_bin("pyright"), "--pythonpath", sys.executable, "--outputjson", "--verifytypes",
                          "soracom_client", "--ignoreexternal"],
                         cwd=target, capture_output=True, text=True, check=False,
                         env={**os.environ, "PYTHONPATH": str(target),
                              # --verifytypes ignores --pythonpath: it finds httpx through the `python` on PATH
                              "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"})
    report = json.loads(out.stdout)
    completeness = report["typeCompleteness"]
    score = completeness["completenessScore"]
    counts = completeness["exportedSymbolCounts"]
    total = counts["withKnownType"] + counts["withAmbiguousType"] + counts["withUnknownType"]
    print(f"pyright --verifytypes soracom_client: {score:.1%} of {total} exported symbols known")
    if score >= 1.0:
        return []
    problems = []
    for symbol in completeness["symbols"]:
        for d in symbol["diagnostics"]:
            if d["severity"] == "error":
                where = d.get("file", "").replace(str(target) + "/", "")
                line = d["range"]["start"]["line"] + 1 if "range" in d else 0
                problems.append(f"verifytypes: {symbol['name']} ({where}:{line}): {d['message'].splitlines()[0]}")
    return problems or [f"verifytypes: score {score:.1%}"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-verifytypes", action="store_true", help="skip pyright --verifytypes")
    args = parser.parse_args(argv)
    positive = sorted(CORPUS.glob("*.py")) + doc_blocks()
    negative = sorted(NEGATIVE.glob("*.py"))
    problems = check(positive, negative)
    if not args.no_verifytypes:
        problems += verify_types()
    for problem in problems:
        print(problem)
    print(f"typecheck: {len(positive)} programs, {len(negative)} negative cases, "
          f"{'OK' if not problems else f'{len(problems)} problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
