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


@_attrs_define(repr=False)
class LocationRegistrationStatus(ModelBase):
    """
    Attributes:
        cs (LocationRegistrationStatusForNetwork | None):
        eps (LocationRegistrationStatusForNetwork | None):
        ps (LocationRegistrationStatusForNetwork | None):
    """

    cs: LocationRegistrationStatusForNetwork | None = None
    eps: LocationRegistrationStatusForNetwork | None = None
    ps: LocationRegistrationStatusForNetwork | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("cs", "cs", False),
        ("eps", "eps", False),
        ("ps", "ps", False),
    )

    def set_null(self, *fields: Literal["cs", "eps", "ps"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.cs is not None:
            field_dict["cs"] = self.cs.to_dict()

        elif "cs" in self._nulls:
            field_dict["cs"] = None
        if self.eps is not None:
            field_dict["eps"] = self.eps.to_dict()

        elif "eps" in self._nulls:
            field_dict["eps"] = None
        if self.ps is not None:
            field_dict["ps"] = self.ps.to_dict()

        elif "ps" in self._nulls:
            field_dict["ps"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            cs = d.get("cs")
            if cs is not None:
                cs = _LocationRegistrationStatusForNetwork_from_dict(cs)
            elif "cs" in d:
                _nulls += ("cs",)
            _obj.cs = cs

            eps = d.get("eps")
            if eps is not None:
                eps = _LocationRegistrationStatusForNetwork_from_dict(eps)
            elif "eps" in d:
                _nulls += ("eps",)
            _obj.eps = eps

            ps = d.get("ps")
            if ps is not None:
                ps = _LocationRegistrationStatusForNetwork_from_dict(ps)
            elif "ps" in d:
                _nulls += ("ps",)
            _obj.ps = ps

            if _LOCATIONREGISTRATIONSTATUS_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _LOCATIONREGISTRATIONSTATUS_FIELDS}
            _obj._nulls = _nulls
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

_LocationRegistrationStatusForNetwork_from_dict = LocationRegistrationStatusForNetwork.from_dict
