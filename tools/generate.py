"""Regenerate soracom_client/generated from openapi.yaml, or check that it is current.

    python tools/generate.py          # regenerate in place
    python tools/generate.py --check  # regenerate to a temp dir, fail naming drifted files

Pipeline: openapi.yaml -> spec-overlay.yaml applied to a copy -> the rules of pipeline_rules.py
(tagged unions, defaults on unions) -> openapi-python-client
(pinned, with generator-config.yaml and custom_templates/) -> pinned ruff -> header.
Any generator warning fails the run: a warning is how 0.29.1 reports a dropped endpoint.

With SORACOM_GENERATE_CACHE set to a directory, a generation is kept there under a digest of
everything it is made from (the prepared spec, the templates, the config, this pipeline's code, the
generator's and ruff's versions) and reused for the same inputs: the test suite sets it for one run,
so tests that regenerate the same spec share one generation across its workers.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import filecmp
import hashlib
import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from overlay import OverlayError, apply_overlay  # noqa: E402
from pipeline_rules import UnionError, apply_rules  # noqa: E402
from spec_table import build as build_spec_table  # noqa: E402
from spec_table import render as render_spec_table  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi.yaml"
OVERLAY = ROOT / "spec-overlay.yaml"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "custom_templates"
TARGET = ROOT / "soracom_client" / "generated"
HEADER = "# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.\n"
BIN = Path(sys.executable).parent
CACHE_ENV = "SORACOM_GENERATE_CACHE"


class GenerationError(RuntimeError):
    pass


def _run(cmd: list[str], cwd: Path) -> str:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    out = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise GenerationError(f"{' '.join(cmd[:2])} failed (exit {proc.returncode}):\n{out}")
    return out


def _run_generator(prepared: Path, templates: Path, out_dir: Path) -> None:
    """openapi-python-client in this process, through its Python API (what its CLI calls): a process of its
    own cost half a second of each generation in starting and importing. Any error or warning fails."""
    import contextlib
    import io

    from openapi_python_client import generate as opc_generate
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser.errors import ParseError

    config = Config.from_sources(ConfigFile.load_from_path(path=CONFIG), MetaType.NONE, prepared, "utf-8",
                                 False, output_path=out_dir)
    with contextlib.redirect_stdout(io.StringIO()):  # "Generating <dir>"
        errors = opc_generate(config=config, custom_template_path=templates)
    if errors:
        lines = []
        for error in errors:
            lines += [f"{error.level.value}: {error.header}", error.detail or ""]
            if isinstance(error, ParseError) and error.data is not None:
                lines.append(error.data.model_dump_json(indent=2, exclude_unset=True, by_alias=True))
        raise GenerationError("openapi-python-client reported a warning or error:\n" + "\n".join(lines))


def prepared_spec() -> dict[str, Any]:
    # libyaml's loader when PyYAML has it: the same data, ~8x faster (tools/spec_extract.py, YAML_LOADER).
    return prepare(yaml.load(SPEC.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))


def prepare(spec: dict[str, Any]) -> dict[str, Any]:
    """spec as the generator sees it: the overlay, then the pipeline's rules, applied to a copy."""
    overlay = yaml.safe_load(OVERLAY.read_text(encoding="utf-8"))
    try:
        spec = apply_overlay(spec, overlay)
    except OverlayError as exc:
        raise GenerationError(f"spec-overlay.yaml does not apply to the spec: {exc}") from exc
    try:
        config = yaml.safe_load(CONFIG.read_text(encoding="utf-8")) or {}
        return apply_rules(spec, config.get("content_type_overrides") or {})
    except UnionError as exc:
        raise GenerationError(f"a union this pipeline cannot generate: {exc}") from exc


def prepare_spec(dest: Path, spec: dict[str, Any]) -> Path:
    # JSON, not YAML: the generator reads JSON with json.loads, YAML with ruamel (a second per run).
    prepared = dest / "prepared-openapi.json"
    prepared.write_text(json.dumps(spec, ensure_ascii=False, default=str), encoding="utf-8")
    return prepared


PAGINATION_TEMPLATE = "_soracom_pagination.jinja"


def pagination_table(table: dict[str, Any]) -> dict[str, dict[str, str]]:
    """operationId -> {request_param, response_header, page_items} for every operation with `x-soracom-cli-pagination`.

    Read from the spec table (`spec_table.build`), which already carries the extension; the generator
    does not keep vendor extensions, so it is handed to the templates as a rendered template of its own
    (see `templates_with_pagination`). Each entry is checked: the key parameter must be a query parameter.
    `page_items` says where a page's items are: "" when the 200 answer is a JSON array; the Python name of
    the field holding it when the answer is an object with one array field (`{"orderedSubscriberList":
    [...]}`); "*" when the object holds several lists (each page is then one item, the whole object).
    """
    out: dict[str, dict[str, str]] = {}
    for op_id, op in table["operations"].items():
        entry = op["pagination"]
        if entry is None:
            continue
        where = f"{op_id} ({op['method']} {op['path']})"
        if not any(p["in"] == "query" and p["name"] == entry["request_param"] for p in op["parameters"]):
            raise GenerationError(f"{where}: paginated by {entry['request_param']!r}, not a query parameter")
        schema = op["responses"].get("200") or {}
        while "$ref" in schema:
            schema = table["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        if schema.get("type") == "array":
            items = ""
        elif schema.get("type") == "object" or "properties" in schema:
            lists = [name for name, prop in (schema.get("properties") or {}).items()
                     if _resolved(prop, table).get("type") == "array"]
            if not lists:
                raise GenerationError(f"{where}: paginated, but its 200 answer holds no list")
            items = snake_case(lists[0]) if len(lists) == 1 else "*"
        else:
            raise GenerationError(f"{where}: paginated, but its 200 answer is neither a list nor an object")
        out[op_id] = {**entry, "page_items": items}
    return dict(sorted(out.items()))


def snake_case(name: str) -> str:
    """The generator's Python name for `name`; imported late: the generator installs on Python 3.11+ only,
    and update-spec --no-generate and the spec tools run on 3.10 too."""
    from openapi_python_client.strings import snake_case as generator_snake_case

    return str(generator_snake_case(name))


def _resolved(schema: dict[str, Any], table: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = table["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def templates_with_pagination(dest: Path, table: dict[str, Any]) -> Path:
    """A copy of custom_templates/ plus `_soracom_pagination.jinja`, which sets PAGINATED (snake_case
    operationId -> entry) for `endpoint_init.py.jinja` to import: how the spec's pagination reaches the templates."""
    templates = dest / "templates"
    shutil.copytree(TEMPLATES, templates)
    lines = ["{#- Rendered by tools/generate.py from x-soracom-cli-pagination in the spec. -#}",
             "{% set PAGINATED = {"]
    # Keyed like `endpoint.name`: the generator's snake_case of the operationId.
    lines += [f"    {json.dumps(snake_case(op_id))}: {json.dumps(entry)},"
              for op_id, entry in pagination_table(table).items()]
    lines.append("} %}")
    (templates / PAGINATION_TEMPLATE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return templates


def generate_into(out_dir: Path) -> None:
    """Write the generated package to out_dir (which must not exist)."""
    spec = prepared_spec()  # read and overlaid once; everything below derives from it
    table = build_spec_table(spec)
    with tempfile.TemporaryDirectory() as tmp:
        prepared = prepare_spec(Path(tmp), spec)
        templates = templates_with_pagination(Path(tmp), table)
        with _cached(_inputs_digest(prepared, templates)) as cached:
            if cached is not None and (cached / "done").exists():
                shutil.copytree(cached / "generated", out_dir)
                return
            _generate(prepared, templates, table, out_dir)
            if cached is not None:
                shutil.rmtree(cached / "generated", ignore_errors=True)  # a copy cut short before "done"
                shutil.copytree(out_dir, cached / "generated")
                (cached / "done").touch()


def _generate(prepared: Path, templates: Path, table: dict[str, Any], out_dir: Path) -> None:
    _run_generator(prepared, templates, out_dir)
    (out_dir / "_spec.py").write_text(render_spec_table(table), encoding="utf-8")
    ruff = str(BIN / "ruff")
    # --isolated: the result must not depend on any ruff configuration found on disk.
    common = ["--isolated", "--no-cache", "--line-length", "120"]
    _run([ruff, "check", *common, "--fix-only", "--select", "F401,I", "-q", "."], cwd=out_dir)
    _run([ruff, "format", *common, "."], cwd=out_dir)
    for path in sorted(out_dir.rglob("*.py")):
        path.write_text(HEADER + path.read_text(encoding="utf-8"), encoding="utf-8")


def _inputs_digest(prepared: Path, templates: Path) -> str:
    """A digest of everything a generation is made from: the same digest, the same output."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    sources = [(prepared, prepared.parent), (CONFIG, CONFIG.parent),
               *((path, templates) for path in sorted(templates.rglob("*"))),
               *((path, here) for path in sorted(here.glob("*.py")))]
    for path, base in sources:
        if path.is_file():
            digest.update(path.relative_to(base).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for tool in ("openapi-python-client", "ruff"):
        digest.update(f"{tool}=={importlib.metadata.version(tool)}\0".encode())
    return digest.hexdigest()


@contextlib.contextmanager
def _cached(digest: str) -> Iterator[Path | None]:
    """The cache entry for digest, held under a lock so that two processes never generate it twice."""
    root = os.environ.get(CACHE_ENV)
    if not root:
        yield None
        return
    entry = Path(root) / digest
    entry.mkdir(parents=True, exist_ok=True)
    with open(entry.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield entry
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _tree(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


def drifted_files(committed: Path, fresh: Path) -> list[str]:
    """Files that differ, are missing, or are extra in committed compared to fresh."""
    have, want = _tree(committed) if committed.exists() else set(), _tree(fresh)
    changed = [f for f in sorted(have & want) if not filecmp.cmp(committed / f, fresh / f, shallow=False)]
    return (changed + [f"{f} (missing)" for f in sorted(want - have)]
            + [f"{f} (not generated)" for f in sorted(have - want)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed code is not current")
    parser.add_argument("--target", type=Path, default=TARGET, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "generated"
        try:
            generate_into(fresh)
        except GenerationError as exc:
            print(f"generate: {exc}", file=sys.stderr)
            return 1
        if args.check:
            drift = drifted_files(args.target, fresh)
            if drift:
                print("check-generated: the committed generated code is not what openapi.yaml, the overlay,\n"
                      "generator-config.yaml and custom_templates/ produce. Run `make generate`. Differs:",
                      file=sys.stderr)
                for f in drift:
                    print(f"  {args.target.relative_to(ROOT) if args.target.is_relative_to(ROOT) else args.target}"
                          f"/{f}", file=sys.stderr)
                return 1
            print("check-generated: up to date")
            return 0
        if args.target.exists():
            shutil.rmtree(args.target)
        shutil.copytree(fresh, args.target)
    print(f"generate: wrote {args.target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
