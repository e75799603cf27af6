"""openapi.yaml for the fake: its operations, their pagination, and request/response validation.

The spec is parsed and compiled once per process (openapi-core builds its validators lazily and
caches them), so validation costs about a millisecond per request.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.validation.exceptions import ValidationError
from werkzeug.datastructures import Headers, ImmutableMultiDict

from ._examples import media_example, resolve

_HERE = Path(__file__).resolve().parent
# Installed wheels carry a copy beside this module (hatch force-include); a source checkout
# uses the repository's openapi.yaml, the one the client is generated from.
_CANDIDATES = (_HERE / "openapi.yaml", _HERE.parents[1] / "openapi.yaml")


def default_spec_path() -> Path:
    for path in _CANDIDATES:
        if path.is_file():
            return path
    raise FileNotFoundError("openapi.yaml not found next to soracom_client.testing nor at the repository root")


@dataclass(frozen=True)
class Pagination:
    """From `x-soracom-cli-pagination`: the request parameter and the response header that carry the key."""

    param: str
    header: str
    default_limit: int
    max_limit: int


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str  # template relative to the server base, e.g. /sims/{sim_id}
    success_status: int
    pagination: Pagination | None
    # The success response's media type, or None when the spec documents no body (e.g. 204).
    success_media: str | None = None


# When the spec gives a limit parameter no default or maximum, the fake still pages: 100 per page.
_FALLBACK_PAGE = 100


def _pagination(op: Mapping[str, Any]) -> Pagination | None:
    ext = op.get("x-soracom-cli-pagination")
    if not ext:
        return None
    limit_schema: Mapping[str, Any] = {}
    for param in op.get("parameters", []):
        if param.get("in") == "query" and param.get("name") == "limit":
            limit_schema = param.get("schema", {})
    default = int(limit_schema.get("default", _FALLBACK_PAGE))
    maximum = int(limit_schema.get("maximum", max(default, _FALLBACK_PAGE)))
    return Pagination(ext["request"]["param"], ext["response"]["header"], default, maximum)


_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


class Spec:
    """The parsed spec, its operation table and its validators."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw
        server = urlsplit(raw["servers"][0]["url"])
        self.host_url: str = f"{server.scheme}://{server.netloc}"
        self.base_path: str = server.path.rstrip("/")  # /v1
        self.operations: dict[str, Operation] = {}
        for path, item in raw["paths"].items():
            for method, op in item.items():
                if method not in _METHODS:
                    continue
                success = min(int(code) for code in op["responses"] if str(code).startswith("2"))
                content = op["responses"].get(str(success), op["responses"].get(success, {})).get("content") or {}
                self.operations[op["operationId"]] = Operation(
                    op["operationId"], method.upper(), path, success, _pagination(op), next(iter(content), None)
                )
        # The spec document itself is not judged here (tests/test_openapi_spec.py does that): a release with a
        # known defect (a default outside its enum) is still served; requests and responses are validated.
        self._openapi = OpenAPI.from_dict(_repaired(raw), config=Config(spec_validator_cls=None))

    def validate_request(
        self,
        op: Operation,
        *,
        path_params: Mapping[str, str],
        query: list[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes,
        content_type: str,
    ) -> None:
        """Raise `SpecError` with a readable message when the request does not fit the spec."""
        request = _Request(self, op, path_params, query, headers, body, content_type)
        try:
            self._openapi.validate_request(request)
        except ValidationError as exc:
            raise SpecError(describe(exc)) from exc

    def validate_response(
        self,
        op: Operation,
        *,
        path_params: Mapping[str, str],
        query: list[tuple[str, str]],
        request_headers: Mapping[str, str],
        request_body: bytes,
        status: int,
        headers: Mapping[str, str],
        body: bytes,
    ) -> None:
        request = _Request(self, op, path_params, query, request_headers, request_body, "application/json")
        response = _Response(status, headers, body)
        try:
            self._openapi.validate_response(request, response)
        except ValidationError as exc:
            raise SpecError(describe(exc)) from exc


    def documented_answer(self, op: Operation) -> Any:
        """The success response body the spec documents for `op`: its example when that validates, else the
        smallest valid instance of its schema. None when the spec documents no body."""
        if op.success_media is None:
            return None
        raw_op = self.raw["paths"][op.path][op.method.lower()]
        responses = raw_op["responses"]
        media = resolve(responses.get(str(op.success_status), responses.get(op.success_status)), self.raw)
        media = media["content"][op.success_media]
        for use_examples in (True, False):
            value = media_example(media, self.raw, examples=use_examples)
            if not op.success_media.endswith("json"):
                return value if isinstance(value, bytes) else b""
            try:
                self.validate_response(op, path_params={}, query=[], request_headers={}, request_body=b"",
                                       status=op.success_status, headers={"content-type": op.success_media},
                                       body=json_bytes(value))
            except SpecError:
                continue  # a documented example that does not fit its own schema: build one instead
            return value
        return value


def _repaired(raw: dict[str, Any]) -> dict[str, Any]:
    """A copy with the spec defects tools/pipeline_rules.py also repairs for the generator: a string enum
    listing booleans takes the strings the API sends ("true"), and a default its own enum refuses is dropped
    (the validator would apply it to an omitted parameter and refuse the request)."""

    def fix(node: Any) -> Any:
        if isinstance(node, list):
            return [fix(v) for v in node]
        if not isinstance(node, dict):
            return node
        out = {k: fix(v) for k, v in node.items()}
        if out.get("type") == "string" and isinstance(out.get("enum"), list):
            out["enum"] = [str(v).lower() if isinstance(v, bool) else v for v in out["enum"]]
        if isinstance(out.get("enum"), list) and "default" in out and out["default"] not in out["enum"]:
            del out["default"]
        return out

    fixed: dict[str, Any] = fix(raw)
    return fixed


class SpecError(ValueError):
    """A request or response that does not fit openapi.yaml."""


def describe(exc: BaseException) -> str:
    """openapi-core's message plus each schema error with the JSON path it is at."""
    parts = [str(exc).split(": Value ")[0]]
    cause = exc.__cause__
    for error in getattr(cause, "schema_errors", ()) or ():
        where = getattr(error, "json_path", "$")
        parts.append(f"{where}: {error.message}")
    if cause is not None and not getattr(cause, "schema_errors", None):
        parts.append(str(cause))
    return "; ".join(parts)


@functools.lru_cache(maxsize=4)
def load_spec(path: str | None = None) -> Spec:
    """Parse and compile openapi.yaml once per path."""
    spec_path = Path(path) if path else default_spec_path()
    with spec_path.open(encoding="utf-8") as handle:
        # libyaml's loader when PyYAML has it: the same data, ~8x faster (1.5 s -> 0.2 s for openapi.yaml).
        raw = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return Spec(raw)


class _Request:
    """openapi-core's Request protocol (with path_pattern, so it skips path finding)."""

    def __init__(
        self,
        spec: Spec,
        op: Operation,
        path_params: Mapping[str, str],
        query: list[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes,
        content_type: str,
    ) -> None:
        self.host_url = spec.host_url
        self.path_pattern = spec.base_path + op.path
        self.path = self.path_pattern.format(**path_params) if path_params else self.path_pattern
        self.method = op.method.lower()
        self.body: bytes | None = body or None
        self.content_type = content_type or "application/json"
        self.parameters = RequestParameters(
            path=dict(path_params),
            query=ImmutableMultiDict(query),
            header=Headers(dict(headers)),
            cookie=ImmutableMultiDict(),
        )


class _Response:
    def __init__(self, status: int, headers: Mapping[str, str], body: bytes) -> None:
        self.status_code = status
        self.headers = Headers(dict(headers))
        self.content_type = self.headers.get("content-type", "application/json")
        self.data: bytes | None = body or None


def json_bytes(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()
