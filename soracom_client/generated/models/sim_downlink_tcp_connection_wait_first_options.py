# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..models.sim_downlink_tcp_connection_wait_first_options_type import SimDownlinkTcpConnectionWaitFirstOptionsType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimDownlinkTcpConnectionWaitFirstOptions")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SIMDOWNLINKTCPCONNECTIONWAITFIRSTOPTIONS_FIELDS = frozenset(("type",))


@_attrs_define
class SimDownlinkTcpConnectionWaitFirstOptions:
    """Establishes a TCP connection with the device and sends the specified data. Then, as soon as the first data from the
    device is received, the TCP connection is terminated and the API response is returned.

    - Data received from the device is not included in the API response.
    - Even if the device continues sending data, the TCP connection is disconnected immediately after receiving the
    first data.
    - In the following cases, an API response indicating an error is returned:
     - If no data is received from the device.

     After the time specified by `timeout` elapses, the TCP connection is terminated and an error is returned.
     - If the device disconnects the TCP connection before sending any data.

        Attributes:
            type_ (SimDownlinkTcpConnectionWaitFirstOptionsType | Unset):  Default:
                SimDownlinkTcpConnectionWaitFirstOptionsType.WAIT_FIRST.
    """

    type_: SimDownlinkTcpConnectionWaitFirstOptionsType | Unset | None = (
        SimDownlinkTcpConnectionWaitFirstOptionsType.WAIT_FIRST
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: Any
        if self.type_ is None:
            type_ = None
        else:
            type_ = UNSET
            if not isinstance(self.type_, Unset):
                type_ = getattr(self.type_, "value", self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            type_ = d.get("type", UNSET)
            if type_ is not None and type_ is not UNSET:
                type_ = SimDownlinkTcpConnectionWaitFirstOptionsType._value2member_map_.get(
                    type_
                ) or SimDownlinkTcpConnectionWaitFirstOptionsType(type_)
            _obj.type_ = type_

            if _SIMDOWNLINKTCPCONNECTIONWAITFIRSTOPTIONS_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {
                    k: v for k, v in d.items() if k not in _SIMDOWNLINKTCPCONNECTIONWAITFIRSTOPTIONS_FIELDS
                }
        except Exception as exc:
            raise model_parse_error("SimDownlinkTcpConnectionWaitFirstOptions", src_dict, exc) from exc
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
