# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

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


@_attrs_define
class RegisterSubscribersRequest:
    """
    Attributes:
        registration_secret (str): PUK or PASSCODE for SIM.
        group_id (str | Unset):
        tags (TagSet | Unset): An object which always contains at least one property "name" with a string value. If you
            give a subscriber/SIM a name, the name will be returned as the value of the "name" property. If the
            subscriber/SIM does not have a name, an empty string "" is returned. In addition, if you create any custom tags
            for the subscriber/SIM, each custom tag will appear as additional properties in the object. Example:
            {'tagName1': 'tagValue1', 'tagName2': 'tagValue2...'}.
    """

    registration_secret: str | None
    group_id: str | Unset | None = UNSET
    tags: TagSet | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        registration_secret = self.registration_secret

        group_id = self.group_id

        tags: Any
        if self.tags is None:
            tags = None
        else:
            tags = UNSET
            if not isinstance(self.tags, Unset):
                tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "registrationSecret": registration_secret,
            }
        )
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _obj.registration_secret = d["registrationSecret"]

            _obj.group_id = d.get("groupId", UNSET)

            tags = d.get("tags", UNSET)
            if tags is not None and tags is not UNSET:
                tags = TagSet.from_dict(tags)
            _obj.tags = tags

            if _REGISTERSUBSCRIBERSREQUEST_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _REGISTERSUBSCRIBERSREQUEST_FIELDS}
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


from ..models.tag_set import TagSet  # noqa: E402
