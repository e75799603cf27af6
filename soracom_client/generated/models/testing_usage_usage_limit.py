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
from ..models.testing_usage_usage_limit_next_status import TestingUsageUsageLimitNextStatus

T = TypeVar("T", bound="TestingUsageUsageLimit")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_TESTINGUSAGEUSAGELIMIT_FIELDS = frozenset(
    (
        "dataBytes",
        "days",
        "nextStatus",
        "numberOfSms",
        "statusTransitionDelayDays",
    )
)


@_attrs_define(repr=False)
class TestingUsageUsageLimit(ModelBase):
    """Configuration of the testing status. If any of the thresholds (`days`, `dataBytes`, or `numberOfSms`) are exceeded,
    the IoT SIM status will automatically change to `nextStatus` after `statusTransitionDelayDays` days.

        Attributes:
            data_bytes (int): Amount of data usage exempt from charges during testing status.
            days (int): Number of days during which usage charges are waived while in testing status.
            next_status (TestingUsageUsageLimitNextStatus): IoT SIM status to automatically switch to once any testing limit
                is exceeded.
            number_of_sms (int): Number of SMS sent/received exempt from charges during testing status.
            status_transition_delay_days (int | None): Number of days to delay automatic status change after any limit is
                exceeded.
    """

    data_bytes: int | None
    days: int | None
    next_status: TestingUsageUsageLimitNextStatus | None
    number_of_sms: int | None
    status_transition_delay_days: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("data_bytes", "dataBytes", True),
        ("days", "days", True),
        ("next_status", "nextStatus", True),
        ("number_of_sms", "numberOfSms", True),
        ("status_transition_delay_days", "statusTransitionDelayDays", False),
    )

    def set_null(self, *fields: Literal["status_transition_delay_days"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.data_bytes is not None:
            field_dict["dataBytes"] = self.data_bytes
        else:
            field_dict["dataBytes"] = None
        if self.days is not None:
            field_dict["days"] = self.days
        else:
            field_dict["days"] = None
        if self.next_status is not None:
            field_dict["nextStatus"] = getattr(self.next_status, "value", self.next_status)

        else:
            field_dict["nextStatus"] = None
        if self.number_of_sms is not None:
            field_dict["numberOfSms"] = self.number_of_sms
        else:
            field_dict["numberOfSms"] = None
        if self.status_transition_delay_days is not None:
            field_dict["statusTransitionDelayDays"] = self.status_transition_delay_days
        elif "status_transition_delay_days" in self._nulls:
            field_dict["statusTransitionDelayDays"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.data_bytes = d["dataBytes"]

            _obj.days = d["days"]

            next_status = d["nextStatus"]
            if next_status is not None:
                next_status = _TestingUsageUsageLimitNextStatus_get(next_status) or TestingUsageUsageLimitNextStatus(
                    next_status
                )
            _obj.next_status = next_status

            _obj.number_of_sms = d["numberOfSms"]

            _obj.status_transition_delay_days = status_transition_delay_days = d.get("statusTransitionDelayDays")
            if status_transition_delay_days is None and "statusTransitionDelayDays" in d:
                _nulls += ("status_transition_delay_days",)

            if _TESTINGUSAGEUSAGELIMIT_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _TESTINGUSAGEUSAGELIMIT_FIELDS}
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("TestingUsageUsageLimit", src_dict, exc) from exc
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


_TestingUsageUsageLimitNextStatus_get = TestingUsageUsageLimitNextStatus._value2member_map_.get
