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

T = TypeVar("T", bound="SimDownlinkSshRequest")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SIMDOWNLINKSSHREQUEST_FIELDS = frozenset(
    (
        "authentication",
        "command",
        "username",
        "port",
    )
)


@_attrs_define(repr=False)
class SimDownlinkSshRequest(ModelBase):
    """
    Attributes:
        authentication (SimDownlinkSshNoAuthentication | SimDownlinkSshPasswordAuthentication |
            SimDownlinkSshPublicKeyAuthentication): Authentication method for SSH connection. Specify one of the following
            for `type`, and provide the required information according to the authentication method.
            - `password`: Password authentication.
            - `publickey`: Public key authentication.
            - `none`: No authentication.
        command (str): Command to be executed on the device via SSH connection. Maximum size is 8192 bytes.
        username (str): Username for SSH connection.
        port (int | None): Port number for SSH connection. Default: 22.
    """

    authentication: (
        SimDownlinkSshNoAuthentication
        | SimDownlinkSshPasswordAuthentication
        | SimDownlinkSshPublicKeyAuthentication
        | dict[str, Any]
        | None
    )
    command: str | None
    username: str | None
    port: int | None = 22
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("authentication", "authentication", True),
        ("command", "command", True),
        ("username", "username", True),
        ("port", "port", False),
    )

    def set_null(self, *fields: Literal["port"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.authentication is not None:
            if isinstance(self.authentication, dict):
                field_dict["authentication"] = (
                    self.authentication
                )  # a variant this client does not know, as it was given
            else:
                field_dict["authentication"] = self.authentication.to_dict()

        else:
            field_dict["authentication"] = None
        if self.command is not None:
            field_dict["command"] = self.command
        else:
            field_dict["command"] = None
        if self.username is not None:
            field_dict["username"] = self.username
        else:
            field_dict["username"] = None
        if self.port is not None:
            field_dict["port"] = self.port
        elif "port" in self._nulls:
            field_dict["port"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _raw_authentication = d["authentication"]
            authentication: Any = None
            if _raw_authentication is not None:

                def _parse_authentication(
                    data: object,
                ) -> (
                    SimDownlinkSshNoAuthentication
                    | SimDownlinkSshPasswordAuthentication
                    | SimDownlinkSshPublicKeyAuthentication
                    | dict[str, Any]
                ):
                    if not isinstance(data, dict):
                        raise TypeError(f"expected an object, got {type(data).__name__}")
                    tag = data.get("type")
                    if tag == "password":
                        return _SimDownlinkSshPasswordAuthentication_from_dict(data)
                    if tag == "publickey":
                        return _SimDownlinkSshPublicKeyAuthentication_from_dict(data)
                    if tag == "none":
                        return _SimDownlinkSshNoAuthentication_from_dict(data)
                    return data  # a tag this client does not know: kept as sent

                authentication = _parse_authentication(_raw_authentication)

            _obj.authentication = authentication

            _obj.command = d["command"]

            _obj.username = d["username"]

            _obj.port = port = d.get("port")
            if port is None and "port" in d:
                _nulls += ("port",)

            if _SIMDOWNLINKSSHREQUEST_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SIMDOWNLINKSSHREQUEST_FIELDS}
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("SimDownlinkSshRequest", src_dict, exc) from exc
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


class SimDownlinkSshRequestDict(TypedDict, total=False):
    """`SimDownlinkSshRequest` as a plain dict with the API's (camelCase) keys, accepted wherever the model is.

    A key left out is not sent; a key set to None is sent as JSON null.
    """

    authentication: Required[
        SimDownlinkSshPasswordAuthenticationDict
        | SimDownlinkSshPasswordAuthentication
        | SimDownlinkSshPublicKeyAuthenticationDict
        | SimDownlinkSshPublicKeyAuthentication
        | SimDownlinkSshNoAuthenticationDict
        | SimDownlinkSshNoAuthentication
    ]
    command: Required[str]
    username: Required[str]
    port: int | None


if TYPE_CHECKING:
    from ..models.sim_downlink_ssh_no_authentication import SimDownlinkSshNoAuthenticationDict
    from ..models.sim_downlink_ssh_password_authentication import SimDownlinkSshPasswordAuthenticationDict
    from ..models.sim_downlink_ssh_public_key_authentication import SimDownlinkSshPublicKeyAuthenticationDict

from ..models.sim_downlink_ssh_no_authentication import SimDownlinkSshNoAuthentication  # noqa: E402
from ..models.sim_downlink_ssh_password_authentication import SimDownlinkSshPasswordAuthentication  # noqa: E402
from ..models.sim_downlink_ssh_public_key_authentication import SimDownlinkSshPublicKeyAuthentication  # noqa: E402

_SimDownlinkSshNoAuthentication_from_dict = SimDownlinkSshNoAuthentication.from_dict
_SimDownlinkSshPasswordAuthentication_from_dict = SimDownlinkSshPasswordAuthentication.from_dict
_SimDownlinkSshPublicKeyAuthentication_from_dict = SimDownlinkSshPublicKeyAuthentication.from_dict
