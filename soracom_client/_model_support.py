"""Helpers the generated models and endpoints call (see custom_templates/).

They make parsing forward compatible -- what the spec does not know is kept,
not rejected -- and turn any failure to read a response into one exception,
ResponseParseError, with the path of the first mismatch.
"""

from __future__ import annotations

import datetime
from enum import Enum
from typing import Any, TypeVar
from urllib.parse import quote

import httpx

from ._schema import find_mismatch, operation, validate_request
from .errors import RequestValidationError, ResponseParseError

__all__ = ["MAX_PATH_SEGMENT", "enum_missing", "model_parse_error", "parse_datetime", "path_segment",
           "response_parse_error", "validate_request"]

# The longest a path parameter may be once percent-encoded. Soracom's identifiers are tens of characters;
# this leaves room for long tag names while keeping every URL far below what httpx accepts (65,536).
MAX_PATH_SEGMENT = 2048

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


def path_segment(name: str, value: Any) -> str:
    """`value` as one path segment of the URL: percent-encoded so that the server sees it literally.

    Every character but letters, digits and `_.-~` is encoded, `/`, `?`, `#` and `%` included, so a value
    can neither add a segment nor end the path. What encoding cannot protect is refused: `.` and `..`
    are removed by URL normalisation (httpx's and the server's), which would send the request to
    another operation (`delete_sim_tag(sim, "..")` would become `DELETE /sims/{sim}`), and an empty
    segment changes the route too.
    """
    text = str(value)
    if text == "":
        raise RequestValidationError(name, "required", value)
    if text in (".", ".."):
        raise RequestValidationError(name, "not '.' or '..' (a dot segment would change the path)", value)
    try:
        encoded = quote(text, safe="")
    except UnicodeEncodeError as exc:  # a lone surrogate: not encodable as UTF-8
        raise RequestValidationError(name, "valid Unicode text (encodable as UTF-8)", value) from exc
    if len(encoded) > MAX_PATH_SEGMENT:
        raise RequestValidationError(name, f"at most {MAX_PATH_SEGMENT} characters once percent-encoded",
                                     value)
    return encoded


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
    try:
        found = find_mismatch({"$ref": f"#/components/schemas/{model}"}, data)
    except RecursionError:  # too deep to walk: the model's own error says enough
        found = None
    path, reason = found if found else ("$", _reason(exc))
    return ResponseParseError(reason, path=path, model=model)


def response_parse_error(operation_id: str, response: httpx.Response, exc: Exception) -> ResponseParseError:
    """ResponseParseError for a response body of operation_id that could not be read."""
    schema = operation(operation_id)["responses"].get(str(response.status_code))
    from ._json import loads

    found: tuple[str, str] | None = None
    try:
        body = loads(response.content)
    except ValueError as json_exc:
        found = ("$", f"body is not JSON: {json_exc}")
    else:
        try:
            found = find_mismatch(schema, body)
        except RecursionError:  # decodable, but too deep to walk: say so rather than guess a path
            found = ("$", "body nested too deeply to check against the spec")
    model = None
    if found:
        path, reason = found
    elif isinstance(exc, ResponseParseError):  # the model's own account of it
        path, reason, model = exc.path, exc.reason, exc.model
    else:
        path, reason = "$", _reason(exc)
    return ResponseParseError(reason, path=path, body=response.content, status_code=response.status_code,
                              model=model)
