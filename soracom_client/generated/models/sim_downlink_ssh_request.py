# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimDownlinkSshRequest")


@_attrs_define
class SimDownlinkSshRequest:
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
        port (int | Unset): Port number for SSH connection. Default: 22.
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
    port: int | Unset | None = 22
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication: Any
        if self.authentication is None:
            authentication = None
        else:
            if isinstance(self.authentication, dict):
                authentication = self.authentication  # a variant this client does not know, as it was given
            else:
                authentication = self.authentication.to_dict()

        command = self.command

        username = self.username

        port = self.port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authentication": authentication,
                "command": command,
                "username": username,
            }
        )
        if port is not UNSET:
            field_dict["port"] = port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if not isinstance(src_dict, (dict, Mapping)):  # dict("") would silently give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            _raw_authentication = d.pop("authentication")
            authentication: Any
            if _raw_authentication is None:
                authentication = None
            else:

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
                        return SimDownlinkSshPasswordAuthentication.from_dict(data)
                    if tag == "publickey":
                        return SimDownlinkSshPublicKeyAuthentication.from_dict(data)
                    if tag == "none":
                        return SimDownlinkSshNoAuthentication.from_dict(data)
                    return data  # a tag this client does not know: kept as sent

                authentication = _parse_authentication(_raw_authentication)

            command = d.pop("command")

            username = d.pop("username")

            port = d.pop("port", UNSET)

            sim_downlink_ssh_request = cls(
                authentication=authentication,
                command=command,
                username=username,
                port=port,
            )

            sim_downlink_ssh_request.additional_properties = d
        except Exception as exc:
            raise model_parse_error("SimDownlinkSshRequest", src_dict, exc) from exc
        return sim_downlink_ssh_request

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


from ..models.sim_downlink_ssh_no_authentication import SimDownlinkSshNoAuthentication  # noqa: E402
from ..models.sim_downlink_ssh_password_authentication import SimDownlinkSshPasswordAuthentication  # noqa: E402
from ..models.sim_downlink_ssh_public_key_authentication import SimDownlinkSshPublicKeyAuthentication  # noqa: E402
