# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from enum import Enum
from typing import Any

from ..._model_support import enum_missing


class PutBundlesBodyItem(str, Enum):
    """Values the spec lists. Other values the API sends are kept, as pseudo-members."""

    DU_100GB = "DU-100GB"
    DU_10GB = "DU-10GB"
    DU_50GB = "DU-50GB"
    D_300MB = "D-300MB"
    US_100MB = "US-100MB"
    US_10GB = "US-10GB"
    US_10MB = "US-10MB"
    US_1GB = "US-1GB"
    US_1MB = "US-1MB"
    US_20MB = "US-20MB"
    US_300MB = "US-300MB"
    US_3GB = "US-3GB"
    US_3MB = "US-3MB"
    US_500MB = "US-500MB"
    US_50MB = "US-50MB"
    US_5GB = "US-5GB"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PutBundlesBodyItem | None":
        return enum_missing(cls, value)
