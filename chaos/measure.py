"""What a scenario measures: outcomes of calls, their durations, memory, descriptors, connections left."""

from __future__ import annotations

import asyncio
import gc
import os
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from soracom_client.errors import SoracomError

# A call may overrun its deadline by this much (scheduling, closing the connection) and still count.
MARGIN = 0.5


@dataclass
class Tally:
    """Outcomes of the calls of one scenario row."""

    # What counts as a typed error: SoracomError for the client, httpx.HTTPError for the httpx reference.
    typed_base: tuple[type[BaseException], ...] = (SoracomError,)
    calls: int = 0
    ok: int = 0
    typed: int = 0
    untyped: int = 0
    cancelled: int = 0  # cancelled on purpose by the scenario (storms)
    over: int = 0  # longer than deadline + MARGIN, or cut by the harness cap
    longest: float = 0.0
    kinds: Counter[str] = field(default_factory=Counter)  # error type -> count
    untyped_examples: list[str] = field(default_factory=list)

    def record_error(self, exc: BaseException) -> None:
        name = type(exc).__name__
        self.kinds[name] += 1
        if isinstance(exc, self.typed_base):
            self.typed += 1
        else:
            self.untyped += 1
            if len(self.untyped_examples) < 3:
                self.untyped_examples.append(f"{name}: {str(exc)[:120]}")


async def timed(tally: Tally, call: Callable[[], Awaitable[Any]], *, bound: float, cap: float) -> Any:
    """Run one call, classify its outcome; cut it at `cap` seconds (counted as over its bound).

    Returns the call's result, or None when it failed.
    """
    tally.calls += 1
    started = time.monotonic()
    task = asyncio.ensure_future(call())
    try:
        done, _ = await asyncio.wait({task}, timeout=cap)
    except asyncio.CancelledError:  # the scenario cancels this call (a storm)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        tally.cancelled += 1
        raise
    elapsed = time.monotonic() - started
    tally.longest = max(tally.longest, elapsed)
    if not done:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        tally.over += 1
        tally.kinds["hung (cut by the harness)"] += 1
        return None
    if elapsed > bound + MARGIN:
        tally.over += 1
    if task.cancelled():  # nobody here cancelled it: a cancellation escaped the client
        tally.record_error(asyncio.CancelledError("a CancelledError escaped the call"))
        return None
    exc = task.exception()
    if exc is not None:
        tally.record_error(exc)
        return None
    tally.ok += 1
    return task.result()


# -- the process --


def open_fds() -> int:
    try:
        return len(os.listdir("/proc/self/fd"))
    except OSError:
        return -1


def _status_kib(field_name: str) -> int:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field_name + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return -1


def rss_mib() -> float:
    return _status_kib("VmRSS") / 1024


def peak_rss_mib() -> float:
    return _status_kib("VmHWM") / 1024


def reset_peak_rss() -> None:
    """Make VmHWM start again from the current RSS (Linux: writing 5 to clear_refs)."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        pass


@dataclass
class Snapshot:
    fds: int
    rss: float

    @classmethod
    def take(cls) -> Snapshot:
        gc.collect()
        return cls(open_fds(), rss_mib())


async def settle_fds(target: int, seconds: float = 2.0) -> int:
    """Descriptors now, after waiting up to `seconds` for closing sockets to reach `target`."""
    end = time.monotonic() + seconds
    while True:
        gc.collect()
        fds = open_fds()
        if fds <= target or time.monotonic() >= end:
            return fds
        await asyncio.sleep(0.05)


def busy_connections(transport: httpx.AsyncBaseTransport | None) -> int | None:
    """Connections of the transport still in use (checked out, mid-request), or None if not measurable."""
    if transport is None:
        return None
    connections = getattr(transport, "connections", None)
    if isinstance(connections, tuple) and len(connections) == 2:  # LanePoolTransport: (idle, busy)
        return int(connections[1])
    pool = getattr(transport, "_pool", None)  # httpx.AsyncHTTPTransport -> httpcore pool
    session = getattr(pool, "_session", None)  # AiohttpPoolTransport: its aiohttp session's connector
    acquired = getattr(getattr(session, "connector", None), "_acquired", None)
    if acquired is not None:
        return len(acquired)
    if pool is not None and hasattr(pool, "connections"):
        try:
            return sum(1 for c in pool.connections if not c.is_idle() and not c.is_closed())
        except Exception:
            return None
    client = getattr(transport, "client", None)  # httpx-aiohttp: the aiohttp session's connector
    connector = getattr(client, "connector", None)
    acquired = getattr(connector, "_acquired", None)
    if acquired is not None:
        return len(acquired)
    return None


async def stuck_connections(transport: httpx.AsyncBaseTransport | None, settle: float = 0.5) -> int | None:
    """Connections still in use once every call has ended, after up to `settle` seconds for closes under way."""
    end = time.monotonic() + settle
    while True:
        busy = busy_connections(transport)
        if not busy or time.monotonic() >= end:
            return busy
        await asyncio.sleep(0.02)
