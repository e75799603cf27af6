# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimDownlinkRtspCommandSnapshotOptionsDestinations")


@_attrs_define
class SimDownlinkRtspCommandSnapshotOptionsDestinations:
    """Storage destination for the snapshot image.

    Attributes:
        harvest_files (SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions | Unset):
    """

    harvest_files: SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        harvest_files: Any
        if self.harvest_files is None:
            harvest_files = None
        else:
            harvest_files = UNSET
            if not isinstance(self.harvest_files, Unset):
                harvest_files = self.harvest_files.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if harvest_files is not UNSET:
            field_dict["harvestFiles"] = harvest_files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if not isinstance(src_dict, (dict, Mapping)):  # dict("") would silently give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            harvest_files = d.pop("harvestFiles", UNSET)
            if harvest_files is not None and harvest_files is not UNSET:
                harvest_files = SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions.from_dict(harvest_files)

            sim_downlink_rtsp_command_snapshot_options_destinations = cls(
                harvest_files=harvest_files,
            )

            sim_downlink_rtsp_command_snapshot_options_destinations.additional_properties = d
        except Exception as exc:
            raise model_parse_error("SimDownlinkRtspCommandSnapshotOptionsDestinations", src_dict, exc) from exc
        return sim_downlink_rtsp_command_snapshot_options_destinations

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


from ..models.sim_downlink_rtsp_command_snapshot_harvest_files_destination_options import (
    SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions,  # noqa: E402
)
