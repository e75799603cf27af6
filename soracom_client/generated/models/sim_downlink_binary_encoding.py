# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from enum import Enum
from typing import Any

from ..._model_support import enum_missing


class SimDownlinkBinaryEncoding(str, Enum):
    """Values the spec lists. Other values the API sends are kept, as pseudo-members."""

    BASE64 = "base64"
    HEX = "hex"
    STRING = "string"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "SimDownlinkBinaryEncoding | None":
        return enum_missing(cls, value)
