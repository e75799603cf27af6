# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from enum import StrEnum


class SimDownlinkHttpRequestMethod(StrEnum):
    DELETE = "DELETE"
    GET = "GET"
    HEAD = "HEAD"
    OPTIONS = "OPTIONS"
    PATCH = "PATCH"
    POST = "POST"
    PUT = "PUT"
    TRACE = "TRACE"

    def __str__(self) -> str:
        return str(self.value)
