# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_base import ModelBase
from ..._model_base import set_null as _set_null
from ..._model_support import model_parse_error
from ..models.sim_downlink_binary_encoding import SimDownlinkBinaryEncoding

T = TypeVar("T", bound="SimDownlinkTcpResponse")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SIMDOWNLINKTCPRESPONSE_FIELDS = frozenset(
    (
        "data",
        "dataEncoding",
    )
)


@_attrs_define(repr=False)
class SimDownlinkTcpResponse(ModelBase):
    """Response for the TCP connection

    Attributes:
        data (str): Data received, encoded as a string in the format specified by dataEncoding. The maximum size is 5
            MiB for the encoded string.
        data_encoding (SimDownlinkBinaryEncoding | None): Encoding format for binary data. "string" is treated as a
            UTF-8 string. "base64" is Base64 encoding, and "hex" is hexadecimal encoding. Case insensitive for hex.
    """

    data: str | None
    data_encoding: SimDownlinkBinaryEncoding | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("data", "data", True),
        ("data_encoding", "dataEncoding", False),
    )

    def set_null(self, *fields: Literal["data_encoding"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.data is not None:
            field_dict["data"] = self.data
        else:
            field_dict["data"] = None
        if self.data_encoding is not None:
            field_dict["dataEncoding"] = getattr(self.data_encoding, "value", self.data_encoding)

        elif "data_encoding" in self._nulls:
            field_dict["dataEncoding"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.data = d["data"]

            data_encoding = d.get("dataEncoding")
            if data_encoding is not None:
                data_encoding = _SimDownlinkBinaryEncoding_get(data_encoding) or SimDownlinkBinaryEncoding(
                    data_encoding
                )
            elif "dataEncoding" in d:
                _nulls += ("data_encoding",)
            _obj.data_encoding = data_encoding

            if _SIMDOWNLINKTCPRESPONSE_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SIMDOWNLINKTCPRESPONSE_FIELDS}
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("SimDownlinkTcpResponse", src_dict, exc) from exc
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


_SimDownlinkBinaryEncoding_get = SimDownlinkBinaryEncoding._value2member_map_.get
