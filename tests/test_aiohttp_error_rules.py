"""What an aiohttp failure means to the retry rules, and what of it a caller sees.

Only a failure to get a connection may be read as "nothing was sent" (a send-once operation is re-sent
after it); a timeout waiting for the answer, a disconnect or a bad answer may follow a processed request.
The URL, which may hold a secret (a transfer token in a path), never reaches the message or the cause.
"""

from __future__ import annotations

from types import SimpleNamespace

import aiohttp
import pytest

from soracom_client._aiohttp_errors import chained, kind_of, message

URL = "https://api.soracom.io/v1/subscribers/transfer_token/TT-SECRET"
PATH = "/v1/subscribers/transfer_token/TT-SECRET"


def connector_error() -> aiohttp.ClientConnectorError:
    key = SimpleNamespace(host="api.soracom.io", port=443, ssl=True)
    return aiohttp.ClientConnectorError(key, OSError(111, "Connection refused"))  # type: ignore[arg-type]


def response_error(text: str) -> aiohttp.ClientResponseError:
    info = SimpleNamespace(real_url=URL, url=URL, method="DELETE", headers={"X-Soracom-Token": "token-SECRET"})
    return aiohttp.ClientResponseError(info, (), status=400, message=text)  # type: ignore[arg-type]


@pytest.mark.parametrize(("error", "kind"), [
    (connector_error(), "connect"),
    (aiohttp.ConnectionTimeoutError("no connection in time"), "connect_timeout"),
    (aiohttp.SocketTimeoutError("no answer in time"), "read_timeout"),
    (aiohttp.ServerTimeoutError("no answer in time"), "read_timeout"),
    (aiohttp.InvalidURL(URL), "unsupported"),
    (aiohttp.NonHttpUrlClientError("ftp://api.soracom.io/TT-SECRET"), "unsupported"),  # never sent
    (aiohttp.ServerDisconnectedError(), "protocol"),
    (response_error("Invalid HTTP status line"), "protocol"),
    (aiohttp.ClientPayloadError("body cut short"), "read"),
    (aiohttp.ClientOSError(104, "Connection reset by peer"), "read"),
])
def test_each_aiohttp_failure_is_read_as_what_it_says_of_the_request(error: aiohttp.ClientError, kind: str) -> None:
    assert kind_of(error) == kind


def test_the_message_names_the_error_and_never_the_url() -> None:
    text = message(response_error(f"bad answer to {URL} ({PATH})"), [URL, PATH])
    assert text == "ClientResponseError: bad answer to <url> (<url>)"
    assert "TT-SECRET" not in message(aiohttp.ServerDisconnectedError(f"gone: {PATH}"), [URL, "/x", PATH])


def test_a_short_url_form_is_replaced_but_a_single_slash_is_not() -> None:
    """A two-character path may be the secret; the root path "/" would garble every message."""
    assert message(aiohttp.ServerDisconnectedError("lost /a"), ["/a"]) == "ServerDisconnectedError: lost <url>"
    assert message(aiohttp.ServerDisconnectedError("a/b"), ["/"]) == "ServerDisconnectedError: a/b"
    assert message(aiohttp.ServerDisconnectedError("a/b"), [""]) == "ServerDisconnectedError: a/b"


def test_an_error_without_text_is_named_by_its_type() -> None:
    assert message(aiohttp.ClientPayloadError(), []) == "ClientPayloadError"


def test_errors_holding_the_url_or_headers_are_not_chained() -> None:
    cause = OSError("underneath")
    with_url = response_error("bad")
    with_url.__cause__ = cause
    assert chained(with_url) is cause
    invalid = aiohttp.InvalidURL(URL)
    assert chained(invalid) is None
    disconnected = aiohttp.ServerDisconnectedError()
    assert chained(disconnected) is disconnected
    connect = connector_error()
    assert chained(connect) is connect


def test_no_error_naming_the_url_is_chained() -> None:
    """A scheme aiohttp does not speak, or a failed write of the body: aiohttp names the URL in the text."""
    assert chained(aiohttp.NonHttpUrlClientError("ftp://api.soracom.io/v1/TT-SECRET")) is None
    cause = OSError(32, "Broken pipe")
    write = aiohttp.ClientOSError(32, f"Can not write request body for {URL}")
    write.__cause__ = cause
    assert chained(write) is cause
    reset = aiohttp.ClientOSError(104, "Connection reset by peer")
    assert chained(reset) is reset
