# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_container_status_country_mapping_additional_property_mapping_record import (
        SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord,
    )


T = TypeVar("T", bound="SubscriptionContainerStatusCountryMappingAdditionalProperty")


@_attrs_define
class SubscriptionContainerStatusCountryMappingAdditionalProperty:
    """
    Attributes:
        mapping_record (SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord | Unset):
        plmn_code (str | Unset):
    """

    mapping_record: SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord | Unset = UNSET
    plmn_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mapping_record: dict[str, Any] | Unset = UNSET
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
        from ..models.subscription_container_status_country_mapping_additional_property_mapping_record import (
            SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _mapping_record = d.pop("mappingRecord", UNSET)
        mapping_record: SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord | Unset
        if isinstance(_mapping_record, Unset):
            mapping_record = UNSET
        else:
            mapping_record = SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord.from_dict(
                _mapping_record
            )

        plmn_code = d.pop("plmnCode", UNSET)

        subscription_container_status_country_mapping_additional_property = cls(
            mapping_record=mapping_record,
            plmn_code=plmn_code,
        )

        subscription_container_status_country_mapping_additional_property.additional_properties = d
        return subscription_container_status_country_mapping_additional_property

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
