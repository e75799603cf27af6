"""Decoding a downlink's answer: text that is not valid for its encoding is a ResponseParseError, never
bytes made up from part of it."""

from __future__ import annotations

import base64

import pytest

from soracom_client import downlink
from soracom_client.errors import ResponseParseError
from soracom_client.generated.models import SimDownlinkBinaryEncoding, SimDownlinkSshNoAuthentication


@pytest.mark.parametrize("text", ["aGVsbG8=!!", "aGVs bG8=", "not base64 at all", "aGVsbG8"])
def test_invalid_base64_is_refused(text: str) -> None:
    with pytest.raises(ResponseParseError, match="not valid base64"):
        downlink.decode(text, "base64")


def test_valid_base64_is_decoded() -> None:
    assert downlink.decode("aGVsbG8=", "base64") == b"hello"


def test_encode_takes_its_arguments_by_name_too() -> None:
    assert downlink.encode(data=b"\x00\xff", encoding="hex") == ("00ff", SimDownlinkBinaryEncoding.HEX)
    assert downlink.encode(b"\xff", encoding="base64", field="body.payload") == ("/w==",
                                                                                 SimDownlinkBinaryEncoding.BASE64)


JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 2


@pytest.mark.parametrize("answer", [
    base64.b64encode(JPEG)[:40] + b"*" + base64.b64encode(JPEG)[40:],  # a character Base64 does not have
    b'"' + base64.b64encode(JPEG) + b"Q",  # a JSON string that does not end
    base64.b64encode(JPEG) + b'"',  # ... or does not start
])
def test_an_rtsp_answer_that_is_not_exactly_base64_of_a_jpeg_is_refused(answer: bytes) -> None:
    with pytest.raises(ResponseParseError, match="neither a JPEG nor Base64 of one"):
        downlink.rtsp_jpeg(answer)


def test_a_refused_rtsp_answer_carries_its_first_64_bytes() -> None:
    answer = b"<html>" + b"x" * 100 + b"</html>"
    with pytest.raises(ResponseParseError) as caught:
        downlink.rtsp_jpeg(answer)
    assert caught.value.body == answer[:64]


def test_the_builders_take_every_argument_by_name() -> None:
    """The parameters before the keyword-only ones may be named too (`tcp_request(port=..., payload=...)`)."""
    options = downlink.wait_for_pattern(pattern=b"OK")
    assert downlink.tcp_request(port=23080, payload=b"hi", connection=options).payload == "hi"
    assert downlink.udp_request(port=1, payload="x").port == 1
    auth = SimDownlinkSshNoAuthentication()
    assert downlink.ssh_request(username="pi", command="uptime", authentication=auth).command == "uptime"
