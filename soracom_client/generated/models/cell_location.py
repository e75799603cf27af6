# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self

import datetime

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_base import ModelBase
from ..._model_base import set_null as _set_null
from ..._model_support import model_parse_error, parse_datetime

T = TypeVar("T", bound="CellLocation")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_CELLLOCATION_FIELDS = frozenset(
    (
        "avg_strength",
        "created",
        "exact",
        "identifier",
        "lat",
        "lon",
        "range",
        "samples",
        "updated",
    )
)


@_attrs_define(repr=False)
class CellLocation(ModelBase):
    """
    Attributes:
        avg_strength (int | None): Average signal strength from all observations for the cell network. This is an
            integer value, in dBm.
        created (datetime.datetime | None): Timestamp of the time (UTC) when this record was first created.
        exact (int | None): Whether or not this cell is a position estimate based on observations subject to change in
            the future (`0`) or an exact location entered from a knowledgeable source (`1`).
        identifier (str | None): Unique identifier that is assigned by the client requesting cell locations, and is
            included as-is in the response.
        lat (float | None): Latitude.
        lon (float | None): Longitude.
        range_ (int | None): Estimate of radio range (radius from the estimated coordinates. In meters). This is an
            estimate on how large each cell area is, as a radius around the estimated position and is based on the
            observations or a knowledgeable source.
        samples (int | None): Total number of observations used to calculate the estimated position, range and
            avg_strength.
        updated (datetime.datetime | None): Timestamp of the time (UTC) when this record was most recently modified.
    """

    avg_strength: int | None = None
    created: datetime.datetime | str | None = None
    exact: int | None = None
    identifier: str | None = None
    lat: float | None = None
    lon: float | None = None
    range_: int | None = None
    samples: int | None = None
    updated: datetime.datetime | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("avg_strength", "avg_strength", False),
        ("created", "created", False),
        ("exact", "exact", False),
        ("identifier", "identifier", False),
        ("lat", "lat", False),
        ("lon", "lon", False),
        ("range_", "range", False),
        ("samples", "samples", False),
        ("updated", "updated", False),
    )

    def set_null(
        self,
        *fields: Literal[
            "avg_strength", "created", "exact", "identifier", "lat", "lon", "range_", "samples", "updated"
        ],
    ) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.avg_strength is not None:
            field_dict["avg_strength"] = self.avg_strength
        elif "avg_strength" in self._nulls:
            field_dict["avg_strength"] = None
        if self.created is not None:
            field_dict["created"] = (
                self.created.isoformat() if isinstance(self.created, datetime.datetime) else self.created
            )

        elif "created" in self._nulls:
            field_dict["created"] = None
        if self.exact is not None:
            field_dict["exact"] = self.exact
        elif "exact" in self._nulls:
            field_dict["exact"] = None
        if self.identifier is not None:
            field_dict["identifier"] = self.identifier
        elif "identifier" in self._nulls:
            field_dict["identifier"] = None
        if self.lat is not None:
            field_dict["lat"] = self.lat
        elif "lat" in self._nulls:
            field_dict["lat"] = None
        if self.lon is not None:
            field_dict["lon"] = self.lon
        elif "lon" in self._nulls:
            field_dict["lon"] = None
        if self.range_ is not None:
            field_dict["range"] = self.range_
        elif "range_" in self._nulls:
            field_dict["range"] = None
        if self.samples is not None:
            field_dict["samples"] = self.samples
        elif "samples" in self._nulls:
            field_dict["samples"] = None
        if self.updated is not None:
            field_dict["updated"] = (
                self.updated.isoformat() if isinstance(self.updated, datetime.datetime) else self.updated
            )

        elif "updated" in self._nulls:
            field_dict["updated"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.avg_strength = avg_strength = d.get("avg_strength")
            if avg_strength is None and "avg_strength" in d:
                _nulls += ("avg_strength",)

            created = d.get("created")
            if created is not None:
                created = parse_datetime(created)
            elif "created" in d:
                _nulls += ("created",)
            _obj.created = created

            _obj.exact = exact = d.get("exact")
            if exact is None and "exact" in d:
                _nulls += ("exact",)

            _obj.identifier = identifier = d.get("identifier")
            if identifier is None and "identifier" in d:
                _nulls += ("identifier",)

            _obj.lat = lat = d.get("lat")
            if lat is None and "lat" in d:
                _nulls += ("lat",)

            _obj.lon = lon = d.get("lon")
            if lon is None and "lon" in d:
                _nulls += ("lon",)

            _obj.range_ = range_ = d.get("range")
            if range_ is None and "range" in d:
                _nulls += ("range_",)

            _obj.samples = samples = d.get("samples")
            if samples is None and "samples" in d:
                _nulls += ("samples",)

            updated = d.get("updated")
            if updated is not None:
                updated = parse_datetime(updated)
            elif "updated" in d:
                _nulls += ("updated",)
            _obj.updated = updated

            if _CELLLOCATION_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _CELLLOCATION_FIELDS}
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("CellLocation", src_dict, exc) from exc
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
