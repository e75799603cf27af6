"""Fault knobs: latency, rate limits, 5xx answers, dropped connections, token expiry.

Every random choice comes from one `random.Random` seeded by the fake's seed, drawn in request
order, so the same seed and the same sequence of requests give the same faults.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping
from dataclasses import dataclass, field

import httpx


@dataclass(frozen=True)
class Faults:
    """What can go wrong, and how often. The default is a well-behaved API.

    - `latency`: seconds added to every request, a fixed value or a (low, high) range drawn uniformly.
    - `rate_limits`: requests per minute, per operator, per API path. Keys are path templates relative
      to /v1 (``"/sims/{sim_id}"``), optionally prefixed by a method (``"POST /sims/{sim_id}/send_sms"``);
      ``"*"`` applies to every path not named.
    - `error_rate`: share of requests answered with one of `error_statuses` before they are handled.
    - `drop_rate`: share of requests whose connection is dropped mid-answer (the client sees
      `httpx.RemoteProtocolError`). With `drop_after_handling`, the request is carried out first,
      which is how a retried POST ends up applied twice.
    - `token_expiry_rate`: share of authenticated requests whose token expires just before them.
    """

    latency: float | tuple[float, float] = 0.0
    rate_limits: Mapping[str, int] = field(default_factory=dict)
    error_rate: float = 0.0
    error_statuses: tuple[int, ...] = (500, 502, 503)
    drop_rate: float = 0.0
    drop_after_handling: bool = False
    token_expiry_rate: float = 0.0

    def __post_init__(self) -> None:
        for name in ("error_rate", "drop_rate", "token_expiry_rate"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, got {value!r}")
        low, high = self.latency if isinstance(self.latency, tuple) else (self.latency, self.latency)
        if low < 0 or high < low:
            raise ValueError(f"latency must be >= 0 and (low, high) ordered, got {self.latency!r}")
        for key, limit in self.rate_limits.items():
            if limit < 1:
                raise ValueError(f"rate limit for {key!r} must be at least 1 per minute")


class ConnectionDropped(httpx.RemoteProtocolError):
    """Raised by the app to drop a connection.

    In-process (httpx.ASGITransport) it reaches the client as the `httpx.RemoteProtocolError` a real
    socket would give; under uvicorn the server closes the socket after the headers, and the client
    sees a `RemoteProtocolError` of its own.
    """

    def __init__(self) -> None:
        super().__init__("FakeSoracom dropped the connection (fault injection)")


@dataclass
class RateDecision:
    limit: int
    remaining: int
    seconds_before_refresh: int
    allowed: bool

    def headers(self) -> dict[str, str]:
        return {
            "X-Soracom-Ratelimit-Limit": str(self.limit),
            "X-Soracom-Ratelimit-Remaining": str(self.remaining),
            "X-Soracom-Ratelimit-Seconds-Before-Refresh": str(self.seconds_before_refresh),
        }


class FaultInjector:
    """Draws the faults for each request and keeps the rate-limit windows."""

    WINDOW = 60.0

    def __init__(self, faults: Faults, seed: int) -> None:
        self.faults = faults
        self._rng = random.Random(f"faults:{seed}")
        # (operator, method, path) -> (window start, count)
        self._windows: dict[tuple[str, str, str], tuple[float, int]] = {}

    def latency(self) -> float:
        latency = self.faults.latency
        if isinstance(latency, tuple):
            return self._rng.uniform(*latency)
        return latency

    def _chance(self, rate: float) -> bool:
        # Draw only when the knob is on, so turning one knob on does not shift the others' draws.
        return rate > 0 and self._rng.random() < rate

    def drop(self) -> bool:
        return self._chance(self.faults.drop_rate)

    def server_error(self) -> int | None:
        if self._chance(self.faults.error_rate):
            return self._rng.choice(self.faults.error_statuses)
        return None

    def expire_token(self) -> bool:
        return self._chance(self.faults.token_expiry_rate)

    def _limit_for(self, method: str, path: str) -> int | None:
        limits = self.faults.rate_limits
        for key in (f"{method} {path}", path, "*"):
            if key in limits:
                return limits[key]
        return None

    def rate_limit(self, operator_id: str, method: str, path: str, now: float) -> RateDecision | None:
        """Count this request in its per-minute window; None when the path has no limit."""
        limit = self._limit_for(method, path)
        if limit is None:
            return None
        key = (operator_id, method, path)
        start, count = self._windows.get(key, (now, 0))
        if now - start >= self.WINDOW:
            start, count = now, 0
        refresh = max(1, math.ceil(start + self.WINDOW - now))
        if count >= limit:
            self._windows[key] = (start, count)
            return RateDecision(limit, 0, refresh, allowed=False)
        count += 1
        self._windows[key] = (start, count)
        return RateDecision(limit, limit - count, refresh, allowed=True)
