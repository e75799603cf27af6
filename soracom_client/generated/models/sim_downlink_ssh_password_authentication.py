# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..models.sim_downlink_ssh_password_authentication_type import SimDownlinkSshPasswordAuthenticationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimDownlinkSshPasswordAuthentication")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SIMDOWNLINKSSHPASSWORDAUTHENTICATION_FIELDS = frozenset(
    (
        "password",
        "passwordCredentialsId",
        "type",
    )
)


@_attrs_define
class SimDownlinkSshPasswordAuthentication:
    """Configuration for SSH connection using password authentication (`"type": "password"`). Specify either `password` or
    `passwordCredentialsId`.

        Attributes:
            password (str | Unset): Password for the SSH connection. Ignored if `passwordCredentialsId` is specified.
            password_credentials_id (str | Unset): Soracom credential set ID where the authentication credentials are
                registered.
                - **Type**: Select "Pre-Shared key".
                - **Pre-Shared Key**: Enter the password for the SSH connection.
            type_ (SimDownlinkSshPasswordAuthenticationType | Unset):  Default:
                SimDownlinkSshPasswordAuthenticationType.PASSWORD.
    """

    password: str | Unset | None = UNSET
    password_credentials_id: str | Unset | None = UNSET
    type_: SimDownlinkSshPasswordAuthenticationType | Unset | None = SimDownlinkSshPasswordAuthenticationType.PASSWORD
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        password_credentials_id = self.password_credentials_id

        type_: Any
        if self.type_ is None:
            type_ = None
        else:
            type_ = UNSET
            if not isinstance(self.type_, Unset):
                type_ = getattr(self.type_, "value", self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if password is not UNSET:
            field_dict["password"] = password
        if password_credentials_id is not UNSET:
            field_dict["passwordCredentialsId"] = password_credentials_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _obj.password = d.get("password", UNSET)

            _obj.password_credentials_id = d.get("passwordCredentialsId", UNSET)

            type_ = d.get("type", UNSET)
            if type_ is not None and type_ is not UNSET:
                type_ = SimDownlinkSshPasswordAuthenticationType._value2member_map_.get(
                    type_
                ) or SimDownlinkSshPasswordAuthenticationType(type_)
            _obj.type_ = type_

            if _SIMDOWNLINKSSHPASSWORDAUTHENTICATION_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {
                    k: v for k, v in d.items() if k not in _SIMDOWNLINKSSHPASSWORDAUTHENTICATION_FIELDS
                }
        except Exception as exc:
            raise model_parse_error("SimDownlinkSshPasswordAuthentication", src_dict, exc) from exc
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
