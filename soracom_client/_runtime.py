"""The runner behind every resource method: send, retry, map errors, parse.

A resource method (generated, see custom_templates/endpoint_init.py.jinja) gives the
runner its operation module and arguments; the runner builds the request with the
module's `_get_kwargs`, sends it through the authenticated httpx client, retries
as the retry table allows, and returns the module's parsed success response.
"""

from __future__ import annotations

import contextvars
import time
from types import ModuleType
from typing import TYPE_CHECKING, Any

import httpx

from . import _retry
from ._logging import logger
from ._pagination import Page, Paginator
from ._retry_table import Repeat, classify
from .errors import APIConnectionError, APIStatusError, APITimeoutError, ResponseParseError, status_error_from_response
from .generated.types import UNSET, Unset

if TYPE_CHECKING:
    from ._bulk import PathGates
    from .generated.client import AuthenticatedClient

TimeoutArg = float | httpx.Timeout | None | Unset

# The path gates of the Soracom.bulk run a call belongs to (set by `_bulk.run_bulk`). Here, beside
# its reader, so that the runner does not load the bulk module for calls outside a bulk run.
bulk_gates: contextvars.ContextVar[PathGates | None] = contextvars.ContextVar("soracom_bulk_gates", default=None)
# Inside a bulk run, a 429 whose refresh comes within MAX_BULK_PAUSE seconds is waited out with the
# run's other calls and re-sent, up to MAX_RATE_LIMITED times, without using up a retry.
MAX_BULK_PAUSE = 60.0
MAX_RATE_LIMITED = 10


class Runner:
    def __init__(self, *, http: httpx.AsyncClient, auth: httpx.Auth, base_url: str, generated: AuthenticatedClient,
                 timeout: float | httpx.Timeout | None, max_retries: int) -> None:
        if max_retries < 0:
            raise ValueError(f"max_retries: must be >= 0, got {max_retries}")
        self.http = http
        self.auth = auth
        self.base_url = base_url.rstrip("/")
        self.generated = generated
        self.timeout = timeout
        self.max_retries = max_retries

    async def call(self, operation: ModuleType, name: str, method: str, path: str, arguments: dict[str, Any],
                   timeout: TimeoutArg) -> Any:
        parsed, _ = await self.call_with_response(operation, name, method, path, arguments, timeout)
        return parsed

    def paginate(self, operation: ModuleType, name: str, method: str, path: str, arguments: dict[str, Any],
                 timeout: TimeoutArg, request_param: str, response_header: str) -> Paginator[Any]:
        """A lazy walk over the pages of a paginated operation: `request_param` (a Python argument name)
        carries the key, `response_header` the next one. Each page is one `call`, with its retries."""
        start = arguments.get(request_param)
        start_key = None if isinstance(start, Unset) or start is None else str(start)

        async def fetch(key: str | None) -> Page[Any]:
            page_arguments = {**arguments, request_param: UNSET if key is None else key}
            parsed, response = await self.call_with_response(operation, name, method, path, page_arguments, timeout)
            if not isinstance(parsed, list):
                raise ResponseParseError(f"a page must be a list, got {type(parsed).__name__}",
                                         body=response.content, status_code=response.status_code,
                                         model=f"{method} {path}")
            return Page(parsed, response.headers.get(response_header) or None)

        return Paginator(fetch, start_key)

    async def call_with_response(self, operation: ModuleType, name: str, method: str, path: str,
                                 arguments: dict[str, Any], timeout: TimeoutArg) -> tuple[Any, httpx.Response]:
        """Like `call`, also returning the final response (for its headers)."""
        # Unset arguments are left out so that the generated defaults of the spec apply.
        kwargs: dict[str, Any] = operation._get_kwargs(
            **{key: value for key, value in arguments.items() if not isinstance(value, Unset)})
        kwargs["url"] = self.base_url + kwargs["url"]
        effective_timeout = self.timeout if isinstance(timeout, Unset) else timeout
        _, repeat, _reason = classify(name)
        where = f"{method} {path}"
        gates = bulk_gates.get()  # inside Soracom.bulk: rate limits are waited out together
        rate_limited = 0

        attempt = 0
        while True:
            if gates is not None:
                await gates.wait(where)
            request = self.http.build_request(**kwargs, timeout=effective_timeout)
            started = time.perf_counter()
            try:
                response = await self.http.send(request, auth=self.auth)
            except httpx.TransportError as exc:
                elapsed = (time.perf_counter() - started) * 1000
                op_sent = _failed_request(exc) is request
                decision = _retry.after_exception(exc, repeat=repeat, op_sent=op_sent, attempt=attempt,
                                                  max_retries=self.max_retries)
                logger.debug("%s: %s after %.1f ms (attempt %d)", where, type(exc).__name__, elapsed, attempt + 1)
                if not decision.retry:
                    logger.info("%s: not retrying: %s", where, decision.reason)
                    error_cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
                    raise error_cls(f"{where}: {type(exc).__name__}: {exc}") from exc
            except APIStatusError as exc:
                # Raised by the auth flow: the login or renewal failed, so the operation was not sent.
                if exc.response.request is request:
                    raise
                logger.debug("%s: %s answered %d (attempt %d)", where, _auth_where(exc.response),
                             exc.status_code, attempt + 1)
                # Not sent, so any operation may retry it as if it were repeatable.
                decision = _retry.after_response(exc.response, repeat=Repeat.REPEATABLE, attempt=attempt,
                                                 max_retries=self.max_retries)
                if not decision.retry:
                    logger.debug("%s: not retrying: %s", where, decision.reason)
                    raise
            else:
                elapsed = (time.perf_counter() - started) * 1000
                logger.debug("%s -> %d in %.1f ms (attempt %d)", where, response.status_code, elapsed, attempt + 1)
                pause = gates.observe(where, response) if gates is not None else None
                if response.is_success:
                    return self._parse(operation, response, where), response
                if (response.status_code == 429 and pause is not None and pause <= MAX_BULK_PAUSE
                        and rate_limited < MAX_RATE_LIMITED):
                    rate_limited += 1  # not processed; re-sent once the path's gate opens
                    logger.info("%s: rate limited, waiting %.2f s with the other calls of the bulk run", where, pause)
                    continue
                decision = _retry.after_response(response, repeat=repeat, attempt=attempt,
                                                 max_retries=self.max_retries)
                if not decision.retry:
                    logger.info("%s: not retrying: %s", where, decision.reason)
                    raise status_error_from_response(response, context=where)
            logger.info("%s: retrying in %.2f s (retry %d of %d): %s", where, decision.delay, attempt + 1,
                         self.max_retries, decision.reason)
            await _retry.sleep(decision.delay)
            attempt += 1

    def _parse(self, operation: ModuleType, response: httpx.Response, where: str) -> Any:
        # The generated _parse_response turns any failure into ResponseParseError (custom_templates/
        # endpoint_module.py.jinja); _build_response would also make an HTTPStatus and a Response per call.
        return operation._parse_response(client=self.generated, response=response)


def _failed_request(exc: httpx.TransportError) -> httpx.Request | None:
    try:
        return exc.request
    except RuntimeError:  # httpx raises this when no request was attached
        return None


def _auth_where(response: httpx.Response) -> str:
    return "token renewal" if response.request.url.path.endswith("/token") else "login"
