# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    pass

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_base import ModelBase
from ..._model_support import model_parse_error

T = TypeVar("T", bound="SimDownlinkHttpResponseHeaders")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


@_attrs_define(repr=False)
class SimDownlinkHttpResponseHeaders(ModelBase):
    """HTTP response headers from the device."""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _obj.additional_properties = dict(d)
            _obj._nulls = ()
        except Exception as exc:
            raise model_parse_error("SimDownlinkHttpResponseHeaders", src_dict, exc) from exc
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
