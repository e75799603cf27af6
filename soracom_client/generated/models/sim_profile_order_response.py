# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_base import ModelBase
from ..._model_base import set_null as _set_null
from ..._model_support import model_parse_error
from ..models.sim_profile_order_response_status import SimProfileOrderResponseStatus

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


@_attrs_define(repr=False)
class SimProfileOrderResponse(ModelBase):
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
        bundles (list[str] | None): Bundles of the eSIM profile ordered. Example: ['X3-5MB'].
        completed_time (int | None): The time the order was completed (unix time in milliseconds). Example:
            1718756585000.
        confirmed_time (int | None): The time the order was confirmed (unix time in milliseconds). Example:
            1718756585000.
        description (str | None): The description of the eSIM profile order. Example: This is a test order.
        speed_class (str | None): The speed class of the eSIM profile ordered. Example: s1.4xfast.
    """

    ordered_time: int | None
    profile_order_id: str | None
    quantity: int | None
    status: SimProfileOrderResponseStatus | None
    subscription: str | None
    bundles: list[str] | None = None
    completed_time: int | None = None
    confirmed_time: int | None = None
    description: str | None = None
    speed_class: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("ordered_time", "orderedTime", True),
        ("profile_order_id", "profileOrderId", True),
        ("quantity", "quantity", True),
        ("status", "status", True),
        ("subscription", "subscription", True),
        ("bundles", "bundles", False),
        ("completed_time", "completedTime", False),
        ("confirmed_time", "confirmedTime", False),
        ("description", "description", False),
        ("speed_class", "speedClass", False),
    )

    def set_null(
        self, *fields: Literal["bundles", "completed_time", "confirmed_time", "description", "speed_class"]
    ) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.ordered_time is not None:
            field_dict["orderedTime"] = self.ordered_time
        else:
            field_dict["orderedTime"] = None
        if self.profile_order_id is not None:
            field_dict["profileOrderId"] = self.profile_order_id
        else:
            field_dict["profileOrderId"] = None
        if self.quantity is not None:
            field_dict["quantity"] = self.quantity
        else:
            field_dict["quantity"] = None
        if self.status is not None:
            field_dict["status"] = getattr(self.status, "value", self.status)

        else:
            field_dict["status"] = None
        if self.subscription is not None:
            field_dict["subscription"] = self.subscription
        else:
            field_dict["subscription"] = None
        if self.bundles is not None:
            field_dict["bundles"] = self.bundles

        elif "bundles" in self._nulls:
            field_dict["bundles"] = None
        if self.completed_time is not None:
            field_dict["completedTime"] = self.completed_time
        elif "completed_time" in self._nulls:
            field_dict["completedTime"] = None
        if self.confirmed_time is not None:
            field_dict["confirmedTime"] = self.confirmed_time
        elif "confirmed_time" in self._nulls:
            field_dict["confirmedTime"] = None
        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in self._nulls:
            field_dict["description"] = None
        if self.speed_class is not None:
            field_dict["speedClass"] = self.speed_class
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
            _obj.ordered_time = d["orderedTime"]

            _obj.profile_order_id = d["profileOrderId"]

            _obj.quantity = d["quantity"]

            status = d["status"]
            if status is not None:
                status = _SimProfileOrderResponseStatus_get(status) or SimProfileOrderResponseStatus(status)
            _obj.status = status

            _obj.subscription = d["subscription"]

            _raw_bundles = d.get("bundles")
            bundles: Any = None
            if _raw_bundles is not None:
                bundles = _raw_bundles
                if not isinstance(bundles, list):
                    raise TypeError("expected a list")

            elif "bundles" in d:
                _nulls += ("bundles",)
            _obj.bundles = bundles

            _obj.completed_time = completed_time = d.get("completedTime")
            if completed_time is None and "completedTime" in d:
                _nulls += ("completed_time",)

            _obj.confirmed_time = confirmed_time = d.get("confirmedTime")
            if confirmed_time is None and "confirmedTime" in d:
                _nulls += ("confirmed_time",)

            _obj.description = description = d.get("description")
            if description is None and "description" in d:
                _nulls += ("description",)

            _obj.speed_class = speed_class = d.get("speedClass")
            if speed_class is None and "speedClass" in d:
                _nulls += ("speed_class",)

            if _SIMPROFILEORDERRESPONSE_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SIMPROFILEORDERRESPONSE_FIELDS}
            _obj._nulls = _nulls
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


_SimProfileOrderResponseStatus_get = SimProfileOrderResponseStatus._value2member_map_.get
