# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_support import model_parse_error
from ..models.sim_downlink_http_request_method import SimDownlinkHttpRequestMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimDownlinkHttpRequest")
_new = object.__new__  # from_dict sets every slot itself, so it skips the attrs __init__


# The JSON names of the fields; any other key goes to additional_properties.
_SIMDOWNLINKHTTPREQUEST_FIELDS = frozenset(
    (
        "body",
        "headers",
        "host",
        "method",
        "path",
        "port",
        "skipVerify",
        "ssl",
    )
)


@_attrs_define
class SimDownlinkHttpRequest:
    """
    Attributes:
        body (str | Unset): HTTP request body.
            **Warning**: The maximum size of an HTTP request, including the URL, headers, and body, is 5 MiB. If it exceeds
            5 MiB, an error will be returned.
        headers (SimDownlinkHttpRequestHeaders | Unset): HTTP request headers. Specify header names and values as key-
            value pairs.
        host (str | Unset): Hostname. If not specified, the IP address of the IoT SIM will be used.
        method (SimDownlinkHttpRequestMethod | Unset): HTTP method.
        path (str | Unset): URL path (e.g., `/path/to/resource`).
        port (int | Unset): Port number for the HTTP connection. Default: 80.
        skip_verify (bool | Unset): Whether to skip SSL certificate verification for HTTPS connections.
            - `true`: Skip verification.
            - `false`: Perform verification. However, if `ssl` is `false` (not using SSL communication), this setting will
            be ignored.
             Default: False.
        ssl (bool | Unset): Whether to use SSL communication.
            - `true`: Use SSL communication (HTTPS).
            - `false`: Do not use SSL communication (HTTP).
             Default: False.
    """

    body: str | Unset | None = UNSET
    headers: SimDownlinkHttpRequestHeaders | Unset | None = UNSET
    host: str | Unset | None = UNSET
    method: SimDownlinkHttpRequestMethod | Unset | None = UNSET
    path: str | Unset | None = UNSET
    port: int | Unset | None = 80
    skip_verify: bool | Unset | None = False
    ssl: bool | Unset | None = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        headers: Any
        if self.headers is None:
            headers = None
        else:
            headers = UNSET
            if not isinstance(self.headers, Unset):
                headers = self.headers.to_dict()

        host = self.host

        method: Any
        if self.method is None:
            method = None
        else:
            method = UNSET
            if not isinstance(self.method, Unset):
                method = getattr(self.method, "value", self.method)

        path = self.path

        port = self.port

        skip_verify = self.skip_verify

        ssl = self.ssl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if headers is not UNSET:
            field_dict["headers"] = headers
        if host is not UNSET:
            field_dict["host"] = host
        if method is not UNSET:
            field_dict["method"] = method
        if path is not UNSET:
            field_dict["path"] = path
        if port is not UNSET:
            field_dict["port"] = port
        if skip_verify is not UNSET:
            field_dict["skipVerify"] = skip_verify
        if ssl is not UNSET:
            field_dict["ssl"] = ssl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict("") would give {}
                raise TypeError(f"expected an object, got {type(src_dict).__name__}")
            d = src_dict
            _obj = _new(cls)
            _obj.body = d.get("body", UNSET)

            headers = d.get("headers", UNSET)
            if headers is not None and headers is not UNSET:
                headers = SimDownlinkHttpRequestHeaders.from_dict(headers)
            _obj.headers = headers

            _obj.host = d.get("host", UNSET)

            method = d.get("method", UNSET)
            if method is not None and method is not UNSET:
                method = SimDownlinkHttpRequestMethod._value2member_map_.get(method) or SimDownlinkHttpRequestMethod(
                    method
                )
            _obj.method = method

            _obj.path = d.get("path", UNSET)

            _obj.port = d.get("port", UNSET)

            _obj.skip_verify = d.get("skipVerify", UNSET)

            _obj.ssl = d.get("ssl", UNSET)

            if _SIMDOWNLINKHTTPREQUEST_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SIMDOWNLINKHTTPREQUEST_FIELDS}
        except Exception as exc:
            raise model_parse_error("SimDownlinkHttpRequest", src_dict, exc) from exc
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


from ..models.sim_downlink_http_request_headers import SimDownlinkHttpRequestHeaders  # noqa: E402
