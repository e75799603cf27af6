"""Time for the fake: real, or a manual clock that tests move by hand (no waiting)."""

from __future__ import annotations

import asyncio
import heapq
import threading
import time
from collections.abc import Callable
from typing import Protocol

# 2025-09-01T00:00:00Z: seeded history lies before it, so data does not depend on when tests run.
BASE_TIME = 1_756_684_800.0


class Clock(Protocol):
    """What the fake needs from time: the current epoch seconds and a way to wait."""

    def now(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class SystemClock:
    """Wall-clock time; used when the fake runs as a real server."""

    def now(self) -> float:
        return time.time()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


# Loop turns a sleeping ManualClock gives the tasks a timer woke before it moves time further.
_SETTLE = 10


class ManualClock:
    """A clock that only moves when told to: `sleep` advances it instead of waiting.

    Give it to a client too (`Soracom(..., clock=fake.clock)`, or the `soracom` fixture) and every wait
    of the client moves this virtual time: a retry after a 60 s rate-limit refresh takes no real time,
    and the fake sees the minute pass. `call_at` timers (the client's deadlines) fire when time is moved
    past them, by `advance` or by a `sleep`. Safe to share with a `FakeServer` thread.
    """

    def __init__(self, start: float = BASE_TIME) -> None:
        self._now = start
        self.slept: list[float] = []  # every sleep asked for (the fake's latency, the client's waits)
        self._timers: list[tuple[float, int, _Timer]] = []
        self._seq = 0
        self._lock = threading.Lock()

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        """Move time forward by `seconds`, firing the timers that come due."""
        if seconds < 0:
            raise ValueError("a clock cannot go back")
        with self._lock:
            target = self._now + seconds
        self.advance_to(target)

    def advance_to(self, when: float) -> None:
        """Move time forward to `when` (nothing happens if it has passed), firing the timers that come due."""
        while True:
            with self._lock:
                due = self._next_timer()
                if due > when:
                    self._now = max(self._now, when)
                    return
                self._now = max(self._now, due)  # a timer sees the time it was set for
                _, _, timer = heapq.heappop(self._timers)
            timer.run()

    def _next_timer(self) -> float:
        """When the earliest live timer is due (inf: none); drops cancelled ones. Called holding the lock."""
        timers = self._timers
        while timers and timers[0][2].cancelled:
            heapq.heappop(timers)
        return timers[0][0] if timers else float("inf")

    async def sleep(self, seconds: float) -> None:
        """Return once virtual time reached now + `seconds`, moving it there; no real waiting."""
        self.slept.append(seconds)
        target = self._now + max(0.0, seconds)
        # Yield first, as a real sleep would: tasks that start waiting at the same moment wait together
        # (the clock moves to the latest of their ends once, not by the sum of their waits). Then move
        # timer by timer, yielding to each, so a deadline passing meanwhile cancels the sleep at its time.
        await asyncio.sleep(0)
        while self._now < target:
            with self._lock:
                step = min(target, self._next_timer())
            self.advance_to(step)
            # A timer fired: let what it wakes run (a callback, the future it sets, the task that awaits
            # it take a few loop turns) before time moves on, as it would while real time passes.
            for _ in range(_SETTLE if step < target else 1):
                await asyncio.sleep(0)

    def call_at(self, when: float, callback: Callable[[], object]) -> _Timer:
        """Run `callback` once time reaches `when` (in the event loop that asked, if any)."""
        try:
            loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        timer = _Timer(callback, loop)
        with self._lock:
            self._seq += 1
            heapq.heappush(self._timers, (when, self._seq, timer))
        if when <= self._now:
            self.advance_to(self._now)
        return timer

    def __repr__(self) -> str:
        return f"ManualClock(now={self._now!r})"


class _Timer:
    """A pending `ManualClock.call_at`: `cancel()` it to drop it."""

    __slots__ = ("_callback", "_loop", "cancelled")

    def __init__(self, callback: Callable[[], object], loop: asyncio.AbstractEventLoop | None) -> None:
        self._callback = callback
        self._loop = loop
        self.cancelled: bool = False

    def cancel(self) -> None:
        self.cancelled = True

    def run(self) -> None:
        if self.cancelled:
            return
        loop = self._loop
        if loop is None:
            self._callback()
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            loop.call_soon(self._fire)  # as a loop timer would: not inside whoever moved the clock
        elif not loop.is_closed():
            loop.call_soon_threadsafe(self._fire)  # moved from another thread (e.g. a FakeServer's)

    def _fire(self) -> None:
        if not self.cancelled:
            self._callback()
