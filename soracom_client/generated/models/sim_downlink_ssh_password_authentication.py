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
from ..models.sim_downlink_ssh_password_authentication_type import SimDownlinkSshPasswordAuthenticationType

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


@_attrs_define(repr=False)
class SimDownlinkSshPasswordAuthentication(ModelBase):
    """Configuration for SSH connection using password authentication (`"type": "password"`). Specify either `password` or
    `passwordCredentialsId`.

        Attributes:
            password (str | None): Password for the SSH connection. Ignored if `passwordCredentialsId` is specified.
            password_credentials_id (str | None): Soracom credential set ID where the authentication credentials are
                registered.
                - **Type**: Select "Pre-Shared key".
                - **Pre-Shared Key**: Enter the password for the SSH connection.
            type_ (SimDownlinkSshPasswordAuthenticationType | None):  Default:
                SimDownlinkSshPasswordAuthenticationType.PASSWORD.
    """

    password: str | None = None
    password_credentials_id: str | None = None
    type_: SimDownlinkSshPasswordAuthenticationType | None = SimDownlinkSshPasswordAuthenticationType.PASSWORD
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("password", "password", False),
        ("password_credentials_id", "passwordCredentialsId", False),
        ("type_", "type", False),
    )

    def set_null(self, *fields: Literal["password", "password_credentials_id", "type_"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.password is not None:
            field_dict["password"] = self.password
        elif "password" in self._nulls:
            field_dict["password"] = None
        if self.password_credentials_id is not None:
            field_dict["passwordCredentialsId"] = self.password_credentials_id
        elif "password_credentials_id" in self._nulls:
            field_dict["passwordCredentialsId"] = None
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
            _obj.password = password = d.get("password")
            if password is None and "password" in d:
                _nulls += ("password",)

            _obj.password_credentials_id = password_credentials_id = d.get("passwordCredentialsId")
            if password_credentials_id is None and "passwordCredentialsId" in d:
                _nulls += ("password_credentials_id",)

            type_ = d.get("type")
            if type_ is not None:
                type_ = _SimDownlinkSshPasswordAuthenticationType_get(
                    type_
                ) or SimDownlinkSshPasswordAuthenticationType(type_)
            elif "type" in d:
                _nulls += ("type_",)
            _obj.type_ = type_

            if _SIMDOWNLINKSSHPASSWORDAUTHENTICATION_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {
                    k: v for k, v in d.items() if k not in _SIMDOWNLINKSSHPASSWORDAUTHENTICATION_FIELDS
                }
            _obj._nulls = _nulls
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


class SimDownlinkSshPasswordAuthenticationDict(TypedDict, total=False):
    """`SimDownlinkSshPasswordAuthentication` as a plain dict with the API's (camelCase) keys, accepted wherever the model is.

    A key left out is not sent; a key set to None is sent as JSON null.
    """

    password: str | None
    passwordCredentialsId: str | None
    type: SimDownlinkSshPasswordAuthenticationType | Literal["password"] | None


_SimDownlinkSshPasswordAuthenticationType_get = SimDownlinkSshPasswordAuthenticationType._value2member_map_.get
