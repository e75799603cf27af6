# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..models.sim_profile_order_response_status import SimProfileOrderResponseStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimProfileOrderResponse")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SIMPROFILEORDERRESPONSE_FIELDS = frozenset(
    (
        "orderedTime",
        "profileOrderId",
        "quantity",
        "status",
        "subscription",
        "bundles",
        "completedTime",
        "confirmedTime",
        "description",
        "speedClass",
    )
)


@_attrs_define
class SimProfileOrderResponse:
    """Represents an eSIM profile order.

    Attributes:
        ordered_time (int): The time the order was created (unix time in milliseconds). Example: 1718756585000.
        profile_order_id (str): The ID of the eSIM profile order. Example: 01902ddd-1cf3-77d9-afc0-fe8d410cadb1.
        quantity (int): The quantity of the eSIM profile ordered. Example: 10.
        status (SimProfileOrderResponseStatus): The status of the eSIM profile order.
            - `DRAFT`: Unconfirmed order
            - `CONFIRMED`: Order confirmed
            - `IN_PROGRESS`: Order in progress
            - `COMPLETED`: Order completed
            - `FAILED`: Order failed
             Example: COMPLETED.
        subscription (str): The subscription of the eSIM profile ordered.
            - `plan01s`
            - `planP1`
            - `planX1`
            - `planX2`
            - `planX3`
            - `plan-US`
             Example: plan01s.
        bundles (list[str] | Unset): Bundles of the eSIM profile ordered. Example: ['X3-5MB'].
        completed_time (int | Unset): The time the order was completed (unix time in milliseconds). Example:
            1718756585000.
        confirmed_time (int | Unset): The time the order was confirmed (unix time in milliseconds). Example:
            1718756585000.
        description (str | Unset): The description of the eSIM profile order. Example: This is a test order.
        speed_class (str | Unset): The speed class of the eSIM profile ordered. Example: s1.4xfast.
    """

    ordered_time: int | None
    profile_order_id: str | None
    quantity: int | None
    status: SimProfileOrderResponseStatus | None
    subscription: str | None
    bundles: list[str] | Unset | None = UNSET
    completed_time: int | Unset | None = UNSET
    confirmed_time: int | Unset | None = UNSET
    description: str | Unset | None = UNSET
    speed_class: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ordered_time = self.ordered_time

        profile_order_id = self.profile_order_id

        quantity = self.quantity

        status: Any
        if self.status is None:
            status = None
        else:
            status = getattr(self.status, "value", self.status)

        subscription = self.subscription

        bundles: Any
        if self.bundles is None:
            bundles = None
        else:
            bundles = UNSET
            if not isinstance(self.bundles, Unset):
                bundles = self.bundles

        completed_time = self.completed_time

        confirmed_time = self.confirmed_time

        description = self.description

        speed_class = self.speed_class

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderedTime": ordered_time,
                "profileOrderId": profile_order_id,
                "quantity": quantity,
                "status": status,
                "subscription": subscription,
            }
        )
        if bundles is not UNSET:
            field_dict["bundles"] = bundles
        if completed_time is not UNSET:
            field_dict["completedTime"] = completed_time
        if confirmed_time is not UNSET:
            field_dict["confirmedTime"] = confirmed_time
        if description is not UNSET:
            field_dict["description"] = description
        if speed_class is not UNSET:
            field_dict["speedClass"] = speed_class

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _obj.ordered_time = d["orderedTime"]

            _obj.profile_order_id = d["profileOrderId"]

            _obj.quantity = d["quantity"]

            status = d["status"]
            if status is not None:
                status = SimProfileOrderResponseStatus._value2member_map_.get(status) or SimProfileOrderResponseStatus(
                    status
                )
            _obj.status = status

            _obj.subscription = d["subscription"]

            _raw_bundles = d.get("bundles", UNSET)
            bundles: Any
            if _raw_bundles is None:
                bundles = None
            else:
                _bundles = _raw_bundles
                if not isinstance(_bundles, (list, Unset)):
                    raise TypeError("expected a list")
                bundles = cast(list[str], _bundles)

            _obj.bundles = bundles

            _obj.completed_time = d.get("completedTime", UNSET)

            _obj.confirmed_time = d.get("confirmedTime", UNSET)

            _obj.description = d.get("description", UNSET)

            _obj.speed_class = d.get("speedClass", UNSET)

            if _SIMPROFILEORDERRESPONSE_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SIMPROFILEORDERRESPONSE_FIELDS}
        except Exception as exc:
            raise model_parse_error("SimProfileOrderResponse", src_dict, exc) from exc
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
