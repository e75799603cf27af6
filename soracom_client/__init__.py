"""Async client for the Soracom SIM management API."""

__version__ = "0.1.0"

from ._bulk import BulkResult, Outcome, Progress  # noqa: E402
from ._client import Soracom  # noqa: E402  (after __version__, which _client reads)
from ._config import ConfigurationError  # noqa: E402
from ._credentials import ApiToken, AuthKey, EmailPassword, SamUser  # noqa: E402
from ._pagination import Page, Paginator  # noqa: E402

__all__ = [
    "ApiToken", "AuthKey", "BulkResult", "ConfigurationError", "EmailPassword", "Outcome", "Page", "Paginator",
    "Progress", "SamUser", "Soracom", "__version__",
]
