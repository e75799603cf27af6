# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Required

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_base import ModelBase
from ..._model_support import model_parse_error
from ..models.create_sim_request_subscription import CreateSimRequestSubscription
from ..models.create_sim_request_type import CreateSimRequestType

T = TypeVar("T", bound="CreateSimRequest")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_CREATESIMREQUEST_FIELDS = frozenset(
    (
        "subscription",
        "type",
    )
)


@_attrs_define(repr=False)
class CreateSimRequest(ModelBase):
    """
    Attributes:
        subscription (CreateSimRequestSubscription): To create a virtual SIM/Subscriber, specify `planArc01`.
        type_ (CreateSimRequestType): To create a virtual SIM/Subscriber, specify `virtual`.
    """

    subscription: CreateSimRequestSubscription | None
    type_: CreateSimRequestType | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("subscription", "subscription", True),
        ("type_", "type", True),
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.subscription is not None:
            field_dict["subscription"] = getattr(self.subscription, "value", self.subscription)

        else:
            field_dict["subscription"] = None
        if self.type_ is not None:
            field_dict["type"] = getattr(self.type_, "value", self.type_)

        else:
            field_dict["type"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            subscription = d["subscription"]
            if subscription is not None:
                subscription = _CreateSimRequestSubscription_get(subscription) or CreateSimRequestSubscription(
                    subscription
                )
            _obj.subscription = subscription

            type_ = d["type"]
            if type_ is not None:
                type_ = _CreateSimRequestType_get(type_) or CreateSimRequestType(type_)
            _obj.type_ = type_

            if _CREATESIMREQUEST_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _CREATESIMREQUEST_FIELDS}
            _obj._nulls = ()
        except Exception as exc:
            raise model_parse_error("CreateSimRequest", src_dict, exc) from exc
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


class CreateSimRequestDict(TypedDict, total=False):
    """`CreateSimRequest` as a plain dict with the API's (camelCase) keys, accepted wherever the model is.

    A key left out is not sent; a key set to None is sent as JSON null.
    """

    subscription: Required[CreateSimRequestSubscription | Literal["planArc01"]]
    type: Required[CreateSimRequestType | Literal["virtual"]]


_CreateSimRequestSubscription_get = CreateSimRequestSubscription._value2member_map_.get
_CreateSimRequestType_get = CreateSimRequestType._value2member_map_.get
