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
from ..models.sim_downlink_ssh_no_authentication_type import SimDownlinkSshNoAuthenticationType

T = TypeVar("T", bound="SimDownlinkSshNoAuthentication")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SIMDOWNLINKSSHNOAUTHENTICATION_FIELDS = frozenset(("type",))


@_attrs_define(repr=False)
class SimDownlinkSshNoAuthentication(ModelBase):
    """Configuration for SSH connection with no authentication (`"type": "none"`).

    Attributes:
        type_ (SimDownlinkSshNoAuthenticationType | None):  Default: SimDownlinkSshNoAuthenticationType.NONE.
    """

    type_: SimDownlinkSshNoAuthenticationType | None = SimDownlinkSshNoAuthenticationType.NONE
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (("type_", "type", False),)

    def set_null(self, *fields: Literal["type_"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
            type_ = d.get("type")
            if type_ is not None:
                type_ = _SimDownlinkSshNoAuthenticationType_get(type_) or SimDownlinkSshNoAuthenticationType(type_)
            elif "type" in d:
                _nulls += ("type_",)
            _obj.type_ = type_

            if _SIMDOWNLINKSSHNOAUTHENTICATION_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {
                    k: v for k, v in d.items() if k not in _SIMDOWNLINKSSHNOAUTHENTICATION_FIELDS
                }
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("SimDownlinkSshNoAuthentication", src_dict, exc) from exc
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


class SimDownlinkSshNoAuthenticationDict(TypedDict, total=False):
    """`SimDownlinkSshNoAuthentication` as a plain dict with the API's (camelCase) keys, accepted wherever the model is.

    A key left out is not sent; a key set to None is sent as JSON null.
    """

    type: SimDownlinkSshNoAuthenticationType | Literal["none"] | None


_SimDownlinkSshNoAuthenticationType_get = SimDownlinkSshNoAuthenticationType._value2member_map_.get
