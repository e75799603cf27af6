# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..models.sim_downlink_binary_encoding import SimDownlinkBinaryEncoding
from ..types import UNSET, Unset

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


@_attrs_define
class SimDownlinkTcpRequest:
    """
    Attributes:
        payload (str): Data to be sent, encoded as a string in the format specified by payloadEncoding. The maximum size
            is 5 MiB for the encoded string.
        port (int): Port number for the TCP connection.
        connection_options (SimDownlinkTcpConnectionFireAndForgetOptions | SimDownlinkTcpConnectionIdleTimeoutOptions |
            SimDownlinkTcpConnectionWaitAllOptions | SimDownlinkTcpConnectionWaitFirstOptions |
            SimDownlinkTcpConnectionWaitForPatternOptions | Unset): Options that specify the behavior of data reception
            during TCP connection (how the SORACOM API handles responses from the device). Choose one of the following.
        payload_encoding (SimDownlinkBinaryEncoding | Unset): Encoding format for binary data. "string" is treated as a
            UTF-8 string. "base64" is Base64 encoding, and "hex" is hexadecimal encoding. Case insensitive for hex.
        timeout (int | Unset): Timeout duration (seconds) for data transmission and reception. The default value is `30`
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
        | Unset
        | dict[str, Any]
        | None
    ) = UNSET
    payload_encoding: SimDownlinkBinaryEncoding | Unset | None = UNSET
    timeout: int | Unset | None = 30
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload

        port = self.port

        connection_options: Any
        if self.connection_options is None:
            connection_options = None
        else:
            if isinstance(self.connection_options, Unset):
                connection_options = UNSET
            elif isinstance(self.connection_options, dict):
                connection_options = self.connection_options  # a variant this client does not know, as it was given
            else:
                connection_options = self.connection_options.to_dict()

        payload_encoding: Any
        if self.payload_encoding is None:
            payload_encoding = None
        else:
            payload_encoding = UNSET
            if not isinstance(self.payload_encoding, Unset):
                payload_encoding = getattr(self.payload_encoding, "value", self.payload_encoding)

        timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payload": payload,
                "port": port,
            }
        )
        if connection_options is not UNSET:
            field_dict["connectionOptions"] = connection_options
        if payload_encoding is not UNSET:
            field_dict["payloadEncoding"] = payload_encoding
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _obj.payload = d["payload"]

            _obj.port = d["port"]

            _raw_connection_options = d.get("connectionOptions", UNSET)
            connection_options: Any
            if _raw_connection_options is None:
                connection_options = None
            else:

                def _parse_connection_options(
                    data: object,
                ) -> (
                    SimDownlinkTcpConnectionFireAndForgetOptions
                    | SimDownlinkTcpConnectionIdleTimeoutOptions
                    | SimDownlinkTcpConnectionWaitAllOptions
                    | SimDownlinkTcpConnectionWaitFirstOptions
                    | SimDownlinkTcpConnectionWaitForPatternOptions
                    | Unset
                    | dict[str, Any]
                ):
                    if isinstance(data, Unset):
                        return data
                    if not isinstance(data, dict):
                        raise TypeError(f"expected an object, got {type(data).__name__}")
                    tag = data.get("type")
                    if tag == "fire_and_forget":
                        return SimDownlinkTcpConnectionFireAndForgetOptions.from_dict(data)
                    if tag == "wait_first":
                        return SimDownlinkTcpConnectionWaitFirstOptions.from_dict(data)
                    if tag == "wait_all":
                        return SimDownlinkTcpConnectionWaitAllOptions.from_dict(data)
                    if tag == "wait_for_pattern":
                        return SimDownlinkTcpConnectionWaitForPatternOptions.from_dict(data)
                    if tag == "idle_timeout":
                        return SimDownlinkTcpConnectionIdleTimeoutOptions.from_dict(data)
                    return data  # a tag this client does not know: kept as sent

                connection_options = _parse_connection_options(_raw_connection_options)

            _obj.connection_options = connection_options

            payload_encoding = d.get("payloadEncoding", UNSET)
            if payload_encoding is not None and payload_encoding is not UNSET:
                payload_encoding = SimDownlinkBinaryEncoding._value2member_map_.get(
                    payload_encoding
                ) or SimDownlinkBinaryEncoding(payload_encoding)
            _obj.payload_encoding = payload_encoding

            _obj.timeout = d.get("timeout", UNSET)

            if _SIMDOWNLINKTCPREQUEST_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SIMDOWNLINKTCPREQUEST_FIELDS}
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


from ..models.sim_downlink_tcp_connection_fire_and_forget_options import SimDownlinkTcpConnectionFireAndForgetOptions  # noqa: E402
from ..models.sim_downlink_tcp_connection_idle_timeout_options import SimDownlinkTcpConnectionIdleTimeoutOptions  # noqa: E402
from ..models.sim_downlink_tcp_connection_wait_all_options import SimDownlinkTcpConnectionWaitAllOptions  # noqa: E402
from ..models.sim_downlink_tcp_connection_wait_first_options import SimDownlinkTcpConnectionWaitFirstOptions  # noqa: E402
from ..models.sim_downlink_tcp_connection_wait_for_pattern_options import SimDownlinkTcpConnectionWaitForPatternOptions  # noqa: E402
