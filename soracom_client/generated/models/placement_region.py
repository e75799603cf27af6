# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from enum import Enum
from typing import Any

from ..._model_support import enum_missing


class PlacementRegion(str, Enum):
    """Values the spec lists. Other values the API sends are kept, as pseudo-members."""

    AP_NORTHEAST_1 = "ap-northeast-1"
    AP_SOUTHEAST_2 = "ap-southeast-2"
    EU_CENTRAL_1 = "eu-central-1"
    US_WEST_2 = "us-west-2"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PlacementRegion | None":
        return enum_missing(cls, value)
