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
            if not isinstance(src_dict, (dict, Mapping)):  # dict("") would silently give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            payload = d.pop("payload")

            port = d.pop("port")

            payload_encoding = d.pop("payloadEncoding", UNSET)
            if payload_encoding is not None and payload_encoding is not UNSET:
                payload_encoding = SimDownlinkBinaryEncoding._value2member_map_.get(
                    payload_encoding
                ) or SimDownlinkBinaryEncoding(payload_encoding)

            sim_downlink_udp_request = cls(
                payload=payload,
                port=port,
                payload_encoding=payload_encoding,
            )

            sim_downlink_udp_request.additional_properties = d
        except Exception as exc:
            raise model_parse_error("SimDownlinkUdpRequest", src_dict, exc) from exc
        return sim_downlink_udp_request

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
