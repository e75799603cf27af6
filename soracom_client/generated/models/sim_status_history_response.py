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

T = TypeVar("T", bound="SimStatusHistoryResponse")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SIMSTATUSHISTORYRESPONSE_FIELDS = frozenset(
    (
        "applyDateTimeEpochSec",
        "bundles",
        "groupId",
        "imsi",
        "isPrimary",
        "primaryImsi",
        "simId",
        "speedClass",
        "status",
        "subscription",
    )
)


@_attrs_define(repr=False)
class SimStatusHistoryResponse(ModelBase):
    """
    Attributes:
        apply_date_time_epoch_sec (int | None):
        bundles (list[str] | None):
        group_id (str | None):
        imsi (str | None):
        is_primary (bool | None):
        primary_imsi (str | None):
        sim_id (str | None):
        speed_class (str | None):
        status (str | None):
        subscription (str | None):
    """

    apply_date_time_epoch_sec: int | None = None
    bundles: list[str] | None = None
    group_id: str | None = None
    imsi: str | None = None
    is_primary: bool | None = None
    primary_imsi: str | None = None
    sim_id: str | None = None
    speed_class: str | None = None
    status: str | None = None
    subscription: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("apply_date_time_epoch_sec", "applyDateTimeEpochSec", False),
        ("bundles", "bundles", False),
        ("group_id", "groupId", False),
        ("imsi", "imsi", False),
        ("is_primary", "isPrimary", False),
        ("primary_imsi", "primaryImsi", False),
        ("sim_id", "simId", False),
        ("speed_class", "speedClass", False),
        ("status", "status", False),
        ("subscription", "subscription", False),
    )

    def set_null(
        self,
        *fields: Literal[
            "apply_date_time_epoch_sec",
            "bundles",
            "group_id",
            "imsi",
            "is_primary",
            "primary_imsi",
            "sim_id",
            "speed_class",
            "status",
            "subscription",
        ],
    ) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.apply_date_time_epoch_sec is not None:
            field_dict["applyDateTimeEpochSec"] = self.apply_date_time_epoch_sec
        elif "apply_date_time_epoch_sec" in self._nulls:
            field_dict["applyDateTimeEpochSec"] = None
        if self.bundles is not None:
            field_dict["bundles"] = self.bundles

        elif "bundles" in self._nulls:
            field_dict["bundles"] = None
        if self.group_id is not None:
            field_dict["groupId"] = self.group_id
        elif "group_id" in self._nulls:
            field_dict["groupId"] = None
        if self.imsi is not None:
            field_dict["imsi"] = self.imsi
        elif "imsi" in self._nulls:
            field_dict["imsi"] = None
        if self.is_primary is not None:
            field_dict["isPrimary"] = self.is_primary
        elif "is_primary" in self._nulls:
            field_dict["isPrimary"] = None
        if self.primary_imsi is not None:
            field_dict["primaryImsi"] = self.primary_imsi
        elif "primary_imsi" in self._nulls:
            field_dict["primaryImsi"] = None
        if self.sim_id is not None:
            field_dict["simId"] = self.sim_id
        elif "sim_id" in self._nulls:
            field_dict["simId"] = None
        if self.speed_class is not None:
            field_dict["speedClass"] = self.speed_class
        elif "speed_class" in self._nulls:
            field_dict["speedClass"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in self._nulls:
            field_dict["status"] = None
        if self.subscription is not None:
            field_dict["subscription"] = self.subscription
        elif "subscription" in self._nulls:
            field_dict["subscription"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.apply_date_time_epoch_sec = apply_date_time_epoch_sec = d.get("applyDateTimeEpochSec")
            if apply_date_time_epoch_sec is None and "applyDateTimeEpochSec" in d:
                _nulls += ("apply_date_time_epoch_sec",)

            _raw_bundles = d.get("bundles")
            bundles: Any = None
            if _raw_bundles is not None:
                bundles = _raw_bundles
                if not isinstance(bundles, list):
                    raise TypeError("expected a list")

            elif "bundles" in d:
                _nulls += ("bundles",)
            _obj.bundles = bundles

            _obj.group_id = group_id = d.get("groupId")
            if group_id is None and "groupId" in d:
                _nulls += ("group_id",)

            _obj.imsi = imsi = d.get("imsi")
            if imsi is None and "imsi" in d:
                _nulls += ("imsi",)

            _obj.is_primary = is_primary = d.get("isPrimary")
            if is_primary is None and "isPrimary" in d:
                _nulls += ("is_primary",)

            _obj.primary_imsi = primary_imsi = d.get("primaryImsi")
            if primary_imsi is None and "primaryImsi" in d:
                _nulls += ("primary_imsi",)

            _obj.sim_id = sim_id = d.get("simId")
            if sim_id is None and "simId" in d:
                _nulls += ("sim_id",)

            _obj.speed_class = speed_class = d.get("speedClass")
            if speed_class is None and "speedClass" in d:
                _nulls += ("speed_class",)

            _obj.status = status = d.get("status")
            if status is None and "status" in d:
                _nulls += ("status",)

            _obj.subscription = subscription = d.get("subscription")
            if subscription is None and "subscription" in d:
                _nulls += ("subscription",)

            if _SIMSTATUSHISTORYRESPONSE_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SIMSTATUSHISTORYRESPONSE_FIELDS}
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("SimStatusHistoryResponse", src_dict, exc) from exc
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
