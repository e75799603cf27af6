"""Raw responses: `soracom.with_raw_response.<tag>.<operation>(...)` answers a `RawResponse` (the parsed value
and the HTTP response it came from: status, headers, rate limit, request id).

A paginated operation's raw form fetches one page: `RawResponse[Page[T]]` (the page from the given
`last_evaluated_key`, or the first); walk on with `parse().next_key`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx

T = TypeVar("T")

# Headers that may carry an id of the request on the API's side, most specific first.
REQUEST_ID_HEADERS = ("X-Soracom-Request-Id", "X-Request-Id", "X-Amzn-RequestId")


@dataclass(frozen=True, slots=True)
class RateLimit:
    """Soracom's rate-limit headers of one answer: `X-Soracom-Ratelimit-Limit`, `-Remaining` and
    `-Seconds-Before-Refresh`. A field is None when its header is absent or not a number."""

    limit: int | None
    remaining: int | None
    seconds_before_refresh: float | None


def rate_limit_of(headers: httpx.Headers) -> RateLimit | None:
    """The rate-limit headers of an answer; None when it has none of them."""
    limit = _number(headers.get("X-Soracom-Ratelimit-Limit"), int)
    remaining = _number(headers.get("X-Soracom-Ratelimit-Remaining"), int)
    refresh = _number(headers.get("X-Soracom-Ratelimit-Seconds-Before-Refresh"), float)
    if limit is None and remaining is None and refresh is None:
        return None
    return RateLimit(limit, remaining, refresh)


def request_id_of(headers: httpx.Headers) -> str | None:
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return str(value)
    return None


N = TypeVar("N", int, float)


def _number(value: str | None, kind: type[N]) -> N | None:
    if value is None:
        return None
    try:
        number = kind(value.strip())
    except ValueError:
        return None
    return number if number >= 0 else None


class RawResponse(Generic[T]):
    """An operation's parsed answer (`parse()`) with the HTTP response it came from.

    The body was read and checked against the spec when the call returned (a body that does not fit
    raises `ResponseParseError` from the call, as without `with_raw_response`); `parse()` gives that value.
    """

    __slots__ = ("_parsed", "http_response")

    def __init__(self, parsed: T, http_response: httpx.Response) -> None:
        self._parsed = parsed
        self.http_response: httpx.Response = http_response

    def parse(self) -> T:
        return self._parsed

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def rate_limit(self) -> RateLimit | None:
        return rate_limit_of(self.http_response.headers)

    @property
    def request_id(self) -> str | None:
        return request_id_of(self.http_response.headers)

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, parsed={type(self._parsed).__name__})"
