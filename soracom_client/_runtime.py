"""The runner behind every resource method: send, retry, map errors, parse.

A resource method (generated, see custom_templates/endpoint_init.py.jinja) gives the
runner its operation module, arguments and per-call options (`_options.CallOptions`, checked
here before anything is sent); the runner builds the request with the module's `_get_kwargs`,
sends it through the authenticated httpx client, retries as the retry table allows, and
returns the module's parsed success response. `RawRunner` (`Soracom.with_raw_response`)
returns it with its HTTP response as a `RawResponse`.
"""

from __future__ import annotations

import contextvars
import sys
import time
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any

import httpx

from . import _retry
from ._body import body_limit, read_body
from ._clock import Clock
from ._logging import logger
from ._options import (
    DEFAULT,
    CallOptions,
    QueryValue,
    check_deadline,
    check_headers,
    check_max_retries,
    check_query,
    check_timeout,
    operation_query_names,
)
from ._origin import EXTRA_HEADERS
from ._pagination import Page, Paginator
from ._response import RawResponse
from ._retry_table import Repeat, classify
from .errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
    DeadlineExceededError,
    RequestValidationError,
    ResponseParseError,
    SoracomError,
    status_error_from_response,
)
from .generated.types import UNSET, Unset

if TYPE_CHECKING:
    from ._bulk import PathGates
    from .generated.client import AuthenticatedClient


DEFAULT_DEADLINE = 120.0
DEFAULT_MAX_RESPONSE_SIZE = 64 * 2**20  # decoded bytes; Soracom's largest answers (pages of 100 SIMs) are < 1 MiB

# The path gates of the Soracom.bulk run a call belongs to (set by `_bulk.run_bulk`). Here, beside
# its reader, so that the runner does not load the bulk module for calls outside a bulk run.
bulk_gates: contextvars.ContextVar[PathGates | None] = contextvars.ContextVar("soracom_bulk_gates", default=None)
# Inside a bulk run, a 429 whose refresh comes within MAX_BULK_PAUSE seconds is waited out with the
# run's other calls and re-sent, up to MAX_RATE_LIMITED times, without using up a retry.
MAX_BULK_PAUSE = 60.0
MAX_RATE_LIMITED = 10


class ClientState:
    """Shared by a client and its `with_options` views: whether the client that owns them was closed."""

    __slots__ = ("closed",)

    def __init__(self) -> None:
        self.closed = False


def check_max_response_size(size: int) -> int:
    if isinstance(size, bool) or not isinstance(size, int) or size < 1:
        raise ConfigurationError(f"max_response_size: must be an int of bytes >= 1, got {size!r}")
    return size


class _Effective:
    """One call's options, resolved against the client's and checked."""

    __slots__ = ("timeout", "max_retries", "seconds", "headers", "query")

    def __init__(self, timeout: float | httpx.Timeout | None, max_retries: int, seconds: float | None,
                 headers: dict[str, str], query: dict[str, QueryValue]) -> None:
        self.timeout = timeout
        self.max_retries = max_retries
        self.seconds = seconds
        self.headers = headers
        self.query = query


class Runner:
    def __init__(self, *, http: httpx.AsyncClient, auth: httpx.Auth, base_url: str, generated: AuthenticatedClient,
                 timeout: float | httpx.Timeout | None, max_retries: int, deadline: float | None = DEFAULT_DEADLINE,
                 max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE, state: ClientState | None = None,
                 default_headers: dict[str, str] | None = None, clock: Clock | None = None) -> None:
        check_timeout(timeout, "config")
        self.http = http
        self.auth = auth
        self.base_url = base_url.rstrip("/")
        self.generated = generated
        self.timeout = timeout
        self.max_retries = check_max_retries(max_retries, "config")
        self.deadline = check_deadline(deadline, "config")
        self.max_response_size = check_max_response_size(max_response_size)
        self.state = state if state is not None else ClientState()
        # A `with_options(default_headers=...)` view's headers, checked: sent with each of its calls.
        self.default_headers = default_headers or {}
        self._defaults = _Effective(timeout, self.max_retries, self.deadline, self.default_headers, {})
        # None: real time through the modules' own hooks (`_retry.sleep`, `time.monotonic`).
        self.clock = clock

    def now(self) -> float:
        return time.monotonic() if self.clock is None else self.clock.now()

    async def call(self, operation: ModuleType, name: str, method: str, path: str, arguments: dict[str, Any],
                   options: CallOptions = DEFAULT) -> Any:
        parsed, _ = await self.call_with_response(operation, name, method, path, arguments, options)
        return parsed

    def paginate(self, operation: ModuleType, name: str, method: str, path: str, arguments: dict[str, Any],
                 options: CallOptions, request_param: str, response_header: str) -> Paginator[Any]:
        """A lazy walk over the pages of a paginated operation: `request_param` (a Python argument name)
        carries the key, `response_header` the next one. Each page is one `call`, with its retries and
        its own deadline. The options are checked now: a bad one raises here, before any page is asked for."""
        self._resolve(name, options)
        start_key = _start_key(arguments, request_param)

        async def fetch(key: str | None) -> Page[Any]:
            page, _ = await self.page(operation, name, method, path, arguments, options, request_param,
                                      response_header, key)
            return page

        return Paginator(fetch, start_key)

    async def page(self, operation: ModuleType, name: str, method: str, path: str, arguments: dict[str, Any],
                   options: CallOptions, request_param: str, response_header: str,
                   key: str | None) -> tuple[Page[Any], httpx.Response]:
        """One page of a paginated operation: the one after `key` (None: the first) and its response."""
        page_arguments = {**arguments, request_param: UNSET if key is None else key}
        parsed, response = await self.call_with_response(operation, name, method, path, page_arguments, options)
        if not isinstance(parsed, list):
            raise ResponseParseError(f"a page must be a list, got {type(parsed).__name__}",
                                     body=response.content, status_code=response.status_code,
                                     model=f"{method} {path}")
        return Page(parsed, response.headers.get(response_header) or None), response

    def _resolve(self, name: str, options: CallOptions) -> _Effective:
        """The call's options over the client's, every one checked before anything is sent."""
        if options is DEFAULT or options.is_default():
            return self._defaults
        timeout, max_retries, deadline = options.timeout, options.max_retries, options.deadline
        check_timeout(timeout)
        headers = self.default_headers
        if options.extra_headers is not None:
            headers = {**headers, **check_headers(options.extra_headers, "extra_headers")}
        query: dict[str, QueryValue] = {}
        if options.extra_query is not None:
            query = check_query(options.extra_query, operation_query_names(name))
        return _Effective(self.timeout if isinstance(timeout, Unset) else timeout,
                          self.max_retries if max_retries is None else check_max_retries(max_retries),
                          self.deadline if isinstance(deadline, Unset) else check_deadline(deadline),
                          headers, query)

    async def call_with_response(self, operation: ModuleType, name: str, method: str, path: str,
                                 arguments: dict[str, Any],
                                 options: CallOptions = DEFAULT) -> tuple[Any, httpx.Response]:
        """Like `call`, also returning the final response (for its headers).

        The whole call -- waiting for a login, every attempt and its body, backoff, server-requested and
        rate-limit waits -- ends by the deadline (seconds from now): DeadlineExceededError, chained from
        the last failure. Every exception out of here is a SoracomError (cancellation passes untouched).
        """
        where = f"{method} {path}"
        if self.state.closed or self.http.is_closed:
            raise ClientClosedError(f"{where}: the client is closed; make a new Soracom client")
        effective = self._resolve(name, options)
        limit = body_limit.set((self.max_response_size, where))  # every answer of this call, logins included
        try:
            return await self._call(operation, name, where, arguments, effective)
        finally:
            body_limit.reset(limit)

    async def _call(self, operation: ModuleType, name: str, where: str, arguments: dict[str, Any],
                    effective: _Effective) -> tuple[Any, httpx.Response]:
        failures: list[SoracomError] = []
        seconds = effective.seconds
        if seconds is None:
            return await self._attempts(operation, name, where, arguments, effective, None, failures)
        expires = self.now() + seconds
        # Cancel the call when the deadline passes: one watch per loop (see _deadline: cheaper than a timer
        # per call), told apart from the caller's own cancellation as asyncio.timeout does; anyio on 3.10
        # (in real time there, whatever the client's clock).
        if sys.version_info >= (3, 11):
            deadline = _deadline_module()
            calls = deadline.watch(self.clock)
            entry = calls.add(seconds)
            try:
                return await self._attempts(operation, name, where, arguments, effective, expires, failures)
            except deadline.CancelledError:
                if not entry.ours():
                    raise
            finally:
                calls.discard(entry)
        else:
            import anyio  # only here and on failures: `import soracom_client` does not load it

            with anyio.move_on_after(seconds):
                return await self._attempts(operation, name, where, arguments, effective, expires, failures)
        # Only reached when the deadline cancelled the call.
        cause: BaseException = failures[-1] if failures else TimeoutError(f"deadline of {seconds:g} s")
        after = f" (last failure: {cause})" if failures else ""
        logger.info("%s: deadline of %g s passed after %d failed attempt(s)", where, seconds, len(failures))
        raise DeadlineExceededError(f"{where}: no result within the call's deadline of {seconds:g} s{after}",
                                    deadline=seconds) from cause

    async def _attempts(self, operation: ModuleType, name: str, where: str, arguments: dict[str, Any],
                        effective: _Effective, expires: float | None,
                        failures: list[SoracomError]) -> tuple[Any, httpx.Response]:
        # Unset arguments are left out so that the generated defaults of the spec apply.
        kwargs: dict[str, Any] = operation._get_kwargs(
            **{key: value for key, value in arguments.items() if not isinstance(value, Unset)})
        kwargs["url"] = self.base_url + kwargs["url"]
        if effective.query:
            kwargs["params"] = {**kwargs.get("params", {}), **effective.query}
        effective_timeout, max_retries = effective.timeout, effective.max_retries
        _, repeat, _reason = classify(name)
        gates = bulk_gates.get()  # inside Soracom.bulk: rate limits are waited out together
        rate_limited = 0

        attempt = 0
        while True:
            if gates is not None:
                await gates.wait(where, self.clock)
            try:
                request = self.http.build_request(**kwargs, timeout=effective_timeout)
            except httpx.InvalidURL as exc:  # e.g. query values too long for a URL: nothing was sent
                raise RequestValidationError("url", f"a URL httpx accepts ({exc})", where) from exc
            request.extensions["soracom.deadline"] = expires
            if effective.headers:  # the auth flow sets them after the client's own headers
                request.extensions[EXTRA_HEADERS] = effective.headers
            started = time.perf_counter()
            failure: Callable[[str], SoracomError]
            try:
                response = await self._send(request, where)
            except httpx.TransportError as exc:
                elapsed = (time.perf_counter() - started) * 1000
                op_sent = _failed_request(exc) is request
                decision = _retry.after_exception(exc, repeat=repeat, op_sent=op_sent, attempt=attempt,
                                                  max_retries=max_retries)
                logger.debug("%s: %s after %.1f ms (attempt %d)", where, type(exc).__name__, elapsed, attempt + 1)
                failure = _transport_failure(exc, where, request, attempt + 1)
                if not decision.retry:
                    logger.info("%s: not retrying: %s", where, decision.reason)
                    raise failure("") from exc
            except APIStatusError as exc:
                # Raised by the auth flow: the login or renewal failed, so the operation was not sent.
                if exc.response.request is request:
                    raise
                logger.debug("%s: %s answered %d (attempt %d)", where, _auth_where(exc.response),
                             exc.status_code, attempt + 1)
                # Not sent, so any operation may retry it as if it were repeatable.
                decision = _retry.after_response(exc.response, repeat=Repeat.REPEATABLE, attempt=attempt,
                                                 max_retries=max_retries)
                if not decision.retry:
                    logger.debug("%s: not retrying: %s", where, decision.reason)
                    raise
                failure = _same(exc)
            else:
                elapsed = (time.perf_counter() - started) * 1000
                logger.debug("%s -> %d in %.1f ms (attempt %d)", where, response.status_code, elapsed, attempt + 1)
                pause = gates.observe(where, response, self.clock) if gates is not None else None
                if response.is_success:
                    return self._parse(operation, response, where), response
                if (response.status_code == 429 and pause is not None and pause <= MAX_BULK_PAUSE
                        and rate_limited < MAX_RATE_LIMITED and _fits(expires, pause, self.now())):
                    rate_limited += 1  # not processed; re-sent once the path's gate opens
                    logger.info("%s: rate limited, waiting %.2f s with the other calls of the bulk run", where, pause)
                    failures.append(status_error_from_response(response, context=where))
                    continue
                decision = _retry.after_response(response, repeat=repeat, attempt=attempt,
                                                 max_retries=max_retries)
                if not decision.retry:
                    logger.info("%s: not retrying: %s", where, decision.reason)
                    raise status_error_from_response(response, context=where)
                failure = _status_failure(response, where)
            if not _fits(expires, decision.delay, self.now()):
                # Sleeping would end past the deadline: give the caller the real reason now, not a timeout later.
                logger.info("%s: not retrying: waiting %.2f s would pass the call's deadline", where, decision.delay)
                error = failure(f"; not retried: waiting {decision.delay:.2f} s would pass the call's deadline")
                raise error from error.__cause__
            failures.append(failure(""))
            logger.info("%s: retrying in %.2f s (retry %d of %d): %s", where, decision.delay, attempt + 1,
                         max_retries, decision.reason)
            await (_retry.sleep(decision.delay) if self.clock is None else self.clock.sleep(decision.delay))
            attempt += 1

    async def _send(self, request: httpx.Request, where: str) -> httpx.Response:
        """Send, read the body within max_response_size, and turn every failure but an httpx transport error
        (which the retry logic judges) and a SoracomError into a SoracomError."""
        try:
            response = await self.http.send(request, auth=self.auth, stream=True, follow_redirects=False)
        except (httpx.TransportError, SoracomError):
            raise
        except Exception as exc:
            raise self._unexpected(exc, where, request) from exc
        try:
            await read_body(response, self.max_response_size, where)
        except BaseException:
            import anyio

            with anyio.CancelScope(shield=True):  # a cancelled call still gives its connection back
                await response.aclose()
            raise
        return response

    def _unexpected(self, exc: Exception, where: str, request: httpx.Request) -> SoracomError:
        if self.state.closed or self.http.is_closed:
            return ClientClosedError(f"{where}: the client was closed during the call")
        text = _redact(f"{type(exc).__name__}: {exc}", request)
        if isinstance(exc, httpx.DecodingError):
            return ResponseParseError(f"body could not be decoded: {text}", model=where)
        if isinstance(exc, (httpx.HTTPError, httpx.InvalidURL)):  # TooManyRedirects, a bad URL after auth...
            return APIConnectionError(f"{where}: {text}")
        return APIError(f"{where}: unexpected error: {text}")

    def _parse(self, operation: ModuleType, response: httpx.Response, where: str) -> Any:
        # The generated _parse_response turns any failure into ResponseParseError (custom_templates/
        # endpoint_module.py.jinja); _build_response would also make an HTTPStatus and a Response per call.
        try:
            return operation._parse_response(client=self.generated, response=response)
        except SoracomError:
            raise
        except Exception as exc:  # e.g. RecursionError from a model: still the documented error
            raise ResponseParseError(f"{type(exc).__name__}: {exc}", body=response.content,
                                     status_code=response.status_code, model=where) from exc


class RawRunner:
    """The runner of `Soracom.with_raw_response`: the same calls through `runner`, answering `RawResponse`
    (a paginated operation: its one page, `RawResponse[Page[T]]`)."""

    def __init__(self, runner: Runner) -> None:
        self.runner = runner

    async def call(self, operation: ModuleType, name: str, method: str, path: str, arguments: dict[str, Any],
                   options: CallOptions = DEFAULT) -> RawResponse[Any]:
        parsed, response = await self.runner.call_with_response(operation, name, method, path, arguments, options)
        return RawResponse(parsed, response)

    def paginate(self, operation: ModuleType, name: str, method: str, path: str, arguments: dict[str, Any],
                 options: CallOptions, request_param: str, response_header: str) -> Any:
        self.runner._resolve(name, options)  # bad options raise here, as for the plain method
        key = _start_key(arguments, request_param)

        async def one_page() -> RawResponse[Page[Any]]:
            try:
                page, response = await self.runner.page(operation, name, method, path, arguments, options,
                                                        request_param, response_header, key)
            except SoracomError as exc:
                exc.resume_key = key
                raise
            return RawResponse(page, response)

        return one_page()


def _start_key(arguments: dict[str, Any], request_param: str) -> str | None:
    """The key a walk starts after: the caller's `last_evaluated_key`-like argument, None if not given."""
    start = arguments.get(request_param)
    return None if isinstance(start, Unset) or start is None else str(start)


def _fits(expires: float | None, delay: float, now: float) -> bool:
    """Whether waiting `delay` seconds from `now` ends before the deadline."""
    return expires is None or now + delay < expires


def _same(error: SoracomError) -> Callable[[str], SoracomError]:
    return lambda note: error


def _status_failure(response: httpx.Response, where: str) -> Callable[[str], SoracomError]:
    return lambda note: status_error_from_response(response, context=where + note)


def _transport_failure(exc: httpx.TransportError, where: str, request: httpx.Request,
                       attempts: int) -> Callable[[str], SoracomError]:
    error_cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    text = describe_transport_error(exc, request, attempts)

    def make(note: str) -> SoracomError:
        error = error_cls(f"{where}: {text}{note}")
        error.__cause__ = exc
        return error

    return make


# Which of a request's timeouts (httpx's `timeout` extension) an httpx timeout error ran out of.
_TIMEOUT_KINDS: dict[type[httpx.TimeoutException], str] = {
    httpx.ConnectTimeout: "connect", httpx.ReadTimeout: "read", httpx.WriteTimeout: "write", httpx.PoolTimeout: "pool",
}


def describe_transport_error(exc: httpx.TransportError, request: httpx.Request, attempts: int) -> str:
    """`ReadTimeout during the login (POST /auth) to api.soracom.io: no answer within the read timeout
    of 30 s; 3 attempts`: the kind, what was being sent, the host, httpx's own words (without the URL,
    which may hold ids and tokens), and how many attempts were made."""
    failed = _failed_request(exc) or request
    url = failed.url
    host = url.host + (f":{url.port}" if url.port else "")
    during = ""
    if failed is not request:  # the auth flow's own request: the operation was not sent
        kind = "token renewal" if url.path.endswith("/token") else "login"
        during = f" during the {kind} (POST {'/operators/{operator_id}/token' if kind != 'login' else '/auth'})"
    detail = _redact(str(exc), failed).strip()
    if isinstance(exc, httpx.PoolTimeout) and detail:
        pass  # the auth flow's own words: "timed out waiting for the shared login", ...
    elif isinstance(exc, httpx.TimeoutException):
        which = next((name for cls, name in _TIMEOUT_KINDS.items() if isinstance(exc, cls)), None)
        seconds = (failed.extensions.get("timeout") or {}).get(which) if which else None
        limit = f"no answer within the {which} timeout of {seconds:g} s" if isinstance(seconds, (int, float)) \
            else "no answer in time"
        detail = f"{limit} ({detail})" if detail and detail != "timed out" else limit
    detail = detail or "no detail given"
    plural = "attempt" if attempts == 1 else "attempts"
    return f"{type(exc).__name__}{during} to {host}: {detail}; {attempts} {plural}"


def _redact(text: str, request: httpx.Request) -> str:
    """text without the request's URL or path: they can hold identifiers and transfer tokens."""
    for secret in (str(request.url), request.url.raw_path.decode("ascii", "replace"), request.url.path):
        if len(secret) > 1:
            text = text.replace(secret, "<url>")
    return text


_deadline: ModuleType | None = None


def _deadline_module() -> Any:
    """soracom_client._deadline, imported on the first call with a deadline (it loads asyncio, which
    `import soracom_client` does not), then kept: an import statement per call costs 1.5 µs."""
    global _deadline
    if _deadline is None:
        from . import _deadline as module

        _deadline = module
    return _deadline


def _failed_request(exc: httpx.TransportError) -> httpx.Request | None:
    try:
        return exc.request
    except RuntimeError:  # httpx raises this when no request was attached
        return None


def _auth_where(response: httpx.Response) -> str:
    return "token renewal" if response.request.url.path.endswith("/token") else "login"

