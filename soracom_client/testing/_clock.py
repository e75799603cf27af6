"""Time for the fake: real, or a manual clock that tests move by hand (no waiting)."""

from __future__ import annotations

import asyncio
import time
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


class ManualClock:
    """A clock that only moves when told to: `sleep` advances it instead of waiting."""

    def __init__(self, start: float = BASE_TIME) -> None:
        self._now = start
        self.slept: list[float] = []  # every sleep asked for, so tests can see injected latency

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock cannot go back")
        self._now += seconds

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.advance(seconds)
        await asyncio.sleep(0)  # still yield, like a real sleep would
