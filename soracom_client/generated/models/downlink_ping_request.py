# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

T = TypeVar("T", bound="DownlinkPingRequest")


@_attrs_define
class DownlinkPingRequest:
    """
    Attributes:
        number_of_ping_requests (int | Unset): The number of attempt ping. Default: 1.
        timeout_seconds (int | Unset): The timeout duration of each ping. Default: 1.
    """

    number_of_ping_requests: int | Unset | None = 1
    timeout_seconds: int | Unset | None = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number_of_ping_requests = self.number_of_ping_requests

        timeout_seconds = self.timeout_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number_of_ping_requests is not UNSET:
            field_dict["numberOfPingRequests"] = number_of_ping_requests
        if timeout_seconds is not UNSET:
            field_dict["timeoutSeconds"] = timeout_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if not isinstance(src_dict, (dict, Mapping)):  # dict("") would silently give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            number_of_ping_requests = d.pop("numberOfPingRequests", UNSET)

            timeout_seconds = d.pop("timeoutSeconds", UNSET)

            downlink_ping_request = cls(
                number_of_ping_requests=number_of_ping_requests,
                timeout_seconds=timeout_seconds,
            )

            downlink_ping_request.additional_properties = d
        except Exception as exc:
            raise model_parse_error("DownlinkPingRequest", src_dict, exc) from exc
        return downlink_ping_request

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
