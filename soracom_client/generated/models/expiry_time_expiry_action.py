# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from enum import StrEnum


class ExpiryTimeExpiryAction(StrEnum):
    DEACTIVATE = "deactivate"
    DELETESESSION = "deleteSession"
    DONOTHING = "doNothing"
    SUSPEND = "suspend"
    TERMINATE = "terminate"
    VALUE_5 = "(null value)"

    def __str__(self) -> str:
        return str(self.value)
