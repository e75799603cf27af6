# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

T = TypeVar("T", bound="DownlinkPingResponse")


@_attrs_define
class DownlinkPingResponse:
    """
    Attributes:
        rtt (str | Unset): The RTT of the ping result
        stat (str | Unset): The stats information of the ping result
        success (bool | Unset): Whether the ping was succeeded or not
    """

    rtt: str | Unset | None = UNSET
    stat: str | Unset | None = UNSET
    success: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rtt = self.rtt

        stat = self.stat

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rtt is not UNSET:
            field_dict["rtt"] = rtt
        if stat is not UNSET:
            field_dict["stat"] = stat
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if not isinstance(src_dict, (dict, Mapping)):  # dict("") would silently give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            rtt = d.pop("rtt", UNSET)

            stat = d.pop("stat", UNSET)

            success = d.pop("success", UNSET)

            downlink_ping_response = cls(
                rtt=rtt,
                stat=stat,
                success=success,
            )

            downlink_ping_response.additional_properties = d
        except Exception as exc:
            raise model_parse_error("DownlinkPingResponse", src_dict, exc) from exc
        return downlink_ping_response

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
