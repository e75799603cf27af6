"""The documentation's own tools: the bench chart, the generated reference pages and retry table, the README."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import ModuleType

import pytest

from tools import bench_chart
from tools.doc_examples import ROOT


def _hooks() -> ModuleType:
    pytest.importorskip("mkdocs", reason="the docs extra is installed on Python 3.11.5+ only")
    from tools import mkdocs_hooks

    return mkdocs_hooks

TABLE = """Machine: 2 vCPU x86_64.

| Benchmark | Floor | Result | Goal | Met |
|---|---|---|---|---|
| 1. call overhead: `sim.get_sim` via the facade | raw, 105 µs | 133 µs, **1.26×** | ≤ 1.3× | yes |
| 4. c=50: soracom, `transport=LanePoolTransport()` | 0.40 s | 0.57 s, **1.42× ideal** | ≤ 1.3× ideal | **no** |
| 5. bulk: 10,000 calls | ideal 60.8 s | 70.2 s, **1.15× ideal** | all succeed | yes |
| 7. `make generate` | - | 2.6 s | report | yes |
"""


def test_the_chart_has_a_bar_per_ratio_with_its_goal(tmp_path: Path) -> None:
    source = tmp_path / "bench.md"
    source.write_text(TABLE, encoding="utf-8")
    rows, machine = bench_chart.read_rows(source)
    assert machine == "Machine: 2 vCPU x86_64." and len(rows) == 4
    bars = bench_chart.bars(rows)
    assert [(b.label, b.ratio, b.goal, b.met) for b in bars] == [
        ("1. call overhead", 1.26, 1.3, True),
        ("4. concurrency, LanePoolTransport", 1.42, 1.3, False),
        ("5. bulk 10,000", 1.15, None, None),  # no "≤" goal: reported, grey
    ]
    svg = bench_chart.svg(bars)
    assert svg.count("<rect") == 3 and "1.42×" in svg and 'fill="#c62828"' in svg


def test_the_json_of_a_bench_run_gives_the_same_rows(tmp_path: Path) -> None:
    markdown = tmp_path / "bench.md"
    markdown.write_text(TABLE, encoding="utf-8")
    rows, machine = bench_chart.read_rows(markdown)
    as_json = tmp_path / "bench.json"
    as_json.write_text(json.dumps({"machine": machine, "rows": rows}), encoding="utf-8")
    assert bench_chart.read_rows(as_json) == (rows, machine)


def test_the_page_table_is_replaced_between_its_markers_only(tmp_path: Path) -> None:
    page = tmp_path / "performance.md"
    page.write_text(f"intro\n{bench_chart.START}\nold table\n{bench_chart.END}\nafter\n", encoding="utf-8")
    source = tmp_path / "bench.md"
    source.write_text(TABLE, encoding="utf-8")
    bench_chart.main([str(source), "--svg", str(tmp_path / "chart.svg"), "--page", str(page)])
    text = page.read_text(encoding="utf-8")
    assert text.startswith("intro\n") and text.endswith("\nafter\n") and "old table" not in text
    assert "| 7. `make generate` | - | 2.6 s | report | yes |" in text
    assert (tmp_path / "chart.svg").read_text(encoding="utf-8").startswith("<svg")


def test_the_committed_chart_matches_the_committed_table(tmp_path: Path) -> None:
    # Refreshing one without the other (by hand) would show figures the page's table does not.
    chart = tmp_path / "chart.svg"
    bench_chart.main([str(ROOT / "docs" / "performance.md"), "--svg", str(chart)])
    assert chart.read_text(encoding="utf-8") == (ROOT / "docs" / "assets" / "bench-ratios.svg").read_text(
        encoding="utf-8")


def test_every_tag_of_the_generated_client_gets_a_reference_page() -> None:
    from soracom_client.generated.api import RESOURCE_CLASSES

    mkdocs_hooks = _hooks()
    pages = mkdocs_hooks.tag_pages()
    assert sorted(pages) == sorted(f"reference/tags/{tag}.md" for tag in RESOURCE_CLASSES)
    for tag, class_name in RESOURCE_CLASSES.items():
        assert f"::: soracom_client.generated.api.{tag}.{class_name}" in pages[f"reference/tags/{tag}.md"]


def test_the_rendered_retry_table_has_every_operation_once() -> None:
    from soracom_client.generated.api import OPERATIONS

    mkdocs_hooks = _hooks()
    table = mkdocs_hooks.retry_table()
    rows = table.splitlines()[2:]
    named = {re.match(r"\| `\w+\.(\w+)`", row)[1] for row in rows}  # type: ignore[index]
    assert named == set(OPERATIONS) and len(rows) == len(OPERATIONS)
    assert "`? ?`" not in table
    page = mkdocs_hooks.on_page_markdown(f"before\n{mkdocs_hooks.RETRY_TABLE_MARKER}\nafter")
    assert table in page and mkdocs_hooks.RETRY_TABLE_MARKER not in page


def test_soracom_doc_links_of_the_spec_point_at_soracoms_site() -> None:
    mkdocs_hooks = _hooks()
    html = '<a href="/en/docs/air/expiration/">x</a> <a href="/ja-jp/docs/a/">y</a> <a href="#local">z</a>'
    assert mkdocs_hooks.on_page_content(html) == (
        '<a href="https://users.soracom.io/en/docs/air/expiration/">x</a> '
        '<a href="https://users.soracom.io/ja-jp/docs/a/">y</a> <a href="#local">z</a>')


def test_the_readme_keeps_the_two_setup_commands_that_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = readme.split("```sh\n", 1)[1].split("```", 1)[0]
    assert [line.split("#")[0].strip() for line in setup.strip().splitlines()] == ["make demo", "make test"]
    assert "\nmake test\n" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert len(readme.splitlines()) < 200
