"""Async client for the Soracom SIM management API."""

__version__ = "0.1.0"
