"""What a validation error shows of the value a caller gave: a long value cut to a readable length,
a secret field's value never."""

from __future__ import annotations

import json
import pickle

import httpx
import pytest

from soracom_client.errors import (
    BadRequestError,
    RequestValidationError,
    ResponseParseError,
    status_error_from_response,
)


def test_a_long_value_is_cut_in_the_message() -> None:
    error = RequestValidationError("body.payload", "maxLength 80", "x" * 81)
    assert str(error) == f"body.payload: must satisfy maxLength 80, got {'x' * 77 + '...'!r}"


def test_a_value_of_80_characters_is_shown_whole() -> None:
    error = RequestValidationError("body.payload", "pattern ^y", "x" * 80)
    assert str(error).endswith(repr("x" * 80))


@pytest.mark.parametrize("field", ["token", "body.token", "body.apiKey", "body.password", "body.authKey"])
def test_a_secret_fields_value_is_never_shown(field: str) -> None:
    error = RequestValidationError(field, "maxLength 4", "secret-value-123")
    assert "secret-value-123" not in str(error) and "<redacted>" in str(error)



@pytest.mark.parametrize(("body", "text", "code", "message"), [
    ({"code": "SEM0016", "message": "offline"}, "SEM0016: offline (HTTP 400, GET /x)", "SEM0016", "offline"),
    ({"code": "SEM0016"}, "SEM0016 (HTTP 400, GET /x)", "SEM0016", None),  # only a code
    ({"message": "offline"}, "offline (HTTP 400, GET /x)", None, "offline"),  # only a message
    ({"errorMessage": {"code": "E1", "message": "nested"}}, "E1: nested (HTTP 400, GET /x)", "E1", "nested"),
    ({"other": 1}, "Bad Request (HTTP 400, GET /x)", None, None),  # neither: the status's reason
])
def test_an_error_message_says_what_the_answer_gave(body: dict[str, object], text: str, code: str | None,
                                                    message: str | None) -> None:
    error = status_error_from_response(httpx.Response(400, json=body), context="GET /x")
    assert str(error) == text and isinstance(error, BadRequestError)
    assert (error.code, error.message) == (code, message or text)


@pytest.mark.parametrize("field", ["key", "body.key", "body.credentials.key", "body.api_key"])
def test_a_secret_field_named_by_the_list_alone_is_redacted_at_any_depth(field: str) -> None:
    """`key` is a secret by name only (no secret word in it), as the last part of a dotted field too."""
    error = RequestValidationError(field, "maxLength 4", "secret-value-123")
    assert "secret-value-123" not in str(error)
    assert "secret-value-123" not in repr(pickle.loads(pickle.dumps(error)).__dict__)


def test_secret_values_are_redacted_in_a_pickled_body_at_any_depth() -> None:
    body = json.dumps({"items": [{"token": "tok-SECRET"}, {"name": "a", "nested": [{"password": "pw-SECRET"}]}],
                       "count": 2}).encode()
    error = ResponseParseError("bad", path="$.items", body=body)
    restored = pickle.loads(pickle.dumps(error))
    assert isinstance(restored, ResponseParseError) and b"SECRET" not in (restored.body or b"")
    assert json.loads(restored.body or b"")["items"][1]["name"] == "a"
    plain = ResponseParseError("bad", body=b"[" * 100_000)  # not JSON (too deep): carried as it is
    assert pickle.loads(pickle.dumps(plain)).body == b"[" * 100_000
