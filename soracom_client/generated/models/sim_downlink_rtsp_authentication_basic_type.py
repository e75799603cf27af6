# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from enum import StrEnum


class SimDownlinkRtspAuthenticationBasicType(StrEnum):
    BASIC = "basic"

    def __str__(self) -> str:
        return str(self.value)
