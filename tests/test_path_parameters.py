"""No path parameter value may change which operation a call reaches (derived from openapi.yaml).

For every operation and every path parameter of the spec, a hostile value either is refused with
RequestValidationError before anything is sent, or reaches the server as the same operation's path
template with that segment decoding back to exactly the value given.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import typing
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

from soracom_client import ApiToken, Soracom
from soracom_client._model_support import MAX_PATH_SEGMENT
from soracom_client._schema import resolve
from soracom_client.errors import RequestValidationError, SoracomError
from soracom_client.generated.api import OPERATIONS
from tests.support.spec import openapi

ROOT = Path(__file__).resolve().parents[1]
SPEC = openapi()
BASE = "https://api.soracom.io/v1"
HTTP_METHODS = {"get", "put", "post", "delete", "patch"}

HOSTILE = [
    "..", ".", "", "%2e%2e", "%2E%2E", ".%2e", "a/../..", "../x", "..\\..", "/", "./", "?x", "#", "#..", "..;",
    " ", "\r\n", "x\r\nX-Injected: 1", "\x00", "日本語", "\u202e..", "\ud800", "x" * (MAX_PATH_SEGMENT + 1),
    "%" * 1000,
]


def _param(ref_or_param: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in ref_or_param:
        return typing.cast(dict[str, Any], SPEC["components"]["parameters"][ref_or_param["$ref"].rsplit("/", 1)[-1]])
    return ref_or_param


@functools.cache  # read on every call below (thousands of times per test); callers only read it
def spec_cases() -> list[tuple[str, str, str, list[str]]]:
    """(operationId, METHOD, path template, path parameter names) for every operation in openapi.yaml."""
    cases = []
    for path, item in SPEC["paths"].items():
        shared = item.get("parameters", [])
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            params = [_param(p) for p in [*shared, *op.get("parameters", [])]]
            names = [p["name"] for p in params if p["in"] == "path"]
            cases.append((op["operationId"], method.upper(), path, names))
    return cases


def minimal(schema: dict[str, Any]) -> Any:
    """A small document that satisfies schema (required properties only)."""
    schema = resolve(schema)
    variants = schema.get("oneOf") or schema.get("anyOf")
    if variants:
        return minimal(variants[0])
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    if kind == "object":
        props = schema.get("properties", {})
        return {name: minimal(props[name]) for name in schema.get("required", ()) if name in props}
    if kind == "array":
        return [minimal(schema.get("items", {})) for _ in range(schema.get("minItems", 0))]
    if kind in ("integer", "number"):
        return schema.get("minimum", 1)
    if kind == "boolean":
        return False
    return "x" * max(1, schema.get("minLength", 1))


def method_and_operation(op_id: str) -> tuple[Any, Any, str, str]:
    """The facade method's name, the generated operation module, and the operation's tag and path."""
    matches = [name for name, (_, method, path) in OPERATIONS.items()
               if (method, path) == next((m, p) for o, m, p, _ in spec_cases() if o == op_id)]
    assert len(matches) == 1, op_id
    name = matches[0]
    tag = OPERATIONS[name][0]
    return name, importlib.import_module(f"soracom_client.generated.api.{tag}.{name}"), tag, OPERATIONS[name][2]


def required_arguments(op_id: str, operation: Any, path_names: list[str]) -> dict[str, Any]:
    """Valid values for every required argument other than the path parameters."""
    hints = typing.get_type_hints(operation._get_kwargs)
    spec_op = next(op for item in SPEC["paths"].values() for m, op in item.items()
                   if m in HTTP_METHODS and op["operationId"] == op_id)
    arguments: dict[str, Any] = {}
    for name, parameter in inspect.signature(operation._get_kwargs).parameters.items():
        if parameter.default is not inspect.Parameter.empty or name in {n for n in path_names}:
            continue
        if name == "body":
            document = minimal(spec_op["requestBody"]["content"]["application/json"]["schema"])
            kind = hints["body"]
            if typing.get_origin(kind) is list:
                item = typing.get_args(kind)[0]
                arguments["body"] = [item.from_dict(d) if hasattr(item, "from_dict") else d for d in document]
            else:
                arguments["body"] = kind.from_dict(document) if hasattr(kind, "from_dict") else document
        else:
            query = next(_param(p) for p in spec_op.get("parameters", []) if _param(p)["name"] == name)
            arguments[name] = minimal(query["schema"])
    return arguments


async def call(op_id: str, path_values: dict[str, str]) -> tuple[list[httpx.Request], BaseException | None]:
    """Call the operation's facade method with these path values; the requests that left, and what it raised."""
    name, operation, tag, _ = method_and_operation(op_id)
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(418)

    soracom = Soracom(auth=ApiToken(api_key="k", token="t"), base_url=BASE, max_retries=0,
                      transport=httpx.MockTransport(handler))
    method = getattr(getattr(soracom, tag), name)
    positional = [path_values[p] for p in inspect.signature(operation._get_kwargs).parameters if p in path_values]
    raised: BaseException | None = None
    try:
        result = method(*positional, **required_arguments(op_id, operation, list(path_values)))
        if inspect.isawaitable(result):
            await result
    except SoracomError as exc:
        raised = exc
    finally:
        await soracom.aclose()
    return sent, raised


def python_names(op_id: str, spec_names: list[str]) -> list[str]:
    _, operation, _, _ = method_and_operation(op_id)
    generated = [p for p in inspect.signature(operation._get_kwargs).parameters]
    names = [n for n in generated if n in {s.replace("-", "_") for s in spec_names}]
    assert len(names) == len(spec_names), (op_id, spec_names, generated)
    return names


def segments_match(request: httpx.Request, method: str, template: str, values: dict[str, str]) -> bool:
    """Whether request is `method template` with each {param} segment decoding to exactly its value."""
    if request.method != method:
        return False
    raw_path = request.url.raw_path.decode("ascii").split("?", 1)[0]
    expected = (httpx.URL(BASE).path.rstrip("/") + template).split("/")
    got = raw_path.split("/")
    if len(got) != len(expected):
        return False
    for want, have in zip(expected, got, strict=True):
        if want.startswith("{") and want.endswith("}"):
            if unquote(have, errors="surrogatepass") != values[want[1:-1]]:
                return False
        elif want != have:
            return False
    return True


CASES = [(op_id, method, path, name) for op_id, method, path, names in spec_cases() for name in names]


def test_the_spec_has_path_parameters_to_check() -> None:
    assert CASES  # the parametrisation below is not empty


@pytest.mark.parametrize(("op_id", "method", "template", "param"), CASES, ids=[f"{c[0]}-{c[3]}" for c in CASES])
async def test_no_path_value_changes_the_operation(op_id: str, method: str, template: str, param: str) -> None:
    spec_names = next(names for o, _, _, names in spec_cases() if o == op_id)
    py_names = python_names(op_id, spec_names)
    by_spec = dict(zip(spec_names, py_names, strict=True))
    benign = {n: "x1" for n in spec_names}
    # The control: with ordinary values the request is sent, to this operation's path.
    sent, _ = await call(op_id, {by_spec[n]: v for n, v in benign.items()})
    assert len(sent) == 1 and segments_match(sent[0], method, template, benign), (op_id, sent)
    for value in HOSTILE:
        values = {**benign, param: value}
        sent, raised = await call(op_id, {by_spec[n]: v for n, v in values.items()})
        if sent:
            assert len(sent) == 1 and segments_match(sent[0], method, template, values), \
                f"{op_id}: {param}={value[:40]!r} sent {sent[0].method} {sent[0].url.raw_path[:120]!r}"
        else:
            assert isinstance(raised, RequestValidationError), (op_id, param, value[:40], raised)
            assert raised.field == param


@pytest.mark.parametrize("value", ["..", ".", ""])
async def test_dot_segments_and_empty_are_refused_naming_the_parameter(value: str) -> None:
    sent, raised = await call("deleteSimTag", {"sim_id": "8942310022000000001", "tag_name": value})
    assert not sent
    assert isinstance(raised, RequestValidationError) and raised.field == "tag_name"


async def test_a_path_value_too_long_for_a_url_is_a_validation_error() -> None:
    sent, raised = await call("getSim", {"sim_id": "1" * 70_000})
    assert not sent
    assert isinstance(raised, RequestValidationError) and "percent-encoded" in str(raised)


async def test_dot_dot_never_terminates_a_sim_on_the_fake() -> None:
    """The reported attack: terminate_subscription_container(sim, "..", "..") was POST /sims/{sim}/terminate."""
    from soracom_client.testing import FakeServer, FakeSoracom, ManualClock

    with FakeServer(FakeSoracom(seed=3, sims=10, clock=ManualClock())) as server:
        fake = server.fake
        async with Soracom(auth=fake.credentials, base_url=server.base_url, max_retries=0) as soracom:
            sim_id = fake.sim_ids(status="active")[0]
            await soracom.sim.enable_sim_termination(sim_id)  # nothing but the path stands in the way
            for attempt in (lambda: soracom.sim.terminate_subscription_container(sim_id, "..", ".."),
                            lambda: soracom.sim.delete_sim_tag(sim_id, ".."),
                            lambda: soracom.sim.terminate_subscription_container(sim_id, ".", "..")):
                with pytest.raises(RequestValidationError):
                    await attempt()
            sim = await soracom.sim.get_sim(sim_id)
            assert str(sim.status) == "active"
