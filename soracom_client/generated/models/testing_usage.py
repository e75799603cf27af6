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


@_attrs_define(repr=False)
class TestingUsage(ModelBase):
    """
    Attributes:
        started_time (int): Date and time when the IoT SIM status changed to "testing" (UNIX time in milliseconds).
        ended_time (int | None): Date and time when the "testing" status ended (UNIX time in milliseconds).
            This value is set when the predefined conditions are met, or when the SIM status is changed
            via the Soracom User Console or APIs such as [Sim:activateSim](#/Sim/activateSim).
            Omitted if the SIM is still in the "testing" status.
        usage (TestingUsageUsage | None): Data usage and number of SMS sent/received while in testing status.
        usage_limit (TestingUsageUsageLimit | None): Configuration of the testing status. If any of the thresholds
            (`days`, `dataBytes`, or `numberOfSms`) are exceeded, the IoT SIM status will automatically change to
            `nextStatus` after `statusTransitionDelayDays` days.
    """

    started_time: int | None
    ended_time: int | None = None
    usage: TestingUsageUsage | None = None
    usage_limit: TestingUsageUsageLimit | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("started_time", "startedTime", True),
        ("ended_time", "endedTime", False),
        ("usage", "usage", False),
        ("usage_limit", "usageLimit", False),
    )

    def set_null(self, *fields: Literal["ended_time", "usage", "usage_limit"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.started_time is not None:
            field_dict["startedTime"] = self.started_time
        else:
            field_dict["startedTime"] = None
        if self.ended_time is not None:
            field_dict["endedTime"] = self.ended_time
        elif "ended_time" in self._nulls:
            field_dict["endedTime"] = None
        if self.usage is not None:
            field_dict["usage"] = self.usage.to_dict()

        elif "usage" in self._nulls:
            field_dict["usage"] = None
        if self.usage_limit is not None:
            field_dict["usageLimit"] = self.usage_limit.to_dict()

        elif "usage_limit" in self._nulls:
            field_dict["usageLimit"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.started_time = d["startedTime"]

            _obj.ended_time = ended_time = d.get("endedTime")
            if ended_time is None and "endedTime" in d:
                _nulls += ("ended_time",)

            usage = d.get("usage")
            if usage is not None:
                usage = _TestingUsageUsage_from_dict(usage)
            elif "usage" in d:
                _nulls += ("usage",)
            _obj.usage = usage

            usage_limit = d.get("usageLimit")
            if usage_limit is not None:
                usage_limit = _TestingUsageUsageLimit_from_dict(usage_limit)
            elif "usageLimit" in d:
                _nulls += ("usage_limit",)
            _obj.usage_limit = usage_limit

            if _TESTINGUSAGE_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _TESTINGUSAGE_FIELDS}
            _obj._nulls = _nulls
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

_TestingUsageUsage_from_dict = TestingUsageUsage.from_dict
_TestingUsageUsageLimit_from_dict = TestingUsageUsageLimit.from_dict
