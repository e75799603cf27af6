"""Response bodies are decoded by msgspec where installed, and read exactly as `json.loads` reads them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from soracom_client import _json, errors
from soracom_client.generated.api.sim import get_sim
from soracom_client.generated.client import AuthenticatedClient

ROOT = Path(__file__).resolve().parents[1]


def test_msgspec_is_the_decoder_where_it_is_installed() -> None:
    pytest.importorskip("msgspec")
    assert _json._fast_loads is not None


@pytest.mark.parametrize("body", [
    b'{"createdTime": 123456789012345678901234567890}',  # beyond 64 bits: read exactly, as json does
    b'{"speedClass": NaN}',
    b'{"simId": "\\ud800"}',  # a lone surrogate escape
    b'{"tags": {"name": "\xe3\x83\x86\xe3\x82\xb9\xe3\x83\x88"}, "simId": "8981"}',
    b'{"expiryTime": 1e400}',  # out of float range: json gives inf
    b'\xef\xbb\xbf{"simId": "8981"}',  # a UTF-8 byte order mark
    '{"simId": "8981"}'.encode("utf-16"),
    b'{"simId": "1", "simId": "2"}',  # the last duplicate wins
])
def test_what_json_loads_accepts_decodes_to_the_same_value(body: bytes) -> None:
    decoded = _json.loads(body)
    if body.endswith(b"NaN}"):
        assert decoded["speedClass"] != decoded["speedClass"]  # NaN, as json gives it
    else:
        assert decoded == json.loads(body)
        assert [type(v) for v in decoded.values()] == [type(v) for v in json.loads(body).values()]


@pytest.mark.parametrize("body", [b"", b"not json", b'{"a": 1', b"\xff\xfe"])
def test_what_json_loads_refuses_raises_value_error(body: bytes) -> None:
    with pytest.raises(ValueError):
        _json.loads(body)


def test_a_body_that_is_not_json_is_a_response_parse_error_with_the_body() -> None:
    client = AuthenticatedClient(base_url="https://api.test/v1", token="t")
    with pytest.raises(errors.ResponseParseError) as caught:
        get_sim._parse_response(client=client, response=httpx.Response(200, content=b"<html>busy</html>"))
    assert caught.value.body == b"<html>busy</html>" or caught.value.body == "<html>busy</html>"


def test_without_msgspec_the_standard_library_decodes() -> None:
    code = (
        "import sys; sys.modules['msgspec'] = None\n"
        "from soracom_client import _json\n"
        "assert _json._fast_loads is None\n"
        "assert _json.loads(b'{\"simId\": \"1\", \"n\": 123456789012345678901234567890}') == "
        "{'simId': '1', 'n': 123456789012345678901234567890}\n"
        "try:\n    _json.loads(b'nope')\nexcept ValueError:\n    print('ok')\n"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "ok"
