# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..models.sim_downlink_rtsp_command_snapshot import SimDownlinkRtspCommandSnapshot
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimDownlinkRtspRequest")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SIMDOWNLINKRTSPREQUEST_FIELDS = frozenset(
    (
        "command",
        "authentication",
        "options",
        "path",
        "port",
    )
)


@_attrs_define
class SimDownlinkRtspRequest:
    """
    Attributes:
        command (SimDownlinkRtspCommandSnapshot): Request to take a snapshot of the RTSP stream.
        authentication (SimDownlinkRtspAuthenticationBasic | SimDownlinkRtspAuthenticationNone | Unset): Authentication
            method for RTSP connection. Specify one of the following for `type`, and provide the required information
            according to the authentication method.
            - `none`: No authentication.
            - `basic`: Basic authentication.
            If not specified, the default is `none`.
        options (SimDownlinkRtspCommandSnapshotOptions | Unset):
        path (str | Unset): Path of RTSP stream started with `/`
        port (int | Unset): Port number for the RTSP connection. Default: 554.
    """

    command: SimDownlinkRtspCommandSnapshot | None
    authentication: (
        SimDownlinkRtspAuthenticationBasic | SimDownlinkRtspAuthenticationNone | Unset | dict[str, Any] | None
    ) = UNSET
    options: SimDownlinkRtspCommandSnapshotOptions | Unset | None = UNSET
    path: str | Unset | None = UNSET
    port: int | Unset | None = 554
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command: Any
        if self.command is None:
            command = None
        else:
            command = getattr(self.command, "value", self.command)

        authentication: Any
        if self.authentication is None:
            authentication = None
        else:
            if isinstance(self.authentication, Unset):
                authentication = UNSET
            elif isinstance(self.authentication, dict):
                authentication = self.authentication  # a variant this client does not know, as it was given
            else:
                authentication = self.authentication.to_dict()

        options: Any
        if self.options is None:
            options = None
        else:
            options = UNSET
            if not isinstance(self.options, Unset):
                options = self.options.to_dict()

        path = self.path

        port = self.port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
            }
        )
        if authentication is not UNSET:
            field_dict["authentication"] = authentication
        if options is not UNSET:
            field_dict["options"] = options
        if path is not UNSET:
            field_dict["path"] = path
        if port is not UNSET:
            field_dict["port"] = port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            command = d["command"]
            if command is not None:
                command = SimDownlinkRtspCommandSnapshot._value2member_map_.get(
                    command
                ) or SimDownlinkRtspCommandSnapshot(command)
            _obj.command = command

            _raw_authentication = d.get("authentication", UNSET)
            authentication: Any
            if _raw_authentication is None:
                authentication = None
            else:

                def _parse_authentication(
                    data: object,
                ) -> SimDownlinkRtspAuthenticationBasic | SimDownlinkRtspAuthenticationNone | Unset | dict[str, Any]:
                    if isinstance(data, Unset):
                        return data
                    if not isinstance(data, dict):
                        raise TypeError(f"expected an object, got {type(data).__name__}")
                    tag = data.get("type")
                    if tag == "basic":
                        return SimDownlinkRtspAuthenticationBasic.from_dict(data)
                    if tag == "none":
                        return SimDownlinkRtspAuthenticationNone.from_dict(data)
                    return data  # a tag this client does not know: kept as sent

                authentication = _parse_authentication(_raw_authentication)

            _obj.authentication = authentication

            options = d.get("options", UNSET)
            if options is not None and options is not UNSET:
                options = SimDownlinkRtspCommandSnapshotOptions.from_dict(options)
            _obj.options = options

            _obj.path = d.get("path", UNSET)

            _obj.port = d.get("port", UNSET)

            if _SIMDOWNLINKRTSPREQUEST_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SIMDOWNLINKRTSPREQUEST_FIELDS}
        except Exception as exc:
            raise model_parse_error("SimDownlinkRtspRequest", src_dict, exc) from exc
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


from ..models.sim_downlink_rtsp_authentication_basic import SimDownlinkRtspAuthenticationBasic  # noqa: E402
from ..models.sim_downlink_rtsp_authentication_none import SimDownlinkRtspAuthenticationNone  # noqa: E402
from ..models.sim_downlink_rtsp_command_snapshot_options import SimDownlinkRtspCommandSnapshotOptions  # noqa: E402
