"""Helpers for the integration tests: the facade over real loopback HTTP, every exchange checked
against openapi.yaml (requests and responses) with the independent openapi-core check of
fake_support."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
from fake_support import OPENAPI, SPEC, SpecViolation, operation_of, validate
from openapi_core.testing import MockRequest

from soracom_client import Soracom
from soracom_client.generated.api.sim import list_sims as list_sims_op
from soracom_client.testing import FakeSoracom
from soracom_client.testing._state import STANDBY_SUBSCRIPTIONS, SimRecord

# Spec defect kept as delivered: TestingUsage requires `usageLimits` but defines only `usageLimit`.
# The fake answers the way the API does (`usageLimit`), so validation reports exactly this.
KNOWN_SPEC_DEFECTS = {"getTestingUsage": "'usageLimits' is a required property"}

_METHOD_PATH = {
    op["operationId"]: (method, path) for path, item in SPEC["paths"].items() for method, op in item.items()
}


def documented_statuses(op_id: str) -> set[int]:
    method, path = _METHOD_PATH[op_id]
    return {int(code) for code in SPEC["paths"][path][method]["responses"]}


def validate_request(request: httpx.Request) -> None:
    """Raise SpecViolation if the request does not fit openapi.yaml (parameters, body, security)."""
    mock_request = MockRequest(
        "https://api.soracom.io",
        request.method.lower(),
        request.url.path,
        args=dict(request.url.params.multi_items()),
        headers=dict(request.headers),
        data=request.content,
        content_type=request.headers.get("content-type", "application/json"),
    )
    try:
        OPENAPI.validate_request(mock_request)
    except Exception as exc:  # openapi-core raises a family of errors; all mean "does not fit"
        cause = exc.__cause__
        details = [e.message for e in getattr(cause, "schema_errors", ()) or ()]
        raise SpecViolation(f"request of {operation_of(request)}: {exc} {details}") from exc


@dataclass
class Exchange:
    op_id: str
    method: str
    path: str
    status: int


@dataclass
class SpecRecorder:
    """httpx event hooks: validate every request and response of a spec operation against openapi.yaml.

    Responses with a status the spec does not document for the operation (a 429 from the rate
    limiter, say) cannot be validated; they are recorded in `undocumented` and must carry the
    `{code, message}` error body. Violations are collected (and raised from the hook, too).
    """

    exercised: set[str] = field(default_factory=set)
    exchanges: list[Exchange] = field(default_factory=list)
    undocumented: list[Exchange] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    tolerate: dict[str, str] = field(default_factory=lambda: dict(KNOWN_SPEC_DEFECTS))

    def hooks(self) -> dict[str, list[Any]]:
        return {"request": [self.on_request], "response": [self.on_response]}

    def client(self) -> httpx.AsyncClient:
        """A pool for `Soracom(http_client=...)` that reports to this recorder."""
        return httpx.AsyncClient(event_hooks=self.hooks(), timeout=10.0)

    def _fail(self, message: str) -> None:
        self.violations.append(message)
        raise SpecViolation(message)

    async def on_request(self, request: httpx.Request) -> None:
        if operation_of(request) is None:
            return  # /auth and token renewal are not in the spec
        try:
            validate_request(request)
        except SpecViolation as exc:
            self._fail(str(exc))

    async def on_response(self, response: httpx.Response) -> None:
        await response.aread()
        op_id = operation_of(response.request)
        if op_id is None:
            return
        exchange = Exchange(op_id, response.request.method, response.request.url.path, response.status_code)
        self.exchanges.append(exchange)
        if response.status_code not in documented_statuses(op_id):
            self.undocumented.append(exchange)
            body = response.json()
            if not (isinstance(body, dict) and {"code", "message"} <= set(body)):
                self._fail(f"{op_id}: undocumented {response.status_code} without an error body: {body!r}")
            return
        try:
            validate(response)
        except SpecViolation as exc:
            expected = self.tolerate.get(op_id)
            if expected is None or expected not in str(exc):
                self._fail(str(exc))
        if response.is_success:
            self.exercised.add(op_id)

    def statuses(self, op_id: str) -> list[int]:
        return [e.status for e in self.exchanges if e.op_id == op_id]


async def walk_sims(soracom: Soracom, limit: int = 100) -> AsyncIterator[Any]:
    """Every SIM: `async for` on what list_sims returns when it supports it (auto-pagination), else
    pages walked by hand with the generated operation and the `x-soracom-next-key` header."""
    listing: Any = soracom.sim.list_sims(limit=limit)
    if hasattr(listing, "__aiter__"):
        async for sim in listing:
            yield sim
        return
    listing.close()  # a plain coroutine (first page only): walk the pages ourselves
    key: str | None = None
    while True:
        kwargs: dict[str, Any] = {"client": soracom.client, "limit": limit}
        if key:
            kwargs["last_evaluated_key"] = key
        response = await list_sims_op.asyncio_detailed(**kwargs)
        if response.status_code != 200 or response.parsed is None:
            raise AssertionError(f"GET /sims answered {response.status_code}")
        for sim in response.parsed:  # type: ignore[union-attr]
            yield sim
        key = response.headers.get("x-soracom-next-key")
        if not key:
            return


class Fleet:
    """Picks SIMs of the fake by what they are, deterministically (sorted by SIM ID)."""

    def __init__(self, fake: FakeSoracom) -> None:
        self.fake = fake

    def pick(self, cond: Any) -> SimRecord:
        owned = sorted(self.fake.state.owned(self.fake.operator_id), key=lambda s: s.sim_id)
        return next(s for s in owned if cond(s))

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
