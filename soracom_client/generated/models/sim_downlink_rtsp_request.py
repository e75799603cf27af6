# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sim_downlink_rtsp_command_snapshot import SimDownlinkRtspCommandSnapshot
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sim_downlink_rtsp_authentication_basic import SimDownlinkRtspAuthenticationBasic
    from ..models.sim_downlink_rtsp_authentication_none import SimDownlinkRtspAuthenticationNone
    from ..models.sim_downlink_rtsp_command_snapshot_options import SimDownlinkRtspCommandSnapshotOptions


T = TypeVar("T", bound="SimDownlinkRtspRequest")


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

    command: SimDownlinkRtspCommandSnapshot
    authentication: SimDownlinkRtspAuthenticationBasic | SimDownlinkRtspAuthenticationNone | Unset = UNSET
    options: SimDownlinkRtspCommandSnapshotOptions | Unset = UNSET
    path: str | Unset = UNSET
    port: int | Unset = 554
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sim_downlink_rtsp_authentication_basic import SimDownlinkRtspAuthenticationBasic  # noqa: PLC0415

        command = self.command.value

        authentication: dict[str, Any] | Unset
        if isinstance(self.authentication, Unset):
            authentication = UNSET
        elif isinstance(self.authentication, SimDownlinkRtspAuthenticationBasic):
            authentication = self.authentication.to_dict()
        else:
            authentication = self.authentication.to_dict()

        options: dict[str, Any] | Unset = UNSET
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
        from ..models.sim_downlink_rtsp_authentication_basic import SimDownlinkRtspAuthenticationBasic  # noqa: PLC0415
        from ..models.sim_downlink_rtsp_authentication_none import SimDownlinkRtspAuthenticationNone  # noqa: PLC0415
        from ..models.sim_downlink_rtsp_command_snapshot_options import SimDownlinkRtspCommandSnapshotOptions  # noqa: PLC0415

        d = dict(src_dict)
        command = SimDownlinkRtspCommandSnapshot(d.pop("command"))

        def _parse_authentication(
            data: object,
        ) -> SimDownlinkRtspAuthenticationBasic | SimDownlinkRtspAuthenticationNone | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                authentication_type_0 = SimDownlinkRtspAuthenticationBasic.from_dict(data)

                return authentication_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            authentication_type_1 = SimDownlinkRtspAuthenticationNone.from_dict(data)

            return authentication_type_1

        authentication = _parse_authentication(d.pop("authentication", UNSET))

        _options = d.pop("options", UNSET)
        options: SimDownlinkRtspCommandSnapshotOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = SimDownlinkRtspCommandSnapshotOptions.from_dict(_options)

        path = d.pop("path", UNSET)

        port = d.pop("port", UNSET)

        sim_downlink_rtsp_request = cls(
            command=command,
            authentication=authentication,
            options=options,
            path=path,
            port=port,
        )

        sim_downlink_rtsp_request.additional_properties = d
        return sim_downlink_rtsp_request

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
