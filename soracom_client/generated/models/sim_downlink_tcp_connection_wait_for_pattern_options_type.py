# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from enum import StrEnum


class SimDownlinkTcpConnectionWaitForPatternOptionsType(StrEnum):
    WAIT_FOR_PATTERN = "wait_for_pattern"

    def __str__(self) -> str:
        return str(self.value)
