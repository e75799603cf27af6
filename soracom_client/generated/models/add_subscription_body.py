# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Required, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_base import ModelBase
from ..._model_base import set_null as _set_null
from ..._model_support import model_parse_error
from ..models.add_subscription_body_subscription import AddSubscriptionBodySubscription
from ..models.add_subscription_body_type import AddSubscriptionBodyType

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


@_attrs_define(repr=False)
class AddSubscriptionBody(ModelBase):
    """
    Attributes:
        subscription (AddSubscriptionBodySubscription): Name of the secondary subscription to be added.
            - `planP1`, `planX1`, `planX2`, `planX3`, `plan-US-max`: Additional Subscription
            - `planArc01`: Virtual SIM/Subscriber
        enable (bool | None): In the case of [additional subscriptions](/en/docs/air/subscription-containers/), specify
            whether to activate the additional subscription as soon as it has been downloaded. The default is `true`. -
            `true`: Activate immediately.
            - `false`: Keep inactive. Additional subscription will be activated at the next [network
            registration](/en/docs/air/basic-connectivity/#requesting-network-registration) or [session](/en/docs/air/basic-
            connectivity/#requesting-data-session) registration.
            Note that in the case of a virtual SIM/Subscriber, it is ignored.
        type_ (AddSubscriptionBodyType | None): - `virtual`: When `subscription` is `planArc01`.
            - `cellular`: When `subscription` is other than `planArc01`.
    """

    subscription: AddSubscriptionBodySubscription | None
    enable: bool | None = None
    type_: AddSubscriptionBodyType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("subscription", "subscription", True),
        ("enable", "enable", False),
        ("type_", "type", False),
    )

    def set_null(self, *fields: Literal["enable", "type_"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.subscription is not None:
            field_dict["subscription"] = getattr(self.subscription, "value", self.subscription)

        else:
            field_dict["subscription"] = None
        if self.enable is not None:
            field_dict["enable"] = self.enable
        elif "enable" in self._nulls:
            field_dict["enable"] = None
        if self.type_ is not None:
            field_dict["type"] = getattr(self.type_, "value", self.type_)

        elif "type_" in self._nulls:
            field_dict["type"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            subscription = d["subscription"]
            if subscription is not None:
                subscription = _AddSubscriptionBodySubscription_get(subscription) or AddSubscriptionBodySubscription(
                    subscription
                )
            _obj.subscription = subscription

            _obj.enable = enable = d.get("enable")
            if enable is None and "enable" in d:
                _nulls += ("enable",)

            type_ = d.get("type")
            if type_ is not None:
                type_ = _AddSubscriptionBodyType_get(type_) or AddSubscriptionBodyType(type_)
            elif "type" in d:
                _nulls += ("type_",)
            _obj.type_ = type_

            if _ADDSUBSCRIPTIONBODY_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _ADDSUBSCRIPTIONBODY_FIELDS}
            _obj._nulls = _nulls
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


class AddSubscriptionBodyDict(TypedDict, total=False):
    """`AddSubscriptionBody` as a plain dict with the API's (camelCase) keys, accepted wherever the model is.

    A key left out is not sent; a key set to None is sent as JSON null.
    """

    subscription: Required[
        AddSubscriptionBodySubscription | Literal["planP1", "planX1", "planX2", "planX3", "plan-US-max", "planArc01"]
    ]
    enable: bool | None
    type: AddSubscriptionBodyType | Literal["virtual", "cellular"] | None


_AddSubscriptionBodySubscription_get = AddSubscriptionBodySubscription._value2member_map_.get
_AddSubscriptionBodyType_get = AddSubscriptionBodyType._value2member_map_.get
