# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionContainerStatusCountryMappingAdditionalProperty")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SUBSCRIPTIONCONTAINERSTATUSCOUNTRYMAPPINGADDITIONALPROPERTY_FIELDS = frozenset(
    (
        "mappingRecord",
        "plmnCode",
    )
)


@_attrs_define
class SubscriptionContainerStatusCountryMappingAdditionalProperty:
    """
    Attributes:
        mapping_record (SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord | Unset):
        plmn_code (str | Unset):
    """

    mapping_record: SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord | Unset | None = UNSET
    plmn_code: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mapping_record: Any
        if self.mapping_record is None:
            mapping_record = None
        else:
            mapping_record = UNSET
            if not isinstance(self.mapping_record, Unset):
                mapping_record = self.mapping_record.to_dict()

        plmn_code = self.plmn_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mapping_record is not UNSET:
            field_dict["mappingRecord"] = mapping_record
        if plmn_code is not UNSET:
            field_dict["plmnCode"] = plmn_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            mapping_record = d.get("mappingRecord", UNSET)
            if mapping_record is not None and mapping_record is not UNSET:
                mapping_record = SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord.from_dict(
                    mapping_record
                )
            _obj.mapping_record = mapping_record

            _obj.plmn_code = d.get("plmnCode", UNSET)

            if _SUBSCRIPTIONCONTAINERSTATUSCOUNTRYMAPPINGADDITIONALPROPERTY_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {
                    k: v
                    for k, v in d.items()
                    if k not in _SUBSCRIPTIONCONTAINERSTATUSCOUNTRYMAPPINGADDITIONALPROPERTY_FIELDS
                }
        except Exception as exc:
            raise model_parse_error(
                "SubscriptionContainerStatusCountryMappingAdditionalProperty", src_dict, exc
            ) from exc
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


from ..models.subscription_container_status_country_mapping_additional_property_mapping_record import (
    SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord,  # noqa: E402
)
