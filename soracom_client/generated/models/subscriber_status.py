# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from enum import StrEnum


class SubscriberStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    READY = "ready"
    STANDBY = "standby"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"

    def __str__(self) -> str:
        return str(self.value)
