# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..models.sim_downlink_tcp_connection_fire_and_forget_options_type import (
    SimDownlinkTcpConnectionFireAndForgetOptionsType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimDownlinkTcpConnectionFireAndForgetOptions")


@_attrs_define
class SimDownlinkTcpConnectionFireAndForgetOptions:
    """Establishes a TCP connection with the device and attempts to send specified data, then returns the API response.
    - Does not wait for data reception from the device.
    - Even if the device cannot be reached over the network or data transmission to the device is confirmed, this API
    will still return a successful response.

        Attributes:
            type_ (SimDownlinkTcpConnectionFireAndForgetOptionsType | Unset):  Default:
                SimDownlinkTcpConnectionFireAndForgetOptionsType.FIRE_AND_FORGET.
    """

    type_: SimDownlinkTcpConnectionFireAndForgetOptionsType | Unset | None = (
        SimDownlinkTcpConnectionFireAndForgetOptionsType.FIRE_AND_FORGET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: Any
        if self.type_ is None:
            type_ = None
        else:
            type_ = UNSET
            if not isinstance(self.type_, Unset):
                type_ = getattr(self.type_, "value", self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if not isinstance(src_dict, (dict, Mapping)):  # dict("") would silently give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            type_ = d.pop("type", UNSET)
            if type_ is not None and type_ is not UNSET:
                type_ = SimDownlinkTcpConnectionFireAndForgetOptionsType._value2member_map_.get(
                    type_
                ) or SimDownlinkTcpConnectionFireAndForgetOptionsType(type_)

            sim_downlink_tcp_connection_fire_and_forget_options = cls(
                type_=type_,
            )

            sim_downlink_tcp_connection_fire_and_forget_options.additional_properties = d
        except Exception as exc:
            raise model_parse_error("SimDownlinkTcpConnectionFireAndForgetOptions", src_dict, exc) from exc
        return sim_downlink_tcp_connection_fire_and_forget_options

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
