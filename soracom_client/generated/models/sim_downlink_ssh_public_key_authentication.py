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
from ..models.sim_downlink_ssh_public_key_authentication_type import SimDownlinkSshPublicKeyAuthenticationType

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


@_attrs_define(repr=False)
class SimDownlinkSshPublicKeyAuthentication(ModelBase):
    """Configuration for SSH connection using public key authentication (`"type": "publickey"`).

    Attributes:
        key (str | None): Private key (PEM) used for public key authentication. Use `\\n` to represent line breaks. This
            field is ignored if `keyCredentialsId` is specified.
        key_credentials_id (str | None): Soracom credential set ID where the authentication credentials are registered.
            - **Type**: Select "Private Key (PEM)".
            - **Private Key (PEM)**: Enter the private key (PEM) used for public key authentication.
        passphrase (str | None): If the private key (PEM) used for public key authentication is protected by a
            passphrase, specify the passphrase.
        type_ (SimDownlinkSshPublicKeyAuthenticationType | None):  Default:
            SimDownlinkSshPublicKeyAuthenticationType.PUBLICKEY.
    """

    key: str | None = None
    key_credentials_id: str | None = None
    passphrase: str | None = None
    type_: SimDownlinkSshPublicKeyAuthenticationType | None = SimDownlinkSshPublicKeyAuthenticationType.PUBLICKEY
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("key", "key", False),
        ("key_credentials_id", "keyCredentialsId", False),
        ("passphrase", "passphrase", False),
        ("type_", "type", False),
    )

    def set_null(self, *fields: Literal["key", "key_credentials_id", "passphrase", "type_"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.key is not None:
            field_dict["key"] = self.key
        elif "key" in self._nulls:
            field_dict["key"] = None
        if self.key_credentials_id is not None:
            field_dict["keyCredentialsId"] = self.key_credentials_id
        elif "key_credentials_id" in self._nulls:
            field_dict["keyCredentialsId"] = None
        if self.passphrase is not None:
            field_dict["passphrase"] = self.passphrase
        elif "passphrase" in self._nulls:
            field_dict["passphrase"] = None
        if self.type_ is not None:
            field_dict["type"] = getattr(self.type_, "value", self.type_)

        elif "type_" in self._nulls:
            field_dict["type"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.key = key = d.get("key")
            if key is None and "key" in d:
                _nulls += ("key",)

            _obj.key_credentials_id = key_credentials_id = d.get("keyCredentialsId")
            if key_credentials_id is None and "keyCredentialsId" in d:
                _nulls += ("key_credentials_id",)

            _obj.passphrase = passphrase = d.get("passphrase")
            if passphrase is None and "passphrase" in d:
                _nulls += ("passphrase",)

            type_ = d.get("type")
            if type_ is not None:
                type_ = _SimDownlinkSshPublicKeyAuthenticationType_get(
                    type_
                ) or SimDownlinkSshPublicKeyAuthenticationType(type_)
            elif "type" in d:
                _nulls += ("type_",)
            _obj.type_ = type_

            if _SIMDOWNLINKSSHPUBLICKEYAUTHENTICATION_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {
                    k: v for k, v in d.items() if k not in _SIMDOWNLINKSSHPUBLICKEYAUTHENTICATION_FIELDS
                }
            _obj._nulls = _nulls
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


class SimDownlinkSshPublicKeyAuthenticationDict(TypedDict, total=False):
    """`SimDownlinkSshPublicKeyAuthentication` as a plain dict with the API's (camelCase) keys, accepted wherever the model is.

    A key left out is not sent; a key set to None is sent as JSON null.
    """

    key: str | None
    keyCredentialsId: str | None
    passphrase: str | None
    type: SimDownlinkSshPublicKeyAuthenticationType | Literal["publickey"] | None


_SimDownlinkSshPublicKeyAuthenticationType_get = SimDownlinkSshPublicKeyAuthenticationType._value2member_map_.get
