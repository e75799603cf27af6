# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

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


@_attrs_define
class SimStatusHistoryResponse:
    """
    Attributes:
        apply_date_time_epoch_sec (int | Unset):
        bundles (list[str] | Unset):
        group_id (str | Unset):
        imsi (str | Unset):
        is_primary (bool | Unset):
        primary_imsi (str | Unset):
        sim_id (str | Unset):
        speed_class (str | Unset):
        status (str | Unset):
        subscription (str | Unset):
    """

    apply_date_time_epoch_sec: int | Unset | None = UNSET
    bundles: list[str] | Unset | None = UNSET
    group_id: str | Unset | None = UNSET
    imsi: str | Unset | None = UNSET
    is_primary: bool | Unset | None = UNSET
    primary_imsi: str | Unset | None = UNSET
    sim_id: str | Unset | None = UNSET
    speed_class: str | Unset | None = UNSET
    status: str | Unset | None = UNSET
    subscription: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_date_time_epoch_sec = self.apply_date_time_epoch_sec

        bundles: Any
        if self.bundles is None:
            bundles = None
        else:
            bundles = UNSET
            if not isinstance(self.bundles, Unset):
                bundles = self.bundles

        group_id = self.group_id

        imsi = self.imsi

        is_primary = self.is_primary

        primary_imsi = self.primary_imsi

        sim_id = self.sim_id

        speed_class = self.speed_class

        status = self.status

        subscription = self.subscription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apply_date_time_epoch_sec is not UNSET:
            field_dict["applyDateTimeEpochSec"] = apply_date_time_epoch_sec
        if bundles is not UNSET:
            field_dict["bundles"] = bundles
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if is_primary is not UNSET:
            field_dict["isPrimary"] = is_primary
        if primary_imsi is not UNSET:
            field_dict["primaryImsi"] = primary_imsi
        if sim_id is not UNSET:
            field_dict["simId"] = sim_id
        if speed_class is not UNSET:
            field_dict["speedClass"] = speed_class
        if status is not UNSET:
            field_dict["status"] = status
        if subscription is not UNSET:
            field_dict["subscription"] = subscription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _obj.apply_date_time_epoch_sec = d.get("applyDateTimeEpochSec", UNSET)

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

            _obj.group_id = d.get("groupId", UNSET)

            _obj.imsi = d.get("imsi", UNSET)

            _obj.is_primary = d.get("isPrimary", UNSET)

            _obj.primary_imsi = d.get("primaryImsi", UNSET)

            _obj.sim_id = d.get("simId", UNSET)

            _obj.speed_class = d.get("speedClass", UNSET)

            _obj.status = d.get("status", UNSET)

            _obj.subscription = d.get("subscription", UNSET)

            if _SIMSTATUSHISTORYRESPONSE_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SIMSTATUSHISTORYRESPONSE_FIELDS}
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
