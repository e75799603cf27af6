# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from enum import StrEnum


class CellRadioType(StrEnum):
    GSM = "GSM"
    LTE = "LTE"
    LTE_M = "LTE-M"
    NB_IOT = "NB-IoT"
    VALUE_0 = "3G"

    def __str__(self) -> str:
        return str(self.value)
