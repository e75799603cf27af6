"""spec_extract, spec_diff and update_spec without regeneration; the regenerate workflow; the make targets."""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from synthetic_spec import (
    OURS_TEXT,
    changed_full_document,
    full_document,
    next_release,
    ours,
    without_new_paginated_operation,
)

from tests.support.spec import dump_yaml
from tests.support.tools import run_tool

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import spec_diff  # noqa: E402
import spec_extract  # noqa: E402
from spec_diff import Change, diff, render  # noqa: E402
from spec_extract import ExtractError, dump, extract, load_source  # noqa: E402


def _ops(doc: dict[str, Any]) -> set[str]:
    return {op["operationId"] for item in doc["paths"].values() for op in item.values() if isinstance(op, dict)
            and "operationId" in op}


# ------------------------------------------------------------------ extract


def test_extracting_from_a_full_document_gives_openapi_yaml_back_byte_for_byte() -> None:
    full = full_document(ours())
    assert {"auth", "getGroup", "patchSimForLagoon", "listVolumeDiscounts"} <= _ops(full)
    assert dump(extract(full, previous=ours())) == OURS_TEXT


def test_only_info_version_comes_from_the_new_document() -> None:
    full = full_document(ours())
    version = ours()["info"]["version"]
    full["info"]["version"] = f"{version}-next"
    out = dump(extract(full, previous=ours()))
    changed = [(a, b) for a, b in zip(OURS_TEXT.splitlines(), out.splitlines(), strict=True) if a != b]
    assert changed == [(f"  version: {version}", f"  version: {version}-next")]


def test_extract_drops_what_belongs_to_other_tags() -> None:
    out = extract(full_document(ours()), previous=ours())
    assert out["info"]["title"] == "Soracom SIM Management API"
    assert "patch" not in out["paths"]["/sims/{sim_id}"]
    assert not {"/auth", "/groups/{group_id}", "/volume_discounts"} & set(out["paths"])
    assert not {"Group", "GroupTagSet", "LagoonSim", "AuthResponse", "VolumeDiscount"} & set(
        out["components"]["schemas"])
    assert list(out["components"]["securitySchemes"]) == ["api_key", "api_token"]
    assert [t["name"] for t in out["tags"]] == ["CellLocation", "Sim", "SimProfileOrder", "Subscriber"]
    assert "x-tagGroups" not in out


def test_extract_follows_references_transitively() -> None:
    out = extract(changed_full_document("new_operation"), previous=ours())
    assert {"SetSimNicknameRequest", "SimNicknameOptions"} <= set(out["components"]["schemas"])
    # and drops a schema no longer reachable from our operations
    out = extract(changed_full_document("removed_operation"), previous=ours())
    assert "SimStatusHistoryResponse" not in out["components"]["schemas"]


def test_extract_keeps_components_reached_through_parameters_and_discriminators() -> None:
    full = full_document(ours())
    full["components"]["parameters"] = {"SimId": {"in": "path", "name": "sim_id", "required": True,
                                                  "schema": {"$ref": "#/components/schemas/Pet"}},
                                        "Unused": {"in": "query", "name": "x", "schema": {"type": "string"}}}
    full["components"]["schemas"]["Pet"] = {"oneOf": [{"$ref": "#/components/schemas/Cat"}],
                                            "discriminator": {"propertyName": "kind", "mapping": {"dog": "Dog"}}}
    full["components"]["schemas"]["Cat"] = {"type": "object"}
    full["components"]["schemas"]["Dog"] = {"type": "object"}
    full["paths"]["/sims/{sim_id}"]["get"]["parameters"] = [{"$ref": "#/components/parameters/SimId"}]
    out = extract(full, previous=ours())
    assert list(out["components"]["parameters"]) == ["SimId"]
    assert {"Pet", "Cat", "Dog"} <= set(out["components"]["schemas"])


@pytest.mark.parametrize(("doc", "message"), [
    ({"swagger": "2.0", "paths": {}}, "expected an OpenAPI 3.x document, found swagger 2.0"),
    ({"openapi": "3.0.0", "paths": {"/x": {"get": {"tags": ["Other"], "responses": {}}}}}, "no operation is tagged"),
    ({"openapi": "3.0.0", "paths": {"/x": {"get": {"tags": ["Sim"], "responses": {"200": {
        "$ref": "#/components/responses/Gone"}}}}}}, "#/components/responses/Gone is referenced but not defined"),
    ({"openapi": "3.0.0", "paths": {"/x": {"get": {"tags": ["Sim"], "responses": {"200": {
        "$ref": "other.yaml#/Sim"}}}}}}, "only local #/components/... references"),
])
def test_extract_refuses_what_it_cannot_cut(doc: dict[str, Any], message: str) -> None:
    with pytest.raises(ExtractError, match=re.escape(message)):
        extract(doc)


# ------------------------------------------------------------------ diff


def _changed(edit: Any) -> list[Change]:
    new = ours()
    edit(new)
    return diff(ours(), new)


def _lines(changes: list[Change]) -> list[str]:
    return [str(c) for c in changes]


def test_identical_specs_have_no_changes() -> None:
    assert diff(ours(), ours()) == []
    assert "No changes" in render([], ours(), ours())


def test_a_field_becoming_required_is_breaking() -> None:
    changes = _changed(lambda d: d["components"]["schemas"]["SetGroupRequest"].setdefault("required", [])
                       .append("groupId"))
    assert _lines(changes) == ['BREAKING ~ schema SetGroupRequest: field "groupId" now required']


def test_a_response_changing_type_is_breaking() -> None:
    def edit(d: dict[str, Any]) -> None:
        d["paths"]["/sims/{sim_id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
            "$ref": "#/components/schemas/SimStatusHistoryResponse"}
    assert _lines(_changed(edit)) == [
        "BREAKING ~ operation GET /sims/{sim_id} (getSim): response 200: Sim -> SimStatusHistoryResponse"]


def test_a_list_response_changing_item_type_is_breaking() -> None:
    def edit(d: dict[str, Any]) -> None:
        d["paths"]["/sims"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["items"] = {
            "$ref": "#/components/schemas/TestingUsage"}
    assert _lines(_changed(edit)) == [
        "BREAKING ~ operation GET /sims (listSims): response 200: list[Sim] -> list[TestingUsage]"]


def test_parameters_added_removed_and_required() -> None:
    def edit(d: dict[str, Any]) -> None:
        params = d["paths"]["/sims"]["get"]["parameters"]
        params.append({"in": "query", "name": "tag_name", "schema": {"type": "string"}})
        params.append({"in": "query", "name": "group_id", "required": True, "schema": {"type": "string"}})
        params[0]["required"] = True  # limit
        del params[1]  # last_evaluated_key
    loc = "operation GET /sims (listSims)"
    assert _lines(_changed(edit)) == [
        f"+ {loc}: query parameter tag_name added (optional, string)",
        f"BREAKING + {loc}: query parameter group_id added (required, string)",
        f"BREAKING - {loc}: query parameter last_evaluated_key removed",
        f"BREAKING ~ {loc}: query parameter limit now required",
    ]


def test_renames_removed_fields_and_type_changes_are_breaking() -> None:
    def edit(d: dict[str, Any]) -> None:
        d["paths"]["/sims/{sim_id}"]["get"]["operationId"] = "fetchSim"
        props = d["components"]["schemas"]["Sim"]["properties"]
        del props["moduleType"]
        props["serialNumber"]["type"] = "integer"
    assert _lines(_changed(edit)) == [
        "BREAKING ~ operation GET /sims/{sim_id} (fetchSim): operationId getSim -> fetchSim",
        'BREAKING - schema Sim: field "moduleType" removed',
        "BREAKING ~ schema Sim.serialNumber: string -> integer",
    ]


def test_pagination_appearing_or_disappearing_is_breaking() -> None:
    def edit(d: dict[str, Any]) -> None:
        del d["paths"]["/sims"]["get"]["x-soracom-cli-pagination"]
    assert _lines(_changed(edit)) == ["BREAKING ~ operation GET /sims (listSims): no longer paginated"]


def test_documentation_only_changes_are_reported_but_not_breaking() -> None:
    def edit(d: dict[str, Any]) -> None:
        d["paths"]["/sims/{sim_id}"]["get"]["summary"] = "Gets a SIM"
        d["components"]["schemas"]["Sim"]["properties"]["status"]["description"] = "The status."
    assert _lines(_changed(edit)) == [
        "~ operation GET /sims/{sim_id} (getSim): documentation changed",
        "~ schema Sim.status: documentation changed",
    ]


def test_formatting_only_documentation_changes_are_counted_apart() -> None:
    def edit(d: dict[str, Any]) -> None:
        getsim = d["paths"]["/sims/{sim_id}"]["get"]
        words = str(getsim.get("description") or "Gets a SIM.").split()
        getsim["description"] = "**" + "\n\n".join(words) + "**\n"  # reflowed and marked up: same text
        d["components"]["schemas"]["Sim"]["properties"]["status"]["description"] = "A different text."
    new = ours()
    edit(new)
    text = render(diff(ours(), new), ours(), new)
    assert "operations: 0 added, 0 removed, 0 changed; schemas: 0 added, 0 removed, 1 changed" in text
    assert "formatting only (whitespace, line breaks, markup; counted apart): documentation of 1 operation," in text
    assert "~ schema Sim.status: documentation changed" in _lines(diff(ours(), new))
    formatting = text[text.index("Formatting only"):]
    assert "operation GET /sims/{sim_id} (getSim)" in formatting and "Sim.status" not in formatting


def test_tighter_request_constraints_are_breaking_and_looser_or_response_ones_are_not() -> None:
    def edit(d: dict[str, Any]) -> None:
        request = d["components"]["schemas"]["CreateSimRequest"]["properties"]
        request["subscription"]["pattern"] = "^plan"
        request["type"]["maxLength"] = 7
        d["paths"]["/sims"]["get"]["parameters"][1]["schema"]["enum"] = ["a", "b"]  # last_evaluated_key
        d["paths"]["/sims"]["get"]["parameters"][0]["schema"]["minimum"] = 1  # limit
        d["components"]["schemas"]["Sim"]["properties"]["simId"]["maxLength"] = 20  # answers only
    lines = _lines(_changed(edit))
    loc = "operation GET /sims (listSims)"
    assert f'BREAKING ~ {loc}: query parameter last_evaluated_key: now restricted to enum ["a", "b"]' in lines
    assert f"BREAKING ~ {loc}: query parameter limit: minimum (none) -> 1 (tighter)" in lines
    assert 'BREAKING ~ schema CreateSimRequest.subscription: pattern (none) -> "^plan" (tighter)' in lines
    assert "BREAKING ~ schema CreateSimRequest.type: maxLength (none) -> 7 (tighter)" in lines
    assert "~ schema Sim.simId: maxLength (none) -> 20 (tighter)" in lines  # the client only reads it
    looser = ours()
    edit(looser)
    looser["components"]["schemas"]["CreateSimRequest"]["properties"]["type"]["maxLength"] = 9
    assert "~ schema CreateSimRequest.type: maxLength 7 -> 9" in _lines(diff(_changed_doc(edit), looser))


def _changed_doc(edit: Any) -> dict[str, Any]:
    doc = ours()
    edit(doc)
    return doc


def test_new_paginated_operations_and_tag_descriptions_are_reported() -> None:
    base = without_new_paginated_operation(ours())
    new = extract(next_release(full_document(base), new_operation=True), previous=base)
    new["tags"][0]["description"] = "Where cells are."
    lines = _lines(diff(base, new))
    assert "+ operation GET /sims/{sim_id}/events (listSimEvents) [paginated]" in lines
    assert "+ operation POST /sims/{sim_id}/events (searchSimEvents)" in lines
    assert f"~ spec: tag {new['tags'][0]['name']}: documentation changed" in lines


def test_extract_cuts_both_sides_when_both_are_whole_documents(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    old = _write(tmp_path, "old.yaml", full_document(ours()))
    new = _write(tmp_path, "new.yaml", changed_full_document("new_model_property"))
    assert spec_diff.main([old, new, "--extract", "--fail-on-breaking"]) == 0
    out = capsys.readouterr().out
    assert "schemas: 0 added, 0 removed, 1 changed; 0 breaking changes" in out
    assert "Group" not in out and "auth" not in out


@pytest.mark.parametrize("content", [None, "openapi: [unclosed\n", "- a list\n"])
def test_an_unreadable_input_exits_3_with_one_line(content: str | None, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.yaml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert spec_diff.main([str(ROOT / "openapi.yaml"), str(path)]) == spec_diff.UNREADABLE == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"spec-diff: cannot read {path}: ")


def test_render_groups_by_operation_and_schema_and_lists_breaking_changes_first() -> None:
    new = extract(changed_full_document("enum_value_replaced"), previous=ours())
    text = render(diff(ours(), new), ours(), new)
    assert text.splitlines()[:5] == [
        f"API definition {ours()['info']['version']} -> 20991231-000000",
        "operations: 0 added, 0 removed, 0 changed; schemas: 0 added, 0 removed, 1 changed; 1 breaking change",
        "",
        "Breaking changes:",
        '  BREAKING - schema Sim.status: enum value "standby" removed',
    ]
    assert text.index("Schemas:") < text.index('      + status: enum + "testing"')


def _write(tmp_path: Path, name: str, doc: dict[str, Any]) -> str:
    path = tmp_path / name
    path.write_text(dump_yaml(doc), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(("change", "breaking"), [("new_model_property", False), ("removed_operation", True)])
def test_spec_diff_cli_exit_status(change: str, breaking: bool, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    old = str(ROOT / "openapi.yaml")
    new = _write(tmp_path, "full.yaml", changed_full_document(change))
    assert spec_diff.main([old, new, "--extract"]) == 0
    assert spec_diff.main([old, new, "--extract", "--fail-on-breaking"]) == (1 if breaking else 0)
    assert spec_diff.main([old, new, "--extract", "--format", "json"]) == 0
    out = capsys.readouterr().out
    items = json.loads(out[out.index("\n[") + 1:])
    assert any(item["breaking"] for item in items) == breaking
    assert set(items[0]) == {"kind", "location", "detail", "breaking"}


# ------------------------------------------------------------------ update_spec, sources


def _sandbox(tmp_path: Path) -> Path:
    box = tmp_path / "repo"
    (box / "soracom_client").mkdir(parents=True)
    for name in ("openapi.yaml", "spec-overlay.yaml", "generator-config.yaml"):
        shutil.copy(ROOT / name, box / name)
    shutil.copytree(ROOT / "tools", box / "tools", ignore=shutil.ignore_patterns("__pycache__"))
    return box


def _update(box: Path, source: str) -> subprocess.CompletedProcess[str]:
    return run_tool(box / "tools" / "update_spec.py", source, "--no-generate")


@pytest.fixture
def loopback(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """An HTTP server on 127.0.0.1 serving files from a directory; never the network."""
    root = tmp_path / "served"
    root.mkdir()
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.timeout = 10
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", root
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_update_spec_reads_a_url(loopback: tuple[str, Path], tmp_path: Path) -> None:
    url, served = loopback
    full = changed_full_document("new_operation")
    # JSON is how a publisher may well serve it; YAML is read the same way.
    (served / "soracom-api.json").write_text(json.dumps(full), encoding="utf-8")
    assert load_source(f"{url}/soracom-api.json") == full
    box = _sandbox(tmp_path)
    run = _update(box, f"{url}/soracom-api.json")
    assert run.returncode == 0, run.stderr
    assert "+ operation PUT /sims/{sim_id}/nickname (setSimNickname)" in run.stdout
    assert "setSimNickname" in (box / "openapi.yaml").read_text(encoding="utf-8")


def test_update_spec_reports_a_failed_download(loopback: tuple[str, Path], tmp_path: Path) -> None:
    url, _ = loopback
    box = _sandbox(tmp_path)
    run = _update(box, f"{url}/missing.yaml")
    assert run.returncode == 1
    assert "404" in run.stderr and "Traceback" not in run.stderr
    assert (box / "openapi.yaml").read_text(encoding="utf-8") == OURS_TEXT


def test_update_spec_with_an_unchanged_document_leaves_openapi_yaml_alone(tmp_path: Path) -> None:
    box = _sandbox(tmp_path)
    run = _update(box, _write(tmp_path, "full.yaml", full_document(ours())))
    assert run.returncode == 0, run.stderr
    assert "No changes to operations or schemas." in run.stdout
    assert "openapi.yaml is unchanged" in run.stdout
    assert (box / "openapi.yaml").read_text(encoding="utf-8") == OURS_TEXT


def test_update_spec_refuses_an_invalid_subset(tmp_path: Path) -> None:
    full = full_document(ours())
    del full["paths"]["/sims/{sim_id}"]["get"]["responses"]["200"]["description"]  # required by OpenAPI
    box = _sandbox(tmp_path)
    run = _update(box, _write(tmp_path, "full.yaml", full))
    assert run.returncode == 1
    assert "not valid OpenAPI" in run.stderr
    assert (box / "openapi.yaml").read_text(encoding="utf-8") == OURS_TEXT


def test_tags_takes_more_of_soracoms_api(tmp_path: Path) -> None:
    full = full_document(ours())
    assert spec_extract.parse_tags("", full) == spec_extract.TAGS
    assert spec_extract.parse_tags("Sim, Group", full) == ("Sim", "Group")
    assert set(spec_extract.parse_tags("all", full)) == {"Auth", "Group", "Lagoon", "Payment", *spec_extract.TAGS}
    box = _sandbox(tmp_path)
    run = run_tool(box / "tools" / "update_spec.py", _write(tmp_path, "full.yaml", full),
                   "--no-generate", "--tags", "Sim Subscriber SimProfileOrder CellLocation Group")
    assert run.returncode == 0, run.stderr
    assert "+ operation GET /groups/{group_id} (getGroup)" in run.stdout
    assert "getGroup" in (box / "openapi.yaml").read_text(encoding="utf-8")


def test_update_spec_fails_before_writing_when_an_overlay_target_disappeared(tmp_path: Path) -> None:
    full = full_document(ours())
    del full["components"]["schemas"]["SimDownlinkUdpRequest"]["properties"]["payload"]  # an overlay target
    full["info"]["version"] = "20991231-000000"
    box = _sandbox(tmp_path)
    run = _update(box, _write(tmp_path, "full.yaml", full))
    assert run.returncode == 1
    assert "spec-overlay.yaml does not apply" in run.stderr and "payload" in run.stderr
    assert "Traceback" not in run.stderr
    assert (box / "openapi.yaml").read_text(encoding="utf-8") == OURS_TEXT


# ------------------------------------------------------------------ workflow and make targets


@pytest.mark.parametrize("variable", ["SPEC", "OLD", "NEW", "SUMMARY", "DEMO_ARGS", "CHAOS_ARGS"])
def test_make_passes_user_variables_as_data(variable: str, tmp_path: Path) -> None:
    marker = tmp_path / "injected"
    # The argument parsers of the demo and the chaos suite refuse these values at once.
    target = {"SPEC": "update-spec", "SUMMARY": "update-spec", "DEMO_ARGS": "demo", "CHAOS_ARGS": "chaos"}.get(
        variable, "spec-diff")
    # Missing files, so the tools fail at once; the point is what the shell and make did with the values.
    base = {"SPEC": str(tmp_path / "none.yaml"), "OLD": str(tmp_path / "none.yaml"), "NEW": str(tmp_path / "none.yaml")}
    for value in (f'x"; touch {marker}; echo "', f"x'; touch {marker}; echo '", f"$(shell touch {marker})",
                  f"`touch {marker}`", f"$$(touch {marker})"):
        assigns = [f"{k}={v}" for k, v in {**base, variable: value}.items()]
        run = subprocess.run(["make", "-s", "-C", str(ROOT), target, *assigns], capture_output=True, text=True,
                             timeout=120)
        assert run.returncode != 0
        assert not marker.exists(), f"{variable}={value!r} ran as code"


def _make_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([A-Za-z0-9_.-]+):(?!=)", text, re.MULTILINE))


def test_spec_targets_exist_and_set_up_the_venv_first() -> None:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("update-spec", "spec-diff"):
        assert re.search(rf"^{target}: \$\(STAMP\)$", text, re.MULTILINE), target
    assert "make check-generated" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_the_regenerate_workflow_only_runs_make_targets() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "regenerate.yml").read_text(encoding="utf-8"))
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as True
    assert "schedule" in triggers and "spec" in triggers["workflow_dispatch"]["inputs"]
    targets = _make_targets()
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    runs = [step["run"] for step in steps if "run" in step]
    invoked: list[str] = []
    for run in runs:
        for command in filter(None, (c.strip() for c in re.split(r"\n|&&|;", run))):
            words = command.split()
            assert words[0] == "make", f"workflow step runs {command!r}, not a make target"
            invoked += [w for w in words[1:] if "=" not in w and not w.startswith("-")]
    assert invoked and set(invoked) <= targets, set(invoked) - targets
    assert "update-spec" in invoked and "check-generated" in invoked
    uses = [step["uses"] for step in steps if "uses" in step]
    assert all(re.search(r"@v\d+", u) for u in uses), uses  # pinned
    assert any(u.startswith("peter-evans/create-pull-request@") for u in uses)


def _workflow(name: str) -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8"))
    doc["on"] = doc.get("on", doc.get(True))  # YAML 1.1 reads a bare `on` as True
    return doc


def test_the_regenerate_workflow_defaults_caches_reports_and_labels() -> None:
    workflow = _workflow("regenerate.yml")
    text = (ROOT / ".github" / "workflows" / "regenerate.yml").read_text(encoding="utf-8")
    assert workflow["env"]["DEFAULT_SPEC_URL"] == (
        "https://raw.githubusercontent.com/soracom/soracom-cli/master/generators/assets/soracom-api.en.yaml")
    steps = workflow["jobs"]["regenerate"]["steps"]
    update = next(s for s in steps if "update-spec" in s.get("run", ""))
    assert update["env"]["SPEC"] == "${{ inputs.spec || vars.SORACOM_SPEC_URL || env.DEFAULT_SPEC_URL }}"
    assert 'OUTPUTS="$GITHUB_OUTPUT"' in update["run"] and update["id"] == "update"
    setup = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python@"))
    assert setup["with"]["cache"] == "pip"
    summary = next(s for s in steps if "job-summary" in s.get("run", ""))
    assert summary["if"] == "always()"  # a failed update still tells what changed
    pr = next(s for s in steps if s.get("uses", "").startswith("peter-evans/create-pull-request@"))
    assert pr["with"]["labels"] == "${{ steps.update.outputs.labels }}"
    assert {"CHANGELOG.md", "soracom_client/__init__.py", "pyproject.toml"} <= set(pr["with"]["add-paths"].split())
    assert "Allow GitHub Actions to create and approve pull requests" in text
    page = ROOT / "docs" / "regeneration.md"  # the workflow's documentation
    assert "Allow GitHub Actions to create and approve pull requests" in page.read_text(encoding="utf-8")


def test_the_ci_workflow_runs_ci_run_over_every_supported_python() -> None:
    workflow = _workflow("ci.yml")
    assert {"push", "pull_request"} <= set(workflow["on"])
    job = workflow["jobs"]["test"]
    assert job["strategy"]["matrix"]["python-version"] == ["3.10", "3.11", "3.12", "3.13"]
    assert [s["run"] for s in job["steps"] if "run" in s] == [".ci/run"]
    assert any(s.get("with", {}).get("cache") == "pip" for s in job["steps"])


def test_make_job_summary_appends_the_summary_for_the_run(tmp_path: Path) -> None:
    summary, job = tmp_path / "summary.md", tmp_path / "job.md"
    summary.write_text("## what changed\n", encoding="utf-8")
    job.write_text("before\n", encoding="utf-8")
    run = subprocess.run(["make", "-s", "-C", str(ROOT), "job-summary", f"SUMMARY={summary}"], capture_output=True,
                         text=True, timeout=60, env={**os.environ, "GITHUB_STEP_SUMMARY": str(job)})
    assert run.returncode == 0, run.stderr
    assert job.read_text(encoding="utf-8") == "before\n## what changed\n"


@pytest.mark.parametrize(("change", "bump", "version"), [
    ("removed_operation", "major", "1.0.0"), ("new_model_property", "minor", "0.2.0")])
def test_update_spec_bumps_the_version_once_and_writes_the_changelog(change: str, bump: str, version: str,
                                                                     tmp_path: Path) -> None:
    box = _sandbox(tmp_path)
    (box / "soracom_client" / "__init__.py").write_text('"""x"""\n\n__version__ = "0.1.0"\n', encoding="utf-8")
    (box / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "0.1.0"\n', encoding="utf-8")
    source = _write(tmp_path, "full.yaml", changed_full_document(change))
    outputs = tmp_path / "outputs"
    for _ in range(2):  # the second run finds openapi.yaml current: no second bump
        run = run_tool(box / "tools" / "update_spec.py", source, "--no-generate", "--outputs", str(outputs))
        assert run.returncode == 0, run.stderr
    assert f'__version__ = "{version}"' in (box / "soracom_client" / "__init__.py").read_text(encoding="utf-8")
    assert f'version = "{version}"' in (box / "pyproject.toml").read_text(encoding="utf-8")
    log = (box / "CHANGELOG.md").read_text(encoding="utf-8")
    assert log.startswith(f"# Changelog\n\n## {version}: Soracom API definition 20991231-000000\n")
    assert log.count("## ") == 1 and f"{bump} bump" in log
    if bump == "major":  # removed_operation: the operation and its only schema
        assert "breaking: 2 change(s)" in log
    first, second = outputs.read_text(encoding="utf-8").split("labels=")[1:]
    assert first.startswith("spec-update,breaking" if bump == "major" else "spec-update\n")
    assert "changed=false" in outputs.read_text(encoding="utf-8").split("labels=")[1]


def test_json_and_yaml_sources_load_alike(tmp_path: Path) -> None:
    as_json = tmp_path / "spec.json"
    as_json.write_text(json.dumps(ours()), encoding="utf-8")
    assert load_source(str(as_json)) == load_source(_write(tmp_path, "spec.yaml", ours())) == ours()
