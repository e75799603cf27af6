# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..models.testing_usage_usage_limit_next_status import TestingUsageUsageLimitNextStatus
from ..types import UNSET, Unset

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


@_attrs_define
class TestingUsageUsageLimit:
    """Configuration of the testing status. If any of the thresholds (`days`, `dataBytes`, or `numberOfSms`) are exceeded,
    the IoT SIM status will automatically change to `nextStatus` after `statusTransitionDelayDays` days.

        Attributes:
            data_bytes (int): Amount of data usage exempt from charges during testing status.
            days (int): Number of days during which usage charges are waived while in testing status.
            next_status (TestingUsageUsageLimitNextStatus): IoT SIM status to automatically switch to once any testing limit
                is exceeded.
            number_of_sms (int): Number of SMS sent/received exempt from charges during testing status.
            status_transition_delay_days (int | Unset): Number of days to delay automatic status change after any limit is
                exceeded.
    """

    data_bytes: int | None
    days: int | None
    next_status: TestingUsageUsageLimitNextStatus | None
    number_of_sms: int | None
    status_transition_delay_days: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_bytes = self.data_bytes

        days = self.days

        next_status: Any
        if self.next_status is None:
            next_status = None
        else:
            next_status = getattr(self.next_status, "value", self.next_status)

        number_of_sms = self.number_of_sms

        status_transition_delay_days = self.status_transition_delay_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataBytes": data_bytes,
                "days": days,
                "nextStatus": next_status,
                "numberOfSms": number_of_sms,
            }
        )
        if status_transition_delay_days is not UNSET:
            field_dict["statusTransitionDelayDays"] = status_transition_delay_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _obj.data_bytes = d["dataBytes"]

            _obj.days = d["days"]

            next_status = d["nextStatus"]
            if next_status is not None:
                next_status = TestingUsageUsageLimitNextStatus._value2member_map_.get(
                    next_status
                ) or TestingUsageUsageLimitNextStatus(next_status)
            _obj.next_status = next_status

            _obj.number_of_sms = d["numberOfSms"]

            _obj.status_transition_delay_days = d.get("statusTransitionDelayDays", UNSET)

            if _TESTINGUSAGEUSAGELIMIT_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _TESTINGUSAGEUSAGELIMIT_FIELDS}
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
