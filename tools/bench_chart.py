"""The benchmark ratios as an SVG bar chart, and the table in docs/performance.md, from `make bench` output.

    python tools/bench_chart.py build/bench.json             # `benchmarks/run.py --json build/bench.json`
    python tools/bench_chart.py docs/performance.md          # or any Markdown holding the bench table
        [--svg docs/assets/bench-ratios.svg] [--page docs/performance.md]

`make bench-docs` runs the benchmarks and then this. Each row whose result holds a ratio (`**1.26×**`) is a
bar; its goal (`≤ 1.3×`), when it has one, is a tick on the bar. `--page` replaces the table between the
`<!-- bench-table:start -->` and `<!-- bench-table:end -->` markers of that page with the run's table.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START, END = "<!-- bench-table:start -->", "<!-- bench-table:end -->"
HEADER = "| Benchmark | Floor | Result | Goal | Met |"

# Short labels by benchmark number (benchmarks/run.py's rows start "1. ", "2. ", ...); others are cut to fit.
SHORT = {"1": "call overhead", "2": "parse 1,000 SIMs", "3": "import", "4": "concurrency", "5": "bulk 10,000",
         "6": "pagination 100,000", "7": "generate"}
_RATIO = re.compile(r"\*\*([0-9.]+)×")
_GOAL = re.compile(r"≤\s*([0-9.]+)×")


@dataclass(frozen=True)
class Bar:
    label: str
    ratio: float
    goal: float | None
    met: bool | None  # None: reported, no goal


def read_rows(path: Path) -> tuple[list[list[str]], str]:
    """(rows of five cells, the machine line) from bench JSON (`{"rows": [...], "machine": "..."}`) or from
    Markdown holding the table `make bench` prints."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        data = json.loads(text)
        return [list(map(str, row)) for row in data["rows"]], str(data.get("machine", ""))
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == HEADER)
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip().strip("|").split(" | ")])
    machine = next((line for line in lines if line.startswith("Machine:")), "")
    return rows, machine


def bars(rows: list[list[str]]) -> list[Bar]:
    found = []
    for name, _floor, result, goal, met in rows:
        ratio = _RATIO.search(result)
        if ratio is None:
            continue
        limit = _GOAL.search(goal)
        number = name.split(".", 1)[0]
        label = f"{number}. {SHORT[number]}" if number in SHORT else name.split(":", 1)[0][:40]
        variant = re.search(r"soracom, (?:default transport \(`(\w+)`|`transport=([\w.]+)\(\)`)", name)
        if variant:
            label += ", " + (variant[1] or variant[2]).rsplit(".", 1)[-1] + (" (default)" if variant[1] else "")
        found.append(Bar(label, float(ratio[1]), float(limit[1]) if limit else None,
                         None if limit is None else met == "yes"))
    return found


def svg(chart: list[Bar], title: str = "soracom-client against its floors (ratio; lower is better)") -> str:
    """A horizontal bar per ratio, a tick at its goal, the value at the bar's end."""
    label_w, bar_w, row_h, top = 320, 430, 26, 40
    scale = bar_w / max(max(b.ratio for b in chart), max((b.goal or 0) for b in chart), 1.0) * 0.9
    height = top + row_h * len(chart) + 30
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 20}" height="{height}" '
           'font-family="sans-serif" font-size="12">',
           f'<text x="10" y="20" font-size="14" font-weight="bold">{escape(title)}</text>']
    one = label_w + scale
    out.append(f'<line x1="{one:.1f}" y1="{top - 6}" x2="{one:.1f}" y2="{height - 24}" stroke="#888" '
               'stroke-dasharray="3,3"/>')
    out.append(f'<text x="{one:.1f}" y="{height - 10}" text-anchor="middle" fill="#555">1× (the floor)</text>')
    for i, bar in enumerate(chart):
        y = top + i * row_h
        colour = {True: "#2e7d32", False: "#c62828", None: "#78909c"}[bar.met]
        width = bar.ratio * scale
        out.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{escape(bar.label)}</text>')
        out.append(f'<rect x="{label_w}" y="{y + 3}" width="{width:.1f}" height="{row_h - 8}" fill="{colour}"/>')
        end = max(width, (bar.goal or 0) * scale)
        out.append(f'<text x="{label_w + end + 5:.1f}" y="{y + 15}">{bar.ratio:.2f}×</text>')
        if bar.goal is not None:
            x = label_w + bar.goal * scale
            out.append(f'<line x1="{x:.1f}" y1="{y}" x2="{x:.1f}" y2="{y + row_h - 2}" stroke="#000" '
                       f'stroke-width="2"><title>goal ≤ {bar.goal}×</title></line>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def table(rows: list[list[str]], machine: str) -> str:
    lines = ([machine, ""] if machine else []) + [HEADER, "|---|---|---|---|---|"]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])


def replace_table(page: str, new: str) -> str:
    before, rest = page.split(START, 1)
    _, after = rest.split(END, 1)
    return f"{before}{START}\n{new}\n{END}{after}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("source", type=Path, help="bench JSON (benchmarks/run.py --json) or Markdown with the table")
    parser.add_argument("--svg", type=Path, default=ROOT / "docs" / "assets" / "bench-ratios.svg")
    parser.add_argument("--page", type=Path, help="also put the run's table into this page, between the markers")
    args = parser.parse_args(argv)
    rows, machine = read_rows(args.source)
    chart = bars(rows)
    if not chart:
        parser.error(f"{args.source}: no benchmark row with a ratio")
    args.svg.parent.mkdir(parents=True, exist_ok=True)
    args.svg.write_text(svg(chart), encoding="utf-8")
    print(f"{args.svg}: {len(chart)} bars")
    if args.page:
        args.page.write_text(replace_table(args.page.read_text(encoding="utf-8"), table(rows, machine)),
                             encoding="utf-8")
        print(f"{args.page}: table replaced")


if __name__ == "__main__":
    main()
