# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

T = TypeVar("T", bound="LocationRegistrationStatus")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_LOCATIONREGISTRATIONSTATUS_FIELDS = frozenset(
    (
        "cs",
        "eps",
        "ps",
    )
)


@_attrs_define
class LocationRegistrationStatus:
    """
    Attributes:
        cs (LocationRegistrationStatusForNetwork | Unset):
        eps (LocationRegistrationStatusForNetwork | Unset):
        ps (LocationRegistrationStatusForNetwork | Unset):
    """

    cs: LocationRegistrationStatusForNetwork | Unset | None = UNSET
    eps: LocationRegistrationStatusForNetwork | Unset | None = UNSET
    ps: LocationRegistrationStatusForNetwork | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cs: Any
        if self.cs is None:
            cs = None
        else:
            cs = UNSET
            if not isinstance(self.cs, Unset):
                cs = self.cs.to_dict()

        eps: Any
        if self.eps is None:
            eps = None
        else:
            eps = UNSET
            if not isinstance(self.eps, Unset):
                eps = self.eps.to_dict()

        ps: Any
        if self.ps is None:
            ps = None
        else:
            ps = UNSET
            if not isinstance(self.ps, Unset):
                ps = self.ps.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cs is not UNSET:
            field_dict["cs"] = cs
        if eps is not UNSET:
            field_dict["eps"] = eps
        if ps is not UNSET:
            field_dict["ps"] = ps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            cs = d.get("cs", UNSET)
            if cs is not None and cs is not UNSET:
                cs = LocationRegistrationStatusForNetwork.from_dict(cs)
            _obj.cs = cs

            eps = d.get("eps", UNSET)
            if eps is not None and eps is not UNSET:
                eps = LocationRegistrationStatusForNetwork.from_dict(eps)
            _obj.eps = eps

            ps = d.get("ps", UNSET)
            if ps is not None and ps is not UNSET:
                ps = LocationRegistrationStatusForNetwork.from_dict(ps)
            _obj.ps = ps

            if _LOCATIONREGISTRATIONSTATUS_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _LOCATIONREGISTRATIONSTATUS_FIELDS}
        except Exception as exc:
            raise model_parse_error("LocationRegistrationStatus", src_dict, exc) from exc
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


from ..models.location_registration_status_for_network import LocationRegistrationStatusForNetwork  # noqa: E402
