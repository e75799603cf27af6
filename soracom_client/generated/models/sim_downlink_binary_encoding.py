# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from enum import StrEnum


class SimDownlinkBinaryEncoding(StrEnum):
    BASE64 = "base64"
    HEX = "hex"
    STRING = "string"

    def __str__(self) -> str:
        return str(self.value)
