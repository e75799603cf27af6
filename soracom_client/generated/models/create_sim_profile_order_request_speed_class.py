# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from enum import StrEnum


class CreateSimProfileOrderRequestSpeedClass(StrEnum):
    S1_4XFAST = "s1.4xfast"
    S1_8XFAST = "s1.8xfast"
    S1_FAST = "s1.fast"
    S1_MINIMUM = "s1.minimum"
    S1_SLOW = "s1.slow"
    S1_STANDARD = "s1.standard"

    def __str__(self) -> str:
        return str(self.value)
