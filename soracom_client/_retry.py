"""When to retry, and how long to wait first.

Backoff is 0.5 s doubling, capped at 8 s, each wait shortened by up to a quarter
at random (jitter) so that clients that failed together do not retry together.
A server-given wait (`Retry-After`, or on a 429 `X-Soracom-Ratelimit-Seconds-Before-Refresh`)
is used as given up to 60 s; a longer one is not waited for at all.

`sleep`, `random` and `wall_clock` are looked up on this module at call time so that
tests can patch them: no test waits for real.
"""

from __future__ import annotations

import email.utils
import random as _random
import time
from dataclasses import dataclass

import httpx

from ._retry_table import Repeat

BASE_DELAY = 0.5
MAX_DELAY = 8.0
MAX_SERVER_WAIT = 60.0

async def sleep(seconds: float) -> None:
    import asyncio  # imported on use: `import soracom_client` stays free of asyncio's import cost

    await asyncio.sleep(seconds)


random = _random.random
wall_clock = time.time


@dataclass(frozen=True, slots=True)
class Decision:
    retry: bool
    delay: float
    reason: str
    # The server asked for a wait longer than MAX_SERVER_WAIT.
    wait_too_long: bool = False


def backoff(attempt: int) -> float:
    """The wait before retry number `attempt + 1` (attempt counts from 0)."""
    delay = min(MAX_DELAY, BASE_DELAY * 2.0**attempt)
    return delay * (1.0 - 0.25 * random())


def server_wait(response: httpx.Response) -> float | None:
    """Seconds the server asks us to wait, from Retry-After (seconds or HTTP date) or Soracom's rate-limit header."""
    value = response.headers.get("Retry-After")
    if value is not None:
        value = value.strip()
        try:
            return max(0.0, float(value))
        except ValueError:
            try:
                when = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError):
                when = None
            if when is not None:
                return max(0.0, when.timestamp() - wall_clock())
    if response.status_code == 429:
        refresh = response.headers.get("X-Soracom-Ratelimit-Seconds-Before-Refresh")
        if refresh is not None:
            try:
                return max(0.0, float(refresh))
            except ValueError:
                return None
    return None


def after_response(response: httpx.Response, *, repeat: Repeat, attempt: int, max_retries: int) -> Decision:
    """Whether to retry after an error status. 429 means not processed, so every operation may retry it."""
    status = response.status_code
    if status == 429:
        why = "429 (rate limited: not processed)"
    elif status == 408 or status >= 500:
        if repeat is not Repeat.REPEATABLE:
            return Decision(False, 0.0, f"{status} on an operation that must not run twice: it may have been processed")
        why = f"{status} on a repeatable operation"
    else:
        return Decision(False, 0.0, f"{status} is not retried")
    wait = server_wait(response)
    if wait is not None and wait > MAX_SERVER_WAIT:
        reason = f"{why}, server asks to wait {wait:g} s > {MAX_SERVER_WAIT:g} s"
        return Decision(False, 0.0, reason, wait_too_long=True)
    if attempt >= max_retries:
        return Decision(False, 0.0, f"{why}, retries exhausted ({max_retries})")
    if wait is not None:
        return Decision(True, wait, f"{why}, server asks to wait {wait:g} s")
    return Decision(True, backoff(attempt), f"{why}, backoff")


def after_exception(exc: httpx.TransportError, *, repeat: Repeat, op_sent: bool, attempt: int,
                    max_retries: int) -> Decision:
    """Whether to retry after no answer came.

    `op_sent` is False when the failing request was a login or token renewal, so the
    operation itself was never sent. A connect failure means nothing reached the API.
    """
    kind = type(exc).__name__
    not_processed = (not op_sent) or isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
    if not not_processed and repeat is not Repeat.REPEATABLE:
        return Decision(False, 0.0, f"{kind} on an operation that must not run twice: it may have been processed")
    if attempt >= max_retries:
        return Decision(False, 0.0, f"{kind}, retries exhausted ({max_retries})")
    why = "not sent" if not_processed else "repeatable operation"
    return Decision(True, backoff(attempt), f"{kind} ({why}), backoff")
