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

T = TypeVar("T", bound="SubscriptionContainerSubscriber")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


@_attrs_define(repr=False)
class SubscriptionContainerSubscriber(ModelBase):
    additional_properties: dict[str, Subscriber] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if prop is None:  # soracom-client: a null map value is written back as null
                field_dict[prop_name] = None
                continue
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            additional_properties = {}
            for prop_name, prop_dict in d.items():
                if prop_dict is None:
                    additional_properties[prop_name] = None
                    continue
                additional_property = _Subscriber_from_dict(prop_dict)

                additional_properties[prop_name] = additional_property

            _obj.additional_properties = additional_properties
            _obj._nulls = ()
        except Exception as exc:
            raise model_parse_error("SubscriptionContainerSubscriber", src_dict, exc) from exc
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Subscriber:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Subscriber) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.subscriber import Subscriber  # noqa: E402

_Subscriber_from_dict = Subscriber.from_dict
