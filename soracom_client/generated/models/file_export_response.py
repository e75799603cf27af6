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

T = TypeVar("T", bound="FileExportResponse")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_FILEEXPORTRESPONSE_FIELDS = frozenset(
    (
        "exportedFileId",
        "exportedFilePath",
        "url",
    )
)


@_attrs_define(repr=False)
class FileExportResponse(ModelBase):
    """
    Attributes:
        exported_file_id (str | None): File Export ID. Specify this ID when calling [Files:getExportedFile
            API](#!/Files/getExportedFile) to get the URL to download the file. Included only if `export_mode` is `async`.
        exported_file_path (str | None): Path of the exported file. Included only if `export_mode` is `async`.
        url (str | None): URL to download the file. Included only if `export_mode` is `sync`.
    """

    exported_file_id: str | None = None
    exported_file_path: str | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("exported_file_id", "exportedFileId", False),
        ("exported_file_path", "exportedFilePath", False),
        ("url", "url", False),
    )

    def set_null(self, *fields: Literal["exported_file_id", "exported_file_path", "url"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.exported_file_id is not None:
            field_dict["exportedFileId"] = self.exported_file_id
        elif "exported_file_id" in self._nulls:
            field_dict["exportedFileId"] = None
        if self.exported_file_path is not None:
            field_dict["exportedFilePath"] = self.exported_file_path
        elif "exported_file_path" in self._nulls:
            field_dict["exportedFilePath"] = None
        if self.url is not None:
            field_dict["url"] = self.url
        elif "url" in self._nulls:
            field_dict["url"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.exported_file_id = exported_file_id = d.get("exportedFileId")
            if exported_file_id is None and "exportedFileId" in d:
                _nulls += ("exported_file_id",)

            _obj.exported_file_path = exported_file_path = d.get("exportedFilePath")
            if exported_file_path is None and "exportedFilePath" in d:
                _nulls += ("exported_file_path",)

            _obj.url = url = d.get("url")
            if url is None and "url" in d:
                _nulls += ("url",)

            if _FILEEXPORTRESPONSE_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _FILEEXPORTRESPONSE_FIELDS}
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("FileExportResponse", src_dict, exc) from exc
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
