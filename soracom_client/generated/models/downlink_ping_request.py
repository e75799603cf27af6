# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_base import ModelBase
from ..._model_base import set_null as _set_null
from ..._model_support import model_parse_error

T = TypeVar("T", bound="DownlinkPingRequest")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_DOWNLINKPINGREQUEST_FIELDS = frozenset(
    (
        "numberOfPingRequests",
        "timeoutSeconds",
    )
)


@_attrs_define(repr=False)
class DownlinkPingRequest(ModelBase):
    """
    Attributes:
        number_of_ping_requests (int | None): The number of attempt ping. Default: 1.
        timeout_seconds (int | None): The timeout duration of each ping. Default: 1.
    """

    number_of_ping_requests: int | None = 1
    timeout_seconds: int | None = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("number_of_ping_requests", "numberOfPingRequests", False),
        ("timeout_seconds", "timeoutSeconds", False),
    )

    def set_null(self, *fields: Literal["number_of_ping_requests", "timeout_seconds"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.number_of_ping_requests is not None:
            field_dict["numberOfPingRequests"] = self.number_of_ping_requests
        elif "number_of_ping_requests" in self._nulls:
            field_dict["numberOfPingRequests"] = None
        if self.timeout_seconds is not None:
            field_dict["timeoutSeconds"] = self.timeout_seconds
        elif "timeout_seconds" in self._nulls:
            field_dict["timeoutSeconds"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.number_of_ping_requests = number_of_ping_requests = d.get("numberOfPingRequests")
            if number_of_ping_requests is None and "numberOfPingRequests" in d:
                _nulls += ("number_of_ping_requests",)

            _obj.timeout_seconds = timeout_seconds = d.get("timeoutSeconds")
            if timeout_seconds is None and "timeoutSeconds" in d:
                _nulls += ("timeout_seconds",)

            if _DOWNLINKPINGREQUEST_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _DOWNLINKPINGREQUEST_FIELDS}
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("DownlinkPingRequest", src_dict, exc) from exc
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


class DownlinkPingRequestDict(TypedDict, total=False):
    """`DownlinkPingRequest` as a plain dict with the API's (camelCase) keys, accepted wherever the model is.

    A key left out is not sent; a key set to None is sent as JSON null.
    """

    numberOfPingRequests: int | None
    timeoutSeconds: int | None
