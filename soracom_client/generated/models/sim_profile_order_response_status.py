# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from enum import StrEnum


class SimProfileOrderResponseStatus(StrEnum):
    COMPLETED = "COMPLETED"
    CONFIRMED = "CONFIRMED"
    DRAFT = "DRAFT"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"

    def __str__(self) -> str:
        return str(self.value)
