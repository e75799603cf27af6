# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsForwardingReport")


@_attrs_define
class SmsForwardingReport:
    """
    Attributes:
        message_id (str | Unset):
    """

    message_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["messageId"] = message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if not isinstance(src_dict, (dict, Mapping)):  # dict("") would silently give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            message_id = d.pop("messageId", UNSET)

            sms_forwarding_report = cls(
                message_id=message_id,
            )

            sms_forwarding_report.additional_properties = d
        except Exception as exc:
            raise model_parse_error("SmsForwardingReport", src_dict, exc) from exc
        return sms_forwarding_report

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
