# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..models.sim_downlink_rtsp_authentication_basic_type import SimDownlinkRtspAuthenticationBasicType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimDownlinkRtspAuthenticationBasic")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SIMDOWNLINKRTSPAUTHENTICATIONBASIC_FIELDS = frozenset(
    (
        "type",
        "username",
        "password",
        "passwordCredentialsId",
    )
)


@_attrs_define
class SimDownlinkRtspAuthenticationBasic:
    """Configuration for RTSP connection with basic authentication using username and password.

    Attributes:
        type_ (SimDownlinkRtspAuthenticationBasicType):  Default: SimDownlinkRtspAuthenticationBasicType.BASIC.
        username (str): Username for RTSP connection.
        password (str | Unset): Password for RTSP connection. If `passwordCredentialsId` is specified, this field is
            ignored.
        password_credentials_id (str | Unset): Soracom credential set ID where the authentication credentials are
            registered.
            - **Type**: Select "Pre-Shared key".
            - **Pre-Shared Key**: Enter the password for the RTSP connection.
    """

    username: str | None
    type_: SimDownlinkRtspAuthenticationBasicType | None = SimDownlinkRtspAuthenticationBasicType.BASIC
    password: str | Unset | None = UNSET
    password_credentials_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: Any
        if self.type_ is None:
            type_ = None
        else:
            type_ = getattr(self.type_, "value", self.type_)

        username = self.username

        password = self.password

        password_credentials_id = self.password_credentials_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "username": username,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password
        if password_credentials_id is not UNSET:
            field_dict["passwordCredentialsId"] = password_credentials_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            type_ = d["type"]
            if type_ is not None:
                type_ = SimDownlinkRtspAuthenticationBasicType._value2member_map_.get(
                    type_
                ) or SimDownlinkRtspAuthenticationBasicType(type_)
            _obj.type_ = type_

            _obj.username = d["username"]

            _obj.password = d.get("password", UNSET)

            _obj.password_credentials_id = d.get("passwordCredentialsId", UNSET)

            if _SIMDOWNLINKRTSPAUTHENTICATIONBASIC_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {
                    k: v for k, v in d.items() if k not in _SIMDOWNLINKRTSPAUTHENTICATIONBASIC_FIELDS
                }
        except Exception as exc:
            raise model_parse_error("SimDownlinkRtspAuthenticationBasic", src_dict, exc) from exc
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
