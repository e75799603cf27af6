# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
"""A client library for accessing Soracom SIM Management API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
