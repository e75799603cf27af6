# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..models.sim_downlink_binary_encoding import SimDownlinkBinaryEncoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimDownlinkTcpResponse")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SIMDOWNLINKTCPRESPONSE_FIELDS = frozenset(
    (
        "data",
        "dataEncoding",
    )
)


@_attrs_define
class SimDownlinkTcpResponse:
    """Response for the TCP connection

    Attributes:
        data (str): Data received, encoded as a string in the format specified by dataEncoding. The maximum size is 5
            MiB for the encoded string.
        data_encoding (SimDownlinkBinaryEncoding | Unset): Encoding format for binary data. "string" is treated as a
            UTF-8 string. "base64" is Base64 encoding, and "hex" is hexadecimal encoding. Case insensitive for hex.
    """

    data: str | None
    data_encoding: SimDownlinkBinaryEncoding | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        data_encoding: Any
        if self.data_encoding is None:
            data_encoding = None
        else:
            data_encoding = UNSET
            if not isinstance(self.data_encoding, Unset):
                data_encoding = getattr(self.data_encoding, "value", self.data_encoding)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if data_encoding is not UNSET:
            field_dict["dataEncoding"] = data_encoding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _obj.data = d["data"]

            data_encoding = d.get("dataEncoding", UNSET)
            if data_encoding is not None and data_encoding is not UNSET:
                data_encoding = SimDownlinkBinaryEncoding._value2member_map_.get(
                    data_encoding
                ) or SimDownlinkBinaryEncoding(data_encoding)
            _obj.data_encoding = data_encoding

            if _SIMDOWNLINKTCPRESPONSE_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SIMDOWNLINKTCPRESPONSE_FIELDS}
        except Exception as exc:
            raise model_parse_error("SimDownlinkTcpResponse", src_dict, exc) from exc
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
