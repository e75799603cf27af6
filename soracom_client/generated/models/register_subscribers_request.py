# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterSubscribersRequest")


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
            if not isinstance(src_dict, (dict, Mapping)):  # dict("") would silently give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            registration_secret = d.pop("registrationSecret")

            group_id = d.pop("groupId", UNSET)

            tags = d.pop("tags", UNSET)
            if tags is not None and tags is not UNSET:
                tags = TagSet.from_dict(tags)

            register_subscribers_request = cls(
                registration_secret=registration_secret,
                group_id=group_id,
                tags=tags,
            )

            register_subscribers_request.additional_properties = d
        except Exception as exc:
            raise model_parse_error("RegisterSubscribersRequest", src_dict, exc) from exc
        return register_subscribers_request

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
