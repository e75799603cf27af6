"""Downlink helpers: bytes in, bytes out, for the TCP/UDP/HTTP/SSH/RTSP downlinks.

The API carries binary data as text with an encoding (`SimDownlinkBinaryEncoding`:
``string`` = UTF-8, ``base64``, ``hex``). These helpers pick and set the encoding
for what you pass, check the size limits the spec states in prose (the generated
request validation enforces the ones it states as constraints: ports 1..65535,
TCP timeout 1..300), and decode what comes back::

    from soracom_client import downlink

    body = downlink.tcp_request(23080, b"\\x00\\xffstatus\\r\\n",
                                connection=downlink.wait_for_pattern(b"OK\\r\\n"))
    answer = await soracom.sim.send_downlink_tcp(sim_id, body=body)
    data: bytes = downlink.decode_data(answer)

Encoding choice: a ``str`` is sent as ``string``; ``bytes`` that are valid UTF-8
also as ``string``, others as ``base64`` (the shorter binary form). Pass
``encoding=`` to force one.
"""

from __future__ import annotations

import base64
import binascii
from typing import TypeAlias

from .errors import RequestValidationError, ResponseParseError
from .generated.models import (
    SimDownlinkBinaryEncoding,
    SimDownlinkHttpResponse,
    SimDownlinkSshNoAuthentication,
    SimDownlinkSshPasswordAuthentication,
    SimDownlinkSshPublicKeyAuthentication,
    SimDownlinkSshRequest,
    SimDownlinkSshResponse,
    SimDownlinkTcpConnectionFireAndForgetOptions,
    SimDownlinkTcpConnectionIdleTimeoutOptions,
    SimDownlinkTcpConnectionWaitAllOptions,
    SimDownlinkTcpConnectionWaitFirstOptions,
    SimDownlinkTcpConnectionWaitForPatternOptions,
    SimDownlinkTcpRequest,
    SimDownlinkTcpResponse,
    SimDownlinkUdpRequest,
)

__all__ = [
    "SSH_COMMAND_MAX_BYTES",
    "TCP_PAYLOAD_MAX_BYTES",
    "UDP_PAYLOAD_MAX_BYTES",
    "TcpConnection",
    "decode",
    "decode_data",
    "encode",
    "http_body",
    "rtsp_jpeg",
    "ssh_output",
    "ssh_request",
    "tcp_request",
    "udp_request",
    "wait_for_pattern",
]

#: "The maximum size is 5 MiB for the encoded string" (SimDownlinkTcpRequest.payload).
TCP_PAYLOAD_MAX_BYTES = 5 * 1024 * 1024
#: "The maximum size is 1,472 bytes for the encoded string" (SimDownlinkUdpRequest.payload).
UDP_PAYLOAD_MAX_BYTES = 1472
#: "Maximum size is 8192 bytes" (SimDownlinkSshRequest.command).
SSH_COMMAND_MAX_BYTES = 8192

TcpConnection: TypeAlias = (
    SimDownlinkTcpConnectionFireAndForgetOptions
    | SimDownlinkTcpConnectionWaitFirstOptions
    | SimDownlinkTcpConnectionWaitAllOptions
    | SimDownlinkTcpConnectionWaitForPatternOptions
    | SimDownlinkTcpConnectionIdleTimeoutOptions
)
SshAuthentication: TypeAlias = (
    SimDownlinkSshPasswordAuthentication | SimDownlinkSshPublicKeyAuthentication | SimDownlinkSshNoAuthentication
)

_JPEG_START = b"\xff\xd8\xff"


def _encoding(value: SimDownlinkBinaryEncoding | str) -> SimDownlinkBinaryEncoding:
    text = str(getattr(value, "value", value)).lower()
    for known in SimDownlinkBinaryEncoding:  # known members only (unknown values would be pseudo-members)
        if known.value == text:
            return known
    names = ", ".join(e.value for e in SimDownlinkBinaryEncoding)
    raise ValueError(f"unknown encoding {value!r}; expected one of {names}")


def encode(data: bytes | str, encoding: SimDownlinkBinaryEncoding | str | None = None,
           *, field: str = "payload") -> tuple[str, SimDownlinkBinaryEncoding]:
    """`data` as the API's text and the encoding that reads it back.

    With no `encoding`: a ``str`` -> ``string``; UTF-8 ``bytes`` -> ``string``;
    other ``bytes`` -> ``base64``. Asking for ``string`` with bytes that are
    not UTF-8 raises RequestValidationError (``string`` cannot carry them).
    """
    if not isinstance(data, (bytes, bytearray, memoryview, str)):
        raise RequestValidationError(field, "type bytes or str", data)
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    if encoding is None:
        if isinstance(data, str):
            return data, SimDownlinkBinaryEncoding.STRING
        try:
            return raw.decode("utf-8"), SimDownlinkBinaryEncoding.STRING
        except UnicodeDecodeError:
            return base64.b64encode(raw).decode("ascii"), SimDownlinkBinaryEncoding.BASE64
    chosen = _encoding(encoding)
    if chosen is SimDownlinkBinaryEncoding.BASE64:
        return base64.b64encode(raw).decode("ascii"), chosen
    if chosen is SimDownlinkBinaryEncoding.HEX:
        return raw.hex(), chosen
    try:
        return raw.decode("utf-8"), chosen
    except UnicodeDecodeError:
        raise RequestValidationError(field, "encoding string needs UTF-8 (use base64 or hex)", data) from None


def decode(text: str, encoding: SimDownlinkBinaryEncoding | str | None = None) -> bytes:
    """The bytes that `text` stands for in `encoding` (absent: ``string``, the spec's default).

    Raises ResponseParseError when `text` is not valid for its encoding or the
    encoding is one this client does not know.
    """
    name = "string" if encoding is None else str(getattr(encoding, "value", encoding))
    name = name.lower()
    try:
        if name == "string":
            return text.encode("utf-8")
        if name == "base64":
            return base64.b64decode(text, validate=True)
        if name == "hex":
            return bytes.fromhex(text)
    except (ValueError, binascii.Error) as exc:
        raise ResponseParseError(f"data is not valid {name}: {exc}") from exc
    raise ResponseParseError(f"unknown data encoding {name!r}")


def _check_size(field: str, text: str, limit: int) -> None:
    size = len(text.encode("utf-8"))
    if size > limit:
        raise RequestValidationError(field, f"at most {limit} bytes when encoded (spec)", f"<{size} bytes>")


def wait_for_pattern(pattern: bytes | str, *, encoding: SimDownlinkBinaryEncoding | str | None = None,
                     ) -> SimDownlinkTcpConnectionWaitForPatternOptions:
    """`connectionOptions` that read until `pattern`; its encoding is always sent
    (the spec's default for ``terminationPatternEncoding`` is base64, not string)."""
    text, chosen = encode(pattern, encoding, field="connectionOptions.terminationPattern")
    if not text:
        raise RequestValidationError("connectionOptions.terminationPattern", "not empty", pattern)
    return SimDownlinkTcpConnectionWaitForPatternOptions(termination_pattern=text, termination_pattern_encoding=chosen)


def tcp_request(port: int, payload: bytes | str, *, connection: TcpConnection | None = None,
                timeout: int | None = None, encoding: SimDownlinkBinaryEncoding | str | None = None,
                ) -> SimDownlinkTcpRequest:
    """A `SimDownlinkTcpRequest` for `payload` (at most 5 MiB once encoded).

    `connection=None` leaves `connectionOptions` out, which the API reads as
    ``{"type": "wait_all"}`` (the spec's default); `timeout=None` leaves the
    API's 30 s. Ports and the timeout are checked against the spec when sent.
    """
    text, chosen = encode(payload, encoding)
    _check_size("body.payload", text, TCP_PAYLOAD_MAX_BYTES)
    return SimDownlinkTcpRequest(
        payload=text, port=port, payload_encoding=chosen,
        connection_options=connection, timeout=timeout,
    )


def udp_request(port: int, payload: bytes | str, *, encoding: SimDownlinkBinaryEncoding | str | None = None,
                ) -> SimDownlinkUdpRequest:
    """A `SimDownlinkUdpRequest` for `payload` (at most 1,472 bytes once encoded)."""
    text, chosen = encode(payload, encoding)
    _check_size("body.payload", text, UDP_PAYLOAD_MAX_BYTES)
    return SimDownlinkUdpRequest(payload=text, port=port, payload_encoding=chosen)


def ssh_request(username: str, command: str, authentication: SshAuthentication, *,
                port: int | None = None) -> SimDownlinkSshRequest:
    """A `SimDownlinkSshRequest`; `command` may be at most 8,192 bytes in UTF-8."""
    if not isinstance(command, str):
        raise RequestValidationError("body.command", "type str", command)
    _check_size("body.command", command, SSH_COMMAND_MAX_BYTES)
    return SimDownlinkSshRequest(username=username, command=command, authentication=authentication,
                                 port=port)


def decode_data(response: SimDownlinkTcpResponse) -> bytes:
    """The bytes a TCP downlink received, decoded according to `dataEncoding`."""
    if response.data is None:
        return b""
    return decode(response.data, response.data_encoding)


def _flagged(text: str | None, is_base64: bool | None) -> bytes:
    if text is None:
        return b""
    return decode(text, "base64" if is_base64 is True else "string")


def http_body(response: SimDownlinkHttpResponse) -> bytes:
    """The device's HTTP response body, Base64-decoded when `isBase64Encoded`."""
    return _flagged(response.body, response.is_base_64_encoded)


def ssh_output(response: SimDownlinkSshResponse) -> tuple[bytes, bytes]:
    """``(stdout, stderr)`` as bytes, each Base64-decoded when its flag says so."""
    return (_flagged(response.stdout, response.is_stdout_base_64_encoded),
            _flagged(response.stderr, response.is_stderr_base_64_encoded))


def rtsp_jpeg(raw: bytes | str) -> bytes:
    """The JPEG from an RTSP snapshot answer, whether the body is the image itself
    (what ``Content-Type: image/jpeg`` says) or its Base64 text (what the spec's
    prose says). `send_downlink_rtsp` returns the body as sent; pass it here."""
    data = raw.encode("ascii", "replace") if isinstance(raw, str) else bytes(raw)
    if data.startswith(_JPEG_START):
        return data
    text = data.strip()
    if text.startswith(b'"') and text.endswith(b'"'):  # a JSON string holding the Base64
        text = text[1:-1]
    try:
        image = base64.b64decode(b"".join(text.split()), validate=True)
    except (ValueError, binascii.Error):
        image = b""
    if image.startswith(_JPEG_START):
        return image
    raise ResponseParseError("RTSP snapshot is neither a JPEG nor Base64 of one",
                             body=data[:64], model="SimDownlinkRtspSnapshotImageResponse")
