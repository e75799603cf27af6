"""The clock a client waits on: real time by default, or one a test moves (`Soracom(clock=...)`).

Every wait of the client (retry backoff, `Retry-After`, rate-limit refreshes, bulk pauses, the
whole-call deadline, token validity) reads and sleeps on the client's clock. A clock is anything
with `now()` (seconds; only differences matter) and `async sleep(seconds)`. With
`soracom_client.testing.ManualClock`, the fake's clock, sleeping moves virtual time instead of
waiting, so a test with faults runs in milliseconds and the fake sees time pass as it would.

A clock may also offer `call_at(when, callback)` returning a handle with `cancel()`: the deadline
then fires on it (ManualClock does, when time is moved past `when`). A clock without it is taken
to run at real speed, and its deadlines are timed by the event loop.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    import asyncio

__all__ = ["Clock", "MonotonicClock", "check_clock", "wait_event"]


@runtime_checkable
class Clock(Protocol):
    """What a Soracom client needs from time: the current time in seconds, and a way to wait."""

    def now(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class MonotonicClock:
    """Real time: `time.monotonic` and `asyncio.sleep` (what a client uses when given no clock)."""

    def now(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        import asyncio  # imported on use: `import soracom_client` stays free of asyncio's import cost

        await asyncio.sleep(seconds)

    def __repr__(self) -> str:
        return "MonotonicClock()"


def check_clock(clock: object) -> Clock | None:
    if clock is not None and not isinstance(clock, Clock):
        raise TypeError(f"clock: must have now() and async sleep(seconds), got {type(clock).__name__}")
    return clock


def timer_of(clock: Clock) -> Callable[[float, Callable[[], None]], Any] | None:
    """The clock's own `call_at(when, callback)`, if it has one."""
    call_at = getattr(clock, "call_at", None)
    return call_at if callable(call_at) else None


async def wait_event(event: asyncio.Event, seconds: float, clock: Clock) -> None:
    """Until `event` is set; `TimeoutError` once `seconds` passed on `clock` (on its own timers if it has
    them, else on the loop's: a clock without timers runs at real speed)."""
    import asyncio

    call_at = timer_of(clock)
    if call_at is None:
        await asyncio.wait_for(event.wait(), seconds)
        return
    expired: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def expire() -> None:
        if not expired.done():
            expired.set_result(None)

    timer = call_at(clock.now() + seconds, expire)
    waiter: asyncio.Future[Any] = asyncio.ensure_future(event.wait())
    try:
        await asyncio.wait({waiter, expired}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        timer.cancel()
        waiter.cancel()
        expired.cancel()
    if not event.is_set():
        raise asyncio.TimeoutError
