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
from ..models.sim_downlink_tcp_connection_wait_for_pattern_options_type import (
    SimDownlinkTcpConnectionWaitForPatternOptionsType,
)

T = TypeVar("T", bound="SimDownlinkTcpConnectionWaitForPatternOptions")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SIMDOWNLINKTCPCONNECTIONWAITFORPATTERNOPTIONS_FIELDS = frozenset(
    (
        "terminationPattern",
        "terminationPatternEncoding",
        "type",
    )
)


@_attrs_define(repr=False)
class SimDownlinkTcpConnectionWaitForPatternOptions(ModelBase):
    """Establishes a TCP connection with the device and sends the specified data, then waits for data reception from the
    device. Then, returns the data received until "the byte pattern specified by `terminationPattern` is received" as
    the API response.

    - In the following cases, an API response indicating an error is returned:
     - If no data is received from the device.

     After the time specified by `timeout` elapses, the TCP connection is terminated and an error is returned.
     - If data matching the pattern is not received within the time specified by `timeout`.

        Attributes:
            termination_pattern (str): The sequence of bytes that ends data reception, encoded as a UTF-8 string in the
                format specified by `terminationPatternEncoding`.
            termination_pattern_encoding (SimDownlinkBinaryEncoding | None): Encoding format for binary data. "string" is
                treated as a UTF-8 string. "base64" is Base64 encoding, and "hex" is hexadecimal encoding. Case insensitive for
                hex.
            type_ (SimDownlinkTcpConnectionWaitForPatternOptionsType | None):  Default:
                SimDownlinkTcpConnectionWaitForPatternOptionsType.WAIT_FOR_PATTERN.
    """

    termination_pattern: str | None
    termination_pattern_encoding: SimDownlinkBinaryEncoding | None = None
    type_: SimDownlinkTcpConnectionWaitForPatternOptionsType | None = (
        SimDownlinkTcpConnectionWaitForPatternOptionsType.WAIT_FOR_PATTERN
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("termination_pattern", "terminationPattern", True),
        ("termination_pattern_encoding", "terminationPatternEncoding", False),
        ("type_", "type", False),
    )

    def set_null(self, *fields: Literal["termination_pattern_encoding", "type_"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.termination_pattern is not None:
            field_dict["terminationPattern"] = self.termination_pattern
        else:
            field_dict["terminationPattern"] = None
        if self.termination_pattern_encoding is not None:
            field_dict["terminationPatternEncoding"] = getattr(
                self.termination_pattern_encoding, "value", self.termination_pattern_encoding
            )

        elif "termination_pattern_encoding" in self._nulls:
            field_dict["terminationPatternEncoding"] = None
        if self.type_ is not None:
            field_dict["type"] = getattr(self.type_, "value", self.type_)

        elif "type_" in self._nulls:
            field_dict["type"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.termination_pattern = d["terminationPattern"]

            termination_pattern_encoding = d.get("terminationPatternEncoding")
            if termination_pattern_encoding is not None:
                termination_pattern_encoding = _SimDownlinkBinaryEncoding_get(
                    termination_pattern_encoding
                ) or SimDownlinkBinaryEncoding(termination_pattern_encoding)
            elif "terminationPatternEncoding" in d:
                _nulls += ("termination_pattern_encoding",)
            _obj.termination_pattern_encoding = termination_pattern_encoding

            type_ = d.get("type")
            if type_ is not None:
                type_ = _SimDownlinkTcpConnectionWaitForPatternOptionsType_get(
                    type_
                ) or SimDownlinkTcpConnectionWaitForPatternOptionsType(type_)
            elif "type" in d:
                _nulls += ("type_",)
            _obj.type_ = type_

            if _SIMDOWNLINKTCPCONNECTIONWAITFORPATTERNOPTIONS_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {
                    k: v for k, v in d.items() if k not in _SIMDOWNLINKTCPCONNECTIONWAITFORPATTERNOPTIONS_FIELDS
                }
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("SimDownlinkTcpConnectionWaitForPatternOptions", src_dict, exc) from exc
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


class SimDownlinkTcpConnectionWaitForPatternOptionsDict(TypedDict, total=False):
    """`SimDownlinkTcpConnectionWaitForPatternOptions` as a plain dict with the API's (camelCase) keys, accepted wherever the model is.

    A key left out is not sent; a key set to None is sent as JSON null.
    """

    terminationPattern: Required[str]
    terminationPatternEncoding: SimDownlinkBinaryEncoding | Literal["string", "base64", "hex"] | None
    type: SimDownlinkTcpConnectionWaitForPatternOptionsType | Literal["wait_for_pattern"] | None


_SimDownlinkBinaryEncoding_get = SimDownlinkBinaryEncoding._value2member_map_.get
_SimDownlinkTcpConnectionWaitForPatternOptionsType_get = (
    SimDownlinkTcpConnectionWaitForPatternOptionsType._value2member_map_.get
)
