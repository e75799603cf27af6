# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._model_base import ModelBase
from ..._model_base import set_null as _set_null
from ..._model_support import model_parse_error
from ..models.sim_downlink_http_request_method import SimDownlinkHttpRequestMethod

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


@_attrs_define(repr=False)
class SimDownlinkHttpRequest(ModelBase):
    """
    Attributes:
        body (str | None): HTTP request body.
            **Warning**: The maximum size of an HTTP request, including the URL, headers, and body, is 5 MiB. If it exceeds
            5 MiB, an error will be returned.
        headers (SimDownlinkHttpRequestHeaders | None): HTTP request headers. Specify header names and values as key-
            value pairs.
        host (str | None): Hostname. If not specified, the IP address of the IoT SIM will be used.
        method (SimDownlinkHttpRequestMethod | None): HTTP method.
        path (str | None): URL path (e.g., `/path/to/resource`).
        port (int | None): Port number for the HTTP connection. Default: 80.
        skip_verify (bool | None): Whether to skip SSL certificate verification for HTTPS connections.
            - `true`: Skip verification.
            - `false`: Perform verification. However, if `ssl` is `false` (not using SSL communication), this setting will
            be ignored.
             Default: False.
        ssl (bool | None): Whether to use SSL communication.
            - `true`: Use SSL communication (HTTPS).
            - `false`: Do not use SSL communication (HTTP).
             Default: False.
    """

    body: str | None = None
    headers: SimDownlinkHttpRequestHeaders | None = None
    host: str | None = None
    method: SimDownlinkHttpRequestMethod | None = None
    path: str | None = None
    port: int | None = 80
    skip_verify: bool | None = False
    ssl: bool | None = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False)
    _soracom_fields = (
        ("body", "body", False),
        ("headers", "headers", False),
        ("host", "host", False),
        ("method", "method", False),
        ("path", "path", False),
        ("port", "port", False),
        ("skip_verify", "skipVerify", False),
        ("ssl", "ssl", False),
    )

    def set_null(
        self, *fields: Literal["body", "headers", "host", "method", "path", "port", "skip_verify", "ssl"]
    ) -> Self:
        """Send these optional fields as JSON null (each is set to None); a None field is otherwise left out."""
        return _set_null(self, fields)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.body is not None:
            field_dict["body"] = self.body
        elif "body" in self._nulls:
            field_dict["body"] = None
        if self.headers is not None:
            field_dict["headers"] = self.headers.to_dict()

        elif "headers" in self._nulls:
            field_dict["headers"] = None
        if self.host is not None:
            field_dict["host"] = self.host
        elif "host" in self._nulls:
            field_dict["host"] = None
        if self.method is not None:
            field_dict["method"] = getattr(self.method, "value", self.method)

        elif "method" in self._nulls:
            field_dict["method"] = None
        if self.path is not None:
            field_dict["path"] = self.path
        elif "path" in self._nulls:
            field_dict["path"] = None
        if self.port is not None:
            field_dict["port"] = self.port
        elif "port" in self._nulls:
            field_dict["port"] = None
        if self.skip_verify is not None:
            field_dict["skipVerify"] = self.skip_verify
        elif "skip_verify" in self._nulls:
            field_dict["skipVerify"] = None
        if self.ssl is not None:
            field_dict["ssl"] = self.ssl
        elif "ssl" in self._nulls:
            field_dict["ssl"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            # Reading the first field (d.get / d[...]) fails on anything but a mapping: no type check needed.
            d = src_dict
            _obj = _new(cls)
            _nulls: tuple[str, ...] = ()
            _obj.body = body = d.get("body")
            if body is None and "body" in d:
                _nulls += ("body",)

            headers = d.get("headers")
            if headers is not None:
                headers = _SimDownlinkHttpRequestHeaders_from_dict(headers)
            elif "headers" in d:
                _nulls += ("headers",)
            _obj.headers = headers

            _obj.host = host = d.get("host")
            if host is None and "host" in d:
                _nulls += ("host",)

            method = d.get("method")
            if method is not None:
                method = _SimDownlinkHttpRequestMethod_get(method) or SimDownlinkHttpRequestMethod(method)
            elif "method" in d:
                _nulls += ("method",)
            _obj.method = method

            _obj.path = path = d.get("path")
            if path is None and "path" in d:
                _nulls += ("path",)

            _obj.port = port = d.get("port")
            if port is None and "port" in d:
                _nulls += ("port",)

            _obj.skip_verify = skip_verify = d.get("skipVerify")
            if skip_verify is None and "skipVerify" in d:
                _nulls += ("skip_verify",)

            _obj.ssl = ssl = d.get("ssl")
            if ssl is None and "ssl" in d:
                _nulls += ("ssl",)

            if _SIMDOWNLINKHTTPREQUEST_FIELDS.issuperset(d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {k: v for k, v in d.items() if k not in _SIMDOWNLINKHTTPREQUEST_FIELDS}
            _obj._nulls = _nulls
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


class SimDownlinkHttpRequestDict(TypedDict, total=False):
    """`SimDownlinkHttpRequest` as a plain dict with the API's (camelCase) keys, accepted wherever the model is.

    A key left out is not sent; a key set to None is sent as JSON null.
    """

    body: str | None
    headers: dict[str, str] | SimDownlinkHttpRequestHeaders | None
    host: str | None
    method: (
        SimDownlinkHttpRequestMethod
        | Literal["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"]
        | None
    )
    path: str | None
    port: int | None
    skipVerify: bool | None
    ssl: bool | None


from ..models.sim_downlink_http_request_headers import SimDownlinkHttpRequestHeaders  # noqa: E402

_SimDownlinkHttpRequestMethod_get = SimDownlinkHttpRequestMethod._value2member_map_.get
_SimDownlinkHttpRequestHeaders_from_dict = SimDownlinkHttpRequestHeaders.from_dict
