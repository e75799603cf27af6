"""How operation handlers are declared: one async function per operationId."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._clock import Clock
from ._errors import FakeApiError
from ._pagination import Paged
from ._state import FakeState, SimRecord


@dataclass
class Call:
    """One validated request, as a handler sees it."""

    state: FakeState
    clock: Clock
    operator_id: str
    path: Mapping[str, str]
    query: Mapping[str, str]
    body: Any

    @property
    def now_ms(self) -> int:
        return int(self.clock.now() * 1000)

    def sim(self, sim_id: str | None = None) -> SimRecord:
        """The caller's SIM named in the path (404 for SIMs of other operators too)."""
        sim = self.state.sims.get(sim_id or self.path["sim_id"])
        if sim is None or sim.operator_id != self.operator_id:
            raise FakeApiError("SEM0001")
        return sim

    def subscriber(self, imsi: str | None = None) -> SimRecord:
        imsi = imsi or self.path["imsi"]
        sim = self.state.sims.get(self.state.by_imsi.get(imsi, ""))
        if sim is None or sim.operator_id != self.operator_id or imsi not in sim.lines:
            raise FakeApiError("SEM0002")
        return sim

    def body_dict(self) -> dict[str, Any]:
        return self.body if isinstance(self.body, dict) else {}

    def int_query(self, name: str) -> int | None:
        value = self.query.get(name)
        return int(value) if value not in (None, "") else None


@dataclass
class Reply:
    body: Any = None
    status: int | None = None  # None: the operation's success status from the spec
    content_type: str = "application/json"
    raw: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)


Result = Reply | Paged | Any
Handler = Callable[[Call], Awaitable[Result]]
HANDLERS: dict[str, Handler] = {}


def operation(operation_id: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        if operation_id in HANDLERS:
            raise RuntimeError(f"two handlers for {operation_id}")
        HANDLERS[operation_id] = handler
        return handler

    return register
