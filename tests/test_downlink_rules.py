"""Decoding a downlink's answer: text that is not valid for its encoding is a ResponseParseError, never
bytes made up from part of it."""

from __future__ import annotations

import pytest

from soracom_client import downlink
from soracom_client.errors import ResponseParseError


@pytest.mark.parametrize("text", ["aGVsbG8=!!", "aGVs bG8=", "not base64 at all", "aGVsbG8"])
def test_invalid_base64_is_refused(text: str) -> None:
    with pytest.raises(ResponseParseError, match="not valid base64"):
        downlink.decode(text, "base64")


def test_valid_base64_is_decoded() -> None:
    assert downlink.decode("aGVsbG8=", "base64") == b"hello"
