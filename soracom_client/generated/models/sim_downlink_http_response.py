# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimDownlinkHttpResponse")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SIMDOWNLINKHTTPRESPONSE_FIELDS = frozenset(
    (
        "statusCode",
        "body",
        "headers",
        "isBase64Encoded",
    )
)


@_attrs_define
class SimDownlinkHttpResponse:
    """
    Attributes:
        status_code (int): HTTP status code from the device.
        body (str | Unset): HTTP response body from the device.
            - If it is a valid UTF-8 string, it will be returned as-is.
            - Otherwise, it will be Base64 encoded. In this case, `isBase64Encoded` will be `true`.
        headers (SimDownlinkHttpResponseHeaders | Unset): HTTP response headers from the device.
        is_base_64_encoded (bool | Unset): Indicates whether the `body` value is Base64 encoded.
    """

    status_code: int | None
    body: str | Unset | None = UNSET
    headers: SimDownlinkHttpResponseHeaders | Unset | None = UNSET
    is_base_64_encoded: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        body = self.body

        headers: Any
        if self.headers is None:
            headers = None
        else:
            headers = UNSET
            if not isinstance(self.headers, Unset):
                headers = self.headers.to_dict()

        is_base_64_encoded = self.is_base_64_encoded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statusCode": status_code,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if headers is not UNSET:
            field_dict["headers"] = headers
        if is_base_64_encoded is not UNSET:
            field_dict["isBase64Encoded"] = is_base_64_encoded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _obj.status_code = d["statusCode"]

            _obj.body = d.get("body", UNSET)

            headers = d.get("headers", UNSET)
            if headers is not None and headers is not UNSET:
                headers = SimDownlinkHttpResponseHeaders.from_dict(headers)
            _obj.headers = headers

            _obj.is_base_64_encoded = d.get("isBase64Encoded", UNSET)

            if _SIMDOWNLINKHTTPRESPONSE_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SIMDOWNLINKHTTPRESPONSE_FIELDS}
        except Exception as exc:
            raise model_parse_error("SimDownlinkHttpResponse", src_dict, exc) from exc
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


from ..models.sim_downlink_http_response_headers import SimDownlinkHttpResponseHeaders  # noqa: E402
