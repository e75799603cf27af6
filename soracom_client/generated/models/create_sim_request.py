# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
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

    subscription: CreateSimRequestSubscription | None
    type_: CreateSimRequestType | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription: Any
        if self.subscription is None:
            subscription = None
        else:
            subscription = getattr(self.subscription, "value", self.subscription)

        type_: Any
        if self.type_ is None:
            type_ = None
        else:
            type_ = getattr(self.type_, "value", self.type_)

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
        try:
            if not isinstance(src_dict, (dict, Mapping)):  # dict("") would silently give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            subscription = d.pop("subscription")
            if subscription is not None:
                subscription = CreateSimRequestSubscription._value2member_map_.get(
                    subscription
                ) or CreateSimRequestSubscription(subscription)

            type_ = d.pop("type")
            if type_ is not None:
                type_ = CreateSimRequestType._value2member_map_.get(type_) or CreateSimRequestType(type_)

            create_sim_request = cls(
                subscription=subscription,
                type_=type_,
            )

            create_sim_request.additional_properties = d
        except Exception as exc:
            raise model_parse_error("CreateSimRequest", src_dict, exc) from exc
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
