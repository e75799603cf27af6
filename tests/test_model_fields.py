"""Every field of every generated model, against the spec: the field table, null versus absent, unknown enum
values, equality. Derived from openapi.yaml (the generated _spec), so a new model or field is covered at once.

These are the promises of the models (docs/models.md) checked field by field, where the property tests of
tests/test_forward_compat.py draw random documents and may miss a given field.
"""

from __future__ import annotations

from typing import Any

import pytest

from soracom_client.generated import models
from soracom_client.generated._spec import SCHEMAS


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


MODELS = sorted(name for name in SCHEMAS if hasattr(getattr(models, name, None), "_soracom_fields"))
# Models a document can hold with no required field: each field can be tried alone.
OPEN_MODELS = [name for name in MODELS if not SCHEMAS[name].get("required")]
FIELDS = [(name, py, js) for name in OPEN_MODELS for py, js, _required in getattr(models, name)._soracom_fields]
STRING_ENUMS = [(name, py, js) for name, py, js in FIELDS
                if all(isinstance(v, str) for v in _resolve(SCHEMAS[name]["properties"][js]).get("enum", [None]))]


def test_there_are_models_and_fields_to_check() -> None:
    assert MODELS and FIELDS and STRING_ENUMS and "Sim" in OPEN_MODELS  # an empty list would prove nothing


@pytest.mark.parametrize("name", MODELS)
def test_the_field_table_is_the_schemas(name: str) -> None:
    """(python name, JSON name, required) for each property: what to_snake_dict, repr and set_null go by."""
    schema = SCHEMAS[name]
    table = getattr(models, name)._soracom_fields
    assert sorted(js for _py, js, _req in table) == sorted(schema.get("properties", {}))
    required = set(schema.get("required", []))
    assert {js: req for _py, js, req in table} == {js: js in required for _py, js, _req in table}


@pytest.mark.parametrize(("name", "py", "js"), FIELDS, ids=[f"{n}.{js}" for n, _p, js in FIELDS])
def test_null_and_absent_each_come_back_as_they_came(name: str, py: str, js: str) -> None:
    model = getattr(models, name)
    null = model.from_dict({js: None})
    assert getattr(null, py) is None
    assert null.to_dict() == {js: None} and null.to_snake_dict() == {py: None}
    absent = model.from_dict({})
    assert absent.to_dict() == {} and absent.to_snake_dict() == {}
    # Equal all the same: both hold None; only what is written back differs.
    assert null == absent
    # set_null is how a built model sends the same null (a built model also holds the spec's defaults).
    built = model()
    built.set_null(py)
    assert built.to_dict() == {**model().to_dict(), js: None}


@pytest.mark.parametrize(("name", "py", "js"), STRING_ENUMS, ids=[f"{n}.{js}" for n, _p, js in STRING_ENUMS])
def test_an_enum_value_from_a_later_release_is_kept(name: str, py: str, js: str) -> None:
    model = getattr(models, name)
    parsed = model.from_dict({js: "zzFutureValue"})
    assert parsed.to_dict() == {js: "zzFutureValue"}
    known = _resolve(SCHEMAS[name]["properties"][js])["enum"][0]
    assert model.from_dict({js: known}).to_dict() == {js: known}


@pytest.mark.parametrize("name", MODELS)
def test_the_constructor_takes_exactly_the_spec_fields(name: str) -> None:
    """By their Python names; what the API sent beyond the spec, and which fields came as null, are the
    model's own bookkeeping, not arguments."""
    import inspect

    model = getattr(models, name)
    assert set(inspect.signature(model).parameters) == {py for py, _js, _req in model._soracom_fields}


@pytest.mark.parametrize("name", OPEN_MODELS)
def test_fields_beyond_the_spec_are_kept_and_reachable_by_key(name: str) -> None:
    model = getattr(models, name)
    parsed = model.from_dict({"zzFutureField": {"a": 1}})
    assert parsed.additional_keys == ["zzFutureField"]
    assert "zzFutureField" in parsed and parsed["zzFutureField"] == {"a": 1}
    parsed["zzOther"] = 2
    del parsed["zzFutureField"]
    assert parsed.additional_keys == ["zzOther"] and parsed.to_dict() == {"zzOther": 2}


@pytest.mark.parametrize("name", OPEN_MODELS)
def test_repr_shows_only_the_fields_that_hold_a_value(name: str) -> None:
    """The masked repr of the base class, not attrs' own (which would list every field, secrets unmasked)."""
    model = getattr(models, name)
    assert repr(model.from_dict({})) == f"{model.__name__}()"
