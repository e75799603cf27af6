# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsForwardingRequest")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SMSFORWARDINGREQUEST_FIELDS = frozenset(
    (
        "encodingType",
        "payload",
    )
)


@_attrs_define
class SmsForwardingRequest:
    """
    Attributes:
        encoding_type (int | Unset): Encoding type of the message body. Default is `2` (`DCS_UCS2`).

            - `1`: Send in GSM 7-bit that only supports standard alphabet. Kanji, Cyrillic, and Arabic characters cannot be
            sent. Maximum 160 characters (maximum 140 bytes).

             Example: `{"encodingType": 1, "payload": "Test message."}`
            - `2`: Send in UCS-2, which supports Kanji, Cyrillic, Arabic, etc. Maximum 70 characters.

             Example: `{"encodingType": 2, "payload": "テストメッセージ"}`
             Default: 2.
        payload (str | Unset):
    """

    encoding_type: int | Unset | None = 2
    payload: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        encoding_type = self.encoding_type

        payload = self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if encoding_type is not UNSET:
            field_dict["encodingType"] = encoding_type
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _obj.encoding_type = d.get("encodingType", UNSET)

            _obj.payload = d.get("payload", UNSET)

            if _SMSFORWARDINGREQUEST_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SMSFORWARDINGREQUEST_FIELDS}
        except Exception as exc:
            raise model_parse_error("SmsForwardingRequest", src_dict, exc) from exc
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
