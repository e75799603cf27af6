"""Check JSON values against the spec's schemas (from the generated `_spec` table).

Two uses, two rule sets:
- `find_mismatch` explains why a response failed to parse.  It is as tolerant
  as the models are (null anywhere, unknown enum values, odd datetimes, extra
  fields, loose scalars) and reports only what breaks parsing: a wrong
  container, a missing required field.
- `validate_request` enforces every constraint the spec states on parameters
  and request bodies before anything is sent.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .errors import RequestValidationError


def _schemas() -> dict[str, Any]:
    from .generated._spec import SCHEMAS  # imported on first use: keeps `import soracom_client` light

    return SCHEMAS


def operation(operation_id: str) -> dict[str, Any]:
    """The spec table's entry for an operation, by operationId or its snake_case name."""
    from .generated._spec import BY_PYTHON_NAME, OPERATIONS

    entry: dict[str, Any] = OPERATIONS[BY_PYTHON_NAME.get(operation_id, operation_id)]
    return entry


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = _schemas()[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _is_object(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" or "properties" in schema


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "object", list: "array", str: "string", bool: "boolean", int: "integer",
            float: "number"}.get(type(value), type(value).__name__)


# ------------------------------------------------------------------ responses


def find_mismatch(schema: dict[str, Any] | None, value: Any, path: str = "$") -> tuple[str, str] | None:
    """The first place where value cannot be read as schema: (path, reason), or None."""
    if schema is None or value is None:
        return None
    schema = resolve(schema)
    variants = schema.get("oneOf") or schema.get("anyOf")
    if variants:
        found = [find_mismatch(v, value, path) for v in variants]
        return None if any(f is None for f in found) else found[0]
    if _is_object(schema):
        if not isinstance(value, dict):
            return path, f"expected an object, got {_type_name(value)}"
        for name in schema.get("required", ()):
            if name not in value and name in schema.get("properties", {}):
                return f"{path}.{name}", "required field is missing"
        for name, sub in schema.get("properties", {}).items():
            if name in value:
                found_one = find_mismatch(sub, value[name], f"{path}.{name}")
                if found_one:
                    return found_one
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            for name, item in value.items():
                if name not in schema.get("properties", {}):
                    found_one = find_mismatch(extra, item, f"{path}.{name}")
                    if found_one:
                        return found_one
        return None
    if schema.get("type") == "array":
        if not isinstance(value, list):
            return path, f"expected an array, got {_type_name(value)}"
        for i, item in enumerate(value):
            if item is None and _is_object(resolve(schema.get("items", {}))):
                return f"{path}[{i}]", "expected an object, got null"
            found_one = find_mismatch(schema.get("items"), item, f"{path}[{i}]")
            if found_one:
                return found_one
        return None
    if isinstance(value, (dict, list)) and schema.get("type") in ("string", "integer", "number", "boolean"):
        return path, f"expected {schema['type']}, got {_type_name(value)}"
    return None


# ------------------------------------------------------------------- requests

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,),
    "object": (dict,), "array": (list,),
}


@cache
def _pattern(regex: str) -> re.Pattern[str]:
    return re.compile(regex)


def _check(schema: dict[str, Any], value: Any, field: str) -> None:
    schema = resolve(schema)
    if value is None:
        return  # absent optional value; `required` is checked by the parent
    variants = schema.get("oneOf") or schema.get("anyOf")
    if variants:
        _check_variants(variants, value, field)
        return
    expected = schema.get("type") or ("object" if "properties" in schema else None)
    if expected in _JSON_TYPES:
        ok = isinstance(value, _JSON_TYPES[expected])
        if expected in ("integer", "number") and isinstance(value, bool):
            ok = False  # bool is an int subclass, but never a valid number here
        if not ok:
            raise RequestValidationError(field, f"type {expected}", value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            raise RequestValidationError(field, f"minimum {schema['minimum']}", value)
        if "maximum" in schema and value > schema["maximum"]:
            raise RequestValidationError(field, f"maximum {schema['maximum']}", value)
    elif isinstance(value, str):
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            raise RequestValidationError(field, f"maxLength {schema['maxLength']}", value)
        if "minLength" in schema and len(value) < schema["minLength"]:
            raise RequestValidationError(field, f"minLength {schema['minLength']}", value)
        if "pattern" in schema and not _pattern(schema["pattern"]).search(value):
            raise RequestValidationError(field, f"pattern {schema['pattern']}", value)
    elif isinstance(value, list):
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            raise RequestValidationError(field, f"maxItems {schema['maxItems']}", value)
        if "minItems" in schema and len(value) < schema["minItems"]:
            raise RequestValidationError(field, f"minItems {schema['minItems']}", value)
        items = schema.get("items")
        if items:
            for i, item in enumerate(value):
                _check(items, item, f"{field}[{i}]")
    elif isinstance(value, dict):
        props = schema.get("properties", {})
        for name in schema.get("required", ()):
            if value.get(name) is None:
                raise RequestValidationError(f"{field}.{name}", "required", value.get(name))
        for name, item in value.items():
            if name in props:
                _check(props[name], item, f"{field}.{name}")
            elif isinstance(schema.get("additionalProperties"), dict):
                _check(schema["additionalProperties"], item, f"{field}.{name}")


def _check_variants(variants: list[dict[str, Any]], value: Any, field: str) -> None:
    # The downlink options tag their variant in `type`; check that one alone,
    # so the error names the real rule rather than "matches no variant".
    if isinstance(value, dict) and "type" in value:
        for variant in variants:
            tag = resolve(variant).get("properties", {}).get("type", {})
            if value["type"] in tag.get("enum", ()):
                _check(variant, value, field)
                return
    first: RequestValidationError | None = None
    for variant in variants:
        try:
            _check(variant, value, field)
            return
        except RequestValidationError as exc:
            first = first or exc
    if first is not None:
        raise first


def validate_request(operation_id: str, params: dict[str, Any], body: Any) -> None:
    """Raise RequestValidationError for the first constraint a request breaks.

    `params` maps parameter names as the spec spells them to their values (None
    or absent when not given); `body` is the JSON body, or None.
    """
    op = operation(operation_id)
    for param in op["parameters"]:
        value = params.get(param["name"])
        if value is None or value == "":
            if param["required"]:
                raise RequestValidationError(param["name"], "required", value)
            continue
        _check(param["schema"], value, param["name"])
    if op["body"] is not None:
        if body is None:
            if op["body_required"]:
                raise RequestValidationError("body", "required", None)
            return
        _check(op["body"], body, "body")
