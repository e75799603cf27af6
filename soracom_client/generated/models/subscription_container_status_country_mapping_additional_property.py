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

T = TypeVar("T", bound="SubscriptionContainerStatusCountryMappingAdditionalProperty")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SUBSCRIPTIONCONTAINERSTATUSCOUNTRYMAPPINGADDITIONALPROPERTY_FIELDS = frozenset(
    (
        "mappingRecord",
        "plmnCode",
    )
)


@_attrs_define(repr=False)
class SubscriptionContainerStatusCountryMappingAdditionalProperty(ModelBase):
    """
    Attributes:
        mapping_record (SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord | None):
        plmn_code (str | None):
    """

    mapping_record: SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord | None = None
    plmn_code: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("mapping_record", "mappingRecord", False),
        ("plmn_code", "plmnCode", False),
    )

    def set_null(self, *fields: Literal["mapping_record", "plmn_code"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.mapping_record is not None:
            field_dict["mappingRecord"] = self.mapping_record.to_dict()

        elif "mapping_record" in self._nulls:
            field_dict["mappingRecord"] = None
        if self.plmn_code is not None:
            field_dict["plmnCode"] = self.plmn_code
        elif "plmn_code" in self._nulls:
            field_dict["plmnCode"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            mapping_record = d.get("mappingRecord")
            if mapping_record is not None:
                mapping_record = _SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord_from_dict(
                    mapping_record
                )
            elif "mappingRecord" in d:
                _nulls += ("mapping_record",)
            _obj.mapping_record = mapping_record

            _obj.plmn_code = plmn_code = d.get("plmnCode")
            if plmn_code is None and "plmnCode" in d:
                _nulls += ("plmn_code",)

            if _SUBSCRIPTIONCONTAINERSTATUSCOUNTRYMAPPINGADDITIONALPROPERTY_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {
                    k: v
                    for k, v in d.items()
                    if k not in _SUBSCRIPTIONCONTAINERSTATUSCOUNTRYMAPPINGADDITIONALPROPERTY_FIELDS
                }
            _obj._nulls = _nulls
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

_SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord_from_dict = (
    SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord.from_dict
)
