# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..models.sim_downlink_ssh_public_key_authentication_type import SimDownlinkSshPublicKeyAuthenticationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimDownlinkSshPublicKeyAuthentication")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SIMDOWNLINKSSHPUBLICKEYAUTHENTICATION_FIELDS = frozenset(
    (
        "key",
        "keyCredentialsId",
        "passphrase",
        "type",
    )
)


@_attrs_define
class SimDownlinkSshPublicKeyAuthentication:
    """Configuration for SSH connection using public key authentication (`"type": "publickey"`).

    Attributes:
        key (str | Unset): Private key (PEM) used for public key authentication. Use `\\n` to represent line breaks.
            This field is ignored if `keyCredentialsId` is specified.
        key_credentials_id (str | Unset): Soracom credential set ID where the authentication credentials are registered.
            - **Type**: Select "Private Key (PEM)".
            - **Private Key (PEM)**: Enter the private key (PEM) used for public key authentication.
        passphrase (str | Unset): If the private key (PEM) used for public key authentication is protected by a
            passphrase, specify the passphrase.
        type_ (SimDownlinkSshPublicKeyAuthenticationType | Unset):  Default:
            SimDownlinkSshPublicKeyAuthenticationType.PUBLICKEY.
    """

    key: str | Unset | None = UNSET
    key_credentials_id: str | Unset | None = UNSET
    passphrase: str | Unset | None = UNSET
    type_: SimDownlinkSshPublicKeyAuthenticationType | Unset | None = (
        SimDownlinkSshPublicKeyAuthenticationType.PUBLICKEY
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        key_credentials_id = self.key_credentials_id

        passphrase = self.passphrase

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
        if key is not UNSET:
            field_dict["key"] = key
        if key_credentials_id is not UNSET:
            field_dict["keyCredentialsId"] = key_credentials_id
        if passphrase is not UNSET:
            field_dict["passphrase"] = passphrase
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
            _obj.key = d.get("key", UNSET)

            _obj.key_credentials_id = d.get("keyCredentialsId", UNSET)

            _obj.passphrase = d.get("passphrase", UNSET)

            type_ = d.get("type", UNSET)
            if type_ is not None and type_ is not UNSET:
                type_ = SimDownlinkSshPublicKeyAuthenticationType._value2member_map_.get(
                    type_
                ) or SimDownlinkSshPublicKeyAuthenticationType(type_)
            _obj.type_ = type_

            if _SIMDOWNLINKSSHPUBLICKEYAUTHENTICATION_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {
                    k: v for k, v in d.items() if k not in _SIMDOWNLINKSSHPUBLICKEYAUTHENTICATION_FIELDS
                }
        except Exception as exc:
            raise model_parse_error("SimDownlinkSshPublicKeyAuthentication", src_dict, exc) from exc
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
