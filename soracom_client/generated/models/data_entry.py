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
from ..models.data_entry_resource_type import DataEntryResourceType

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


@_attrs_define(repr=False)
class DataEntry(ModelBase):
    """
    Attributes:
        category (str | None):
        content (str | None):
        content_type (str | None):
        resource_id (str | None):
        resource_type (DataEntryResourceType | None):
        time (int | None):
    """

    category: str | None = None
    content: str | None = None
    content_type: str | None = None
    resource_id: str | None = None
    resource_type: DataEntryResourceType | None = None
    time: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("category", "category", False),
        ("content", "content", False),
        ("content_type", "contentType", False),
        ("resource_id", "resourceId", False),
        ("resource_type", "resourceType", False),
        ("time", "time", False),
    )

    def set_null(
        self, *fields: Literal["category", "content", "content_type", "resource_id", "resource_type", "time"]
    ) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.category is not None:
            field_dict["category"] = self.category
        elif "category" in self._nulls:
            field_dict["category"] = None
        if self.content is not None:
            field_dict["content"] = self.content
        elif "content" in self._nulls:
            field_dict["content"] = None
        if self.content_type is not None:
            field_dict["contentType"] = self.content_type
        elif "content_type" in self._nulls:
            field_dict["contentType"] = None
        if self.resource_id is not None:
            field_dict["resourceId"] = self.resource_id
        elif "resource_id" in self._nulls:
            field_dict["resourceId"] = None
        if self.resource_type is not None:
            field_dict["resourceType"] = getattr(self.resource_type, "value", self.resource_type)

        elif "resource_type" in self._nulls:
            field_dict["resourceType"] = None
        if self.time is not None:
            field_dict["time"] = self.time
        elif "time" in self._nulls:
            field_dict["time"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.category = category = d.get("category")
            if category is None and "category" in d:
                _nulls += ("category",)

            _obj.content = content = d.get("content")
            if content is None and "content" in d:
                _nulls += ("content",)

            _obj.content_type = content_type = d.get("contentType")
            if content_type is None and "contentType" in d:
                _nulls += ("content_type",)

            _obj.resource_id = resource_id = d.get("resourceId")
            if resource_id is None and "resourceId" in d:
                _nulls += ("resource_id",)

            resource_type = d.get("resourceType")
            if resource_type is not None:
                resource_type = _DataEntryResourceType_get(resource_type) or DataEntryResourceType(resource_type)
            elif "resourceType" in d:
                _nulls += ("resource_type",)
            _obj.resource_type = resource_type

            _obj.time = time = d.get("time")
            if time is None and "time" in d:
                _nulls += ("time",)

            if _DATAENTRY_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _DATAENTRY_FIELDS}
            _obj._nulls = _nulls
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


_DataEntryResourceType_get = DataEntryResourceType._value2member_map_.get
