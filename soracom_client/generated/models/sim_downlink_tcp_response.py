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
            if not isinstance(src_dict, (dict, Mapping)):  # dict("") would silently give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            data = d.pop("data")

            data_encoding = d.pop("dataEncoding", UNSET)
            if data_encoding is not None and data_encoding is not UNSET:
                data_encoding = SimDownlinkBinaryEncoding._value2member_map_.get(
                    data_encoding
                ) or SimDownlinkBinaryEncoding(data_encoding)

            sim_downlink_tcp_response = cls(
                data=data,
                data_encoding=data_encoding,
            )

            sim_downlink_tcp_response.additional_properties = d
        except Exception as exc:
            raise model_parse_error("SimDownlinkTcpResponse", src_dict, exc) from exc
        return sim_downlink_tcp_response

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
