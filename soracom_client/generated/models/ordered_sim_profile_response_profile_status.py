# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from enum import Enum
from typing import Any

from ..._model_support import enum_missing


class OrderedSimProfileResponseProfileStatus(str, Enum):
    """Values the spec lists. Other values the API sends are kept, as pseudo-members."""

    ACTIVATION_FAILED = "ACTIVATION_FAILED"
    ACTIVATION_SUCCEEDED = "ACTIVATION_SUCCEEDED"
    DELETION_FAILED = "DELETION_FAILED"
    DELETION_SUCCEEDED = "DELETION_SUCCEEDED"
    INACTIVATION_FAILED = "INACTIVATION_FAILED"
    INACTIVATION_SUCCEEDED = "INACTIVATION_SUCCEEDED"
    INSTALLATION_FAILED = "INSTALLATION_FAILED"
    INSTALLATION_SUCCEEDED = "INSTALLATION_SUCCEEDED"
    SUBSCRIBER_REGISTRATION_SUCCEEDED = "SUBSCRIBER_REGISTRATION_SUCCEEDED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "OrderedSimProfileResponseProfileStatus | None":
        return enum_missing(cls, value)
