# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Required

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_base import ModelBase
from ..._model_support import model_parse_error

T = TypeVar("T", bound="SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SIMDOWNLINKRTSPCOMMANDSNAPSHOTHARVESTFILESDESTINATIONOPTIONS_FIELDS = frozenset(("filePath",))


@_attrs_define(repr=False)
class SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions(ModelBase):
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
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (("file_path", "filePath", True),)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.file_path is not None:
            field_dict["filePath"] = self.file_path
        else:
            field_dict["filePath"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _obj.file_path = d["filePath"]

            if _SIMDOWNLINKRTSPCOMMANDSNAPSHOTHARVESTFILESDESTINATIONOPTIONS_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {
                    k: v
                    for k, v in d.items()
                    if k not in _SIMDOWNLINKRTSPCOMMANDSNAPSHOTHARVESTFILESDESTINATIONOPTIONS_FIELDS
                }
            _obj._nulls = ()
        except Exception as exc:
            raise model_parse_error(
                "SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions", src_dict, exc
            ) from exc
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


class SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptionsDict(TypedDict, total=False):
    """`SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions` as a plain dict with the API's (camelCase) keys, accepted wherever the model is.

    A key left out is not sent; a key set to None is sent as JSON null.
    """

    filePath: Required[str]
