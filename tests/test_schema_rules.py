"""Request validation rules a caller relies on, on cases found in openapi.yaml (through the generated
spec table): a boolean is not an integer, every array item and every additionalProperties value is
checked, and a bound is a bound (the minimum itself is accepted, one below it refused)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from test_path_parameters import minimal

from soracom_client import _schema
from soracom_client.errors import RequestValidationError
from soracom_client.generated._spec import OPERATIONS


def _params(kind: str) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(operationId, parameter, schema) of every query/path parameter of this type, in operations
    that can be validated without a body."""
    found = []
    for op_id, op in OPERATIONS.items():
        if op["body"] is not None and op["body_required"]:
            continue
        for param in op["parameters"]:
            schema = _schema.resolve(param["schema"])
            if schema.get("type") == kind:
                found.append((op_id, param, schema))
    return found


def _others(op_id: str, skip: str) -> dict[str, Any]:
    return {p["name"]: minimal(p["schema"]) for p in OPERATIONS[op_id]["parameters"]
            if p["required"] and p["name"] != skip}


INTEGERS = _params("integer")
BOUNDED = [case for case in INTEGERS if "minimum" in case[2]]


def test_the_spec_has_cases_for_these_rules() -> None:
    assert INTEGERS and BOUNDED


@pytest.mark.parametrize(("op_id", "param", "schema"), INTEGERS, ids=[f"{o}.{p['name']}" for o, p, _ in INTEGERS])
@pytest.mark.parametrize("value", [True, False])
def test_a_boolean_is_not_an_integer(op_id: str, param: dict[str, Any], schema: dict[str, Any], value: bool) -> None:
    with pytest.raises(RequestValidationError) as raised:
        _schema.validate_request(op_id, {**_others(op_id, param["name"]), param["name"]: value}, None)
    assert raised.value.field == param["name"] and raised.value.rule == "type integer"


@pytest.mark.parametrize(("op_id", "param", "schema"), BOUNDED, ids=[f"{o}.{p['name']}" for o, p, _ in BOUNDED])
def test_the_minimum_is_accepted_and_one_below_refused(op_id: str, param: dict[str, Any],
                                                       schema: dict[str, Any]) -> None:
    others = _others(op_id, param["name"])
    _schema.validate_request(op_id, {**others, param["name"]: schema["minimum"]}, None)
    with pytest.raises(RequestValidationError) as raised:
        _schema.validate_request(op_id, {**others, param["name"]: schema["minimum"] - 1}, None)
    assert raised.value.field == param["name"] and raised.value.rule == f"minimum {schema['minimum']}"
    if "maximum" in schema:
        _schema.validate_request(op_id, {**others, param["name"]: schema["maximum"]}, None)
        with pytest.raises(RequestValidationError):
            _schema.validate_request(op_id, {**others, param["name"]: schema["maximum"] + 1}, None)


def _array_bodies() -> list[tuple[str, dict[str, Any], str]]:
    """(operationId, body schema, a required field of its items) for bodies that are arrays of objects."""
    found = []
    for op_id, op in OPERATIONS.items():
        body = _schema.resolve(op["body"]) if op["body"] is not None else {}
        items = _schema.resolve(body.get("items", {})) if body.get("type") == "array" else {}
        if items.get("required"):
            found.append((op_id, body, items["required"][0]))
    return found


def _free_maps() -> list[tuple[str, dict[str, Any], str, str]]:
    """(operationId, body schema, property, its values' type) for body properties that are free-form maps."""
    found = []
    for op_id, op in OPERATIONS.items():
        body = _schema.resolve(op["body"]) if op["body"] is not None else {}
        for name, prop in body.get("properties", {}).items():
            extra = _schema.resolve(prop).get("additionalProperties")
            if isinstance(extra, dict) and extra.get("type") in ("string", "integer", "boolean"):
                found.append((op_id, body, name, extra["type"]))
    return found


ARRAYS = _array_bodies()
MAPS = _free_maps()


def _no_path(op_id: str) -> dict[str, Any]:
    return {p["name"]: minimal(p["schema"]) for p in OPERATIONS[op_id]["parameters"] if p["required"]}


@pytest.mark.parametrize(("op_id", "body", "required"), ARRAYS, ids=[o for o, _, _ in ARRAYS])
def test_every_array_item_is_checked(op_id: str, body: dict[str, Any], required: str) -> None:
    good = minimal(body["items"])
    _schema.validate_request(op_id, _no_path(op_id), [good, good])
    with pytest.raises(RequestValidationError) as raised:
        _schema.validate_request(op_id, _no_path(op_id), [good, {k: v for k, v in good.items() if k != required}])
    assert raised.value.field == f"body[1].{required}" and raised.value.rule == "required"


@pytest.mark.parametrize(("op_id", "body", "name", "kind"), MAPS, ids=[f"{o}.{n}" for o, _, n, _ in MAPS])
def test_every_value_of_a_free_form_map_is_checked(op_id: str, body: dict[str, Any], name: str, kind: str) -> None:
    document = minimal(body)
    good = {"string": "v", "integer": 1, "boolean": True}[kind]
    _schema.validate_request(op_id, _no_path(op_id), {**document, name: {"a": good}})
    with pytest.raises(RequestValidationError) as raised:
        _schema.validate_request(op_id, _no_path(op_id), {**document, name: {"a": good, "b": [1]}})
    assert raised.value.field == f"body.{name}.b" and raised.value.rule == f"type {kind}"


def test_the_spec_has_array_bodies_and_free_form_maps() -> None:
    assert ARRAYS and MAPS


# -- explaining a response that failed to parse (`find_mismatch`): where it broke, and only what breaks --

_TAG = {"type": "object", "properties": {"k": {"type": "string"}}}
_THING = {"type": "object", "required": ["id", "notInProperties"], "properties": {
    "id": {"type": "string"},
    "tags": {"type": "array", "items": _TAG},
    "names": {"type": "array", "items": {"type": "string"}},
    "meta": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "integer"}}},
    "loose": {"type": "object", "additionalProperties": True},
    "either": {"oneOf": [{"type": "string"}, _TAG]},
    "any": {"anyOf": [{"type": "array"}, {"type": "integer"}]},
    "untyped": {"properties": {"x": {"type": "boolean"}}},
}}


@pytest.mark.parametrize(("value", "found"), [
    (["id"], ("$", "expected an object, got array")),
    ({}, ("$.id", "required field is missing")),
    ({"id": {"a": 1}}, ("$.id", "expected string, got object")),
    ({"id": "1", "tags": {"k": "v"}}, ("$.tags", "expected an array, got object")),
    ({"id": "1", "tags": [{"k": "v"}, None]}, ("$.tags[1]", "expected an object, got null")),
    ({"id": "1", "tags": [{"k": "v"}, {"k": ["v"]}]}, ("$.tags[1].k", "expected string, got array")),
    ({"id": "1", "meta": {"a": [1], "b": 5}}, ("$.meta.b", "expected an array, got integer")),
    ({"id": "1", "meta": {"a": [1, True, {}]}}, ("$.meta.a[2]", "expected integer, got object")),
    ({"id": "1", "either": [1]}, ("$.either", "expected string, got array")),
    ({"id": "1", "any": {"a": 1}}, ("$.any", "expected an array, got object")),
    ({"id": "1", "untyped": [True]}, ("$.untyped", "expected an object, got array")),
    ({"id": "1", "untyped": {"x": [1.5]}}, ("$.untyped.x", "expected boolean, got array")),
])
def test_a_response_mismatch_names_its_path_and_reason(value: Any, found: tuple[str, str]) -> None:
    assert _schema.find_mismatch(_THING, value) == found


@pytest.mark.parametrize("value", [
    None,  # null anywhere is read as absent
    {"id": None, "tags": None, "meta": None},
    {"id": 5, "names": ["a", None, 3], "extra": {"x": [1]}},  # loose scalars, a null item, unknown fields
    {"id": "1", "tags": [], "meta": {}, "loose": {"a": [1], "b": {}}, "either": {"k": "v"}, "any": 3},
    {"id": "1", "either": "text", "any": [1], "untyped": {}},
])
def test_what_the_models_read_is_no_mismatch(value: Any) -> None:
    assert _schema.find_mismatch(_THING, value) is None
    assert _schema.find_mismatch(None, value) is None


# -- request constraints at their edges (the spec states few of some; the validator enforces every one) --

@pytest.mark.parametrize(("schema", "accepted", "refused", "rule"), [
    ({"type": "string", "maxLength": 3}, "abc", "abcd", "maxLength 3"),
    ({"type": "string", "minLength": 2}, "ab", "a", "minLength 2"),
    ({"type": "array", "maxItems": 2}, [1, 2], [1, 2, 3], "maxItems 2"),
    ({"type": "array", "minItems": 1}, [1], [], "minItems 1"),
    ({"type": "string", "pattern": "^[0-9]+$"}, "123", "12a", "pattern ^[0-9]+$"),
])
def test_a_length_bound_is_a_bound(schema: dict[str, Any], accepted: Any, refused: Any, rule: str) -> None:
    _schema._check(schema, accepted, "body.x")
    with pytest.raises(RequestValidationError, match=f"body.x.*{re.escape(rule)}"):
        _schema._check(schema, refused, "body.x")


def test_a_value_of_no_variant_is_refused_with_the_first_variants_rule() -> None:
    either = {"oneOf": [{"type": "string", "maxLength": 2}, {"type": "integer", "minimum": 10}]}
    _schema._check(either, "ab", "body.x")
    _schema._check(either, 10, "body.x")
    for value, rule in (("abc", "maxLength 2"), (9, "type string"), ([1], "type string")):
        with pytest.raises(RequestValidationError, match=rule):
            _schema._check(either, value, "body.x")


def test_an_empty_required_parameter_is_refused_before_sending() -> None:
    op_id, name = next((op_id, p["name"]) for op_id, op in OPERATIONS.items() if op["body"] is None
                       for p in op["parameters"] if p["required"])
    others = _others(op_id, name)
    _schema.validate_request(op_id, {**others, name: minimal(next(
        p["schema"] for p in OPERATIONS[op_id]["parameters"] if p["name"] == name))}, None)
    for empty in ("", None):
        with pytest.raises(RequestValidationError, match=f"{name}.*required"):
            _schema.validate_request(op_id, {**others, name: empty}, None)


def test_a_tagged_variant_is_checked_by_its_own_rules() -> None:
    """A value naming its variant in `type` (the downlink options) is checked against that variant alone."""
    a = {"type": "object", "required": ["x"], "properties": {"type": {"type": "string", "enum": ["a"]},
                                                              "x": {"type": "integer", "minimum": 1}}}
    b = {"type": "object", "required": ["y"], "properties": {"type": {"type": "string", "enum": ["b"]},
                                                              "y": {"type": "string"}}}
    either = {"oneOf": [a, b]}
    _schema._check(either, {"type": "b", "y": "s"}, "body")
    _schema._check(either, {"type": "a", "x": 1}, "body")
    with pytest.raises(RequestValidationError, match=r"body\.x: must satisfy minimum 1"):
        _schema._check(either, {"type": "a", "x": 0, "y": "s"}, "body")  # not "matches no variant"
    with pytest.raises(RequestValidationError, match=r"body\.y: must satisfy required"):
        _schema._check(either, {"type": "b", "x": 1}, "body")


def test_a_schema_with_properties_but_no_type_is_an_object_and_one_with_neither_takes_anything() -> None:
    with pytest.raises(RequestValidationError, match="type object"):
        _schema._check({"properties": {"a": {"type": "string"}}}, ["a"], "body")
    for value in ("text", 1, [1], {"a": 1}):
        _schema._check({"description": "free-form"}, value, "body")
