"""Rules applied to the spec before generation, derived from the spec itself (no per-operation overlay).

- A `oneOf`/`anyOf` property with a `default` loses the default: openapi-python-client 0.29.1 rejects a
  default on a union ("ModelProperty cannot have a default value") and drops the whole operation. The
  API applies its default when the field is omitted, so the client omits it.
- A tagged union (object variants that each carry a `type` property with a one-value enum, as Soracom's
  downlink options do) gets, in each variant, `default: <its tag>` on `type`, so that building a variant
  sets its tag (`SimDownlinkTcpConnectionWaitAllOptions().to_dict() == {"type": "wait_all"}`), and a
  `discriminator` stating the tag -> variant map. custom_templates/property_templates/
  union_property.py.jinja dispatches on the same one-value enums when parsing.
- A string schema whose enum holds non-strings (`type: string, enum: [true, false]`) gets them as the
  strings the API sends ("true", "false"); 0.29.1 refuses the schema and drops everything using it.
- A `default` its own enum does not allow (a spec defect: `default: and` on a status filter) is
  dropped; 0.29.1 refuses the parameter and drops the operation. The client then omits the value.
- A path parameter's `default` is dropped: a path parameter is always sent, so its Python argument is
  positional; 0.29.1 would give it a default ahead of parameters without one (a syntax error).
- A request body offered in several media types keeps the one the client sends (JSON, else
  multipart, else form, else binary); one only in a type the generator does not know (`*/*`,
  `text/plain`, `application/xml`) is sent as binary (`application/octet-stream`).
- A union it cannot handle fails generation with a message naming it: object variants of which only
  some carry `type`, a `type` that is not a one-value enum, or two variants with the same tag. Such a
  union would be parsed by trying variants in order, and a variant could be sent without its tag.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

TAG = "type"


class UnionError(ValueError):
    pass


def _resolve(node: dict[str, Any], spec: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    ref = None
    while "$ref" in node:
        ref = node["$ref"]
        target: Any = spec
        for part in ref.lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node, ref


def _unions(node: Any, where: str) -> Iterator[tuple[dict[str, Any], str, str]]:
    """Every schema node holding a oneOf/anyOf, with where it is and which keyword."""
    if isinstance(node, dict):
        for key in ("oneOf", "anyOf"):
            if isinstance(node.get(key), list):
                yield node, where, key
        for key, value in node.items():
            yield from _unions(value, f"{where}.{key}" if where else str(key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _unions(value, f"{where}[{i}]")


def _is_object(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" or "properties" in schema


def _name(ref: str | None) -> str:
    return ref.rsplit("/", 1)[-1] if ref else "an inline variant"


def _tagged_union(node: dict[str, Any], key: str, where: str, spec: dict[str, Any]) -> None:
    variants = [_resolve(v, spec) for v in node[key]]
    objects = [(schema, ref) for schema, ref in variants if _is_object(schema)]
    carrying = [(schema, ref) for schema, ref in objects if TAG in (schema.get("properties") or {})]
    if not carrying:
        return  # an untagged union: the generator tries its variants in order
    if len(carrying) != len(objects):
        missing = [_name(ref) for schema, ref in objects if (schema, ref) not in carrying]
        raise UnionError(f"{where}: the union's variants are tagged by `{TAG}` but {', '.join(missing)} "
                         f"carries no `{TAG}`; add it to the spec or handle this union in tools/pipeline_rules.py")
    mapping: dict[str, str] = {}
    for schema, ref in carrying:
        enum = (schema["properties"][TAG] or {}).get("enum")
        if not isinstance(enum, list) or len(enum) != 1:
            raise UnionError(f"{where}: variant {_name(ref)}'s `{TAG}` is not a one-value enum ({enum!r}), so it "
                             "names no variant; handle this union in tools/pipeline_rules.py")
        tag = str(enum[0])
        if tag in mapping:
            raise UnionError(f"{where}: variants {mapping[tag].rsplit('/', 1)[-1]} and {_name(ref)} share the "
                             f"tag {tag!r}")
        mapping[tag] = ref or ""
        schema["properties"][TAG]["default"] = enum[0]
    if all(mapping.values()) and "discriminator" not in node:
        node["discriminator"] = {"propertyName": TAG, "mapping": mapping}


# Request media types 0.29.1 generates, in the order of preference when a body offers several.
_BODY_TYPES = ("application/json", "multipart/form-data", "application/x-www-form-urlencoded",
               "application/octet-stream")
_BINARY = {"type": "string", "format": "binary"}
_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def _schemas(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _schemas(value)
    elif isinstance(node, list):
        for value in node:
            yield from _schemas(value)


def _enums(spec: dict[str, Any]) -> None:
    for node in _schemas(spec):
        enum = node.get("enum")
        if not isinstance(enum, list) or not isinstance(node.get("type"), str):
            continue
        if node["type"] == "string" and any(not isinstance(v, str) for v in enum):
            node["enum"] = [str(v).lower() if isinstance(v, bool) else str(v) for v in enum]
        if "default" in node and node["default"] not in node["enum"]:
            if not (node["type"] == "string" and str(node["default"]).lower() in node["enum"]):
                del node["default"]


def _path_parameters(spec: dict[str, Any]) -> None:
    for node in _schemas(spec):
        if node.get("in") == "path" and isinstance(node.get("schema"), dict):
            node["schema"].pop("default", None)


def _request_bodies(spec: dict[str, Any], overrides: dict[str, str]) -> None:
    for item in (spec.get("paths") or {}).values():
        for method, op in item.items():
            body = op.get("requestBody") if method in _METHODS and isinstance(op, dict) else None
            if not isinstance(body, dict) or not body.get("content"):
                continue
            content = body["content"]
            known = {overrides.get(mime, mime): mime for mime in content}
            keep = next((known[t] for t in _BODY_TYPES if t in known), None)
            if keep is None:
                body["content"] = {"application/octet-stream": {"schema": dict(_BINARY)}}
            else:
                body["content"] = {keep: content[keep]}


def apply_rules(spec: dict[str, Any], content_type_overrides: dict[str, str] | None = None) -> dict[str, Any]:
    """A copy of spec with the rules above applied; raises UnionError for a union it cannot handle."""
    out = copy.deepcopy(spec)
    for node, where, key in list(_unions(out, "")):
        node.pop("default", None)
        _tagged_union(node, key, where, out)
    _enums(out)
    _path_parameters(out)
    _request_bodies(out, content_type_overrides or {})
    return out
