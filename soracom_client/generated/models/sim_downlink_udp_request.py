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

T = TypeVar("T", bound="SimDownlinkUdpRequest")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SIMDOWNLINKUDPREQUEST_FIELDS = frozenset(
    (
        "payload",
        "port",
        "payloadEncoding",
    )
)


@_attrs_define(repr=False)
class SimDownlinkUdpRequest(ModelBase):
    """
    Attributes:
        payload (str): Data to be sent, encoded as a string in the format specified by `payloadEncoding`. The maximum
            size is 1,472 bytes for the encoded string.
            **Warning**: Depending on the network path, the actual maximum size may be smaller. Data exceeding the maximum
            allowable size for the network path may be discarded.
        port (int): Port number for UDP.
        payload_encoding (SimDownlinkBinaryEncoding | None): Encoding format for binary data. "string" is treated as a
            UTF-8 string. "base64" is Base64 encoding, and "hex" is hexadecimal encoding. Case insensitive for hex.
    """

    payload: str | None
    port: int | None
    payload_encoding: SimDownlinkBinaryEncoding | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("payload", "payload", True),
        ("port", "port", True),
        ("payload_encoding", "payloadEncoding", False),
    )

    def set_null(self, *fields: Literal["payload_encoding"]) -> Self:
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
        if self.payload_encoding is not None:
            field_dict["payloadEncoding"] = getattr(self.payload_encoding, "value", self.payload_encoding)

        elif "payload_encoding" in self._nulls:
            field_dict["payloadEncoding"] = None
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

            payload_encoding = d.get("payloadEncoding")
            if payload_encoding is not None:
                payload_encoding = _SimDownlinkBinaryEncoding_get(payload_encoding) or SimDownlinkBinaryEncoding(
                    payload_encoding
                )
            elif "payloadEncoding" in d:
                _nulls += ("payload_encoding",)
            _obj.payload_encoding = payload_encoding

            if _SIMDOWNLINKUDPREQUEST_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SIMDOWNLINKUDPREQUEST_FIELDS}
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("SimDownlinkUdpRequest", src_dict, exc) from exc
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


class SimDownlinkUdpRequestDict(TypedDict, total=False):
    """`SimDownlinkUdpRequest` as a plain dict with the API's (camelCase) keys, accepted wherever the model is.

    A key left out is not sent; a key set to None is sent as JSON null.
    """

    payload: Required[str]
    port: Required[int]
    payloadEncoding: SimDownlinkBinaryEncoding | Literal["string", "base64", "hex"] | None


_SimDownlinkBinaryEncoding_get = SimDownlinkBinaryEncoding._value2member_map_.get
