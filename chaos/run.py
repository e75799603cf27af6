"""Run the chaos scenarios: every scenario on every transport, the httpx reference beside its counterpart."""

from __future__ import annotations

import argparse
import asyncio
import datetime
import logging
import platform
import sys
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from . import cli, path_params, redirects, reference, report, scenarios_fake, scenarios_hostile
from .clients import feature_notes, supports, transports
from .env import FULL, QUICK, Config, Env
from .rows import Row
from .scenarios_fake import TransportFactory

Scenario = Callable[[Env, str, TransportFactory], Awaitable[Row]]
Reference = Callable[[Env], Awaitable[Row]]


def plan() -> list[tuple[Scenario, list[Reference]]]:
    """Scenarios in run order (the memory-hungry bodies last), each with its httpx reference rows."""
    fake: list[Any] = scenarios_fake.SCENARIOS
    hostile: list[Any] = [s for s in scenarios_hostile.SCENARIOS if not s.__name__.startswith("body_")]
    bodies: list[Any] = [s for s in scenarios_hostile.SCENARIOS if s.__name__.startswith("body_")]
    refs: dict[str, list[Reference]] = {
        "cancellation_storm": [reference.cancellation_storm],
        "redirects": [reference.redirects],
    }
    for kind in scenarios_hostile.BODY_KINDS:
        refs[f"body_{kind.replace('-', '_')}"] = [reference.body_scenario(kind)]
    ordered = [*fake, *hostile, redirects.redirects, path_params.path_parameters, *bodies]
    return [(scenario, refs.get(scenario.__name__, [])) for scenario in ordered]


def selected(name: str, patterns: list[str]) -> bool:
    return not patterns or any(p in name for p in patterns)


async def run(config: Config, transport_names: list[str], patterns: list[str], with_reference: bool,
              echo: Callable[[Row], None] | None = None) -> list[Row]:
    available = transports()
    chosen = {name: available[name] for name in (transport_names or list(available)) if name in available}
    rows: list[Row] = []
    with Env(config) as env:
        for scenario, refs in plan():
            if not selected(scenario.__name__, patterns):
                continue
            for name, factory in chosen.items():
                row = await scenario(env, name, factory)
                rows.append(row)
                if echo:
                    echo(row)
            if with_reference:
                for ref in refs:
                    row = await ref(env)
                    rows.append(row)
                    if echo:
                        echo(row)
    return rows


def meta(config: Config) -> dict[str, Any]:
    return {
        "config": config.name, "deadline": config.deadline, "date": datetime.datetime.now(datetime.timezone.utc)
        .isoformat(timespec="seconds"), "python": platform.python_version(), "httpx": httpx.__version__,
        "transports": list(transports()), "deadline support": supports("deadline"),
        "max_response_size support": supports("max_response_size"), "notes": feature_notes(),
    }


def main(argv: list[str] | None = None, args: argparse.Namespace | None = None) -> int:
    if args is None:
        args = cli.parse(argv)
    logging.getLogger("soracom_client").setLevel(logging.CRITICAL)
    config = QUICK if args.quick else FULL
    for note in feature_notes():
        print(f"note: {note}", flush=True)

    def echo(row: Row) -> None:
        verdict = "ref" if row.reference else ("FAIL" if row.failures() else "ok")
        print(f"  {row.scenario} [{row.transport}]: {row.calls} calls, {row.seconds:.1f} s: {verdict}", flush=True)

    rows = asyncio.run(run(config, args.transport, args.scenario, not args.no_reference, echo))
    print()
    print(report.text_table(rows))
    summary = report.summary(rows)
    print("\nSummary (client rows; done when untyped, duplicated, reachable, credentials, over are 0 "
          "and clean is 100/100):")
    for key, value in summary.items():
        print(f"  {key}: {value}")
    failures = report.failures_text(rows)
    if failures:
        print("\nFailures:\n" + failures)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(report.to_json(rows, meta(config)) + "\n")
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        summary_md = "\n".join(f"- {key}: {value}" for key, value in summary.items())
        args.markdown.write_text(f"{report.markdown_table(rows)}\n\n{summary_md}\n\n"
                                 f"Beside plain httpx:\n\n{report.comparison_markdown(rows)}\n\n"
                                 f"Notes:\n{report.notes_text(rows)}\n")
    return 1 if summary["rows failing"] else 0


if __name__ == "__main__":
    sys.exit(main())
