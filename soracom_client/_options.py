"""Per-call options (`timeout`, `deadline`, `max_retries`, `extra_headers`, `extra_query`) and their checks.

Every resource method takes them; the runner checks them before anything is sent. No option can change
which operation is called or where the credentials go: `PROTECTED_HEADERS` (the one list of headers a
caller may not set, also for `default_headers`) are refused, and `extra_query` adds query parameters only,
never one the operation itself defines.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import httpx

from .errors import ConfigurationError, RequestValidationError, SoracomError
from .generated.types import UNSET, Unset

# Lower-case names. Credentials (the auth flow sets them, for the API origin only), what decides where a
# request goes or which operation it is (Host, method overrides, URL rewrites of some proxies), and the
# framing httpx computes from the body (a wrong one would desynchronise the connection).
PROTECTED_HEADERS: frozenset[str] = frozenset({
    "x-soracom-api-key", "x-soracom-token", "authorization", "proxy-authorization", "cookie",
    "host", "x-forwarded-host", "forwarded", "x-http-method-override", "x-http-method", "x-method-override",
    "x-original-url", "x-rewrite-url",
    "content-length", "transfer-encoding", "connection", "keep-alive", "upgrade", "te", "trailer",
    "proxy-connection", "expect",
})

QueryValue = str | int | float | bool
TimeoutArg = float | httpx.Timeout | None | Unset
DeadlineArg = float | None | Unset

# RFC 9110 token characters: what a header name may be made of.
_TOKEN = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


class CallOptions:
    """The per-call options of one resource method call, as given (UNSET / None: the client's)."""

    __slots__ = ("timeout", "deadline", "max_retries", "extra_headers", "extra_query")

    timeout: TimeoutArg
    deadline: DeadlineArg
    max_retries: int | None
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, QueryValue] | None

    def __init__(self, timeout: TimeoutArg = UNSET, deadline: DeadlineArg = UNSET, max_retries: int | None = None,
                 extra_headers: Mapping[str, str] | None = None,
                 extra_query: Mapping[str, QueryValue] | None = None) -> None:
        self.timeout = timeout
        self.deadline = deadline
        self.max_retries = max_retries
        self.extra_headers = extra_headers
        self.extra_query = extra_query

    def is_default(self) -> bool:
        return (isinstance(self.timeout, Unset) and isinstance(self.deadline, Unset) and self.max_retries is None
                and not self.extra_headers and not self.extra_query)


DEFAULT = CallOptions()


def _error(kind: Literal["call", "config"], field: str, rule: str, value: Any) -> SoracomError:
    if kind == "call":
        return RequestValidationError(field, rule, value)
    return ConfigurationError(f"{field}: must be {rule}, got {value!r}")


def check_timeout(timeout: Any, kind: Literal["call", "config"] = "call") -> None:
    if timeout is None or isinstance(timeout, (Unset, httpx.Timeout)):
        return
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0:
        raise _error(kind, "timeout", "a number of seconds > 0, an httpx.Timeout, or None (no timeout)", timeout)


def check_max_retries(max_retries: Any, kind: Literal["call", "config"] = "call") -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise _error(kind, "max_retries", "an int >= 0", max_retries)
    return max_retries


def check_deadline(deadline: Any, kind: Literal["call", "config"] = "call") -> float | None:
    if deadline is not None and (isinstance(deadline, bool) or not isinstance(deadline, (int, float))
                                 or not deadline > 0):
        raise _error(kind, "deadline", "a number of seconds > 0, or None (no deadline)", deadline)
    return deadline


def check_headers(headers: Any, field: str, kind: Literal["call", "config"] = "call") -> dict[str, str]:
    """The headers as a dict, or the error naming the first bad or protected one."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise _error(kind, field, "a mapping of header names to str values", type(headers).__name__)
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not name or not set(name) <= _TOKEN:
            raise _error(kind, f"{field}[{name!r}]", "a valid header name (letters, digits, !#$%&'*+-.^_`|~ only)",
                         name)
        if name.lower() in PROTECTED_HEADERS:
            raise _error(kind, f"{field}[{name!r}]",
                         "not a header the client controls (credentials, Host, method overrides, framing)",
                         "<not shown>")
        if not isinstance(value, str) or any(not (" " <= c <= "~" or c == "\t") for c in value):
            raise _error(kind, f"{field}[{name!r}]",
                         "printable ASCII text (no CR, LF, NUL or other control characters)",
                         value if not isinstance(value, str) else "<not shown>")
        checked[name] = value
    return checked


def check_query(query: Any, taken: frozenset[str]) -> dict[str, QueryValue]:
    """`extra_query` as a dict; `taken`: the query parameters the operation defines (pass them by name)."""
    if query is None:
        return {}
    if not isinstance(query, Mapping):
        raise RequestValidationError("extra_query", "a mapping of parameter names to str/int/float/bool values",
                                     type(query).__name__)
    checked: dict[str, QueryValue] = {}
    for name, value in query.items():
        if not isinstance(name, str) or not name:
            raise RequestValidationError("extra_query", "parameter names that are non-empty str", name)
        if name in taken:
            raise RequestValidationError(f"extra_query[{name!r}]", "not a parameter of the operation itself "
                                         "(pass it as the method's own argument)", value)
        if not isinstance(value, (str, int, float)):  # bool is an int
            raise RequestValidationError(f"extra_query[{name!r}]", "a str, int, float or bool", value)
        checked[name] = value
    return checked


def operation_query_names(name: str) -> frozenset[str]:
    """The query parameters the spec defines for operation `name` (python name)."""
    from .generated._spec import BY_PYTHON_NAME, OPERATIONS  # only when extra_query is given

    op_id = BY_PYTHON_NAME.get(name)
    if op_id is None:
        return frozenset()
    return frozenset(p["name"] for p in OPERATIONS[op_id]["parameters"] if p["in"] == "query")
