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

T = TypeVar("T", bound="TestingUsageUsage")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_TESTINGUSAGEUSAGE_FIELDS = frozenset(
    (
        "dataBytes",
        "numberOfSms",
    )
)


@_attrs_define(repr=False)
class TestingUsageUsage(ModelBase):
    """Data usage and number of SMS sent/received while in testing status.

    Attributes:
        data_bytes (int): Amount of data usage.
        number_of_sms (int): Number of SMS sent/received.
    """

    data_bytes: int | None
    number_of_sms: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("data_bytes", "dataBytes", True),
        ("number_of_sms", "numberOfSms", True),
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.data_bytes is not None:
            field_dict["dataBytes"] = self.data_bytes
        else:
            field_dict["dataBytes"] = None
        if self.number_of_sms is not None:
            field_dict["numberOfSms"] = self.number_of_sms
        else:
            field_dict["numberOfSms"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _obj.data_bytes = d["dataBytes"]

            _obj.number_of_sms = d["numberOfSms"]

            if _TESTINGUSAGEUSAGE_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _TESTINGUSAGEUSAGE_FIELDS}
            _obj._nulls = ()
        except Exception as exc:
            raise model_parse_error("TestingUsageUsage", src_dict, exc) from exc
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
