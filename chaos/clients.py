"""The clients under test: one per transport the client offers, plus plain httpx as a reference.

Features from the issue's contract (`deadline=`, `max_response_size=`) are used when this version of
`Soracom` has them and reported as missing otherwise, so that the suite runs before and after the fixes.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from soracom_client import ApiToken, AuthKey, Soracom
from soracom_client.transports import AiohttpPoolTransport, LanePoolTransport

# Credentials the hostile server accepts; the other host looks for these exact strings.
AUTH_KEY_ID = "keyId-chaos-0001"
AUTH_KEY_SECRET = "secret-chaos-authkey-0001"
API_KEY = "api-key-chaos-0001"
TOKEN = "token-chaos-0001"
OPERATOR_ID = "OP0000CHAOS"
SECRETS = (AUTH_KEY_SECRET, API_KEY, TOKEN)
HOSTILE_AUTH = AuthKey(AUTH_KEY_ID, AUTH_KEY_SECRET)


def _aiohttp() -> httpx.AsyncBaseTransport:
    from soracom_client.transports import AiohttpTransport

    transport: httpx.AsyncBaseTransport = AiohttpTransport()
    return transport


def transports() -> dict[str, Callable[[], httpx.AsyncBaseTransport]]:
    """Every transport the client offers and that is installed, by the name the table shows."""
    found: dict[str, Callable[[], httpx.AsyncBaseTransport]] = {
        "aiohttp-pool": AiohttpPoolTransport,  # the default
        "lanepool": LanePoolTransport,
        "httpx": httpx.AsyncHTTPTransport,
    }
    try:
        import httpx_aiohttp  # noqa: F401
    except ImportError:
        pass
    else:
        found["aiohttp"] = _aiohttp
    return found


def supports(argument: str) -> bool:
    """Whether `Soracom(...)` accepts this keyword argument on this version of the client."""
    return argument in inspect.signature(Soracom.__init__).parameters


@dataclass
class Limits:
    """What a scenario asks of the client."""

    deadline: float
    timeout: float = 1.0
    max_retries: int = 2
    max_response_size: int | None = None
    token_timeout_seconds: int | None = None


def make_client(base_url: str, auth: Any, transport: httpx.AsyncBaseTransport, limits: Limits,
                http_client: httpx.AsyncClient | None = None) -> Soracom:
    kwargs: dict[str, Any] = {"base_url": base_url, "auth": auth, "timeout": limits.timeout,
                              "max_retries": limits.max_retries}
    if http_client is not None:
        kwargs["http_client"] = http_client
    else:
        kwargs["transport"] = transport
    if supports("deadline"):
        kwargs["deadline"] = limits.deadline
    if limits.max_response_size is not None and supports("max_response_size"):
        kwargs["max_response_size"] = limits.max_response_size
    if limits.token_timeout_seconds is not None:
        kwargs["token_timeout_seconds"] = limits.token_timeout_seconds
    return Soracom(**kwargs)


def api_token(api_key: str = API_KEY, token: str = TOKEN) -> ApiToken:
    return ApiToken(api_key, token)


def feature_notes() -> list[str]:
    notes = []
    if not supports("deadline"):
        notes.append("n/a (no deadline support): calls are measured against the scenario's deadline, "
                     "which the client does not know about")
    if not supports("max_response_size"):
        notes.append("no max_response_size: the client's own default (if any) applies")
    return notes
