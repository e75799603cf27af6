"""Hostile caller input on every path parameter of every operation.

The operations come from the spec table the client is generated with (`generated._spec.OPERATIONS`),
the methods from the client's resources: nothing is listed by hand. Every operation is called with each
hostile value in each of its path parameters (the others benign) against a recording server; a request
whose method and path do not match that operation's template (another segment count, a `.` or `..`
segment, the value not coming back intact) is an operation reachable through a path parameter.
"""

from __future__ import annotations

import enum
import importlib
import importlib.util
import inspect
import re
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from soracom_client import Soracom
from soracom_client._schema import resolve
from soracom_client.generated._spec import OPERATIONS
from soracom_client.generated.api import RESOURCE_CLASSES

from . import behaviours
from .clients import api_token, make_client
from .env import Env
from .hostile import Behaviour, Request
from .measure import Tally, stuck_connections, timed
from .rows import Extras, Row, run_row
from .scenarios_fake import TransportFactory

# The most telling first: a quick run takes the first few.
HOSTILE_VALUES: list[Any] = [
    "..", ".", "../..", "a/../..", "", "/", "%2e%2e", "?limit=1",
    "..%2F..", "#frag", "a b", "\r\nX-Injected: 1", "\x00", "..;", ".%00.", "..\\..", "ü/..", "%",
    "x" * 5000, None, 123, b"..",
]
BENIGN = "chaos0001"


@dataclass(frozen=True)
class Target:
    op_id: str
    python_name: str
    method: str
    template: str  # relative to the base path, e.g. /sims/{sim_id}/tags/{tag_name}
    resource: str
    path_params: tuple[str, ...]


def targets() -> list[Target]:
    """Every operation with a path parameter, and the resource attribute its method lives on."""
    found = []
    for op_id, entry in OPERATIONS.items():
        names = tuple(p["name"] for p in entry["parameters"] if p["in"] == "path")
        if not names:
            continue
        resource = next(attr for attr in RESOURCE_CLASSES
                        if importlib.util.find_spec(f"soracom_client.generated.api.{attr}.{entry['python_name']}"))
        found.append(Target(op_id, entry["python_name"], entry["method"], entry["path"], resource, names))
    return found


def minimal(schema: dict[str, Any] | None, depth: int = 0) -> Any:
    """The smallest document that fits `schema` as far as can be told (required fields, first enum value)."""
    if not schema or depth > 8:
        return {}
    schema = resolve(schema)
    variants = schema.get("oneOf") or schema.get("anyOf") or schema.get("allOf")
    if variants:
        return minimal(variants[0], depth + 1)
    if "enum" in schema:
        return schema["enum"][0]
    if "default" in schema:
        return schema["default"]
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    if kind == "object":
        props = schema.get("properties", {})
        return {name: minimal(props.get(name), depth + 1) for name in schema.get("required", ())}
    if kind == "array":
        return [minimal(schema.get("items"), depth + 1) for _ in range(schema.get("minItems", 0))]
    if kind in ("integer", "number"):
        return schema.get("minimum", 1)
    if kind == "boolean":
        return True
    if schema.get("format") == "date-time":
        return "2025-09-01T00:00:00Z"
    return "x" * max(1, schema.get("minLength", 1))


def _value(annotation: Any, schema: dict[str, Any] | None) -> Any:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        for arm in typing.get_args(annotation):
            if arm is not type(None) and getattr(arm, "__name__", "") != "Unset":
                return _value(arm, schema)
    if origin is list:
        (item,) = typing.get_args(annotation)
        items = resolve(schema or {}).get("items") if schema else None
        return [_value(item, items)]
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return next(iter(annotation))
    if hasattr(annotation, "from_dict"):
        return annotation.from_dict(minimal(schema))
    if getattr(annotation, "__name__", "") == "File":
        import io

        return annotation(payload=io.BytesIO(b"x"), file_name="x")
    return minimal(schema) if schema else BENIGN


def call_for(client: Soracom, target: Target, hostile_param: str, value: Any) -> Callable[[], Any]:
    method = getattr(getattr(client, target.resource), target.python_name)
    module = importlib.import_module(f"soracom_client.generated.api.{target.resource}.{target.python_name}")
    hints = typing.get_type_hints(module._get_kwargs)
    entry = OPERATIONS[target.op_id]
    kwargs: dict[str, Any] = {}
    args: list[Any] = []
    for name, param in inspect.signature(method).parameters.items():
        if name in target.path_params:
            args.append(value if name == hostile_param else BENIGN)
        elif param.default is inspect.Parameter.empty:  # a required body or query parameter
            schema = entry["body"] if name == "body" else next(
                (p["schema"] for p in entry["parameters"] if p["name"] == name), None)
            kwargs[name] = _value(hints.get(name), schema)

    async def call() -> Any:
        result = method(*args, **kwargs)
        return await result  # a Paginator or a coroutine: both awaitable

    return call


def _template_regex(template: str) -> re.Pattern[str]:
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
    return re.compile(f"^/v1{pattern}$")


def mismatch(target: Target, hostile_param: str, value: Any, request: Request) -> str | None:
    """Why this request is not the operation it was meant to be, or None when it is."""
    if request.method != target.method:
        return f"method {request.method}"
    found = _template_regex(target.template).match(request.path)
    if found is None:
        return f"path {request.path[:80]}"
    for segment in found.groupdict().values():
        if unquote(segment) in (".", ".."):
            return f"dot segment in {request.path[:80]}"
    if isinstance(value, str) and unquote(found.group(hostile_param)) != value:
        return f"{hostile_param} arrived as {found.group(hostile_param)[:40]!r}"
    return None


async def path_parameters(env: Env, name: str, make_transport: TransportFactory) -> Row:
    cfg = env.config
    values = HOSTILE_VALUES[: cfg.path_values] if cfg.path_values else HOSTILE_VALUES

    def script(request: Request) -> Behaviour:
        return behaviours.error(404)

    async def work(tally: Tally) -> Extras:
        env.hostile.reset(script)
        transport = make_transport()
        client = make_client(env.hostile_url, api_token(), transport, cfg.limits(max_retries=0))
        reachable: set[str] = set()
        examples: list[str] = []
        sent = refused = 0
        all_targets = targets()
        try:
            for target in all_targets:
                for param in target.path_params:
                    for value in values:
                        seen = len(env.hostile.requests)
                        try:
                            call = call_for(client, target, param, value)
                        except Exception as exc:  # cannot even build the arguments: say so, never hide it
                            examples.append(f"{target.python_name}: no arguments ({type(exc).__name__})")
                            continue
                        await timed(tally, call, bound=cfg.deadline, cap=cfg.cap)
                        requests = env.hostile.requests[seen:]
                        sent += bool(requests)
                        refused += not requests
                        for request in requests:
                            why = mismatch(target, param, value, request)
                            if why is not None:
                                reachable.add(target.op_id)
                                if len(examples) < 4:
                                    examples.append(f"{target.python_name}({param}={value!r:.20}) -> "
                                                    f"{request.method} {why}")
            stuck = await stuck_connections(transport)
        finally:
            await client.aclose()
        notes = [f"{len(all_targets)} operations with path parameters, {len(values)} values: "
                 f"{sent} calls sent, {refused} refused before sending", *examples]
        return Extras(reachable=len(reachable), stuck=stuck, notes=notes)

    return await run_row("hostile path parameters", name, cfg.deadline, work)
