# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_base import ModelBase
from ..._model_base import set_null as _set_null
from ..._model_support import model_parse_error

T = TypeVar("T", bound="SmsForwardingRequest")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SMSFORWARDINGREQUEST_FIELDS = frozenset(
    (
        "encodingType",
        "payload",
    )
)


@_attrs_define(repr=False)
class SmsForwardingRequest(ModelBase):
    """
    Attributes:
        encoding_type (int | None): Encoding type of the message body. Default is `2` (`DCS_UCS2`).

            - `1`: Send in GSM 7-bit that only supports standard alphabet. Kanji, Cyrillic, and Arabic characters cannot be
            sent. Maximum 160 characters (maximum 140 bytes).

             Example: `{"encodingType": 1, "payload": "Test message."}`
            - `2`: Send in UCS-2, which supports Kanji, Cyrillic, Arabic, etc. Maximum 70 characters.

             Example: `{"encodingType": 2, "payload": "テストメッセージ"}`
             Default: 2.
        payload (str | None):
    """

    encoding_type: int | None = 2
    payload: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("encoding_type", "encodingType", False),
        ("payload", "payload", False),
    )

    def set_null(self, *fields: Literal["encoding_type", "payload"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.encoding_type is not None:
            field_dict["encodingType"] = self.encoding_type
        elif "encoding_type" in self._nulls:
            field_dict["encodingType"] = None
        if self.payload is not None:
            field_dict["payload"] = self.payload
        elif "payload" in self._nulls:
            field_dict["payload"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.encoding_type = encoding_type = d.get("encodingType")
            if encoding_type is None and "encodingType" in d:
                _nulls += ("encoding_type",)

            _obj.payload = payload = d.get("payload")
            if payload is None and "payload" in d:
                _nulls += ("payload",)

            if _SMSFORWARDINGREQUEST_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SMSFORWARDINGREQUEST_FIELDS}
            _obj._nulls = _nulls
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


class SmsForwardingRequestDict(TypedDict, total=False):
    """`SmsForwardingRequest` as a plain dict with the API's (camelCase) keys, accepted wherever the model is.

    A key left out is not sent; a key set to None is sent as JSON null.
    """

    encodingType: int | None
    payload: str | None
