"""The Python code blocks of README.md and docs/**/*.md, so that tests can run (and type-check) every one.

    from tools.doc_examples import examples
    for example in examples():            # README.md first, then docs/ in path order
        example.path, example.line, example.code, example.flags, example.reason

A block is a fence whose info string starts with `python` or `py` (at any indentation, e.g. inside a
list item; the code is dedented). Other fences (`sh`, `text`, `mermaid`, ...) are not examples.

Every block is a complete program (imports included) that runs against the fake: tests/test_doc_examples.py
points `Soracom.from_env()` at a FakeSoracom on loopback and runs it. A block states otherwise with a
marker as its first line, visible wherever the page is read:

    # doc-example: skip: <why it cannot run>     not run; the reason is required
    # doc-example: pytest                        a test module: run by pytest with the fake's fixtures

`python tools/doc_examples.py` lists the blocks (path:line flags); `--write DIR` also writes each block to
DIR as a module (`docs_errors_md_39.py`: the code behind empty lines, so a type checker's line numbers are
the page's), e.g. for `mypy --strict DIR`.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLAGS = frozenset({"skip", "pytest"})

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<ticks>`{3,}|~{3,})\s*(?P<info>[^`]*)$")
_MARKER = re.compile(r"^#\s*doc-example:\s*(?P<flags>[a-z-]+(?:\s*,\s*[a-z-]+)*)\s*(?::\s*(?P<reason>.*\S))?\s*$")


class MarkerError(ValueError):
    """A `# doc-example:` marker that names an unknown flag, or a skip without its reason."""


@dataclass(frozen=True)
class Example:
    path: Path  # relative to the project root
    line: int  # 1-based line of the block's first code line in the file
    code: str  # dedented, ending with a newline
    flags: frozenset[str]  # from the marker; empty for a plain program
    reason: str | None = None  # why a `skip` block is not run

    @property
    def id(self) -> str:
        return f"{self.path.as_posix()}:{self.line}"

    def padded(self) -> str:
        """The code behind `line - 1` empty lines: compiled with the page as its file name, a traceback
        or a type checker's message gives the line in the page."""
        return "\n" * (self.line - 1) + self.code


def markdown_files(root: Path = ROOT) -> list[Path]:
    """README.md, then every page under docs/, in path order (absolute paths)."""
    return [root / "README.md", *sorted((root / "docs").rglob("*.md"))]


def parse(text: str, path: Path) -> list[Example]:
    """The Python blocks of one Markdown text; `path` is what the examples report as theirs."""
    found: list[Example] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        opening = _FENCE.match(lines[i])
        if opening is None:
            i += 1
            continue
        indent, ticks, info = opening["indent"], opening["ticks"], opening["info"].strip()
        end = i + 1
        while end < len(lines) and not _closes(lines[end], indent, ticks):
            end += 1
        if info.split(" ", 1)[0].lower().lstrip("{.") in ("python", "py"):
            body = [line[len(indent):] if line.startswith(indent) else line.lstrip() for line in lines[i + 1:end]]
            found.append(_example(path, i + 2, "\n".join(body) + "\n"))
        i = end + 1
    return found


def _closes(line: str, indent: str, ticks: str) -> bool:
    stripped = line.strip()
    return stripped.startswith(ticks) and set(stripped) == {ticks[0]} and len(line) - len(line.lstrip()) <= len(indent)


def _example(path: Path, line: int, code: str) -> Example:
    first = code.split("\n", 1)[0].strip()
    if not first.startswith("#") or "doc-example" not in first:
        return Example(path, line, code, frozenset())
    marker = _MARKER.match(first)
    if marker is None:
        raise MarkerError(f"{path}:{line}: malformed marker {first!r}; "
                          "write `# doc-example: skip: <reason>` or `# doc-example: pytest`")
    flags = frozenset(flag.strip() for flag in marker["flags"].split(","))
    if flags - FLAGS:
        raise MarkerError(f"{path}:{line}: unknown doc-example flag(s) {sorted(flags - FLAGS)}; known: {sorted(FLAGS)}")
    if "skip" in flags and not marker["reason"]:
        raise MarkerError(f"{path}:{line}: `# doc-example: skip` needs its reason: `# doc-example: skip: <why>`")
    return Example(path, line, code, flags, marker["reason"])


def examples(root: Path = ROOT) -> list[Example]:
    """Every Python block of README.md and docs/**/*.md, paths relative to `root`."""
    found: list[Example] = []
    for file in markdown_files(root):
        if file.exists():
            found.extend(parse(file.read_text(encoding="utf-8"), file.relative_to(root)))
    return found


def module_name(example: Example) -> str:
    """A Python module name for the block: `docs/errors.md:39` -> `docs_errors_md_39`."""
    return re.sub(r"\W", "_", f"{example.path.as_posix()}_{example.line}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="List (and write out) the Python blocks of the docs.")
    parser.add_argument("--write", type=Path, metavar="DIR", help="write each block to DIR as a module")
    args = parser.parse_args(argv)
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
    for example in examples():
        flags = ",".join(sorted(example.flags)) or "run"
        print(f"{example.id}\t{flags}" + (f"\t{example.reason}" if example.reason else ""))
        if args.write:
            (args.write / f"{module_name(example)}.py").write_text(example.padded(), encoding="utf-8")


if __name__ == "__main__":
    main()
