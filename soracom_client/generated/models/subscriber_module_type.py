# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from enum import StrEnum


class SubscriberModuleType(StrEnum):
    EMBEDDED = "embedded"
    INTEGRATED = "integrated"
    MICRO = "micro"
    MINI = "mini"
    NANO = "nano"
    PROFILEPACKAGE = "profilePackage"
    TRIO = "trio"
    VALUE_8 = "(null value)"
    VIRTUAL = "virtual"

    def __str__(self) -> str:
        return str(self.value)
