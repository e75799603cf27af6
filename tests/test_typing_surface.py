"""Issue 15: the typed surface as strict checkers see it. tests/typing/surface_ok.py must pass `mypy --strict`
and pyright in strict mode; tests/typing/surface_bad.py must fail both, on exactly the lines marked `# error`
(a typo'd `from_env` keyword, a str for max_retries, a coverage outside Literal["jp", "g"], ...)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OK = ROOT / "tests" / "typing" / "surface_ok.py"
BAD = ROOT / "tests" / "typing" / "surface_bad.py"
PYRIGHT = shutil.which("pyright", path=str(Path(sys.executable).parent))


def marked_lines() -> set[int]:
    lines = BAD.read_text(encoding="utf-8").splitlines()
    marked = {number for number, line in enumerate(lines, 1) if line.rstrip().endswith("# error")}
    assert len(marked) >= 10
    return marked


def mypy(path: Path) -> set[int]:
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(path)], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode in (0, 1), result.stdout + result.stderr
    return {int(m.group(1)) for m in re.finditer(rf"^{re.escape(str(path.relative_to(ROOT)))}:(\d+): error:",
                                                 result.stdout, re.M)}


def pyright(path: Path) -> set[int]:
    assert PYRIGHT is not None, "pyright (a pinned dev dependency) is not installed: make venv"
    result = subprocess.run([PYRIGHT, "--outputjson", "--pythonpath", sys.executable, str(path)], cwd=ROOT,
                            capture_output=True, text=True)
    report = json.loads(result.stdout)
    return {d["range"]["start"]["line"] + 1 for d in report["generalDiagnostics"] if d["severity"] == "error"}


@pytest.mark.parametrize("check", [mypy, pyright])
def test_a_user_program_type_checks_strictly(check: Callable[[Path], set[int]]) -> None:
    assert check(OK) == set()


@pytest.mark.parametrize("check", [mypy, pyright])
def test_wrong_use_fails_the_checkers_on_exactly_the_marked_lines(check: Callable[[Path], set[int]]) -> None:
    assert check(BAD) == marked_lines()
