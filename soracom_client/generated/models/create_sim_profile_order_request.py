# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Required, Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_base import ModelBase
from ..._model_base import set_null as _set_null
from ..._model_support import model_parse_error
from ..models.create_sim_profile_order_request_bundles_item import CreateSimProfileOrderRequestBundlesItem
from ..models.create_sim_profile_order_request_speed_class import CreateSimProfileOrderRequestSpeedClass

T = TypeVar("T", bound="CreateSimProfileOrderRequest")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_CREATESIMPROFILEORDERREQUEST_FIELDS = frozenset(
    (
        "quantity",
        "subscription",
        "bundles",
        "description",
        "speedClass",
    )
)


@_attrs_define(repr=False)
class CreateSimProfileOrderRequest(ModelBase):
    """Represents a request to place a eSIM profile order without confirming it.

    Attributes:
        quantity (int): The quantity of the eSIM profile to be ordered.
            **Info**: A maximum of 20 eSIM profiles may be purchased per order. If you would like to purchase more, please
            [contact us](https://www.soracom.io/contact/).
             Example: 10.
        subscription (str): The subscription of the eSIM profile to be ordered.
            - `plan01s`
            - `planP1`
            - `planX1`
            - `planX2`
            - `planX3`: Only available for customers located in the European Union and United Kingdom.
            - `plan-US`: Only available for customers located in in the United States and Canada.
             Example: plan01s.
        bundles (list[CreateSimProfileOrderRequestBundlesItem] | None): Bundles of the eSIM profile to be ordered.
            Specify one of the following. Please specify the bundle that matches the subscription.

            - For planX3:
             - `X3-5MB`
            - For plan-US:
             - `US-1MB`
             - `US-3MB`
             - `US-10MB`
             - `US-20MB`
             - `US-50MB`
             - `US-100MB`
             - `US-300MB`
             - `US-500MB`
              - `US-1GB`
             - `US-3GB`
             - `US-5GB`
             - `US-10GB`
        description (str | None): The description of the order. You can use this to identify the order in the order
            history. Example: This is a test order.
        speed_class (CreateSimProfileOrderRequestSpeedClass | None): The speed class of the eSIM profile to be ordered.
            Specify one of the following. Please specify the speed class that matches the subscription.

            - For plan01s, planP1, planX1, planX2, planX3:
             - `s1.minimum`
             - `s1.slow`
             - `s1.standard`
             - `s1.fast`
             - `s1.4xfast`
            - For plan-US:
             - `s1.minimum`
             - `s1.slow`
             - `s1.standard`
             - `s1.fast`
             - `s1.4xfast`
             - `s1.8xfast` Example: s1.4xfast.
    """

    quantity: int | None
    subscription: str | None
    bundles: list[CreateSimProfileOrderRequestBundlesItem] | None = None
    description: str | None = None
    speed_class: CreateSimProfileOrderRequestSpeedClass | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("quantity", "quantity", True),
        ("subscription", "subscription", True),
        ("bundles", "bundles", False),
        ("description", "description", False),
        ("speed_class", "speedClass", False),
    )

    def set_null(self, *fields: Literal["bundles", "description", "speed_class"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.quantity is not None:
            field_dict["quantity"] = self.quantity
        else:
            field_dict["quantity"] = None
        if self.subscription is not None:
            field_dict["subscription"] = self.subscription
        else:
            field_dict["subscription"] = None
        if self.bundles is not None:
            field_dict["bundles"] = []
            for bundles_item_data in self.bundles:
                bundles_item = getattr(bundles_item_data, "value", bundles_item_data)

                field_dict["bundles"].append(bundles_item)

        elif "bundles" in self._nulls:
            field_dict["bundles"] = None
        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in self._nulls:
            field_dict["description"] = None
        if self.speed_class is not None:
            field_dict["speedClass"] = getattr(self.speed_class, "value", self.speed_class)

        elif "speed_class" in self._nulls:
            field_dict["speedClass"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.quantity = d["quantity"]

            _obj.subscription = d["subscription"]

            _raw_bundles = d.get("bundles")
            bundles: Any = None
            if _raw_bundles is not None:
                _bundles = _raw_bundles
                if not isinstance(_bundles, list):
                    raise TypeError("expected a list")
                bundles = []
                for bundles_item_data in _bundles:
                    bundles_item = _CreateSimProfileOrderRequestBundlesItem_get(
                        bundles_item_data
                    ) or CreateSimProfileOrderRequestBundlesItem(bundles_item_data)

                    bundles.append(bundles_item)

            elif "bundles" in d:
                _nulls += ("bundles",)
            _obj.bundles = bundles

            _obj.description = description = d.get("description")
            if description is None and "description" in d:
                _nulls += ("description",)

            speed_class = d.get("speedClass")
            if speed_class is not None:
                speed_class = _CreateSimProfileOrderRequestSpeedClass_get(
                    speed_class
                ) or CreateSimProfileOrderRequestSpeedClass(speed_class)
            elif "speedClass" in d:
                _nulls += ("speed_class",)
            _obj.speed_class = speed_class

            if _CREATESIMPROFILEORDERREQUEST_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {
                    k: v for k, v in d.items() if k not in _CREATESIMPROFILEORDERREQUEST_FIELDS
                }
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("CreateSimProfileOrderRequest", src_dict, exc) from exc
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


class CreateSimProfileOrderRequestDict(TypedDict, total=False):
    """`CreateSimProfileOrderRequest` as a plain dict with the API's (camelCase) keys, accepted wherever the model is.

    A key left out is not sent; a key set to None is sent as JSON null.
    """

    quantity: Required[int]
    subscription: Required[str]
    bundles: (
        Sequence[
            CreateSimProfileOrderRequestBundlesItem
            | Literal[
                "X3-5MB",
                "US-1MB",
                "US-3MB",
                "US-10MB",
                "US-20MB",
                "US-50MB",
                "US-100MB",
                "US-300MB",
                "US-500MB",
                "US-1GB",
                "US-3GB",
                "US-5GB",
                "US-10GB",
            ]
        ]
        | None
    )
    description: str | None
    speedClass: (
        CreateSimProfileOrderRequestSpeedClass
        | Literal["s1.minimum", "s1.slow", "s1.standard", "s1.fast", "s1.4xfast", "s1.8xfast"]
        | None
    )


_CreateSimProfileOrderRequestBundlesItem_get = CreateSimProfileOrderRequestBundlesItem._value2member_map_.get
_CreateSimProfileOrderRequestSpeedClass_get = CreateSimProfileOrderRequestSpeedClass._value2member_map_.get
