# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from enum import StrEnum


class PacketCaptureSessionStatus(StrEnum):
    ACCEPTED = "ACCEPTED"
    CAPTURING = "CAPTURING"
    DONE = "DONE"
    FAILED = "FAILED"
    POST_PROCESSING = "POST_PROCESSING"
    REQUESTED = "REQUESTED"
    STOPPED = "STOPPED"

    def __str__(self) -> str:
        return str(self.value)
