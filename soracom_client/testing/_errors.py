"""Soracom-style errors: an HTTP status and a `{code, message}` body.

The codes follow Soracom's shape (three letters, four digits). `SEM0016` is the one the spec
quotes; the others are chosen here and used consistently, so tests and users can match on them.
"""

from __future__ import annotations

from typing import Any

# code -> (status, message). One table so a code always means the same thing.
CODES: dict[str, tuple[int, str]] = {
    "AUM0001": (401, "An API key and an API token are required (X-Soracom-API-Key and X-Soracom-Token)."),
    "AUM0002": (401, "Invalid API key or API token."),
    "AUM0003": (401, "The API token has expired. Authenticate again."),
    "AUM0004": (401, "Authentication failed: invalid credentials."),
    "AUM0005": (403, "The token does not belong to the specified operator."),
    "AUM0006": (400, "Invalid authentication request."),
    "COM0001": (400, "Invalid request."),
    "COM0002": (404, "No such API."),
    "COM0003": (405, "Method not allowed."),
    "COM0004": (429, "Rate limit exceeded. Retry after the rate limit window is refreshed."),
    "COM0005": (500, "Internal server error."),
    "SEM0001": (404, "The specified SIM does not exist."),
    "SEM0002": (404, "The specified subscriber does not exist."),
    "SEM0003": (400, "The requested status change is not allowed from the current status."),
    "SEM0004": (400, "The SIM is protected from termination. Enable termination first."),
    "SEM0005": (400, "The SIM has been terminated."),
    "SEM0006": (400, "The specified SIM does not support this operation."),
    "SEM0007": (404, "The specified tag does not exist."),
    "SEM0008": (404, "The expiry time is not set."),
    "SEM0009": (400, "The IMEI is invalid, or it is missing while the SIM is offline."),
    "SEM0010": (400, "The specified speed class is not available for the subscription."),
    "SEM0011": (400, "The registration secret is wrong or the SIM is already registered."),
    "SEM0012": (404, "The subscriber does not belong to a group."),
    "SEM0013": (400, "The specified bundle is not supported by the subscription."),
    "SEM0014": (400, "Arc credentials are missing."),
    "SEM0015": (400, "The subscription cannot be added to this SIM."),
    "SEM0016": (400, "The specified subscriber is offline"),
    "SEM0017": (404, "The specified profile or subscription container does not exist."),
    "SEM0018": (400, "The SIM does not support SMS."),
    "SEM0019": (404, "No testing usage information found for the SIM."),
    "DLK0001": (422, "Could not establish a network connection with the device."),
    "DLK0002": (422, "No data was received from the device before the timeout."),
    "DLK0003": (403, "Authentication with the device failed."),
    "DLK0004": (400, "The payload is not valid for the specified encoding."),
    "DLK0005": (422, "SSH authentication with the device failed."),
    "PCS0001": (404, "The packet capture session does not exist."),
    "PCS0002": (400, "The packet capture session can be stopped only when its status is CAPTURING."),
    "PCS0003": (400, "A packet capture session is already running for this SIM."),
    "PCS0004": (400, "A packet capture session cannot be deleted while it is capturing."),
    "ORD0001": (404, "The eSIM profile order was not found."),
    "ORD0002": (400, "Only a DRAFT eSIM profile order can be confirmed or canceled."),
    "ORD0003": (400, "The subscription cannot be ordered as an eSIM profile."),
    "CLC0001": (404, "Location information is not found for the cell tower."),
    "TRF0001": (404, "Transfer token does not exist."),
    "TRF0002": (400, "Only SIMs in ready status owned by this operator can be transferred."),
    "TRF0003": (400, "The transfer token is not addressed to this operator."),
}


class FakeApiError(Exception):
    """Raised inside the fake; the app turns it into a Soracom-style error response."""

    def __init__(self, code: str, message: str | None = None, *, headers: dict[str, str] | None = None) -> None:
        status, default = CODES[code]
        self.status = status
        self.code = code
        self.message = message or default
        self.headers = headers or {}
        super().__init__(f"{code}: {self.message}")

    def body(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message}
