"""The whole-call deadline: one watch per event loop instead of one timer per call.

`asyncio.timeout` schedules and cancels a loop timer for every call; the cancelled timers stay in
the loop's heap until it runs again, and a call that never yields (a mock transport) piles them up:
it cost 10 to 28 µs a call, a fifth of the client's own time. Here a call only registers its task
and expiry in a dict; one timer per loop, set for the earliest expiry, cancels the tasks whose
deadline passed. Telling that cancellation apart from the caller's own is done as `asyncio.timeout`
does it, with the task's cancel count (Python 3.11+; the runner uses anyio's cancel scope on 3.10).

A client on a clock of its own (`Soracom(clock=...)`) has a watch per loop and clock, timed on that
clock: a `ManualClock` fires the deadline when virtual time passes it, however little real time did.
"""

from __future__ import annotations

import asyncio
import weakref
from asyncio import CancelledError
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._clock import Clock, timer_of

__all__ = ["CancelledError", "Entry", "Watch", "watch"]


@dataclass(eq=False, slots=True)
class Entry:
    task: asyncio.Task[object]
    expires: float  # on the watch's clock (the loop's, or the client's)
    cancelling: int  # the task's cancel requests when the call started
    fired: bool = field(default=False)

    def ours(self) -> bool:
        """After a CancelledError: True if it came from this deadline alone (then the task is uncancelled)."""
        return self.fired and self.task.uncancel() <= self.cancelling


class Watch:
    """The calls with a deadline running on one event loop."""

    def __init__(self, loop: asyncio.AbstractEventLoop, clock: Clock | None = None) -> None:
        self._loop = loop
        self._entries: set[Entry] = set()
        self._timer: Any = None  # a handle with cancel(): the loop's, or the clock's
        self._target = float("inf")
        self.time: Callable[[], float] = loop.time
        self._call_at: Callable[[float, Callable[[], None]], Any] = loop.call_at
        if clock is not None:
            self.time = clock.now
            own = timer_of(clock)
            self._call_at = own if own is not None else self._on_loop(clock)

    def _on_loop(self, clock: Clock) -> Callable[[float, Callable[[], None]], Any]:
        # A clock without timers runs at real speed: time its deadlines on the loop.
        def call_at(when: float, callback: Callable[[], None]) -> Any:
            return self._loop.call_at(self._loop.time() + (when - clock.now()), callback)

        return call_at

    def add(self, seconds: float) -> Entry:
        task = asyncio.current_task(self._loop)
        if task is None:
            raise RuntimeError("a call with a deadline must run in an asyncio task")
        entry = Entry(task, self.time() + seconds, task.cancelling())
        self._entries.add(entry)
        if entry.expires < self._target:
            self._schedule(entry.expires)
        return entry

    def discard(self, entry: Entry) -> None:
        # The timer stays (cancelling and setting one per call is what this avoids): when it fires
        # it finds nothing due and moves on to the next expiry, if any.
        self._entries.discard(entry)

    def _schedule(self, when: float) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._target = when
        self._timer = self._call_at(when, self._fire)

    def _fire(self) -> None:
        self._timer, self._target = None, float("inf")
        now = self.time()
        upcoming = float("inf")
        for entry in self._entries:
            if entry.fired:
                continue
            if entry.expires <= now:
                entry.fired = True
                entry.task.cancel("soracom-client: the call's deadline passed")
            else:
                upcoming = min(upcoming, entry.expires)
        if upcoming != float("inf"):
            self._schedule(upcoming)


_watches: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Watch] = weakref.WeakKeyDictionary()
# Watches of clients with a clock of their own: per loop, per clock.
_clocked: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[int, tuple[Clock, Watch]]] = (
    weakref.WeakKeyDictionary())
# The last loop's watch, looked up without a weak reference per call (almost every program has one loop).
_last: Watch | None = None


def watch(clock: Clock | None = None) -> Watch:
    """The watch of the running loop (and of `clock`, if the client has one)."""
    global _last
    loop = asyncio.get_running_loop()
    if clock is not None:
        watches = _clocked.setdefault(loop, {})
        known = watches.get(id(clock))
        if known is None or known[0] is not clock:
            known = watches[id(clock)] = (clock, Watch(loop, clock))
        return known[1]
    if _last is not None and _last._loop is loop:
        return _last
    found = _watches.get(loop)
    if found is None:
        found = _watches[loop] = Watch(loop)
    _last = found
    return found
