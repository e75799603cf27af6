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
from ..models.sim_downlink_rtsp_command_snapshot import SimDownlinkRtspCommandSnapshot

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


@_attrs_define(repr=False)
class SimDownlinkRtspRequest(ModelBase):
    """
    Attributes:
        command (SimDownlinkRtspCommandSnapshot): Request to take a snapshot of the RTSP stream.
        authentication (SimDownlinkRtspAuthenticationBasic | SimDownlinkRtspAuthenticationNone | None): Authentication
            method for RTSP connection. Specify one of the following for `type`, and provide the required information
            according to the authentication method.
            - `none`: No authentication.
            - `basic`: Basic authentication.
            If not specified, the default is `none`.
        options (SimDownlinkRtspCommandSnapshotOptions | None):
        path (str | None): Path of RTSP stream started with `/`
        port (int | None): Port number for the RTSP connection. Default: 554.
    """

    command: SimDownlinkRtspCommandSnapshot | None
    authentication: SimDownlinkRtspAuthenticationBasic | SimDownlinkRtspAuthenticationNone | dict[str, Any] | None = (
        None
    )
    options: SimDownlinkRtspCommandSnapshotOptions | None = None
    path: str | None = None
    port: int | None = 554
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("command", "command", True),
        ("authentication", "authentication", False),
        ("options", "options", False),
        ("path", "path", False),
        ("port", "port", False),
    )

    def set_null(self, *fields: Literal["authentication", "options", "path", "port"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.command is not None:
            field_dict["command"] = getattr(self.command, "value", self.command)

        else:
            field_dict["command"] = None
        if self.authentication is not None:
            if isinstance(self.authentication, dict):
                field_dict["authentication"] = (
                    self.authentication
                )  # a variant this client does not know, as it was given
            else:
                field_dict["authentication"] = self.authentication.to_dict()

        elif "authentication" in self._nulls:
            field_dict["authentication"] = None
        if self.options is not None:
            field_dict["options"] = self.options.to_dict()

        elif "options" in self._nulls:
            field_dict["options"] = None
        if self.path is not None:
            field_dict["path"] = self.path
        elif "path" in self._nulls:
            field_dict["path"] = None
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
            command = d["command"]
            if command is not None:
                command = _SimDownlinkRtspCommandSnapshot_get(command) or SimDownlinkRtspCommandSnapshot(command)
            _obj.command = command

            _raw_authentication = d.get("authentication")
            authentication: Any = None
            if _raw_authentication is not None:

                def _parse_authentication(
                    data: object,
                ) -> SimDownlinkRtspAuthenticationBasic | SimDownlinkRtspAuthenticationNone | dict[str, Any]:
                    if not isinstance(data, dict):
                        raise TypeError(f"expected an object, got {type(data).__name__}")
                    tag = data.get("type")
                    if tag == "basic":
                        return _SimDownlinkRtspAuthenticationBasic_from_dict(data)
                    if tag == "none":
                        return _SimDownlinkRtspAuthenticationNone_from_dict(data)
                    return data  # a tag this client does not know: kept as sent

                authentication = _parse_authentication(_raw_authentication)

            elif "authentication" in d:
                _nulls += ("authentication",)
            _obj.authentication = authentication

            options = d.get("options")
            if options is not None:
                options = _SimDownlinkRtspCommandSnapshotOptions_from_dict(options)
            elif "options" in d:
                _nulls += ("options",)
            _obj.options = options

            _obj.path = path = d.get("path")
            if path is None and "path" in d:
                _nulls += ("path",)

            _obj.port = port = d.get("port")
            if port is None and "port" in d:
                _nulls += ("port",)

            if _SIMDOWNLINKRTSPREQUEST_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SIMDOWNLINKRTSPREQUEST_FIELDS}
            _obj._nulls = _nulls
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


class SimDownlinkRtspRequestDict(TypedDict, total=False):
    """`SimDownlinkRtspRequest` as a plain dict with the API's (camelCase) keys, accepted wherever the model is.

    A key left out is not sent; a key set to None is sent as JSON null.
    """

    command: Required[SimDownlinkRtspCommandSnapshot | Literal["snapshot"]]
    authentication: (
        SimDownlinkRtspAuthenticationBasicDict
        | SimDownlinkRtspAuthenticationBasic
        | SimDownlinkRtspAuthenticationNoneDict
        | SimDownlinkRtspAuthenticationNone
        | None
    )
    options: SimDownlinkRtspCommandSnapshotOptionsDict | SimDownlinkRtspCommandSnapshotOptions | None
    path: str | None
    port: int | None


if TYPE_CHECKING:
    from ..models.sim_downlink_rtsp_authentication_basic import SimDownlinkRtspAuthenticationBasicDict
    from ..models.sim_downlink_rtsp_authentication_none import SimDownlinkRtspAuthenticationNoneDict
    from ..models.sim_downlink_rtsp_command_snapshot_options import SimDownlinkRtspCommandSnapshotOptionsDict

from ..models.sim_downlink_rtsp_authentication_basic import SimDownlinkRtspAuthenticationBasic  # noqa: E402
from ..models.sim_downlink_rtsp_authentication_none import SimDownlinkRtspAuthenticationNone  # noqa: E402
from ..models.sim_downlink_rtsp_command_snapshot_options import SimDownlinkRtspCommandSnapshotOptions  # noqa: E402

_SimDownlinkRtspCommandSnapshot_get = SimDownlinkRtspCommandSnapshot._value2member_map_.get
_SimDownlinkRtspAuthenticationBasic_from_dict = SimDownlinkRtspAuthenticationBasic.from_dict
_SimDownlinkRtspAuthenticationNone_from_dict = SimDownlinkRtspAuthenticationNone.from_dict
_SimDownlinkRtspCommandSnapshotOptions_from_dict = SimDownlinkRtspCommandSnapshotOptions.from_dict
