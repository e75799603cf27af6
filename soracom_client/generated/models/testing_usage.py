# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

T = TypeVar("T", bound="TestingUsage")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_TESTINGUSAGE_FIELDS = frozenset(
    (
        "startedTime",
        "endedTime",
        "usage",
        "usageLimit",
    )
)


@_attrs_define
class TestingUsage:
    """
    Attributes:
        started_time (int): Date and time when the IoT SIM status changed to "testing" (UNIX time in milliseconds).
        ended_time (int | Unset): Date and time when the "testing" status ended (UNIX time in milliseconds).
            This value is set when the predefined conditions are met, or when the SIM status is changed
            via the Soracom User Console or APIs such as [Sim:activateSim](#/Sim/activateSim).
            Omitted if the SIM is still in the "testing" status.
        usage (TestingUsageUsage | Unset): Data usage and number of SMS sent/received while in testing status.
        usage_limit (TestingUsageUsageLimit | Unset): Configuration of the testing status. If any of the thresholds
            (`days`, `dataBytes`, or `numberOfSms`) are exceeded, the IoT SIM status will automatically change to
            `nextStatus` after `statusTransitionDelayDays` days.
    """

    started_time: int | None
    ended_time: int | Unset | None = UNSET
    usage: TestingUsageUsage | Unset | None = UNSET
    usage_limit: TestingUsageUsageLimit | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        started_time = self.started_time

        ended_time = self.ended_time

        usage: Any
        if self.usage is None:
            usage = None
        else:
            usage = UNSET
            if not isinstance(self.usage, Unset):
                usage = self.usage.to_dict()

        usage_limit: Any
        if self.usage_limit is None:
            usage_limit = None
        else:
            usage_limit = UNSET
            if not isinstance(self.usage_limit, Unset):
                usage_limit = self.usage_limit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startedTime": started_time,
            }
        )
        if ended_time is not UNSET:
            field_dict["endedTime"] = ended_time
        if usage is not UNSET:
            field_dict["usage"] = usage
        if usage_limit is not UNSET:
            field_dict["usageLimit"] = usage_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _obj.started_time = d["startedTime"]

            _obj.ended_time = d.get("endedTime", UNSET)

            usage = d.get("usage", UNSET)
            if usage is not None and usage is not UNSET:
                usage = TestingUsageUsage.from_dict(usage)
            _obj.usage = usage

            usage_limit = d.get("usageLimit", UNSET)
            if usage_limit is not None and usage_limit is not UNSET:
                usage_limit = TestingUsageUsageLimit.from_dict(usage_limit)
            _obj.usage_limit = usage_limit

            if _TESTINGUSAGE_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _TESTINGUSAGE_FIELDS}
        except Exception as exc:
            raise model_parse_error("TestingUsage", src_dict, exc) from exc
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


from ..models.testing_usage_usage import TestingUsageUsage  # noqa: E402
from ..models.testing_usage_usage_limit import TestingUsageUsageLimit  # noqa: E402
