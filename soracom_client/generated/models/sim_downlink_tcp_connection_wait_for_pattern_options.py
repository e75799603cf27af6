# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sim_downlink_binary_encoding import SimDownlinkBinaryEncoding
from ..models.sim_downlink_tcp_connection_wait_for_pattern_options_type import (
    SimDownlinkTcpConnectionWaitForPatternOptionsType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimDownlinkTcpConnectionWaitForPatternOptions")


@_attrs_define
class SimDownlinkTcpConnectionWaitForPatternOptions:
    """Establishes a TCP connection with the device and sends the specified data, then waits for data reception from the
    device. Then, returns the data received until "the byte pattern specified by `terminationPattern` is received" as
    the API response.

    - In the following cases, an API response indicating an error is returned:
     - If no data is received from the device.

     After the time specified by `timeout` elapses, the TCP connection is terminated and an error is returned.
     - If data matching the pattern is not received within the time specified by `timeout`.

        Attributes:
            termination_pattern (str): The sequence of bytes that ends data reception, encoded as a UTF-8 string in the
                format specified by `terminationPatternEncoding`.
            termination_pattern_encoding (SimDownlinkBinaryEncoding | Unset): Encoding format for binary data. "string" is
                treated as a UTF-8 string. "base64" is Base64 encoding, and "hex" is hexadecimal encoding. Case insensitive for
                hex.
            type_ (SimDownlinkTcpConnectionWaitForPatternOptionsType | Unset):
    """

    termination_pattern: str
    termination_pattern_encoding: SimDownlinkBinaryEncoding | Unset = UNSET
    type_: SimDownlinkTcpConnectionWaitForPatternOptionsType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        termination_pattern = self.termination_pattern

        termination_pattern_encoding: str | Unset = UNSET
        if not isinstance(self.termination_pattern_encoding, Unset):
            termination_pattern_encoding = self.termination_pattern_encoding.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "terminationPattern": termination_pattern,
            }
        )
        if termination_pattern_encoding is not UNSET:
            field_dict["terminationPatternEncoding"] = termination_pattern_encoding
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        termination_pattern = d.pop("terminationPattern")

        _termination_pattern_encoding = d.pop("terminationPatternEncoding", UNSET)
        termination_pattern_encoding: SimDownlinkBinaryEncoding | Unset
        if isinstance(_termination_pattern_encoding, Unset):
            termination_pattern_encoding = UNSET
        else:
            termination_pattern_encoding = SimDownlinkBinaryEncoding(_termination_pattern_encoding)

        _type_ = d.pop("type", UNSET)
        type_: SimDownlinkTcpConnectionWaitForPatternOptionsType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SimDownlinkTcpConnectionWaitForPatternOptionsType(_type_)

        sim_downlink_tcp_connection_wait_for_pattern_options = cls(
            termination_pattern=termination_pattern,
            termination_pattern_encoding=termination_pattern_encoding,
            type_=type_,
        )

        sim_downlink_tcp_connection_wait_for_pattern_options.additional_properties = d
        return sim_downlink_tcp_connection_wait_for_pattern_options

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
