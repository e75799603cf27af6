"""Helpers the generated models and endpoints call (see custom_templates/).

They make parsing forward compatible -- what the spec does not know is kept,
not rejected -- and turn any failure to read a response into one exception,
ResponseParseError, with the path of the first mismatch.
"""

from __future__ import annotations

import datetime
from enum import Enum
from typing import Any, TypeVar

import httpx

from ._schema import find_mismatch, operation, validate_request
from .errors import ResponseParseError

__all__ = ["enum_missing", "model_parse_error", "parse_datetime", "response_parse_error", "validate_request"]

E = TypeVar("E", bound=Enum)


def enum_missing(cls: type[E], value: object) -> E | None:
    """An enum member for a value the spec does not list (Enum._missing_ hook).

    The pseudo-member reads and compares as its string, and to_dict writes it
    back unchanged, so one new status from the API does not make a whole page
    unreadable.  It is cached, so the same value gives the same object.
    """
    if not isinstance(value, str):
        return None
    member: Any = str.__new__(cls, value)  # type: ignore[type-var]  # a str-mixin enum
    member._name_ = value
    member._value_ = value
    cached: E = cls._value2member_map_.setdefault(value, member)  # type: ignore[assignment]
    return cached


def parse_datetime(value: Any) -> datetime.datetime | str:
    """ISO 8601 to datetime; anything else is kept as the raw string the API sent."""
    if isinstance(value, str):
        from dateutil.parser import isoparse  # only date-time fields need it: keeps model imports light

        try:
            return isoparse(value)
        except (ValueError, OverflowError):
            return value
    raise TypeError(f"expected a date-time string, got {type(value).__name__}")


def _reason(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}"


def model_parse_error(model: str, data: Any, exc: Exception) -> ResponseParseError:
    """ResponseParseError for `model.from_dict(data)` having raised exc."""
    found = find_mismatch({"$ref": f"#/components/schemas/{model}"}, data)
    path, reason = found if found else ("$", _reason(exc))
    return ResponseParseError(reason, path=path, model=model)


def response_parse_error(operation_id: str, response: httpx.Response, exc: Exception) -> ResponseParseError:
    """ResponseParseError for a response body of operation_id that could not be read."""
    schema = operation(operation_id)["responses"].get(str(response.status_code))
    found: tuple[str, str] | None = None
    try:
        body = response.json()
    except ValueError as json_exc:
        found = ("$", f"body is not JSON: {json_exc}")
    else:
        found = find_mismatch(schema, body)
    model = None
    if found:
        path, reason = found
    elif isinstance(exc, ResponseParseError):  # the model's own account of it
        path, reason, model = exc.path, exc.reason, exc.model
    else:
        path, reason = "$", _reason(exc)
    return ResponseParseError(reason, path=path, body=response.content, status_code=response.status_code,
                              model=model)
