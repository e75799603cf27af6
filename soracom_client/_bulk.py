"""`Soracom.bulk`: run one async call per item with bounded concurrency, collecting every outcome.

- At most `concurrency` calls run at once; outcomes come back in input order, one per item.
- A failure is recorded as that item's outcome and never stops the others.
- Rate limits are shared: while a bulk run is active, a 429 or `X-Soracom-Ratelimit-Remaining: 0`
  on an API path (method + path template, as Soracom counts them) closes a gate for that path
  until the refresh time the server gave, and every call of the run waits at that gate before
  sending, instead of each retrying on its own schedule. A call answered 429 is re-sent once the
  gate opens; this does not use up its retries (up to `_runtime.MAX_RATE_LIMITED` times).
- `stop` (an `asyncio.Event`): once set, no new item starts; calls in flight finish (cancelling
  a call already sent could leave its effect unknown) and `bulk` returns what finished, the rest
  marked not started. Cancelling the task that awaits `bulk` follows asyncio's rules: the calls
  in flight are cancelled and `CancelledError` propagates.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

import httpx

from ._runtime import MAX_BULK_PAUSE, bulk_gates

if TYPE_CHECKING:
    import asyncio

    from ._clock import Clock

T = TypeVar("T")
R = TypeVar("R")

# A server-given wait longer than MAX_PAUSE is not waited for (as in _retry.MAX_SERVER_WAIT); a call
# may be answered 429 and re-sent after the gate opens MAX_RATE_LIMITED times without using a retry.
MAX_PAUSE = MAX_BULK_PAUSE

# Looked up at call time, so tests can run the gates on a fake clock (no test waits for real). A client
# with a clock of its own (`Soracom(clock=...)`) waits on that clock instead.
async def sleep(seconds: float) -> None:
    import asyncio  # imported on use: `import soracom_client` stays free of asyncio's import cost

    await asyncio.sleep(seconds)


clock = time.monotonic


class PathGates:
    """Per-path pauses shared by the calls of one bulk run."""

    def __init__(self) -> None:
        self._until: dict[str, float] = {}
        self.pauses = 0

    async def wait(self, key: str, on: Clock | None = None) -> None:
        while True:
            until = self._until.get(key)
            if until is None:
                return
            now = clock() if on is None else on.now()
            if until <= now:
                self._until.pop(key, None)
                return
            await (sleep(until - now) if on is None else on.sleep(until - now))

    def observe(self, key: str, response: httpx.Response, on: Clock | None = None) -> float | None:
        """Close the gate of `key` if the answer says the path's budget is spent; the pause, or None."""
        headers = response.headers
        if response.status_code != 429 and headers.get("X-Soracom-Ratelimit-Remaining") != "0":
            return None
        pause = _seconds(headers.get("X-Soracom-Ratelimit-Seconds-Before-Refresh"))
        if pause is None:
            pause = _seconds(headers.get("Retry-After"))
        if pause is None:
            pause = 1.0
        if pause > MAX_PAUSE:
            return pause
        until = (clock() if on is None else on.now()) + pause
        current = self._until.get(key)  # not a default of 0.0: a clock may read 0 or below
        if current is None or until > current:
            self._until[key] = until
            self.pauses += 1
        return pause


def _seconds(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


@dataclass(frozen=True)
class Outcome(Generic[T, R]):
    """What became of one item: `status` is "ok" (see `result`), "error" (see `error`) or "not_started"."""

    item: T
    status: Literal["ok", "error", "not_started"]
    result: R | None = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"


@dataclass(frozen=True)
class Progress:
    done: int  # finished, successfully or not
    failed: int
    total: int
    rate: float  # finished calls per second so far


class BulkResult(Sequence[Outcome[T, R]]):
    """The outcomes of a bulk run, in input order."""

    def __init__(self, outcomes: list[Outcome[T, R]], stopped: bool, elapsed: float, rate_limit_pauses: int) -> None:
        self.outcomes = outcomes
        self.stopped = stopped
        self.elapsed = elapsed
        self.rate_limit_pauses = rate_limit_pauses

    @overload
    def __getitem__(self, index: int) -> Outcome[T, R]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Outcome[T, R]]: ...
    def __getitem__(self, index: int | slice) -> Outcome[T, R] | Sequence[Outcome[T, R]]:
        return self.outcomes[index]

    def __len__(self) -> int:
        return len(self.outcomes)

    def __iter__(self) -> Iterator[Outcome[T, R]]:
        return iter(self.outcomes)

    @property
    def results(self) -> list[R | None]:
        """Each item's result (None where it failed or did not start)."""
        return [o.result for o in self.outcomes]

    @property
    def errors(self) -> list[tuple[T, BaseException]]:
        return [(o.item, o.error) for o in self.outcomes if o.error is not None]

    @property
    def succeeded(self) -> int:
        return sum(1 for o in self.outcomes if o.status == "ok")

    @property
    def failed(self) -> int:
        return sum(1 for o in self.outcomes if o.status == "error")

    @property
    def not_started(self) -> int:
        return sum(1 for o in self.outcomes if o.status == "not_started")

    def __repr__(self) -> str:
        return (f"BulkResult(total={len(self)}, succeeded={self.succeeded}, failed={self.failed}, "
                f"not_started={self.not_started}, stopped={self.stopped}, elapsed={self.elapsed:.3f})")


async def run_bulk(fn: Callable[[T], Awaitable[R]], items: Iterable[T], *, concurrency: int = 10,
                   on_progress: Callable[[Progress], Any] | None = None,
                   stop: asyncio.Event | None = None, clock: Clock | None = None) -> BulkResult[T, R]:
    import asyncio

    # `elapsed` and `rate` on the client's clock, if it has one (virtual time with a ManualClock).
    timer = time.perf_counter if clock is None else clock.now

    if concurrency < 1:
        raise ValueError(f"concurrency: must be >= 1, got {concurrency}")
    todo = list(items)
    outcomes: list[Outcome[T, R]] = [Outcome(item, "not_started") for item in todo]
    pending = iter(enumerate(todo))
    gates = PathGates()
    started = timer()
    done = failed = 0

    async def worker() -> None:
        nonlocal done, failed
        for index, item in pending:
            if stop is not None and stop.is_set():
                return
            try:
                outcomes[index] = Outcome(item, "ok", result=await fn(item))
            except Exception as exc:
                outcomes[index] = Outcome(item, "error", error=exc)
                failed += 1
            done += 1
            if on_progress is not None:
                elapsed = timer() - started
                on_progress(Progress(done, failed, len(todo), done / elapsed if elapsed > 0 else 0.0))

    token = bulk_gates.set(gates)
    try:
        # Tasks copy the current context, so every call made by `fn` sees this run's gates.
        workers = [asyncio.ensure_future(worker()) for _ in range(min(concurrency, len(todo)))]
    finally:
        bulk_gates.reset(token)
    try:
        if workers:
            await asyncio.gather(*workers)
    except BaseException:
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        raise
    stopped = stop is not None and stop.is_set() and any(o.status == "not_started" for o in outcomes)
    return BulkResult(outcomes, stopped, timer() - started, gates.pauses)
