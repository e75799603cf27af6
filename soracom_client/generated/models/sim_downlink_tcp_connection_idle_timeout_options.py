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
from ..models.sim_downlink_tcp_connection_idle_timeout_options_type import (
    SimDownlinkTcpConnectionIdleTimeoutOptionsType,
)

T = TypeVar("T", bound="SimDownlinkTcpConnectionIdleTimeoutOptions")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SIMDOWNLINKTCPCONNECTIONIDLETIMEOUTOPTIONS_FIELDS = frozenset(
    (
        "idleTimeout",
        "type",
    )
)


@_attrs_define(repr=False)
class SimDownlinkTcpConnectionIdleTimeoutOptions(ModelBase):
    """Establishes a TCP connection with the device and sends the specified data, then waits for data reception from the
    device. After data reception begins, if no data is received for the time specified by `idleTimeout`, returns the
    data received up to that point as the API response.

    - In the following cases, an API response indicating an error is returned:
     - If no data is received from the device.

     After the time specified by `timeout` elapses, the TCP connection is terminated and an error is returned.
     - If the device disconnects the TCP connection before sending any data.

        Attributes:
            idle_timeout (int): Time to wait (seconds) after receiving the last data from the device.
            type_ (SimDownlinkTcpConnectionIdleTimeoutOptionsType | None):  Default:
                SimDownlinkTcpConnectionIdleTimeoutOptionsType.IDLE_TIMEOUT.
    """

    idle_timeout: int | None
    type_: SimDownlinkTcpConnectionIdleTimeoutOptionsType | None = (
        SimDownlinkTcpConnectionIdleTimeoutOptionsType.IDLE_TIMEOUT
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("idle_timeout", "idleTimeout", True),
        ("type_", "type", False),
    )

    def set_null(self, *fields: Literal["type_"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.idle_timeout is not None:
            field_dict["idleTimeout"] = self.idle_timeout
        else:
            field_dict["idleTimeout"] = None
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
            _obj.idle_timeout = d["idleTimeout"]

            type_ = d.get("type")
            if type_ is not None:
                type_ = _SimDownlinkTcpConnectionIdleTimeoutOptionsType_get(
                    type_
                ) or SimDownlinkTcpConnectionIdleTimeoutOptionsType(type_)
            elif "type" in d:
                _nulls += ("type_",)
            _obj.type_ = type_

            if _SIMDOWNLINKTCPCONNECTIONIDLETIMEOUTOPTIONS_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {
                    k: v for k, v in d.items() if k not in _SIMDOWNLINKTCPCONNECTIONIDLETIMEOUTOPTIONS_FIELDS
                }
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("SimDownlinkTcpConnectionIdleTimeoutOptions", src_dict, exc) from exc
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


class SimDownlinkTcpConnectionIdleTimeoutOptionsDict(TypedDict, total=False):
    """`SimDownlinkTcpConnectionIdleTimeoutOptions` as a plain dict with the API's (camelCase) keys, accepted wherever the model is.

    A key left out is not sent; a key set to None is sent as JSON null.
    """

    idleTimeout: Required[int]
    type: SimDownlinkTcpConnectionIdleTimeoutOptionsType | Literal["idle_timeout"] | None


_SimDownlinkTcpConnectionIdleTimeoutOptionsType_get = (
    SimDownlinkTcpConnectionIdleTimeoutOptionsType._value2member_map_.get
)
