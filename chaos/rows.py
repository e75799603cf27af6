"""One row of the chaos table: a scenario on one transport, what it measured and which invariants broke."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from .measure import MARGIN, Snapshot, Tally, peak_rss_mib, reset_peak_rss, settle_fds

# Descriptors a scenario may leave open for a while (e.g. a logger's file, a cache): beyond this, a leak.
FD_SLACK = 2
CLEAN_CALLS = 100


# Transports the client offers whose own pool is known to keep connections of cancelled requests:
# reported in the table, not counted against the client (the clean calls after each storm still are).
STUCK_UPSTREAM = {
    "httpx": "httpx's own pool (httpcore 1.0.9) keeps connections of cancelled requests busy: "
             "encode/httpcore#1093, open; not the default transport",
}


@dataclass
class Extras:
    """What a scenario measures beyond call outcomes; None means "does not apply" (shown as -)."""

    duplicates: int | None = None
    stuck: int | None = None
    credentials_leaked: int | None = None
    clean: list[int] | None = None  # successes out of CLEAN_CALLS after each storm round
    reachable: int | None = None  # operations reachable through a path parameter
    notes: list[str] = field(default_factory=list)


@dataclass
class Row:
    scenario: str
    transport: str
    calls: int
    ok: int
    typed: int
    untyped: int
    duplicates: int | None
    stuck: int | None
    fds_before: int
    fds_after: int
    rss_before: float
    rss_after: float
    rss_peak: float
    longest: float
    deadline: float
    over: int
    credentials_leaked: int | None
    clean: list[int] | None
    reachable: int | None
    seconds: float
    reference: bool = False  # plain httpx: shown for comparison, not held to the invariants
    errors: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def failures(self) -> list[str]:
        """The invariants of the issue this row breaks (empty: it holds them all)."""
        broken = []
        if self.untyped:
            broken.append(f"{self.untyped} untyped errors")
        if self.duplicates:
            broken.append(f"{self.duplicates} duplicated side effects")
        if self.stuck and self.transport not in STUCK_UPSTREAM:
            broken.append(f"{self.stuck} stuck connections")
        if self.credentials_leaked:
            broken.append(f"{self.credentials_leaked} credentials sent to another host")
        if self.reachable:
            broken.append(f"{self.reachable} operations reachable through a path parameter")
        if self.clean is not None and any(n < CLEAN_CALLS for n in self.clean):
            broken.append(f"clean calls after storms: {self.clean} (each must be {CLEAN_CALLS})")
        if self.over:
            broken.append(f"{self.over} calls longer than the deadline {self.deadline:g} s + {MARGIN:g} s")
        if self.fds_after > self.fds_before + FD_SLACK:
            broken.append(f"descriptors {self.fds_before} -> {self.fds_after}")
        return broken

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["failures"] = self.failures()
        return data


Work = Callable[[Tally], Awaitable[Extras]]


async def run_row(scenario: str, transport: str, deadline: float, work: Work, *, reference: bool = False,
                  typed_base: tuple[type[BaseException], ...] | None = None) -> Row:
    before = Snapshot.take()
    reset_peak_rss()
    tally = Tally() if typed_base is None else Tally(typed_base=typed_base)
    started = time.monotonic()
    extras = await work(tally)
    seconds = time.monotonic() - started
    peak = peak_rss_mib()
    fds_after = await settle_fds(before.fds + FD_SLACK)
    after = Snapshot.take()
    notes = list(extras.notes)
    notes += [f"untyped: {example}" for example in tally.untyped_examples]
    if extras.stuck and transport in STUCK_UPSTREAM:
        notes.append(f"{extras.stuck} stuck: {STUCK_UPSTREAM[transport]}")
    return Row(scenario=scenario, transport=transport, calls=tally.calls, ok=tally.ok, typed=tally.typed,
               untyped=tally.untyped, duplicates=extras.duplicates, stuck=extras.stuck, fds_before=before.fds,
               fds_after=fds_after, rss_before=round(before.rss, 1), rss_after=round(after.rss, 1),
               rss_peak=round(peak, 1), longest=round(tally.longest, 2), deadline=deadline, over=tally.over,
               credentials_leaked=extras.credentials_leaked, clean=extras.clean, reachable=extras.reachable,
               seconds=round(seconds, 2), reference=reference, errors=dict(tally.kinds), notes=notes)
