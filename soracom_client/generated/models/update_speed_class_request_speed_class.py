# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from enum import Enum
from typing import Any

from ..._model_support import enum_missing


class UpdateSpeedClassRequestSpeedClass(str, Enum):
    """Values the spec lists. Other values the API sends are kept, as pseudo-members."""

    S1_4XFAST = "s1.4xfast"
    S1_8XFAST = "s1.8xfast"
    S1_FAST = "s1.fast"
    S1_MINIMUM = "s1.minimum"
    S1_SLOW = "s1.slow"
    S1_STANDARD = "s1.standard"
    U1_SLOW = "u1.slow"
    U1_STANDARD = "u1.standard"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "UpdateSpeedClassRequestSpeedClass | None":
        return enum_missing(cls, value)
