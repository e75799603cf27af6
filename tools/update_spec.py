"""Replace openapi.yaml with our part of Soracom's full API document, summarise the change, regenerate.

    python tools/update_spec.py SPEC [--summary-file PATH] [--no-generate]

SPEC is a path or http(s) URL of Soracom's whole OpenAPI document.  The operations
tagged Sim, Subscriber, SimProfileOrder or CellLocation and everything they
reference are written to openapi.yaml (our `info` kept, `info.version` taken from
SPEC), after checking the subset is a valid OpenAPI document.  The change summary
against the previous openapi.yaml is printed (and written as Markdown to
--summary-file, e.g. for a pull request body); then tools/generate.py regenerates
soracom_client/generated.  `make update-spec` runs the tests afterwards.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate  # noqa: E402
import release  # noqa: E402
from spec_diff import Change, diff, render  # noqa: E402
from spec_extract import TAGS, ExtractError, dump, extract, load_source, load_yaml, parse_tags  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi.yaml"


def validate(doc: dict[str, Any]) -> str | None:
    """The validator's complaint about doc, or None.  Skipped when the dev tools are not installed."""
    try:
        from openapi_spec_validator import validate as check
    except ImportError:  # pragma: no cover - the dev extra brings it
        return None
    try:
        check(doc)
    except Exception as exc:  # any validator failure is reported, not raised
        return str(exc).splitlines()[0]
    return None


def markdown(summary: str, changes: list[Change], source: str, tags: tuple[str, ...] = TAGS) -> str:
    """A pull request body: what was done, a breaking-change warning, the summary verbatim."""
    breaking = sum(1 for c in changes if c.breaking)
    verdict = (f"**{breaking} breaking change{'s' if breaking != 1 else ''}**: callers of the removed or "
               "changed operations and fields need updating; see the `BREAKING` lines."
               if breaking else "No breaking changes.")
    return (f"## Soracom API definition update\n\n"
            f"`make update-spec` took the {', '.join(tags)} operations from `{source}`, "
            f"regenerated `soracom_client/generated` and ran the tests.\n\n{verdict}\n\n"
            f"```text\n{summary}```\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("spec", help="path or http(s) URL of Soracom's full OpenAPI document")
    parser.add_argument("--summary-file", type=Path, help="also write the change summary there, as Markdown")
    parser.add_argument("--no-generate", action="store_true", help="only update openapi.yaml")
    parser.add_argument("--tags", default="", help=f"tags to take (default: {' '.join(TAGS)}; `all`: every tag)")
    parser.add_argument("--outputs", type=Path,
                        help="append changed=, breaking=, bump=, version=, labels= lines there ($GITHUB_OUTPUT)")
    args = parser.parse_args(argv)

    previous_text = SPEC.read_text(encoding="utf-8")
    previous = load_yaml(previous_text)
    try:
        full = load_source(args.spec)
        tags = parse_tags(args.tags, full)
        subset = extract(full, previous=previous, tags=tags)
    except (ExtractError, OSError, yaml.YAMLError) as exc:
        print(f"update-spec: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # httpx errors: a failed download must say what failed, not dump a traceback
        print(f"update-spec: could not read {args.spec}: {exc}", file=sys.stderr)
        return 1
    try:  # before anything is written: an overlay that no longer applies must not leave a half-updated tree
        prepared = generate.prepare(subset)
    except generate.GenerationError as exc:
        print(f"update-spec: {exc}; openapi.yaml left as it was", file=sys.stderr)
        return 1
    # Validated as generation will see it: the pipeline's rules repair the spec defects they know
    # (a default outside its enum, say), which the validator would refuse in Soracom's own text.
    problem = validate(prepared)
    if problem:
        print(f"update-spec: the extracted spec is not valid OpenAPI, openapi.yaml left as it was: {problem}",
              file=sys.stderr)
        return 1

    changes = diff(previous, subset)
    summary = render(changes, previous, subset)
    sys.stdout.write(summary)
    if args.summary_file:
        args.summary_file.write_text(markdown(summary, changes, args.spec, tags), encoding="utf-8")

    text = dump(subset)
    bump = None
    if text == previous_text:
        print("update-spec: openapi.yaml is unchanged")
    else:
        SPEC.write_text(text, encoding="utf-8")
        print(f"update-spec: wrote {SPEC.relative_to(ROOT)}")
        # Only when openapi.yaml changed: the same update run twice bumps once.
        bump = release.apply(ROOT, changes, summary, str(subset.get("info", {}).get("version", "?")))
        if bump:
            print(f"update-spec: {bump[0]} version bump to {bump[1]} (__version__, pyproject.toml, CHANGELOG.md)")
    if args.outputs:
        breaking = any(c.breaking for c in changes)
        labels = ["spec-update"] + (["breaking"] if breaking else [])
        with args.outputs.open("a", encoding="utf-8") as out:
            out.write(f"changed={'true' if text != previous_text else 'false'}\n"
                      f"breaking={'true' if breaking else 'false'}\n"
                      f"bump={bump[0] if bump else ''}\nversion={bump[1] if bump else ''}\n"
                      f"labels={','.join(labels)}\n")
    if args.no_generate:
        return 0
    return generate.main([])


if __name__ == "__main__":
    raise SystemExit(main())
