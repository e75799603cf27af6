# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Required, Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_base import ModelBase
from ..._model_base import set_null as _set_null
from ..._model_support import model_parse_error

T = TypeVar("T", bound="RegisterSubscribersRequest")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_REGISTERSUBSCRIBERSREQUEST_FIELDS = frozenset(
    (
        "registrationSecret",
        "groupId",
        "tags",
    )
)


@_attrs_define(repr=False)
class RegisterSubscribersRequest(ModelBase):
    """
    Attributes:
        registration_secret (str): PUK or PASSCODE for SIM.
        group_id (str | None):
        tags (TagSet | None): An object which always contains at least one property "name" with a string value. If you
            give a subscriber/SIM a name, the name will be returned as the value of the "name" property. If the
            subscriber/SIM does not have a name, an empty string "" is returned. In addition, if you create any custom tags
            for the subscriber/SIM, each custom tag will appear as additional properties in the object. Example:
            {'tagName1': 'tagValue1', 'tagName2': 'tagValue2...'}.
    """

    registration_secret: str | None
    group_id: str | None = None
    tags: TagSet | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("registration_secret", "registrationSecret", True),
        ("group_id", "groupId", False),
        ("tags", "tags", False),
    )

    def set_null(self, *fields: Literal["group_id", "tags"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.registration_secret is not None:
            field_dict["registrationSecret"] = self.registration_secret
        else:
            field_dict["registrationSecret"] = None
        if self.group_id is not None:
            field_dict["groupId"] = self.group_id
        elif "group_id" in self._nulls:
            field_dict["groupId"] = None
        if self.tags is not None:
            field_dict["tags"] = self.tags.to_dict()

        elif "tags" in self._nulls:
            field_dict["tags"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.registration_secret = d["registrationSecret"]

            _obj.group_id = group_id = d.get("groupId")
            if group_id is None and "groupId" in d:
                _nulls += ("group_id",)

            tags = d.get("tags")
            if tags is not None:
                tags = _TagSet_from_dict(tags)
            elif "tags" in d:
                _nulls += ("tags",)
            _obj.tags = tags

            if _REGISTERSUBSCRIBERSREQUEST_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _REGISTERSUBSCRIBERSREQUEST_FIELDS}
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("RegisterSubscribersRequest", src_dict, exc) from exc
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


class RegisterSubscribersRequestDict(TypedDict, total=False):
    """`RegisterSubscribersRequest` as a plain dict with the API's (camelCase) keys, accepted wherever the model is.

    A key left out is not sent; a key set to None is sent as JSON null.
    """

    registrationSecret: Required[str]
    groupId: str | None
    tags: dict[str, str] | TagSet | None


from ..models.tag_set import TagSet  # noqa: E402

_TagSet_from_dict = TagSet.from_dict
