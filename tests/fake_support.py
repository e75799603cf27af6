"""Test helpers for FakeSoracom: an independent openapi.yaml check of every response it gives."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from soracom_client.testing import FakeSoracom
from soracom_client.testing._examples import instance, media_example
from soracom_client.testing._state import STANDBY_SUBSCRIPTIONS, SimRecord
from tests.support.spec import openapi

ROOT = Path(__file__).resolve().parents[1]
SPEC: dict[str, Any] = openapi()
# Compiled here, not taken from the fake: the check must not share the fake's code. The spec itself is not
# validated again here (a second each, in every xdist worker's collection): test_openapi_spec.py does that.
OPENAPI = OpenAPI.from_dict(SPEC, config=Config(spec_validator_cls=None))
OPERATIONS: dict[str, tuple[str, str]] = {
    op["operationId"]: (method.upper(), path) for path, item in SPEC["paths"].items() for method, op in item.items()
    if isinstance(op, dict) and "operationId" in op
}
# Spec defect kept as delivered: TestingUsage requires `usageLimits` but defines only `usageLimit`.
# The fake answers the way the API does (`usageLimit`), so validation reports exactly this.
KNOWN_SPEC_DEFECTS = {"getTestingUsage": "'usageLimits' is a required property"}
PAGINATED = {
    op["operationId"] for item in SPEC["paths"].values() for op in item.values()
    if isinstance(op, dict) and "x-soracom-cli-pagination" in op
}


def _regex(path: str) -> re.Pattern[str]:
    return re.compile("^/v1" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$")


# Literal segments win over templates, as in the spec's intent (/subscribers/export vs /subscribers/{imsi}).
_ROUTES = sorted(
    ((method, _regex(path), op_id, path.count("{")) for op_id, (method, path) in OPERATIONS.items()),
    key=lambda r: r[3],
)


def operation_of(request: httpx.Request) -> str | None:
    for method, regex, op_id, _ in _ROUTES:
        if method == request.method and regex.match(request.url.path):
            return op_id
    return None


class SpecViolation(AssertionError):
    pass


def mock_request(request: httpx.Request) -> MockRequest:
    """The request as openapi-core sees it."""
    return MockRequest(
        "https://api.soracom.io",
        request.method.lower(),
        request.url.path,
        args=dict(request.url.params.multi_items()),
        headers=dict(request.headers),
        data=request.content,
        content_type=request.headers.get("content-type", "application/json"),
    )


def violation(what: str, exc: Exception) -> SpecViolation:
    """openapi-core raises a family of errors (all mean "does not fit"); this one names what and why."""
    details = [e.message for e in getattr(exc.__cause__, "schema_errors", ()) or ()]
    return SpecViolation(f"{what}: {exc} {details}")


def validate(response: httpx.Response) -> None:
    """Raise SpecViolation if the response does not fit openapi.yaml for its request."""
    request = response.request
    mock = mock_request(request)
    mock_response = MockResponse(
        response.content,
        status_code=response.status_code,
        headers=dict(response.headers),
        content_type=response.headers.get("content-type", "application/json").split(";")[0],
    )
    try:
        OPENAPI.validate_response(mock, mock_response)
    except Exception as exc:
        raise violation(str(operation_of(request)), exc) from exc


@dataclass
class Recorder:
    """An httpx response hook: validates every response and records the operations answered with 2xx."""

    exercised: set[str] = field(default_factory=set)
    tolerate: dict[str, str] = field(default_factory=dict)  # operationId -> expected violation text

    async def __call__(self, response: httpx.Response) -> None:
        await response.aread()
        op_id = operation_of(response.request)
        if op_id is None:
            return  # /auth and token renewal are not in the spec
        try:
            validate(response)
        except SpecViolation as exc:
            expected = self.tolerate.get(op_id)
            if expected is None or expected not in str(exc):
                raise
        if response.is_success:
            self.exercised.add(op_id)


class Fleet:
    """Picks SIMs of the fake by what they are, deterministically (sorted by SIM ID)."""

    def __init__(self, fake: FakeSoracom) -> None:
        self.fake = fake

    def pick(self, cond: Callable[[SimRecord], bool]) -> SimRecord:
        return next(s for s in sorted(self.fake.state.owned(self.fake.operator_id), key=lambda s: s.sim_id)
                    if cond(s))

    def online(self) -> SimRecord:
        return self.pick(lambda s: s.online)

    def sms_sim(self) -> SimRecord:
        return self.pick(lambda s: s.sms and s.status == "active")

    def ready(self) -> SimRecord:
        return self.pick(lambda s: s.status == "ready" and s.primary.subscription in STANDBY_SUBSCRIPTIONS
                         and not s.testing)

    @property
    def now_ms(self) -> int:
        return int(self.fake.clock.now() * 1000)


@dataclass
class SpecRequest:
    """A valid request for one operation, built from openapi.yaml alone (for operations no test drives by hand)."""

    method: str
    path: str  # relative to /v1, parameters filled in
    path_params: dict[str, str]
    query: dict[str, Any]
    body: Any  # None: no body


def spec_request(op_id: str, fleet: Fleet, spec: dict[str, Any] | None = None) -> SpecRequest:
    """SIM IDs and IMSIs come from the fleet (an online SIM); every other value is the smallest valid one."""
    spec = spec or SPEC
    found = [(path, item, method, op) for path, item in spec["paths"].items() for method, op in item.items()
             if isinstance(op, dict) and op.get("operationId") == op_id]
    if not found:
        raise KeyError(op_id)
    path, item, method, op = found[0]
    sim = fleet.online()
    known = {"sim_id": sim.sim_id, "imsi": sim.primary.imsi}
    params = [*item.get("parameters", []), *op.get("parameters", [])]
    path_params: dict[str, str] = {}
    query: dict[str, Any] = {}
    for param in params:
        name, where = param["name"], param["in"]
        if where == "path":
            path_params[name] = known.get(name) or str(instance(param.get("schema", {}), spec, examples=False)) or "x"
        elif where == "query" and param.get("required"):
            query[name] = instance(param.get("schema", {}), spec, examples=False)
    body = None
    content = (op.get("requestBody") or {}).get("content") or {}
    if "application/json" in content:
        body = media_example(content["application/json"], spec, examples=False)
    return SpecRequest(method.upper(), path.format(**path_params), path_params, query, body)
