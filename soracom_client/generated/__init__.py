# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
"""A client library for accessing Soracom SIM Management API"""

# The clients (attrs classes) are imported on first use, so `import soracom_client` does not pay for
# attrs; type checkers and IDEs see them through the TYPE_CHECKING import.
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
