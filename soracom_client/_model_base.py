"""What every generated model shares: JSON text, a snake_case dict, a readable repr, and sending null.

A field the API left out and a field it sent as `null` both read as None. Which was which is kept
in the private `_nulls` (the Python names of the fields that were null), so that `to_dict()` writes
back exactly what was read: absent stays absent, null stays null. A model you build yourself has no
nulls: None fields are left out, unless `set_null` names them.
"""

from __future__ import annotations

import datetime
import json
from enum import Enum
from typing import Any, ClassVar, TypeVar

from .errors import RequestValidationError, is_secret_field

__all__ = ["ModelBase", "jsonable", "set_null"]

M = TypeVar("M", bound="ModelBase")


def _plain(value: Any, snake: bool) -> Any:
    """value as JSON-compatible data (models as dicts, enums as their values, date-times as ISO 8601)."""
    if isinstance(value, ModelBase):
        return value.to_snake_dict() if snake else value.to_dict()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _plain(item, snake) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item, snake) for item in value]
    return value


def jsonable(value: Any) -> Any:
    """A request body (model, dict, or a list of them) as the JSON the API is sent."""
    return _plain(value, snake=False)


class ModelBase:
    """Base of the generated models (soracom_client.models)."""

    __slots__ = ()
    # (Python name, JSON name, required) of each field, in the spec's order; set by each model.
    _soracom_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = ()
    _nulls: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:  # pragma: no cover - every model defines it
        raise NotImplementedError

    def to_snake_dict(self) -> dict[str, Any]:
        """The model as `to_dict()` gives it, with the fields' Python (snake_case) names as keys.

        What the API sent beyond the spec (`additional_properties`) keeps its own keys. Absent fields
        are left out and null ones are None, as in `to_dict()`.
        """
        out: dict[str, Any] = {}
        extra = getattr(self, "additional_properties", None)
        if extra:
            out.update(_plain(extra, snake=True))
        nulls = self._nulls
        for name, _json_name, required in self._soracom_fields:
            value = getattr(self, name)
            if value is not None:
                out[name] = _plain(value, snake=True)
            elif required or name in nulls:
                out[name] = None
        return out

    def to_json(self, *, indent: int | None = None) -> str:
        """`to_dict()` as a JSON string (for logs and storage); `Model.from_dict(json.loads(text))` reads it back."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def __repr__(self) -> str:
        # Only the fields that hold a value: a SIM has about thirty, mostly None in a given answer.
        # Secret fields (passwords, keys) are masked, as in every error text and log line.
        parts = []
        for name, json_name, _required in self._soracom_fields:
            value = getattr(self, name)
            if value is not None:
                shown = "'***'" if is_secret_field(json_name) else repr(value)
                parts.append(f"{name}={shown}")
        extra = getattr(self, "additional_properties", None)
        if extra:
            shown_extra = {k: ("***" if is_secret_field(k) else v) for k, v in extra.items()}
            parts.append(f"additional_properties={shown_extra!r}")
        return f"{type(self).__name__}({', '.join(parts)})"


def set_null(model: M, fields: tuple[str, ...]) -> M:
    """Mark `fields` (Python names of optional fields) to be sent as JSON null; they are set to None."""
    known = {name for name, _json_name, required in model._soracom_fields if not required}
    for name in fields:
        if name not in known:
            raise RequestValidationError(name, f"an optional field of {type(model).__name__}", name)
        setattr(model, name, None)
    model._nulls = tuple(dict.fromkeys(model._nulls + fields))
    return model
