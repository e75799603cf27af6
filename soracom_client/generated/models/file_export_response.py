# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileExportResponse")


@_attrs_define
class FileExportResponse:
    """
    Attributes:
        exported_file_id (str | Unset): File Export ID. Specify this ID when calling [Files:getExportedFile
            API](#!/Files/getExportedFile) to get the URL to download the file. Included only if `export_mode` is `async`.
        exported_file_path (str | Unset): Path of the exported file. Included only if `export_mode` is `async`.
        url (str | Unset): URL to download the file. Included only if `export_mode` is `sync`.
    """

    exported_file_id: str | Unset | None = UNSET
    exported_file_path: str | Unset | None = UNSET
    url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exported_file_id = self.exported_file_id

        exported_file_path = self.exported_file_path

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exported_file_id is not UNSET:
            field_dict["exportedFileId"] = exported_file_id
        if exported_file_path is not UNSET:
            field_dict["exportedFilePath"] = exported_file_path
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if not isinstance(src_dict, (dict, Mapping)):  # dict("") would silently give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            exported_file_id = d.pop("exportedFileId", UNSET)

            exported_file_path = d.pop("exportedFilePath", UNSET)

            url = d.pop("url", UNSET)

            file_export_response = cls(
                exported_file_id=exported_file_id,
                exported_file_path=exported_file_path,
                url=url,
            )

            file_export_response.additional_properties = d
        except Exception as exc:
            raise model_parse_error("FileExportResponse", src_dict, exc) from exc
        return file_export_response

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
