"""What an error shows: of the value a caller gave, a long value cut to a readable length and a secret
field's value never; of an error answer, its code, message, headers, rate limit and request id."""

from __future__ import annotations

import json
import pickle

import httpx
import pytest

from soracom_client._response import RateLimit
from soracom_client.errors import (
    APIStatusError,
    BadRequestError,
    DeadlineExceededError,
    InternalServerError,
    RateLimitError,
    RequestValidationError,
    ResponseParseError,
    ResponseTooLargeError,
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


def test_a_status_error_gives_the_answers_headers_rate_limit_and_request_id() -> None:
    answer = httpx.Response(429, headers={"X-Soracom-Ratelimit-Limit": "10", "X-Soracom-Ratelimit-Remaining": "0",
                                          "X-Soracom-Ratelimit-Seconds-Before-Refresh": "1.5",
                                          "X-Soracom-Request-Id": "req-1"})
    error = status_error_from_response(answer)
    assert isinstance(error, RateLimitError) and error.headers["X-Soracom-Request-Id"] == "req-1"
    assert error.rate_limit == RateLimit(10, 0, 1.5) and error.request_id == "req-1"
    bare = status_error_from_response(httpx.Response(404))
    assert bare.rate_limit is None and bare.request_id is None


@pytest.mark.parametrize(("status", "cls"), [(499, APIStatusError), (500, InternalServerError),
                                             (599, InternalServerError), (418, APIStatusError)])
def test_a_status_without_its_own_class_is_a_server_error_from_500_on(status: int, cls: type) -> None:
    assert type(status_error_from_response(httpx.Response(status))) is cls


def test_errors_can_be_made_with_named_arguments() -> None:
    """As a test double of the caller's would: every argument by its name."""
    answer = httpx.Response(400)
    assert APIStatusError(message="m", response=answer, code="C", api_message="a").message == "a"
    assert DeadlineExceededError(message="late", deadline=2.0).deadline == 2.0
    assert ResponseTooLargeError(message="big", limit=10).limit == 10
    assert ResponseParseError(reason="bad", path="$.x").path == "$.x"
    assert isinstance(status_error_from_response(response=answer, context="GET /x"), BadRequestError)


def test_a_parse_error_names_its_model_only_when_known() -> None:
    assert str(ResponseParseError("bad", path="$.x", model="Sim")).count(" in Sim") == 1
    assert " in " not in str(ResponseParseError("bad", path="$.x"))


def test_an_error_holding_an_unread_answer_pickles_without_its_body() -> None:
    answer = httpx.Response(500, headers={"X-Soracom-Token": "tok-SECRET"}, stream=httpx.ByteStream(b"unread"))
    restored = pickle.loads(pickle.dumps(InternalServerError("boom (HTTP 500)", response=answer)))
    assert isinstance(restored, InternalServerError) and restored.response.content == b""
    assert restored.headers["X-Soracom-Token"] == "<redacted>"
