# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_base import ModelBase
from ..._model_base import set_null as _set_null
from ..._model_support import model_parse_error

T = TypeVar("T", bound="SetGroupRequest")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SETGROUPREQUEST_FIELDS = frozenset(("groupId",))


@_attrs_define(repr=False)
class SetGroupRequest(ModelBase):
    """
    Attributes:
        group_id (str | None): Group ID. The group ID can be obtained using the [Group:listGroups
            API](#!/Group/listGroups).
    """

    group_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (("group_id", "groupId", False),)

    def set_null(self, *fields: Literal["group_id"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.group_id is not None:
            field_dict["groupId"] = self.group_id
        elif "group_id" in self._nulls:
            field_dict["groupId"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.group_id = group_id = d.get("groupId")
            if group_id is None and "groupId" in d:
                _nulls += ("group_id",)

            if _SETGROUPREQUEST_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SETGROUPREQUEST_FIELDS}
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("SetGroupRequest", src_dict, exc) from exc
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


class SetGroupRequestDict(TypedDict, total=False):
    """`SetGroupRequest` as a plain dict with the API's (camelCase) keys, accepted wherever the model is.

    A key left out is not sent; a key set to None is sent as JSON null.
    """

    groupId: str | None
