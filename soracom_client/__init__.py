"""Async client for the Soracom SIM management API."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

from ._client import Soracom  # noqa: E402  (after __version__, which _client reads)
from ._credentials import ApiToken, AuthKey, EmailPassword, SamUser  # noqa: E402
from ._pagination import Page, Paginator  # noqa: E402

if TYPE_CHECKING:
    from ._bulk import BulkResult, Outcome, Progress
    from ._clock import Clock, MonotonicClock
    from ._response import RateLimit, RawResponse
    from .errors import ConfigurationError

# Public names whose modules load on first use, so that `from soracom_client import Soracom` stays light.
_LAZY = {"BulkResult": "._bulk", "Outcome": "._bulk", "Progress": "._bulk", "ConfigurationError": ".errors",
         "RateLimit": "._response", "RawResponse": "._response", "Clock": "._clock", "MonotonicClock": "._clock"}

__all__ = [
    "ApiToken", "AuthKey", "BulkResult", "Clock", "ConfigurationError", "EmailPassword", "MonotonicClock", "Outcome",
    "Page", "Paginator", "Progress", "RateLimit", "RawResponse", "SamUser", "Soracom", "__version__",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later look-ups find it directly
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
