# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..models.data_entry_resource_type import DataEntryResourceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataEntry")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_DATAENTRY_FIELDS = frozenset(
    (
        "category",
        "content",
        "contentType",
        "resourceId",
        "resourceType",
        "time",
    )
)


@_attrs_define
class DataEntry:
    """
    Attributes:
        category (str | Unset):
        content (str | Unset):
        content_type (str | Unset):
        resource_id (str | Unset):
        resource_type (DataEntryResourceType | Unset):
        time (int | Unset):
    """

    category: str | Unset | None = UNSET
    content: str | Unset | None = UNSET
    content_type: str | Unset | None = UNSET
    resource_id: str | Unset | None = UNSET
    resource_type: DataEntryResourceType | Unset | None = UNSET
    time: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        content = self.content

        content_type = self.content_type

        resource_id = self.resource_id

        resource_type: Any
        if self.resource_type is None:
            resource_type = None
        else:
            resource_type = UNSET
            if not isinstance(self.resource_type, Unset):
                resource_type = getattr(self.resource_type, "value", self.resource_type)

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if content is not UNSET:
            field_dict["content"] = content
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id
        if resource_type is not UNSET:
            field_dict["resourceType"] = resource_type
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _obj.category = d.get("category", UNSET)

            _obj.content = d.get("content", UNSET)

            _obj.content_type = d.get("contentType", UNSET)

            _obj.resource_id = d.get("resourceId", UNSET)

            resource_type = d.get("resourceType", UNSET)
            if resource_type is not None and resource_type is not UNSET:
                resource_type = DataEntryResourceType._value2member_map_.get(resource_type) or DataEntryResourceType(
                    resource_type
                )
            _obj.resource_type = resource_type

            _obj.time = d.get("time", UNSET)

            if _DATAENTRY_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _DATAENTRY_FIELDS}
        except Exception as exc:
            raise model_parse_error("DataEntry", src_dict, exc) from exc
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
