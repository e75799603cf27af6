"""What a validation error shows of the value a caller gave: a long value cut to a readable length,
a secret field's value never."""

from __future__ import annotations

import pytest

from soracom_client.errors import RequestValidationError


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
