# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..models.sim_downlink_binary_encoding import SimDownlinkBinaryEncoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimDownlinkUdpRequest")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SIMDOWNLINKUDPREQUEST_FIELDS = frozenset(
    (
        "payload",
        "port",
        "payloadEncoding",
    )
)


@_attrs_define
class SimDownlinkUdpRequest:
    """
    Attributes:
        payload (str): Data to be sent, encoded as a string in the format specified by `payloadEncoding`. The maximum
            size is 1,472 bytes for the encoded string.
            **Warning**: Depending on the network path, the actual maximum size may be smaller. Data exceeding the maximum
            allowable size for the network path may be discarded.
        port (int): Port number for UDP.
        payload_encoding (SimDownlinkBinaryEncoding | Unset): Encoding format for binary data. "string" is treated as a
            UTF-8 string. "base64" is Base64 encoding, and "hex" is hexadecimal encoding. Case insensitive for hex.
    """

    payload: str | None
    port: int | None
    payload_encoding: SimDownlinkBinaryEncoding | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload

        port = self.port

        payload_encoding: Any
        if self.payload_encoding is None:
            payload_encoding = None
        else:
            payload_encoding = UNSET
            if not isinstance(self.payload_encoding, Unset):
                payload_encoding = getattr(self.payload_encoding, "value", self.payload_encoding)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payload": payload,
                "port": port,
            }
        )
        if payload_encoding is not UNSET:
            field_dict["payloadEncoding"] = payload_encoding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _obj.payload = d["payload"]

            _obj.port = d["port"]

            payload_encoding = d.get("payloadEncoding", UNSET)
            if payload_encoding is not None and payload_encoding is not UNSET:
                payload_encoding = SimDownlinkBinaryEncoding._value2member_map_.get(
                    payload_encoding
                ) or SimDownlinkBinaryEncoding(payload_encoding)
            _obj.payload_encoding = payload_encoding

            if _SIMDOWNLINKUDPREQUEST_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SIMDOWNLINKUDPREQUEST_FIELDS}
        except Exception as exc:
            raise model_parse_error("SimDownlinkUdpRequest", src_dict, exc) from exc
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
