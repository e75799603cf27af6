# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

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


@_attrs_define
class SimDownlinkSshResponse:
    """
    Attributes:
        exitcode (int): The exit code of the command.
        is_stderr_base_64_encoded (bool | Unset): Indicates whether the `stderr` value is Base64 encoded.
        is_stdout_base_64_encoded (bool | Unset): Indicates whether the `stdout` value is Base64 encoded.
        stderr (str | Unset): The standard error output of the command.
            - If it is a valid UTF-8 string, it will be returned as-is.
            - Otherwise, it will be Base64 encoded. In this case, `isStderrBase64Encoded` will be `true`.
        stdout (str | Unset): The standard output of the command.
            - If it is a valid UTF-8 string, it will be returned as-is.
            - Otherwise, it will be Base64 encoded. In this case, `isStdoutBase64Encoded` will be `true`.
    """

    exitcode: int | None
    is_stderr_base_64_encoded: bool | Unset | None = UNSET
    is_stdout_base_64_encoded: bool | Unset | None = UNSET
    stderr: str | Unset | None = UNSET
    stdout: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exitcode = self.exitcode

        is_stderr_base_64_encoded = self.is_stderr_base_64_encoded

        is_stdout_base_64_encoded = self.is_stdout_base_64_encoded

        stderr = self.stderr

        stdout = self.stdout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exitcode": exitcode,
            }
        )
        if is_stderr_base_64_encoded is not UNSET:
            field_dict["isStderrBase64Encoded"] = is_stderr_base_64_encoded
        if is_stdout_base_64_encoded is not UNSET:
            field_dict["isStdoutBase64Encoded"] = is_stdout_base_64_encoded
        if stderr is not UNSET:
            field_dict["stderr"] = stderr
        if stdout is not UNSET:
            field_dict["stdout"] = stdout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _obj.exitcode = d["exitcode"]

            _obj.is_stderr_base_64_encoded = d.get("isStderrBase64Encoded", UNSET)

            _obj.is_stdout_base_64_encoded = d.get("isStdoutBase64Encoded", UNSET)

            _obj.stderr = d.get("stderr", UNSET)

            _obj.stdout = d.get("stdout", UNSET)

            if _SIMDOWNLINKSSHRESPONSE_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SIMDOWNLINKSSHRESPONSE_FIELDS}
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
