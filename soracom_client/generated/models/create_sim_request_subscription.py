# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from enum import Enum
from typing import Any

from ..._model_support import enum_missing


class CreateSimRequestSubscription(str, Enum):
    """Values the spec lists. Other values the API sends are kept, as pseudo-members."""

    PLANARC01 = "planArc01"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "CreateSimRequestSubscription | None":
        return enum_missing(cls, value)
