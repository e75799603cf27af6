"""Helpers for the integration tests: the facade over real loopback HTTP, every exchange checked
against openapi.yaml (requests and responses) with the independent openapi-core check of
fake_support."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
from fake_support import (
    KNOWN_SPEC_DEFECTS,
    OPENAPI,
    OPERATIONS,
    SPEC,
    Fleet,
    SpecViolation,
    mock_request,
    operation_of,
    validate,
    violation,
)

from soracom_client import Soracom

__all__ = ["Fleet", "SpecRecorder", "documented_statuses", "validate_request", "walk_sims"]


def documented_statuses(op_id: str) -> set[int]:
    method, path = OPERATIONS[op_id]
    return {int(code) for code in SPEC["paths"][path][method.lower()]["responses"]}


def validate_request(request: httpx.Request) -> None:
    """Raise SpecViolation if the request does not fit openapi.yaml (parameters, body, security)."""
    try:
        OPENAPI.validate_request(mock_request(request))
    except Exception as exc:
        raise violation(f"request of {operation_of(request)}", exc) from exc


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
    # The body of the last 2xx answer of each operation, to check what the client parsed from it.
    answered: dict[str, bytes] = field(default_factory=dict)
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
            self.answered[op_id] = response.content

    def statuses(self, op_id: str) -> list[int]:
        return [e.status for e in self.exchanges if e.op_id == op_id]


async def walk_sims(soracom: Soracom, limit: int = 100) -> AsyncIterator[Any]:
    """Every SIM, through list_sims' auto-pagination (`async for`): no hand-paging fallback, so losing
    auto-pagination fails the integration tests that walk the fleet."""
    async for sim in soracom.sim.list_sims(limit=limit):
        yield sim

