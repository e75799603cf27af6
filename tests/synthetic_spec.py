"""Synthetic Soracom documents for the update-spec tests.

`full_document(ours)` embeds our openapi.yaml among unrelated operations, tags
and schemas (as Soracom's whole-API document would), and the CHANGES below
each edit our part the way a new Soracom release might.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
OURS_TEXT = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
_OURS = yaml.safe_load(OURS_TEXT)
SEC = [{"api_key": [], "api_token": []}]


def ours() -> dict[str, Any]:
    return copy.deepcopy(_OURS)


def _op(op_id: str, tag: str, schema: str | None = None) -> dict[str, Any]:
    ok: dict[str, Any] = {"description": "OK"}
    if schema:
        ok["content"] = {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}
    return {"operationId": op_id, "responses": {"200": ok}, "security": SEC, "summary": op_id, "tags": [tag]}


def _insert_before(mapping: dict[str, Any], before: str, key: str, value: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in mapping.items():
        if k == before:
            out[key] = value
        out[k] = v
    return out


def full_document(doc: dict[str, Any]) -> dict[str, Any]:
    """`doc` as part of a bigger, unrelated API: other tags, paths, schemas, schemes, top-level keys."""
    full = copy.deepcopy(doc)
    full["info"] = {"title": "Soracom API", "description": "The whole Soracom API.", "version": doc["info"]["version"]}
    paths: dict[str, Any] = {"/auth": {"post": _op("auth", "Auth", "AuthResponse")}}
    paths.update(full["paths"])
    paths = _insert_before(paths, "/sims/{sim_id}", "/groups/{group_id}",
                           {"get": _op("getGroup", "Group", "Group"),
                            "parameters": [{"in": "path", "name": "group_id", "required": True,
                                            "schema": {"type": "string"}}]})
    # A path shared with our operations, carrying one operation of another tag.
    paths["/sims/{sim_id}"]["patch"] = _op("patchSimForLagoon", "Lagoon", "LagoonSim")
    paths["/volume_discounts"] = {"get": _op("listVolumeDiscounts", "Payment", "VolumeDiscount")}
    full["paths"] = paths
    full["tags"] = sorted([*full["tags"], {"name": "Auth", "description": "Auth"},
                           {"name": "Group", "description": "Groups"}, {"name": "Lagoon"},
                           {"name": "Payment"}], key=lambda t: t["name"])
    schemas = {
        "AuthResponse": {"properties": {"token": {"type": "string"}}, "type": "object"},
        **full["components"]["schemas"],
    }
    group = {"properties": {"tags": {"$ref": "#/components/schemas/GroupTagSet"}}, "type": "object"}
    schemas = _insert_before(schemas, "Sim", "Group", group)
    schemas["LagoonSim"] = {"allOf": [{"$ref": "#/components/schemas/Sim"}, {"type": "object"}]}
    schemas["GroupTagSet"] = {"additionalProperties": {"type": "string"}, "type": "object"}
    schemas["VolumeDiscount"] = {"properties": {"months": {"type": "integer"}}, "type": "object"}
    full["components"]["schemas"] = schemas
    full["components"]["securitySchemes"]["unused_oauth"] = {"type": "http", "scheme": "bearer"}
    full["x-tagGroups"] = [{"name": "Everything", "tags": ["Auth", "Group", "Sim"]}]
    return full


# ------------------------------------------------------------ changes to our part

Spec = dict[str, Any]


def _schema(doc: Spec, name: str) -> dict[str, Any]:
    schema: dict[str, Any] = doc["components"]["schemas"][name]
    return schema


def new_optional_body_field(doc: Spec) -> None:
    _schema(doc, "CreateSimRequest")["properties"]["note"] = {"description": "A note.", "type": "string"}


def no_content_becomes_model(doc: Spec) -> None:
    op = doc["paths"]["/sims/{sim_id}/tags/{tag_name}"]["delete"]
    op["responses"] = {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Sim"}}},
                               "description": "The SIM without the tag."},
                       **{k: v for k, v in op["responses"].items() if k != "204"}}


def enum_value_replaced(doc: Spec) -> None:
    status = _schema(doc, "Sim")["properties"]["status"]
    status["enum"] = ["testing" if v == "standby" else v for v in status["enum"]]


def new_model_property(doc: Spec) -> None:
    _schema(doc, "Sim")["properties"]["nickname"] = {"description": "A nickname.", "type": "string"}


def new_operation(doc: Spec) -> None:
    doc["paths"]["/sims/{sim_id}/nickname"] = {"put": {
        "operationId": "setSimNickname",
        "parameters": [{"in": "path", "name": "sim_id", "required": True, "schema": {"type": "string"}}],
        "requestBody": {"content": {"application/json": {"schema": {
            "$ref": "#/components/schemas/SetSimNicknameRequest"}}}, "required": True},
        "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Sim"}}},
                              "description": "The updated SIM."}},
        "security": SEC, "summary": "Sets a SIM's nickname", "tags": ["Sim"],
    }}
    # Two new schemas, one only reachable through the other: extraction must follow refs transitively.
    doc["components"]["schemas"]["SetSimNicknameRequest"] = {
        "properties": {"nickname": {"type": "string"},
                       "options": {"$ref": "#/components/schemas/SimNicknameOptions"}},
        "required": ["nickname"], "type": "object"}
    doc["components"]["schemas"]["SimNicknameOptions"] = {
        "properties": {"overwrite": {"type": "boolean"}}, "type": "object"}


def removed_operation(doc: Spec) -> None:
    del doc["paths"]["/sims/{sim_id}/statuses/history"]


CHANGES: dict[str, Callable[[Spec], None]] = {
    "new_optional_body_field": new_optional_body_field,
    "no_content_becomes_model": no_content_becomes_model,
    "enum_value_replaced": enum_value_replaced,
    "new_model_property": new_model_property,
    "new_operation": new_operation,
    "removed_operation": removed_operation,
}


def changed_full_document(change: str, version: str = "20991231-000000") -> Spec:
    doc = ours()
    CHANGES[change](doc)
    doc["info"]["version"] = version
    return full_document(doc)
