"""The generated subpackage covers the whole spec and stays in step with it."""

from __future__ import annotations

import importlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import respx
import yaml

from tests.support.spec import dump_yaml, load_yaml, openapi
from tests.support.tools import run_tool

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from overlay import OverlayError, apply_overlay  # noqa: E402
from pipeline_rules import UnionError, apply_rules  # noqa: E402

SPEC = openapi()
OPERATIONS = [(op["tags"][0], op["operationId"]) for item in SPEC["paths"].values() for op in item.values()]


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def test_the_generated_operation_table_is_the_specs() -> None:
    from soracom_client.generated.api import OPERATIONS as GENERATED

    assert OPERATIONS and set(GENERATED) == {_snake(op_id) for _, op_id in OPERATIONS}


@pytest.mark.parametrize(("tag", "operation_id"), OPERATIONS, ids=[o for _, o in OPERATIONS])
def test_every_operation_has_a_generated_function(tag: str, operation_id: str) -> None:
    module = importlib.import_module(f"soracom_client.generated.api.{_snake(tag)}.{_snake(operation_id)}")
    for fn in ("asyncio_detailed", "sync_detailed"):  # bodiless operations have only these
        assert callable(getattr(module, fn)), f"{operation_id}: no {fn}()"


def test_generated_files_carry_the_do_not_edit_header() -> None:
    files = list((ROOT / "soracom_client" / "generated").rglob("*.py"))
    assert len(files) > len(OPERATIONS)  # one module per operation, plus models and support
    for path in files:
        assert path.read_text(encoding="utf-8").startswith("# Generated from openapi.yaml"), path


@respx.mock
async def test_the_rtsp_snapshot_returns_bytes() -> None:
    from soracom_client.generated.api.sim import send_downlink_rtsp
    from soracom_client.generated.client import AuthenticatedClient
    from soracom_client.generated.models import SimDownlinkRtspRequest

    jpeg = b"\xff\xd8\xff\xe0 not really a jpeg \xff\xd9"
    route = respx.post("https://api.test/v1/sims/8942/downlink/rtsp").mock(
        return_value=httpx.Response(200, content=jpeg, headers={"content-type": "image/jpeg"}))
    client = AuthenticatedClient(base_url="https://api.test/v1", token="t")
    body = SimDownlinkRtspRequest.from_dict({"command": "snapshot", "port": 554})
    result = await send_downlink_rtsp.asyncio("8942", client=client, body=body)
    assert result == jpeg
    assert route.called


def test_send_downlink_tcp_is_generated_with_its_oneof_options() -> None:
    from soracom_client.generated.models import SimDownlinkTcpRequest

    req = SimDownlinkTcpRequest.from_dict(
        {"port": 5000, "payload": "aGk=", "connectionOptions": {"type": "fire_and_forget"}})
    assert req.to_dict()["connectionOptions"] == {"type": "fire_and_forget"}


# ------------------------------------------------------------ check-generated


def _sandbox(tmp_path: Path) -> Path:
    """A copy of everything generation reads and writes, so tests can break it."""
    box = tmp_path / "repo"
    for name in ("openapi.yaml", "spec-overlay.yaml", "generator-config.yaml"):
        (box / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, box / name)
    for name in ("custom_templates", "tools", "soracom_client/generated"):
        shutil.copytree(ROOT / name, box / name, ignore=shutil.ignore_patterns("__pycache__"))
    return box


def _check(box: Path) -> subprocess.CompletedProcess[str]:
    return run_tool(box / "tools" / "generate.py", "--check")


def test_check_generated_passes_on_the_committed_code(tmp_path: Path) -> None:
    result = _check(_sandbox(tmp_path))
    assert result.returncode == 0, result.stderr


def test_check_generated_fails_naming_a_hand_edited_file(tmp_path: Path) -> None:
    box = _sandbox(tmp_path)
    edited = box / "soracom_client/generated/api/sim/get_sim.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# hand edit\n", encoding="utf-8")
    (box / "soracom_client/generated/models/extra.py").write_text("x = 1\n", encoding="utf-8")
    result = _check(box)
    assert result.returncode == 1
    assert "soracom_client/generated/api/sim/get_sim.py" in result.stderr
    assert "soracom_client/generated/models/extra.py (not generated)" in result.stderr


def test_check_generated_fails_when_the_spec_changes_without_regeneration(tmp_path: Path) -> None:
    box = _sandbox(tmp_path)
    spec = box / "openapi.yaml"
    doc = load_yaml(spec.read_text(encoding="utf-8"))
    tag, op_id = OPERATIONS[0]  # whichever operation comes first: its docstring carries its summary
    for item in doc["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == op_id:
                op["summary"] = f"{op.get('summary', '')} (changed)"
    spec.write_text(dump_yaml(doc), encoding="utf-8")
    result = _check(box)
    assert result.returncode == 1
    assert f"soracom_client/generated/api/{_snake(tag)}/{_snake(op_id)}.py" in result.stderr


def test_a_generator_warning_fails_generation(tmp_path: Path) -> None:
    # 0.29.1 warns about a request body it cannot resolve and drops the operation: that must not pass.
    box = _sandbox(tmp_path)
    spec = box / "openapi.yaml"
    doc = load_yaml(spec.read_text(encoding="utf-8"))
    op = doc["paths"]["/sims/{sim_id}/downlink/tcp"]["post"]
    op["requestBody"]["content"]["application/json"]["schema"] = {"$ref": "#/components/schemas/Missing"}
    spec.write_text(dump_yaml(doc), encoding="utf-8")
    result = _check(box)
    assert result.returncode == 1
    assert "POST /sims/{sim_id}/downlink/tcp" in result.stderr


# ------------------------------------------------------------ overlay


def test_overlay_removes_and_updates_without_touching_the_spec() -> None:
    spec = {"components": {"schemas": {"A": {"type": "object", "default": {}, "properties": {"x": {}}}}}}
    out = apply_overlay(spec, {"actions": [
        {"target": "$.components.schemas.A.default", "remove": True},
        {"target": "$.components.schemas['A'].properties.x", "update": {"type": "string"}},
    ]})
    assert out == {"components": {"schemas": {"A": {"type": "object", "properties": {"x": {"type": "string"}}}}}}
    assert "default" in spec["components"]["schemas"]["A"]


@pytest.mark.parametrize(("action", "message"), [
    ({"target": "$.components.schemas.Missing.default", "remove": True}, "does not exist"),
    ({"target": "$..default", "remove": True}, "unsupported syntax"),
    ({"target": "$.components", "frobnicate": True}, "needs `remove: true`"),
])
def test_overlay_rejects_actions_that_do_not_apply(action: dict[str, object], message: str) -> None:
    with pytest.raises(OverlayError, match=re.escape(message)):
        apply_overlay({"components": {"schemas": {}}}, {"actions": [action]})


# ------------------------------------------------------------ pipeline rules


def _union_spec(*variants: dict[str, object], default: object = None) -> dict[str, object]:
    schemas: dict[str, object] = {f"V{i}": v for i, v in enumerate(variants)}
    union: dict[str, object] = {"oneOf": [{"$ref": f"#/components/schemas/V{i}"} for i in range(len(variants))]}
    if default is not None:
        union["default"] = default
    schemas["Req"] = {"type": "object", "properties": {"options": union}}
    return {"components": {"schemas": schemas}}


def _tagged(tag: object, **extra: object) -> dict[str, object]:
    return {"type": "object", "properties": {"type": {"type": "string", "enum": [tag]}, **extra}}


def test_tagged_union_variants_get_their_type_default_from_their_one_value_enum() -> None:
    spec = _union_spec(_tagged("wait_all"), _tagged("silence", silence={"type": "integer"}),
                       default={"type": "wait_all"})
    out = apply_rules(spec)
    schemas = out["components"]["schemas"]
    assert [schemas[f"V{i}"]["properties"]["type"]["default"] for i in range(2)] == ["wait_all", "silence"]
    options = schemas["Req"]["properties"]["options"]
    assert "default" not in options  # 0.29.1 would drop the operation over it; the API applies it anyway
    assert options["discriminator"] == {"propertyName": "type", "mapping": {
        "wait_all": "#/components/schemas/V0", "silence": "#/components/schemas/V1"}}
    assert "default" not in spec["components"]["schemas"]["V0"]["properties"]["type"]  # the input is untouched


@pytest.mark.parametrize(("variants", "message"), [
    ((_tagged("a"), {"type": "object", "properties": {"x": {"type": "string"}}}), "V1 carries no `type`"),
    ((_tagged("a"), {"type": "object", "properties": {"type": {"type": "string"}}}), "not a one-value enum"),
    ((_tagged("a"), _tagged("a")), "share the tag 'a'"),
])
def test_a_union_the_pipeline_cannot_handle_fails_naming_it(variants: tuple[dict[str, object], ...],
                                                          message: str) -> None:
    with pytest.raises(UnionError, match=re.escape(message)) as info:
        apply_rules(_union_spec(*variants))
    assert "components.schemas.Req.properties.options" in str(info.value)


def test_the_overlay_keeps_no_hand_kept_union_list() -> None:
    actions = yaml.safe_load((ROOT / "spec-overlay.yaml").read_text(encoding="utf-8"))["actions"]
    assert not [a for a in actions if a["target"].endswith(".type") or "discriminator" in (a.get("update") or {})
                or a["target"].endswith(".default")]


# ------------------------------------------------------------ generation cache


def test_the_generation_cache_key_covers_every_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SORACOM_GENERATE_CACHE reuses a generation only for the same inputs: any change to the prepared spec,
    a template (the pagination one included) or the generator config gives another digest."""
    import generate

    spec = tmp_path / "prepared-openapi.json"
    spec.write_text('{"openapi": "3.0.3"}', encoding="utf-8")
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "custom_templates", templates)
    config = tmp_path / "generator-config.yaml"
    shutil.copy(ROOT / "generator-config.yaml", config)
    monkeypatch.setattr(generate, "CONFIG", config)
    first = generate._inputs_digest(spec, templates)
    assert generate._inputs_digest(spec, templates) == first  # the same inputs, the same entry

    def changed(path: Path, text: str) -> str:
        before = path.read_bytes()
        path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")
        try:
            return generate._inputs_digest(spec, templates)
        finally:
            path.write_bytes(before)

    template = sorted(templates.glob("*.jinja"))[0]
    digests = {first, changed(spec, " "), changed(template, "{# x #}"), changed(config, "# x\n")}
    (templates / "_soracom_pagination.jinja").write_text("{% set PAGINATED = {} %}\n", encoding="utf-8")
    digests.add(generate._inputs_digest(spec, templates))
    assert len(digests) == 5


def test_a_cached_generation_is_reused_and_a_failed_one_is_not_kept(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import generate

    cache = tmp_path / "cache"
    monkeypatch.setenv(generate.CACHE_ENV, str(cache))
    made: list[Path] = []

    def fake_generate(prepared: Path, templates: Path, table: object, out_dir: Path) -> None:
        made.append(out_dir)
        if len(made) == 1:
            raise generate.GenerationError("the first attempt fails")
        (out_dir / "pkg").mkdir(parents=True)
        (out_dir / "pkg" / "mod.py").write_text("x = 1\n", encoding="utf-8")

    monkeypatch.setattr(generate, "_generate", fake_generate)
    with pytest.raises(generate.GenerationError):
        generate.generate_into(tmp_path / "out0")
    for n in (1, 2):
        generate.generate_into(tmp_path / f"out{n}")
        assert (tmp_path / f"out{n}" / "pkg" / "mod.py").read_text(encoding="utf-8") == "x = 1\n"
    assert len(made) == 2  # the failure was not cached; the success was, and served the third call
