# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error

if TYPE_CHECKING:
    from ..models.subscriber import Subscriber


T = TypeVar("T", bound="SubscriptionContainerSubscriber")


@_attrs_define
class SubscriptionContainerSubscriber:
    additional_properties: dict[str, Subscriber] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            return cls._from_dict(src_dict)
        except Exception as exc:  # any failure to read the data is a ResponseParseError with a path
            raise model_parse_error("SubscriptionContainerSubscriber", src_dict, exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscriber import Subscriber  # noqa: PLC0415

        d = dict(src_dict)
        subscription_container_subscriber = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = Subscriber.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        subscription_container_subscriber.additional_properties = additional_properties
        return subscription_container_subscriber

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
