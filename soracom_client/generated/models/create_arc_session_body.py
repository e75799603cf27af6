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
            if not isinstance(src_dict, (dict, Mapping)):  # dict("") would silently give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            create_arc_session_body = cls()

        except Exception as exc:
            raise model_parse_error("CreateArcSessionBody", src_dict, exc) from exc
        return create_arc_session_body
