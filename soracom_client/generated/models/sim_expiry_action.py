# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from enum import Enum
from typing import Any

from ..._model_support import enum_missing


class SimExpiryAction(str, Enum):
    """Values the spec lists. Other values the API sends are kept, as pseudo-members."""

    DEACTIVATE = "deactivate"
    DELETESESSION = "deleteSession"
    DONOTHING = "doNothing"
    SUSPEND = "suspend"
    TERMINATE = "terminate"
    VALUE_5 = "(null value)"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "SimExpiryAction | None":
        return enum_missing(cls, value)
