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

T = TypeVar("T", bound="SimDownlinkSshResponse")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SIMDOWNLINKSSHRESPONSE_FIELDS = frozenset(
    (
        "exitcode",
        "isStderrBase64Encoded",
        "isStdoutBase64Encoded",
        "stderr",
        "stdout",
    )
)


@_attrs_define(repr=False)
class SimDownlinkSshResponse(ModelBase):
    """
    Attributes:
        exitcode (int): The exit code of the command.
        is_stderr_base_64_encoded (bool | None): Indicates whether the `stderr` value is Base64 encoded.
        is_stdout_base_64_encoded (bool | None): Indicates whether the `stdout` value is Base64 encoded.
        stderr (str | None): The standard error output of the command.
            - If it is a valid UTF-8 string, it will be returned as-is.
            - Otherwise, it will be Base64 encoded. In this case, `isStderrBase64Encoded` will be `true`.
        stdout (str | None): The standard output of the command.
            - If it is a valid UTF-8 string, it will be returned as-is.
            - Otherwise, it will be Base64 encoded. In this case, `isStdoutBase64Encoded` will be `true`.
    """

    exitcode: int | None
    is_stderr_base_64_encoded: bool | None = None
    is_stdout_base_64_encoded: bool | None = None
    stderr: str | None = None
    stdout: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("exitcode", "exitcode", True),
        ("is_stderr_base_64_encoded", "isStderrBase64Encoded", False),
        ("is_stdout_base_64_encoded", "isStdoutBase64Encoded", False),
        ("stderr", "stderr", False),
        ("stdout", "stdout", False),
    )

    def set_null(
        self, *fields: Literal["is_stderr_base_64_encoded", "is_stdout_base_64_encoded", "stderr", "stdout"]
    ) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.exitcode is not None:
            field_dict["exitcode"] = self.exitcode
        else:
            field_dict["exitcode"] = None
        if self.is_stderr_base_64_encoded is not None:
            field_dict["isStderrBase64Encoded"] = self.is_stderr_base_64_encoded
        elif "is_stderr_base_64_encoded" in self._nulls:
            field_dict["isStderrBase64Encoded"] = None
        if self.is_stdout_base_64_encoded is not None:
            field_dict["isStdoutBase64Encoded"] = self.is_stdout_base_64_encoded
        elif "is_stdout_base_64_encoded" in self._nulls:
            field_dict["isStdoutBase64Encoded"] = None
        if self.stderr is not None:
            field_dict["stderr"] = self.stderr
        elif "stderr" in self._nulls:
            field_dict["stderr"] = None
        if self.stdout is not None:
            field_dict["stdout"] = self.stdout
        elif "stdout" in self._nulls:
            field_dict["stdout"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.exitcode = d["exitcode"]

            _obj.is_stderr_base_64_encoded = is_stderr_base_64_encoded = d.get("isStderrBase64Encoded")
            if is_stderr_base_64_encoded is None and "isStderrBase64Encoded" in d:
                _nulls += ("is_stderr_base_64_encoded",)

            _obj.is_stdout_base_64_encoded = is_stdout_base_64_encoded = d.get("isStdoutBase64Encoded")
            if is_stdout_base_64_encoded is None and "isStdoutBase64Encoded" in d:
                _nulls += ("is_stdout_base_64_encoded",)

            _obj.stderr = stderr = d.get("stderr")
            if stderr is None and "stderr" in d:
                _nulls += ("stderr",)

            _obj.stdout = stdout = d.get("stdout")
            if stdout is None and "stdout" in d:
                _nulls += ("stdout",)

            if _SIMDOWNLINKSSHRESPONSE_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SIMDOWNLINKSSHRESPONSE_FIELDS}
            _obj._nulls = _nulls
        except Exception as exc:
            raise model_parse_error("SimDownlinkSshResponse", src_dict, exc) from exc
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
