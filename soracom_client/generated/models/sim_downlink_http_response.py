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


@_attrs_define(repr=False)
class SimDownlinkHttpResponse(ModelBase):
    """
    Attributes:
        status_code (int): HTTP status code from the device.
        body (str | None): HTTP response body from the device.
            - If it is a valid UTF-8 string, it will be returned as-is.
            - Otherwise, it will be Base64 encoded. In this case, `isBase64Encoded` will be `true`.
        headers (SimDownlinkHttpResponseHeaders | None): HTTP response headers from the device.
        is_base_64_encoded (bool | None): Indicates whether the `body` value is Base64 encoded.
    """

    status_code: int | None
    body: str | None = None
    headers: SimDownlinkHttpResponseHeaders | None = None
    is_base_64_encoded: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("status_code", "statusCode", True),
        ("body", "body", False),
        ("headers", "headers", False),
        ("is_base_64_encoded", "isBase64Encoded", False),
    )

    def set_null(self, *fields: Literal["body", "headers", "is_base_64_encoded"]) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.status_code is not None:
            field_dict["statusCode"] = self.status_code
        else:
            field_dict["statusCode"] = None
        if self.body is not None:
            field_dict["body"] = self.body
        elif "body" in self._nulls:
            field_dict["body"] = None
        if self.headers is not None:
            field_dict["headers"] = self.headers.to_dict()

        elif "headers" in self._nulls:
            field_dict["headers"] = None
        if self.is_base_64_encoded is not None:
            field_dict["isBase64Encoded"] = self.is_base_64_encoded
        elif "is_base_64_encoded" in self._nulls:
            field_dict["isBase64Encoded"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.status_code = d["statusCode"]

            _obj.body = body = d.get("body")
            if body is None and "body" in d:
                _nulls += ("body",)

            headers = d.get("headers")
            if headers is not None:
                headers = _SimDownlinkHttpResponseHeaders_from_dict(headers)
            elif "headers" in d:
                _nulls += ("headers",)
            _obj.headers = headers

            _obj.is_base_64_encoded = is_base_64_encoded = d.get("isBase64Encoded")
            if is_base_64_encoded is None and "isBase64Encoded" in d:
                _nulls += ("is_base_64_encoded",)

            if _SIMDOWNLINKHTTPRESPONSE_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SIMDOWNLINKHTTPRESPONSE_FIELDS}
            _obj._nulls = _nulls
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

_SimDownlinkHttpResponseHeaders_from_dict = SimDownlinkHttpResponseHeaders.from_dict
