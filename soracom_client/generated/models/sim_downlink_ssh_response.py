# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimDownlinkSshResponse")


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
            if not isinstance(src_dict, (dict, Mapping)):  # dict("") would silently give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = dict(src_dict)
            exitcode = d.pop("exitcode")

            is_stderr_base_64_encoded = d.pop("isStderrBase64Encoded", UNSET)

            is_stdout_base_64_encoded = d.pop("isStdoutBase64Encoded", UNSET)

            stderr = d.pop("stderr", UNSET)

            stdout = d.pop("stdout", UNSET)

            sim_downlink_ssh_response = cls(
                exitcode=exitcode,
                is_stderr_base_64_encoded=is_stderr_base_64_encoded,
                is_stdout_base_64_encoded=is_stdout_base_64_encoded,
                stderr=stderr,
                stdout=stdout,
            )

            sim_downlink_ssh_response.additional_properties = d
        except Exception as exc:
            raise model_parse_error("SimDownlinkSshResponse", src_dict, exc) from exc
        return sim_downlink_ssh_response

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
