"""Run a script of a sandbox's tools/ as `python tools/X.py ARGS` would, but in this process.

Each run of update-spec or generate in a subprocess paid ~1 s of interpreter start and imports (the spec
validator, the generator, Jinja) before doing anything; the tests run a dozen of them. Here the heavy
libraries stay imported, while the sandbox's own tool modules are imported afresh from its tools/ for every
run (they find the sandbox's files from their own location), and this process's copies are put back after.
What a subprocess would give is kept: the exit status (SystemExit, or 1 with the traceback for a crash), and
stdout and stderr as text.
"""

from __future__ import annotations

import contextlib
import io
import runpy
import subprocess
import sys
import traceback
from pathlib import Path


def run_tool(script: Path, *args: str) -> subprocess.CompletedProcess[str]:
    tools = script.parent
    names = {path.stem for path in tools.glob("*.py")}
    saved_modules = {name: sys.modules.pop(name) for name in list(sys.modules) if name in names}
    saved_path, saved_argv = list(sys.path), list(sys.argv)
    out, err = io.StringIO(), io.StringIO()
    code: int
    sys.argv = [str(script), *args]
    sys.path.insert(0, str(tools))
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                runpy.run_path(str(script), run_name="__main__")
                code = 0
            except SystemExit as exit_:
                status = exit_.code
                code = status if isinstance(status, int) else (0 if status is None else 1)
                if isinstance(status, str):
                    print(status, file=sys.stderr)
            except BaseException:  # as the interpreter would: the traceback on stderr, status 1
                traceback.print_exc()
                code = 1
    finally:
        for name in [name for name in sys.modules if name in names]:
            del sys.modules[name]
        sys.modules.update(saved_modules)
        sys.path[:], sys.argv[:] = saved_path, saved_argv
    return subprocess.CompletedProcess([sys.executable, str(script), *args], code, out.getvalue(), err.getvalue())
