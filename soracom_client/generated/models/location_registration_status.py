# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location_registration_status_for_network import LocationRegistrationStatusForNetwork


T = TypeVar("T", bound="LocationRegistrationStatus")


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
            return cls._from_dict(src_dict)
        except Exception as exc:  # any failure to read the data is a ResponseParseError with a path
            raise model_parse_error("LocationRegistrationStatus", src_dict, exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.location_registration_status_for_network import LocationRegistrationStatusForNetwork  # noqa: PLC0415

        d = dict(src_dict)
        _raw_cs = d.pop("cs", UNSET)
        cs: Any
        if _raw_cs is None:
            cs = None
        else:
            _cs = _raw_cs
            cs: LocationRegistrationStatusForNetwork | Unset
            if isinstance(_cs, Unset):
                cs = UNSET
            else:
                cs = LocationRegistrationStatusForNetwork.from_dict(_cs)

        _raw_eps = d.pop("eps", UNSET)
        eps: Any
        if _raw_eps is None:
            eps = None
        else:
            _eps = _raw_eps
            eps: LocationRegistrationStatusForNetwork | Unset
            if isinstance(_eps, Unset):
                eps = UNSET
            else:
                eps = LocationRegistrationStatusForNetwork.from_dict(_eps)

        _raw_ps = d.pop("ps", UNSET)
        ps: Any
        if _raw_ps is None:
            ps = None
        else:
            _ps = _raw_ps
            ps: LocationRegistrationStatusForNetwork | Unset
            if isinstance(_ps, Unset):
                ps = UNSET
            else:
                ps = LocationRegistrationStatusForNetwork.from_dict(_ps)

        location_registration_status = cls(
            cs=cs,
            eps=eps,
            ps=ps,
        )

        location_registration_status.additional_properties = d
        return location_registration_status

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
