# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error, parse_datetime
from ..types import UNSET, Unset

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


@_attrs_define
class CellLocation:
    """
    Attributes:
        avg_strength (int | Unset): Average signal strength from all observations for the cell network. This is an
            integer value, in dBm.
        created (datetime.datetime | Unset): Timestamp of the time (UTC) when this record was first created.
        exact (int | Unset): Whether or not this cell is a position estimate based on observations subject to change in
            the future (`0`) or an exact location entered from a knowledgeable source (`1`).
        identifier (str | Unset): Unique identifier that is assigned by the client requesting cell locations, and is
            included as-is in the response.
        lat (float | Unset): Latitude.
        lon (float | Unset): Longitude.
        range_ (int | Unset): Estimate of radio range (radius from the estimated coordinates. In meters). This is an
            estimate on how large each cell area is, as a radius around the estimated position and is based on the
            observations or a knowledgeable source.
        samples (int | Unset): Total number of observations used to calculate the estimated position, range and
            avg_strength.
        updated (datetime.datetime | Unset): Timestamp of the time (UTC) when this record was most recently modified.
    """

    avg_strength: int | Unset | None = UNSET
    created: datetime.datetime | Unset | str | None = UNSET
    exact: int | Unset | None = UNSET
    identifier: str | Unset | None = UNSET
    lat: float | Unset | None = UNSET
    lon: float | Unset | None = UNSET
    range_: int | Unset | None = UNSET
    samples: int | Unset | None = UNSET
    updated: datetime.datetime | Unset | str | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg_strength = self.avg_strength

        created: Any
        if self.created is None:
            created = None
        else:
            created = UNSET
            if not isinstance(self.created, Unset):
                created = self.created.isoformat() if isinstance(self.created, datetime.datetime) else self.created

        exact = self.exact

        identifier = self.identifier

        lat = self.lat

        lon = self.lon

        range_ = self.range_

        samples = self.samples

        updated: Any
        if self.updated is None:
            updated = None
        else:
            updated = UNSET
            if not isinstance(self.updated, Unset):
                updated = self.updated.isoformat() if isinstance(self.updated, datetime.datetime) else self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avg_strength is not UNSET:
            field_dict["avg_strength"] = avg_strength
        if created is not UNSET:
            field_dict["created"] = created
        if exact is not UNSET:
            field_dict["exact"] = exact
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if lat is not UNSET:
            field_dict["lat"] = lat
        if lon is not UNSET:
            field_dict["lon"] = lon
        if range_ is not UNSET:
            field_dict["range"] = range_
        if samples is not UNSET:
            field_dict["samples"] = samples
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _obj.avg_strength = d.get("avg_strength", UNSET)

            created = d.get("created", UNSET)
            if created is not None and created is not UNSET:
                created = parse_datetime(created)
            _obj.created = created

            _obj.exact = d.get("exact", UNSET)

            _obj.identifier = d.get("identifier", UNSET)

            _obj.lat = d.get("lat", UNSET)

            _obj.lon = d.get("lon", UNSET)

            _obj.range_ = d.get("range", UNSET)

            _obj.samples = d.get("samples", UNSET)

            updated = d.get("updated", UNSET)
            if updated is not None and updated is not UNSET:
                updated = parse_datetime(updated)
            _obj.updated = updated

            if _CELLLOCATION_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _CELLLOCATION_FIELDS}
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
