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
from ..models.sim_downlink_binary_encoding import SimDownlinkBinaryEncoding

T = TypeVar("T", bound="SimDownlinkTcpRequest")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SIMDOWNLINKTCPREQUEST_FIELDS = frozenset(
    (
        "payload",
        "port",
        "connectionOptions",
        "payloadEncoding",
        "timeout",
    )
)


@_attrs_define(repr=False)
class SimDownlinkTcpRequest(ModelBase):
    """
    Attributes:
        payload (str): Data to be sent, encoded as a string in the format specified by payloadEncoding. The maximum size
            is 5 MiB for the encoded string.
        port (int): Port number for the TCP connection.
        connection_options (SimDownlinkTcpConnectionFireAndForgetOptions | SimDownlinkTcpConnectionIdleTimeoutOptions |
            SimDownlinkTcpConnectionWaitAllOptions | SimDownlinkTcpConnectionWaitFirstOptions |
            SimDownlinkTcpConnectionWaitForPatternOptions | None): Options that specify the behavior of data reception
            during TCP connection (how the SORACOM API handles responses from the device). Choose one of the following.
        payload_encoding (SimDownlinkBinaryEncoding | None): Encoding format for binary data. "string" is treated as a
            UTF-8 string. "base64" is Base64 encoding, and "hex" is hexadecimal encoding. Case insensitive for hex.
        timeout (int | None): Timeout duration (seconds) for data transmission and reception. The default value is `30`
            and the maximum value is `300`. Default: 30.
    """

    payload: str | None
    port: int | None
    connection_options: (
        SimDownlinkTcpConnectionFireAndForgetOptions
        | SimDownlinkTcpConnectionIdleTimeoutOptions
        | SimDownlinkTcpConnectionWaitAllOptions
        | SimDownlinkTcpConnectionWaitFirstOptions
        | SimDownlinkTcpConnectionWaitForPatternOptions
        | dict[str, Any]
        | None
    ) = None
    payload_encoding: SimDownlinkBinaryEncoding | None = None
    timeout: int | None = 30
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("payload", "payload", True),
        ("port", "port", True),
        ("connection_options", "connectionOptions", False),
        ("payload_encoding", "payloadEncoding", False),
        ("timeout", "timeout", False),
    )

    def set_null(self, *fields: Literal["connection_options", "payload_encoding", "timeout"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.payload is not None:
            field_dict["payload"] = self.payload
        else:
            field_dict["payload"] = None
        if self.port is not None:
            field_dict["port"] = self.port
        else:
            field_dict["port"] = None
        if self.connection_options is not None:
            if isinstance(self.connection_options, dict):
                field_dict["connectionOptions"] = (
                    self.connection_options
                )  # a variant this client does not know, as it was given
            else:
                field_dict["connectionOptions"] = self.connection_options.to_dict()

        elif "connection_options" in self._nulls:
            field_dict["connectionOptions"] = None
        if self.payload_encoding is not None:
            field_dict["payloadEncoding"] = getattr(self.payload_encoding, "value", self.payload_encoding)

        elif "payload_encoding" in self._nulls:
            field_dict["payloadEncoding"] = None
        if self.timeout is not None:
            field_dict["timeout"] = self.timeout
        elif "timeout" in self._nulls:
            field_dict["timeout"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.payload = d["payload"]

            _obj.port = d["port"]

            _raw_connection_options = d.get("connectionOptions")
            connection_options: Any = None
            if _raw_connection_options is not None:

                def _parse_connection_options(
                    data: object,
                ) -> (
                    SimDownlinkTcpConnectionFireAndForgetOptions
                    | SimDownlinkTcpConnectionIdleTimeoutOptions
                    | SimDownlinkTcpConnectionWaitAllOptions
                    | SimDownlinkTcpConnectionWaitFirstOptions
                    | SimDownlinkTcpConnectionWaitForPatternOptions
                    | dict[str, Any]
                ):
                    if not isinstance(data, dict):
                        raise TypeError(f"expected an object, got {type(data).__name__}")
                    tag = data.get("type")
                    if tag == "fire_and_forget":
                        return _SimDownlinkTcpConnectionFireAndForgetOptions_from_dict(data)
                    if tag == "wait_first":
                        return _SimDownlinkTcpConnectionWaitFirstOptions_from_dict(data)
                    if tag == "wait_all":
                        return _SimDownlinkTcpConnectionWaitAllOptions_from_dict(data)
                    if tag == "wait_for_pattern":
                        return _SimDownlinkTcpConnectionWaitForPatternOptions_from_dict(data)
                    if tag == "idle_timeout":
                        return _SimDownlinkTcpConnectionIdleTimeoutOptions_from_dict(data)
                    return data  # a tag this client does not know: kept as sent

                connection_options = _parse_connection_options(_raw_connection_options)

            elif "connectionOptions" in d:
                _nulls += ("connection_options",)
            _obj.connection_options = connection_options

            payload_encoding = d.get("payloadEncoding")
            if payload_encoding is not None:
                payload_encoding = _SimDownlinkBinaryEncoding_get(payload_encoding) or SimDownlinkBinaryEncoding(
                    payload_encoding
                )
            elif "payloadEncoding" in d:
                _nulls += ("payload_encoding",)
            _obj.payload_encoding = payload_encoding

            _obj.timeout = timeout = d.get("timeout")
            if timeout is None and "timeout" in d:
                _nulls += ("timeout",)

            if _SIMDOWNLINKTCPREQUEST_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SIMDOWNLINKTCPREQUEST_FIELDS}
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("SimDownlinkTcpRequest", src_dict, exc) from exc
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


class SimDownlinkTcpRequestDict(TypedDict, total=False):
    """`SimDownlinkTcpRequest` as a plain dict with the API's (camelCase) keys, accepted wherever the model is.

    A key left out is not sent; a key set to None is sent as JSON null.
    """

    payload: Required[str]
    port: Required[int]
    connectionOptions: (
        SimDownlinkTcpConnectionFireAndForgetOptionsDict
        | SimDownlinkTcpConnectionFireAndForgetOptions
        | SimDownlinkTcpConnectionWaitFirstOptionsDict
        | SimDownlinkTcpConnectionWaitFirstOptions
        | SimDownlinkTcpConnectionWaitAllOptionsDict
        | SimDownlinkTcpConnectionWaitAllOptions
        | SimDownlinkTcpConnectionWaitForPatternOptionsDict
        | SimDownlinkTcpConnectionWaitForPatternOptions
        | SimDownlinkTcpConnectionIdleTimeoutOptionsDict
        | SimDownlinkTcpConnectionIdleTimeoutOptions
        | None
    )
    payloadEncoding: SimDownlinkBinaryEncoding | Literal["string", "base64", "hex"] | None
    timeout: int | None


if TYPE_CHECKING:
    from ..models.sim_downlink_tcp_connection_fire_and_forget_options import (
        SimDownlinkTcpConnectionFireAndForgetOptionsDict,
    )
    from ..models.sim_downlink_tcp_connection_idle_timeout_options import SimDownlinkTcpConnectionIdleTimeoutOptionsDict
    from ..models.sim_downlink_tcp_connection_wait_all_options import SimDownlinkTcpConnectionWaitAllOptionsDict
    from ..models.sim_downlink_tcp_connection_wait_first_options import SimDownlinkTcpConnectionWaitFirstOptionsDict
    from ..models.sim_downlink_tcp_connection_wait_for_pattern_options import (
        SimDownlinkTcpConnectionWaitForPatternOptionsDict,
    )

from ..models.sim_downlink_tcp_connection_fire_and_forget_options import SimDownlinkTcpConnectionFireAndForgetOptions  # noqa: E402
from ..models.sim_downlink_tcp_connection_idle_timeout_options import SimDownlinkTcpConnectionIdleTimeoutOptions  # noqa: E402
from ..models.sim_downlink_tcp_connection_wait_all_options import SimDownlinkTcpConnectionWaitAllOptions  # noqa: E402
from ..models.sim_downlink_tcp_connection_wait_first_options import SimDownlinkTcpConnectionWaitFirstOptions  # noqa: E402
from ..models.sim_downlink_tcp_connection_wait_for_pattern_options import SimDownlinkTcpConnectionWaitForPatternOptions  # noqa: E402

_SimDownlinkBinaryEncoding_get = SimDownlinkBinaryEncoding._value2member_map_.get
_SimDownlinkTcpConnectionFireAndForgetOptions_from_dict = SimDownlinkTcpConnectionFireAndForgetOptions.from_dict
_SimDownlinkTcpConnectionIdleTimeoutOptions_from_dict = SimDownlinkTcpConnectionIdleTimeoutOptions.from_dict
_SimDownlinkTcpConnectionWaitAllOptions_from_dict = SimDownlinkTcpConnectionWaitAllOptions.from_dict
_SimDownlinkTcpConnectionWaitFirstOptions_from_dict = SimDownlinkTcpConnectionWaitFirstOptions.from_dict
_SimDownlinkTcpConnectionWaitForPatternOptions_from_dict = SimDownlinkTcpConnectionWaitForPatternOptions.from_dict
