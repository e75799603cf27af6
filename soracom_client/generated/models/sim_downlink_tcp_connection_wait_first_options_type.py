# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from enum import StrEnum


class SimDownlinkTcpConnectionWaitFirstOptionsType(StrEnum):
    WAIT_FIRST = "wait_first"

    def __str__(self) -> str:
        return str(self.value)
