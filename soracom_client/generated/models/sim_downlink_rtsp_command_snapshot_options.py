# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sim_downlink_rtsp_command_snapshot_options_destinations import (
        SimDownlinkRtspCommandSnapshotOptionsDestinations,
    )


T = TypeVar("T", bound="SimDownlinkRtspCommandSnapshotOptions")


@_attrs_define
class SimDownlinkRtspCommandSnapshotOptions:
    """
    Attributes:
        destinations (SimDownlinkRtspCommandSnapshotOptionsDestinations | Unset): Storage destination for the snapshot
            image.
    """

    destinations: SimDownlinkRtspCommandSnapshotOptionsDestinations | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destinations: Any
        if self.destinations is None:
            destinations = None
        else:
            destinations = UNSET
            if not isinstance(self.destinations, Unset):
                destinations = self.destinations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destinations is not UNSET:
            field_dict["destinations"] = destinations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            return cls._from_dict(src_dict)
        except Exception as exc:  # any failure to read the data is a ResponseParseError with a path
            raise model_parse_error("SimDownlinkRtspCommandSnapshotOptions", src_dict, exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sim_downlink_rtsp_command_snapshot_options_destinations import (
            SimDownlinkRtspCommandSnapshotOptionsDestinations,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _raw_destinations = d.pop("destinations", UNSET)
        destinations: Any
        if _raw_destinations is None:
            destinations = None
        else:
            _destinations = _raw_destinations
            destinations: SimDownlinkRtspCommandSnapshotOptionsDestinations | Unset
            if isinstance(_destinations, Unset):
                destinations = UNSET
            else:
                destinations = SimDownlinkRtspCommandSnapshotOptionsDestinations.from_dict(_destinations)

        sim_downlink_rtsp_command_snapshot_options = cls(
            destinations=destinations,
        )

        sim_downlink_rtsp_command_snapshot_options.additional_properties = d
        return sim_downlink_rtsp_command_snapshot_options

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
