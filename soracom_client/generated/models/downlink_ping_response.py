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

T = TypeVar("T", bound="DownlinkPingResponse")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_DOWNLINKPINGRESPONSE_FIELDS = frozenset(
    (
        "rtt",
        "stat",
        "success",
    )
)


@_attrs_define(repr=False)
class DownlinkPingResponse(ModelBase):
    """
    Attributes:
        rtt (str | None): The RTT of the ping result
        stat (str | None): The stats information of the ping result
        success (bool | None): Whether the ping was succeeded or not
    """

    rtt: str | None = None
    stat: str | None = None
    success: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("rtt", "rtt", False),
        ("stat", "stat", False),
        ("success", "success", False),
    )

    def set_null(self, *fields: Literal["rtt", "stat", "success"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.rtt is not None:
            field_dict["rtt"] = self.rtt
        elif "rtt" in self._nulls:
            field_dict["rtt"] = None
        if self.stat is not None:
            field_dict["stat"] = self.stat
        elif "stat" in self._nulls:
            field_dict["stat"] = None
        if self.success is not None:
            field_dict["success"] = self.success
        elif "success" in self._nulls:
            field_dict["success"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.rtt = rtt = d.get("rtt")
            if rtt is None and "rtt" in d:
                _nulls += ("rtt",)

            _obj.stat = stat = d.get("stat")
            if stat is None and "stat" in d:
                _nulls += ("stat",)

            _obj.success = success = d.get("success")
            if success is None and "success" in d:
                _nulls += ("success",)

            if _DOWNLINKPINGRESPONSE_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _DOWNLINKPINGRESPONSE_FIELDS}
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("DownlinkPingResponse", src_dict, exc) from exc
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
