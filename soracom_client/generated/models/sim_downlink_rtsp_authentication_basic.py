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
from ..models.sim_downlink_rtsp_authentication_basic_type import SimDownlinkRtspAuthenticationBasicType

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


@_attrs_define(repr=False)
class SimDownlinkRtspAuthenticationBasic(ModelBase):
    """Configuration for RTSP connection with basic authentication using username and password.

    Attributes:
        type_ (SimDownlinkRtspAuthenticationBasicType):  Default: SimDownlinkRtspAuthenticationBasicType.BASIC.
        username (str): Username for RTSP connection.
        password (str | None): Password for RTSP connection. If `passwordCredentialsId` is specified, this field is
            ignored.
        password_credentials_id (str | None): Soracom credential set ID where the authentication credentials are
            registered.
            - **Type**: Select "Pre-Shared key".
            - **Pre-Shared Key**: Enter the password for the RTSP connection.
    """

    username: str | None
    type_: SimDownlinkRtspAuthenticationBasicType | None = SimDownlinkRtspAuthenticationBasicType.BASIC
    password: str | None = None
    password_credentials_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("type_", "type", True),
        ("username", "username", True),
        ("password", "password", False),
        ("password_credentials_id", "passwordCredentialsId", False),
    )

    def set_null(self, *fields: Literal["password", "password_credentials_id"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type_ is not None:
            field_dict["type"] = getattr(self.type_, "value", self.type_)

        else:
            field_dict["type"] = None
        if self.username is not None:
            field_dict["username"] = self.username
        else:
            field_dict["username"] = None
        if self.password is not None:
            field_dict["password"] = self.password
        elif "password" in self._nulls:
            field_dict["password"] = None
        if self.password_credentials_id is not None:
            field_dict["passwordCredentialsId"] = self.password_credentials_id
        elif "password_credentials_id" in self._nulls:
            field_dict["passwordCredentialsId"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            type_ = d["type"]
            if type_ is not None:
                type_ = _SimDownlinkRtspAuthenticationBasicType_get(type_) or SimDownlinkRtspAuthenticationBasicType(
                    type_
                )
            _obj.type_ = type_

            _obj.username = d["username"]

            _obj.password = password = d.get("password")
            if password is None and "password" in d:
                _nulls += ("password",)

            _obj.password_credentials_id = password_credentials_id = d.get("passwordCredentialsId")
            if password_credentials_id is None and "passwordCredentialsId" in d:
                _nulls += ("password_credentials_id",)

            if _SIMDOWNLINKRTSPAUTHENTICATIONBASIC_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {
                    k: v for k, v in d.items() if k not in _SIMDOWNLINKRTSPAUTHENTICATIONBASIC_FIELDS
                }
            _obj._nulls = _nulls
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


class SimDownlinkRtspAuthenticationBasicDict(TypedDict, total=False):
    """`SimDownlinkRtspAuthenticationBasic` as a plain dict with the API's (camelCase) keys, accepted wherever the model is.

    A key left out is not sent; a key set to None is sent as JSON null.
    """

    type: Required[SimDownlinkRtspAuthenticationBasicType | Literal["basic"]]
    username: Required[str]
    password: str | None
    passwordCredentialsId: str | None


_SimDownlinkRtspAuthenticationBasicType_get = SimDownlinkRtspAuthenticationBasicType._value2member_map_.get
