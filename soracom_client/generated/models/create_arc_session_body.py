# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..._model_support import model_parse_error

T = TypeVar("T", bound="CreateArcSessionBody")


@_attrs_define
class CreateArcSessionBody:
    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            return cls._from_dict(src_dict)
        except Exception as exc:  # any failure to read the data is a ResponseParseError with a path
            raise model_parse_error("CreateArcSessionBody", src_dict, exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        create_arc_session_body = cls()

        return create_arc_session_body
