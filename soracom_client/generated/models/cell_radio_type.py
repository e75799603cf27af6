# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from enum import Enum
from typing import Any

from ..._model_support import enum_missing


class CellRadioType(str, Enum):
    """Values the spec lists. Other values the API sends are kept, as pseudo-members."""

    GSM = "GSM"
    LTE = "LTE"
    LTE_M = "LTE-M"
    NB_IOT = "NB-IoT"
    VALUE_0 = "3G"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "CellRadioType | None":
        return enum_missing(cls, value)
