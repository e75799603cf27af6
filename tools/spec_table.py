"""Render the runtime spec table (`soracom_client/generated/_spec.py`) from the prepared spec.

The generated models cannot see everything the spec says (constraints,
pagination, which schema a response has), so `make generate` also writes the
parts the hand-written runtime needs: component schemas without prose, and one
entry per operation.  Derived from openapi.yaml on every generation, never
edited.
"""

from __future__ import annotations

import pprint
from typing import Any

from spec_extract import HTTP_METHODS

# Schema keys the runtime uses; prose and examples stay in openapi.yaml.
SCHEMA_KEYS = ("$ref", "type", "format", "enum", "nullable", "properties", "required", "items",
               "additionalProperties", "oneOf", "anyOf", "allOf", "minimum", "maximum", "exclusiveMinimum",
               "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems", "pattern", "default",
               "discriminator")


def _slim(schema: Any) -> Any:
    if isinstance(schema, list):
        return [_slim(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key in SCHEMA_KEYS:
        if key not in schema:
            continue
        value = schema[key]
        if key == "properties":
            out[key] = {name: _slim(sub) for name, sub in value.items()}
        elif key in ("items", "oneOf", "anyOf", "allOf") or (key == "additionalProperties" and isinstance(value, dict)):
            out[key] = _slim(value)
        else:
            out[key] = value
    return out


def _ref_name(schema: dict[str, Any] | None) -> Any:
    return _slim(schema) if schema is not None else None


def build(spec: dict[str, Any]) -> dict[str, Any]:
    operations: dict[str, Any] = {}
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            params = [
                {"name": p["name"], "in": p["in"], "required": bool(p.get("required", False)),
                 "schema": _slim(p.get("schema", {}))}
                for p in [*item.get("parameters", []), *op.get("parameters", [])]
            ]
            body = op.get("requestBody")
            body_schema = None
            if body is not None:
                media = body.get("content", {}).get("application/json")
                body_schema = _slim(media.get("schema")) if media else None
            responses: dict[str, Any] = {}
            for status, resp in op.get("responses", {}).items():
                content = resp.get("content") or {}
                json_media = content.get("application/json")
                responses[str(status)] = _slim(json_media["schema"]) if json_media and "schema" in json_media else None
            pagination = op.get("x-soracom-cli-pagination")
            operations[op["operationId"]] = {
                "python_name": _snake_case(op["operationId"]),
                "method": method.upper(),
                "path": path,
                "tag": (op.get("tags") or ["default"])[0],
                "parameters": params,
                "body": body_schema,
                "body_required": bool(body and body.get("required", False)),
                "responses": responses,
                "pagination": (
                    {"request_param": pagination["request"]["param"],
                     "response_header": pagination["response"]["header"]}
                    if pagination else None
                ),
            }
    schemas = {name: _slim(s) for name, s in spec.get("components", {}).get("schemas", {}).items()}
    return {"schemas": schemas, "operations": operations}


def render(table: dict[str, Any]) -> str:
    """The module text for a table made by `build`."""
    return (
        '"""What the runtime needs from openapi.yaml: schemas without prose, and every operation."""\n\n'
        "from typing import Any\n\n"
        f"SCHEMAS: dict[str, Any] = {pprint.pformat(table['schemas'], width=120, sort_dicts=False)}\n\n"
        f"OPERATIONS: dict[str, Any] = {pprint.pformat(table['operations'], width=120, sort_dicts=False)}\n\n"
        "# Generated modules and functions are named by the snake_case operationId.\n"
        "BY_PYTHON_NAME: dict[str, str] = {op['python_name']: op_id for op_id, op in OPERATIONS.items()}\n"
    )


def _snake_case(name: str) -> str:
    # The generator's own naming, so the names agree. Imported here: the generator package takes half a
    # second to import, and the spec tools that load this module without building a table need none of it.
    from openapi_python_client.strings import snake_case

    return snake_case(name)
