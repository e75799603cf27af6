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
_OURS = yaml.load(OURS_TEXT, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml: ~8x faster
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


# ------------------------------------------------- a realistic next release of a whole document

SILENCE_VARIANT = "SimDownlinkTcpConnectionSilenceOptions"
EVENT_VARIANTS = {"SimEventStatusChanged": "status_changed", "SimEventSessionCreated": "session_created"}


def unset_expiry_answers_the_record(doc: Spec) -> None:
    """The two unset-expiry operations answer 200 with the record instead of 204."""
    for path, model in (("/sims/{sim_id}/unset_expiry_time", "Sim"),
                        ("/subscribers/{imsi}/unset_expiry_time", "Subscriber")):
        for op in doc["paths"][path].values():
            if isinstance(op, dict) and "responses" in op:
                rest = {k: v for k, v in op["responses"].items() if k != "204"}
                op["responses"] = {"200": {"content": {"application/json": {"schema": {
                    "$ref": f"#/components/schemas/{model}"}}}, "description": "The updated record."}, **rest}


def new_tcp_connection_option(doc: Spec) -> None:
    """A new variant of the TCP downlink's tagged union, carrying its own one-value `type` enum."""
    doc["components"]["schemas"][SILENCE_VARIANT] = {
        "description": "Waits until the device is silent for `silence` seconds.",
        "properties": {"silence": {"description": "Seconds of silence.", "type": "integer"},
                       "type": {"enum": ["silence"], "type": "string"}},
        "required": ["silence"], "type": "object"}
    options = doc["components"]["schemas"]["SimDownlinkTcpRequest"]["properties"]["connectionOptions"]
    ref = {"$ref": f"#/components/schemas/{SILENCE_VARIANT}"}
    if ref not in options["oneOf"]:  # idempotent: the spec may already be at this release
        options["oneOf"].append(ref)


def new_paginated_operation(doc: Spec) -> None:
    """A paginated list in our tags whose items hold a new tagged union (variants carry `type`), and
    whose request takes a oneOf property with a `default` (a style Soracom uses)."""
    schemas = doc["components"]["schemas"]
    for name, tag in EVENT_VARIANTS.items():
        schemas[name] = {"properties": {"type": {"enum": [tag], "type": "string"},
                                        "detail": {"type": "string"}}, "type": "object"}
    schemas["SimEvent"] = {"properties": {
        "simId": {"type": "string"}, "time": {"format": "int64", "type": "integer"},
        "event": {"oneOf": [{"$ref": f"#/components/schemas/{n}"} for n in EVENT_VARIANTS]}},
        "required": ["simId", "time"], "type": "object"}
    schemas["SimEventSearchRequest"] = {"properties": {
        "filter": {"default": {"type": "status_changed"},
                   "oneOf": [{"$ref": f"#/components/schemas/{n}"} for n in EVENT_VARIANTS]}},
        "type": "object"}
    doc["paths"]["/sims/{sim_id}/events"] = {
        "get": {
            "description": "Lists a SIM's events, newest first.",
            "operationId": "listSimEvents",
            "parameters": [
                {"in": "path", "name": "sim_id", "required": True, "schema": {"type": "string"}},
                {"in": "query", "name": "limit", "required": False, "schema": {"type": "integer"}},
                {"in": "query", "name": "last_evaluated_key", "required": False, "schema": {"type": "string"}}],
            "responses": {"200": {"content": {"application/json": {"schema": {
                "items": {"$ref": "#/components/schemas/SimEvent"}, "type": "array"}}},
                "description": "A page of events."}},
            "security": SEC, "summary": "List a SIM's events", "tags": ["Sim"],
            "x-soracom-cli": ["sims list-events"],
            "x-soracom-cli-pagination": {"request": {"param": "last_evaluated_key"},
                                         "response": {"header": "x-soracom-next-key"}}},
        "post": {
            "description": "Searches a SIM's events.",
            "operationId": "searchSimEvents",
            "parameters": [{"in": "path", "name": "sim_id", "required": True, "schema": {"type": "string"}}],
            "requestBody": {"content": {"application/json": {"schema": {
                "$ref": "#/components/schemas/SimEventSearchRequest"}}}, "required": True},
            "responses": {"200": {"content": {"application/json": {"schema": {
                "items": {"$ref": "#/components/schemas/SimEvent"}, "type": "array"}}},
                "description": "Matching events."}},
            "security": SEC, "summary": "Search a SIM's events", "tags": ["Sim"]},
    }


def without_new_paginated_operation(doc: Spec) -> Spec:
    """`doc` without what `new_paginated_operation` adds: a base to add it to, even after an update brought it."""
    out = copy.deepcopy(doc)
    out["paths"].pop("/sims/{sim_id}/events", None)
    for name in [*EVENT_VARIANTS, "SimEvent", "SimEventSearchRequest"]:
        out["components"]["schemas"].pop(name, None)
    return out


def next_release(doc: Spec, version: str = "20991231-000000", *, new_operation: bool = False) -> Spec:
    """`doc` (ours or a whole Soracom document) changed the way Soracom's releases change it."""
    out = copy.deepcopy(doc)
    out["info"]["version"] = version
    unset_expiry_answers_the_record(out)
    # Names of their own, so that the CHANGES above still change a spec updated to this release.
    _schema(out, "CreateSimRequest")["properties"]["memo"] = {"description": "A memo.", "type": "string"}
    _schema(out, "Sim")["properties"]["label"] = {"description": "A label.", "type": "string"}
    new_tcp_connection_option(out)
    if new_operation:
        new_paginated_operation(out)
    return out


if __name__ == "__main__":  # python synthetic_spec.py WHOLE.yaml OUT.yaml [--new-operation]: a next release
    import sys
    source = yaml.safe_load(Path(sys.argv[1]).read_text(encoding="utf-8"))
    Path(sys.argv[2]).write_text(yaml.safe_dump(next_release(source, new_operation="--new-operation" in sys.argv),
                                                sort_keys=False, allow_unicode=True), encoding="utf-8")


# ------------------------------------- every construct of Soracom's whole document, inside our tags

def _synthetic_op(op_id: str, summary: str, *, params: list[dict[str, Any]] | None = None,
                  body: dict[str, Any] | None = None, ok: dict[str, Any] | None = None,
                  paginated: bool = False) -> dict[str, Any]:
    op: dict[str, Any] = {
        "operationId": op_id, "summary": summary, "tags": ["Sim"], "security": SEC,
        "parameters": [{"in": "path", "name": "sim_id", "required": True, "schema": {"type": "string"}},
                       *(params or [])],
        "responses": {"200": ok or {"description": "OK"}}}
    if body is not None:
        op["requestBody"] = {"content": body, "required": True}
    if paginated:
        op["parameters"].append({"in": "query", "name": "last_evaluated_key", "schema": {"type": "string"}})
        op["x-soracom-cli-pagination"] = {"request": {"param": "last_evaluated_key"},
                                          "response": {"header": "x-soracom-next-key"}}
    return op


def _json(schema: dict[str, Any], example: Any = None) -> dict[str, Any]:
    media: dict[str, Any] = {"schema": schema}
    if example is not None:
        media["example"] = example
    return {"content": {"application/json": media}, "description": "OK"}


WRAPPED_EXAMPLE = {"orderedSyntheticList": [{"simId": "s1"}, {"simId": "s2"}]}


def every_construct(doc: Spec) -> None:
    """The constructs of Soracom's whole document the stock generator cannot handle, in our `Sim` tag."""
    schemas = doc["components"]["schemas"]
    schemas["SyntheticRule"] = {"type": "object", "properties": {
        # a string schema whose enum holds booleans
        "reevaluate": {"type": "string", "enum": [True, False], "description": "Boolean as a string."},
        # a union of inline objects
        "target": {"oneOf": [{"type": "object", "properties": {"group": {"type": "string"}}},
                             {"type": "object", "properties": {"count": {"type": "integer"}}}]}}}
    schemas["SyntheticModel"] = {"type": "object", "properties": {"name": {"type": "string"}}}
    schemas["SyntheticWrappedList"] = {"type": "object", "required": ["orderedSyntheticList"], "properties": {
        "orderedSyntheticList": {"type": "array", "items": {"$ref": "#/components/schemas/Sim"}}}}
    schemas["SyntheticTwoLists"] = {"type": "object", "properties": {
        "events": {"type": "array", "items": {"type": "string"}},
        "records": {"type": "array", "items": {"type": "string"}}}}
    binary = {"type": "string", "format": "binary"}
    paths = doc["paths"]
    paths["/sims/{sim_id}/synthetic/files/{scope}/{path}"] = {"put": _synthetic_op(
        "putSyntheticFile", "A file body (*/*) and a path parameter with a default",
        params=[{"in": "path", "name": "scope", "required": True,
                 "schema": {"type": "string", "enum": ["private", "public"], "default": "private"}},
                {"in": "path", "name": "path", "required": True, "schema": {"type": "string"}}],
        body={"*/*": {"schema": binary}})}
    paths["/sims/{sim_id}/synthetic/data"] = {"post": _synthetic_op(
        "saveSyntheticData", "A body in JSON, binary and text/plain",
        body={"application/json": {"schema": {"type": "string"}}, "application/octet-stream": {"schema": binary},
              "text/plain": {"schema": {"type": "string"}}})}
    paths["/sims/{sim_id}/synthetic/model"] = {"post": _synthetic_op(
        "createSyntheticModel", "A body in JSON and XML",
        body={"application/json": {"schema": {"$ref": "#/components/schemas/SyntheticModel"}},
              "application/xml": {"schema": {"$ref": "#/components/schemas/SyntheticModel"}}})}
    paths["/sims/{sim_id}/synthetic/upload"] = {"post": _synthetic_op(
        "uploadSyntheticFile", "A multipart body with a file",
        body={"multipart/form-data": {"schema": {"type": "object", "properties": {"file": binary}}}})}
    paths["/sims/{sim_id}/synthetic/rule"] = {"put": _synthetic_op(
        "putSyntheticRule", "A boolean string enum, a union of inline objects, a default outside its enum",
        params=[{"in": "query", "name": "status", "schema": {"type": "string", "enum": ["active"],
                                                             "default": "and"}}],
        body={"application/json": {"schema": {"$ref": "#/components/schemas/SyntheticRule"}}},
        ok=_json({"$ref": "#/components/schemas/SyntheticRule"}))}
    paths["/sims/{sim_id}/synthetic/ordered"] = {"get": _synthetic_op(
        "listSyntheticOrdered", "Paginated, the list wrapped in an object",
        ok=_json({"$ref": "#/components/schemas/SyntheticWrappedList"}, WRAPPED_EXAMPLE), paginated=True)}
    paths["/sims/{sim_id}/synthetic/recordings"] = {"get": _synthetic_op(
        "listSyntheticRecordings", "Paginated, two lists in an object",
        ok=_json({"$ref": "#/components/schemas/SyntheticTwoLists"}, {"events": ["e"], "records": ["r"]}),
        paginated=True)}
