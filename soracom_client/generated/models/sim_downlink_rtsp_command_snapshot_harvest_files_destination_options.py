# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error

T = TypeVar("T", bound="SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions")


@_attrs_define
class SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions:
    """
    Attributes:
        file_path (str): The filePath to Harvest Files.
            The following strings can be entered, and they will be replaced according to the rules during export:
            - `{sim_id}`: The sim ID (e.g., `0000000000000000000`).
            - `{time}`: The timestamp when the snapshot was taken (UNIX time in milliseconds) (e.g., `1728393803000`).
            **Info**: It is recommended to end the file name with `.jpg` or `.jpeg`.
             Example: /path/to/snapshot_{sim_id}_{time}.jpg.
    """

    file_path: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_path = self.file_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filePath": file_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if not isinstance(src_dict, (dict, Mapping)):  # dict("") would silently give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            file_path = d.pop("filePath")

            sim_downlink_rtsp_command_snapshot_harvest_files_destination_options = cls(
                file_path=file_path,
            )

            sim_downlink_rtsp_command_snapshot_harvest_files_destination_options.additional_properties = d
        except Exception as exc:
            raise model_parse_error(
                "SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions", src_dict, exc
            ) from exc
        return sim_downlink_rtsp_command_snapshot_harvest_files_destination_options

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
