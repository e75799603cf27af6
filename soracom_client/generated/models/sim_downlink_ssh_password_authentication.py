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
            if not isinstance(src_dict, (dict, Mapping)):  # dict("") would silently give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            password = d.pop("password", UNSET)

            password_credentials_id = d.pop("passwordCredentialsId", UNSET)

            type_ = d.pop("type", UNSET)
            if type_ is not None and type_ is not UNSET:
                type_ = SimDownlinkSshPasswordAuthenticationType._value2member_map_.get(
                    type_
                ) or SimDownlinkSshPasswordAuthenticationType(type_)

            sim_downlink_ssh_password_authentication = cls(
                password=password,
                password_credentials_id=password_credentials_id,
                type_=type_,
            )

            sim_downlink_ssh_password_authentication.additional_properties = d
        except Exception as exc:
            raise model_parse_error("SimDownlinkSshPasswordAuthentication", src_dict, exc) from exc
        return sim_downlink_ssh_password_authentication

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
