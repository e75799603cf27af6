"""Hypothesis strategies for JSON documents that fit a schema of openapi.yaml, and mutations of them."""

from __future__ import annotations

import datetime
from typing import Any

from hypothesis import strategies as st

from soracom_client._schema import resolve

_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8)


def documents(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Valid documents for schema, in the shape the API sends (round-trippable through the models)."""
    schema = resolve(schema)
    variants = schema.get("oneOf") or schema.get("anyOf")
    if variants:
        return st.one_of([documents(v, depth + 1) for v in variants])
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if kind == "object":
        props = schema.get("properties", {})
        if depth > 6:
            return st.fixed_dictionaries({})
        required = [r for r in schema.get("required", ()) if r in props]
        fixed = st.fixed_dictionaries(
            {name: documents(props[name], depth + 1) for name in required},
            optional={name: documents(sub, depth + 1) for name, sub in props.items() if name not in required},
        )
        extra_schema = schema.get("additionalProperties")
        extra_values = documents(extra_schema, depth + 1) if isinstance(extra_schema, dict) else st.one_of(
            _TEXT, st.integers(), st.booleans())
        extras = st.dictionaries(_TEXT.filter(lambda k: k not in props), extra_values, max_size=2)
        return st.tuples(fixed, extras).map(lambda pair: {**pair[1], **pair[0]})
    if kind == "array":
        return st.lists(documents(schema.get("items", {}), depth + 1), max_size=3)
    if kind == "integer":
        return st.integers(min_value=schema.get("minimum", -(2**53)), max_value=schema.get("maximum", 2**53))
    if kind == "number":
        return st.integers(-1000, 1000) | st.floats(allow_nan=False, allow_infinity=False, width=32)
    if kind == "boolean":
        return st.booleans()
    if kind == "string":
        if schema.get("format") == "date-time":
            return st.datetimes(timezones=st.just(datetime.timezone.utc)).map(lambda d: d.isoformat())
        return _TEXT
    return st.one_of(_TEXT, st.integers(), st.booleans())


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    if isinstance(doc, dict):
        for key, value in doc.items():
            out.append((*prefix, key))
            out.extend(_paths(value, (*prefix, key)))
    elif isinstance(doc, list):
        for i, value in enumerate(doc):
            out.append((*prefix, i))
            out.extend(_paths(value, (*prefix, i)))
    return out


MUTATIONS = ("null", "unknown-enum", "extra-field", "wrong-type")


@st.composite
def mutated(draw: st.DrawFn, doc: Any) -> tuple[str, Any]:
    """(mutation kind, a copy of doc with one thing changed the spec does not allow)."""
    import copy

    doc = copy.deepcopy(doc)
    kind = draw(st.sampled_from(MUTATIONS))
    paths = _paths(doc)
    if kind == "extra-field" or not paths:
        containers = [p for p in [(), *paths] if isinstance(_get(doc, p), dict)]
        target = _get(doc, draw(st.sampled_from(containers))) if containers else doc
        if isinstance(target, dict):
            target["zzNewField" + draw(_TEXT)] = draw(st.one_of(_TEXT, st.integers(), st.none(),
                                                                st.dictionaries(_TEXT, _TEXT, max_size=2)))
        return "extra-field", doc
    if kind == "unknown-enum":
        paths = [p for p in paths if isinstance(_get(doc, p), str)]  # a new value where a string was
        if not paths:
            return "unchanged", doc
    path = draw(st.sampled_from(paths))
    parent, last = _get(doc, path[:-1]), path[-1]
    if kind == "null":
        parent[last] = None
    elif kind == "unknown-enum":
        parent[last] = "brandNewValue"
    else:
        current = parent[last]
        parent[last] = draw(st.sampled_from([v for v in ([], {}, 7, "x", True) if type(v) is not type(current)]))
    return kind, doc


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        doc = doc[part]
    return doc
