"""The chaos table: for the terminal, as Markdown (for docs/reliability.md) and as JSON (every figure)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .measure import MARGIN
from .rows import CLEAN_CALLS, STUCK_UPSTREAM, Row

COLUMNS = ("scenario", "transport", "calls", "ok", "typed", "untyped", "dup", "stuck", "fds before→after",
           "RSS MB before→after (peak)", "longest / deadline s", "over", "creds", "clean", "reach", "")


def _opt(value: int | None) -> str:
    return "-" if value is None else str(value)


def cells(row: Row) -> list[str]:
    clean = "-" if row.clean is None else ",".join(str(n) for n in row.clean)
    return [row.scenario, row.transport, str(row.calls), str(row.ok), str(row.typed), str(row.untyped),
            _opt(row.duplicates), _opt(row.stuck), f"{row.fds_before}→{row.fds_after}",
            f"{row.rss_before:.0f}→{row.rss_after:.0f} ({row.rss_peak:.0f})",
            f"{row.longest:.2f} / {row.deadline:g}", str(row.over), _opt(row.credentials_leaked), clean,
            _opt(row.reachable), "ref" if row.reference else ("FAIL" if row.failures() else "ok")]


def text_table(rows: Iterable[Row]) -> str:
    table = [list(COLUMNS)] + [cells(row) for row in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(COLUMNS))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
                     for line in table)


def markdown_table(rows: Iterable[Row]) -> str:
    lines = ["| " + " | ".join(COLUMNS[:-1]) + " | result |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in cells(row)) + " |" for row in rows]
    return "\n".join(lines)


def summary(rows: list[Row]) -> dict[str, Any]:
    """The issue's done criteria over the client's rows (the httpx reference rows are not held to them)."""
    mine = [row for row in rows if not row.reference]
    cleans = [n for row in mine if row.clean is not None for n in row.clean]
    worst = max(mine, key=lambda row: row.longest - row.deadline, default=None)
    return {
        "untyped errors": sum(row.untyped for row in mine),
        "duplicated side effects": sum(row.duplicates or 0 for row in mine),
        "operations reachable through a path parameter": sum(row.reachable or 0 for row in mine),
        "credentials sent to another host": sum(row.credentials_leaked or 0 for row in mine),
        "clean calls after cancellation rounds (worst)": f"{min(cleans, default=CLEAN_CALLS)}/{CLEAN_CALLS}",
        "calls over deadline + margin": sum(row.over for row in mine),
        "longest call vs its deadline": "-" if worst is None else
        f"{worst.longest:.2f} s vs {worst.deadline:g} s + {MARGIN:g} s ({worst.scenario}, {worst.transport})",
        "stuck connections left": sum(row.stuck or 0 for row in mine if row.transport not in STUCK_UPSTREAM),
        "stuck connections left by httpx's own pool (encode/httpcore#1093)":
            sum(row.stuck or 0 for row in mine if row.transport in STUCK_UPSTREAM),
        "rows failing": sum(1 for row in mine if row.failures()),
        "rows": len(mine),
    }


def failures_text(rows: list[Row]) -> str:
    lines = []
    for row in rows:
        if row.reference:
            continue
        for failure in row.failures():
            lines.append(f"- {row.scenario} [{row.transport}]: {failure}")
    return "\n".join(lines)


def notes_text(rows: list[Row]) -> str:
    return "\n".join(f"- {row.scenario} [{row.transport}]: {note}" for row in rows for note in row.notes)


def to_json(rows: list[Row], meta: dict[str, Any]) -> str:
    return json.dumps({"meta": meta, "summary": summary(rows), "rows": [row.as_dict() for row in rows]},
                      indent=1, ensure_ascii=False)


def _brief(row: Row) -> str:
    outcome = f"{row.ok} ok, {row.typed} typed, {row.untyped} untyped"
    extra = [f"{row.longest:.1f} s", f"peak {row.rss_peak - row.rss_before:+.0f} MB"]
    if row.credentials_leaked is not None:
        extra.append(f"{row.credentials_leaked} credentials leaked")
    if row.clean is not None:
        extra.append(f"clean {min(row.clean)}/{CLEAN_CALLS}")
    kinds = ", ".join(sorted(row.errors))
    return f"{outcome}; {'; '.join(extra)}" + (f" ({kinds})" if kinds else "")


def comparison_markdown(rows: list[Row], transport: str = "aiohttp-pool") -> str:
    """The default transport beside plain httpx at its defaults, on the scenarios both ran."""
    references = {row.scenario: row for row in rows if row.reference}
    lines = [f"| scenario | soracom-client ({transport}) | httpx defaults |", "|---|---|---|"]
    for row in rows:
        if row.transport == transport and row.scenario in references:
            lines.append(f"| {row.scenario} | {_brief(row)} | {_brief(references[row.scenario])} |")
    return "\n".join(lines)
