# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_sim_request_subscription import CreateSimRequestSubscription
from ..models.create_sim_request_type import CreateSimRequestType

T = TypeVar("T", bound="CreateSimRequest")


@_attrs_define
class CreateSimRequest:
    """
    Attributes:
        subscription (CreateSimRequestSubscription): To create a virtual SIM/Subscriber, specify `planArc01`.
        type_ (CreateSimRequestType): To create a virtual SIM/Subscriber, specify `virtual`.
    """

    subscription: CreateSimRequestSubscription
    type_: CreateSimRequestType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription = self.subscription.value

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscription": subscription,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscription = CreateSimRequestSubscription(d.pop("subscription"))

        type_ = CreateSimRequestType(d.pop("type"))

        create_sim_request = cls(
            subscription=subscription,
            type_=type_,
        )

        create_sim_request.additional_properties = d
        return create_sim_request

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
