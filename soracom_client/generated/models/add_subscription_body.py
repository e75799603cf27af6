# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..models.add_subscription_body_subscription import AddSubscriptionBodySubscription
from ..models.add_subscription_body_type import AddSubscriptionBodyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddSubscriptionBody")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_ADDSUBSCRIPTIONBODY_FIELDS = frozenset(
    (
        "subscription",
        "enable",
        "type",
    )
)


@_attrs_define
class AddSubscriptionBody:
    """
    Attributes:
        subscription (AddSubscriptionBodySubscription): Name of the secondary subscription to be added.
            - `planP1`, `planX1`, `planX2`, `planX3`, `plan-US-max`: Additional Subscription
            - `planArc01`: Virtual SIM/Subscriber
        enable (bool | Unset): In the case of [additional subscriptions](/en/docs/air/subscription-containers/), specify
            whether to activate the additional subscription as soon as it has been downloaded. The default is `true`. -
            `true`: Activate immediately.
            - `false`: Keep inactive. Additional subscription will be activated at the next [network
            registration](/en/docs/air/basic-connectivity/#requesting-network-registration) or [session](/en/docs/air/basic-
            connectivity/#requesting-data-session) registration.
            Note that in the case of a virtual SIM/Subscriber, it is ignored.
        type_ (AddSubscriptionBodyType | Unset): - `virtual`: When `subscription` is `planArc01`.
            - `cellular`: When `subscription` is other than `planArc01`.
    """

    subscription: AddSubscriptionBodySubscription | None
    enable: bool | Unset | None = UNSET
    type_: AddSubscriptionBodyType | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription: Any
        if self.subscription is None:
            subscription = None
        else:
            subscription = getattr(self.subscription, "value", self.subscription)

        enable = self.enable

        type_: Any
        if self.type_ is None:
            type_ = None
        else:
            type_ = UNSET
            if not isinstance(self.type_, Unset):
                type_ = getattr(self.type_, "value", self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscription": subscription,
            }
        )
        if enable is not UNSET:
            field_dict["enable"] = enable
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            subscription = d["subscription"]
            if subscription is not None:
                subscription = AddSubscriptionBodySubscription._value2member_map_.get(
                    subscription
                ) or AddSubscriptionBodySubscription(subscription)
            _obj.subscription = subscription

            _obj.enable = d.get("enable", UNSET)

            type_ = d.get("type", UNSET)
            if type_ is not None and type_ is not UNSET:
                type_ = AddSubscriptionBodyType._value2member_map_.get(type_) or AddSubscriptionBodyType(type_)
            _obj.type_ = type_

            if _ADDSUBSCRIPTIONBODY_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _ADDSUBSCRIPTIONBODY_FIELDS}
        except Exception as exc:
            raise model_parse_error("AddSubscriptionBody", src_dict, exc) from exc
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
