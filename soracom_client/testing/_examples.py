"""Values built from the spec alone: the documented example, or the smallest instance a schema accepts.

Used by FakeSoracom to answer an operation it has no handler for (a new operation in a newer
openapi.yaml), and by tests to build a valid request for such an operation.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Placeholder strings for the formats the spec uses; any other string is "x" repeated to minLength.
_FORMATS = {
    "date-time": "1970-01-01T00:00:00Z",
    "date": "1970-01-01",
    "email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "ipv4": "192.0.2.1",
    "byte": "",
}
_MAX_DEPTH = 12  # a recursive schema ends in an empty object rather than looping


def resolve(schema: Mapping[str, Any], raw: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in schema:
        node: Any = raw
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema = node
    return schema


def instance(schema: Mapping[str, Any], raw: Mapping[str, Any], *, examples: bool = True, depth: int = 0) -> Any:
    """A value valid for `schema`: its `example` when `examples` (and it has one), else the minimal one."""
    schema = resolve(schema, raw)
    if examples and "example" in schema:
        return schema["example"]
    if depth > _MAX_DEPTH:
        return {}
    if "enum" in schema and schema["enum"]:
        return schema["enum"][0]
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = instance(part, raw, examples=examples, depth=depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return instance(schema[key][0], raw, examples=examples, depth=depth + 1)
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    if kind == "object":
        props = schema.get("properties", {})
        return {name: instance(props[name], raw, examples=examples, depth=depth + 1)
                for name in schema.get("required", []) if name in props}
    if kind == "array":
        item = schema.get("items", {})
        return [instance(item, raw, examples=examples, depth=depth + 1) for _ in range(schema.get("minItems", 0))]
    if kind in ("integer", "number"):
        low = schema.get("minimum", 0)
        if schema.get("exclusiveMinimum") is True:
            low += 1
        if "maximum" in schema and low > schema["maximum"]:
            low = schema["maximum"]
        return int(low) if kind == "integer" else low
    if kind == "boolean":
        return False
    if kind == "string":
        fmt = _FORMATS.get(schema.get("format", ""))
        return fmt if fmt is not None else "x" * int(schema.get("minLength", 0))
    return {}


def media_example(media: Mapping[str, Any], raw: Mapping[str, Any], *, examples: bool = True) -> Any:
    """The value of a media type object: its `example`, its first `examples` entry, or from its schema."""
    if examples and "example" in media:
        return media["example"]
    if examples and media.get("examples"):
        first = resolve(next(iter(media["examples"].values())), raw)
        if "value" in first:
            return first["value"]
    return instance(media.get("schema", {}), raw, examples=examples)
