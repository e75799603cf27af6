"""Soracom authentication as an httpx auth flow.

Every request needs `X-Soracom-API-Key` and `X-Soracom-Token`, obtained by
`POST /auth`. The flow logs in lazily on first use, renews the token shortly
before it expires (`POST /operators/{operator_id}/token`), and on a 401 logs in
again and replays the request.

At most one login or renewal is in flight (a `_Flight`), performed by one caller
(the leader, in whose task httpx sends it); every other caller that needs it waits
for it, each at most its own time: the largest of its request's timeouts, or less
if the call's deadline (`soracom.deadline`, set by the runner) comes first. A waiter
out of time gets `httpx.PoolTimeout` (nothing was sent). No lock is held across the
`yield`, so a leader that fails, is cancelled or times out only ends the flight:
a waiter then leads the next one. A refused login (401/403) is remembered for
REFUSAL_MEMORY seconds and raised to every caller waiting or arriving meanwhile;
a login that fails with another status is raised to those waiting for it. While a
renewal is in flight the others go on with the current, still valid token; a
renewal refused falls back to a login at once, one that fails otherwise keeps the
valid token and is not tried again for a while.

On a 401 the call logs in again, shared by every call whose request failed with the
same token, and replays once; a call whose replay meets a fresh 401 with a token
that another call's re-login obtained may replay once more (at most two replays).

The flow signs only requests to the API origin (see `_origin`), and sets there the
headers every Soracom request carries (User-Agent, X-Soracom-Lang, profile headers),
since every request, including those of `Soracom.client`, passes through it.
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Generator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from ._body import read_answer
from ._clock import Clock, wait_event
from ._credentials import ApiToken, Credentials
from ._logging import logger
from ._origin import AUTH_REQUEST, EXTRA_HEADERS, ORIGIN, origin_of
from .errors import AuthenticationError, ResponseParseError, status_error_from_response

DEFAULT_TOKEN_TIMEOUT = 86400
MAX_TOKEN_TIMEOUT = 172800
# How long a refused login is remembered: calls in that time get its error without a new /auth.
REFUSAL_MEMORY = 5.0
MAX_REPLAYS = 2
# "No time set" on a clock: before any time it reads (only differences matter, a clock may read 0 or below).
_NEVER = float("-inf")

# Token validity, on a clock tests can move forward (looked up at call time).
clock = time.monotonic
# How long a caller waits for a shared login: real time, the clock of the runner's deadline.
wait_clock = time.monotonic
# A client with a clock of its own (`Soracom(clock=...)`) uses it for both instead.


@dataclass(slots=True)
class Session:
    api_key: str
    token: str
    operator_id: str | None
    expires_at: float  # on `clock`


@dataclass(frozen=True, slots=True)
class _Budget:
    """How long a caller may wait for a shared login (on `wait_clock`)."""

    until: float
    # A waiter takes over a login that ended without a token only with this much time left: a
    # login needs about as long as the one that just failed, and one it cannot wait for would
    # only add to the load on /auth.
    min_lead: float


class _Flight:
    """One login or renewal in flight; `done` is set when it ends, however it ends."""

    __slots__ = ("kind", "done", "failure", "started", "request")

    def __init__(self, kind: str, request: httpx.Request) -> None:
        import asyncio  # not at module level: asyncio costs ~50 ms to import, httpx does not need it

        self.kind = kind  # "login" or "renewal"
        self.done = asyncio.Event()
        self.failure: httpx.Response | None = None  # a login error status, raised to those waiting
        self.started = 0.0  # set by the SoracomAuth that makes it, on its clock
        self.request = request


class SoracomAuth(httpx.Auth):
    # Bodies of our own login/renewal answers are read in the flow (within the call's
    # max_response_size, `_body.read_answer`), as httpx's default async flow would do with
    # `aread()`; the operation's response is left to the caller.

    def __init__(self, credentials: Credentials, *, base_url: str, headers: Mapping[str, str] | None = None,
                 token_timeout_seconds: int = DEFAULT_TOKEN_TIMEOUT, clock: Clock | None = None) -> None:
        if not 0 < token_timeout_seconds <= MAX_TOKEN_TIMEOUT:
            raise ValueError(f"token_timeout_seconds: must be in 1..{MAX_TOKEN_TIMEOUT}, got {token_timeout_seconds}")
        self._credentials = credentials
        self._clock = clock
        self._base_url = base_url.rstrip("/")
        self._origin = origin_of(httpx.URL(self._base_url))
        self._headers = dict(headers or {})
        self._token_timeout = token_timeout_seconds
        # Renew when this little validity is left: 5 minutes, or a tenth of a short token's life.
        self._renew_margin = min(300.0, token_timeout_seconds / 10)
        self._session: Session | None = None
        if isinstance(credentials, ApiToken):
            self._session = Session(credentials.api_key, credentials.token, None, float("inf"))
        self._flight: _Flight | None = None
        # The answer of the last refused login and until when (on `clock`) it stands for every call.
        self._refusal: httpx.Response | None = None
        self._refused_until = _NEVER
        # No renewal before this time (on `clock`): set when one failed while the token stays valid.
        self._renew_after = _NEVER

    def __repr__(self) -> str:
        return f"SoracomAuth({self._credentials!r})"

    def _now(self) -> float:
        return clock() if self._clock is None else self._clock.now()

    def _wait_now(self) -> float:
        return wait_clock() if self._clock is None else self._clock.now()

    @property
    def session(self) -> Session | None:
        return self._session

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        raise RuntimeError("soracom-client is async only: use httpx.AsyncClient")

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if origin_of(request.url) != self._origin:
            yield request  # not the API: the caller's own request, sent as it is
            return
        request.headers.update(self._headers)
        extra = request.extensions.get(EXTRA_HEADERS)
        if extra:
            request.headers.update(extra)
        if isinstance(self._credentials, ApiToken):
            self._sign(request, self._session)
            yield request
            return

        budget = _budget(request, self._wait_now())
        replays = 0
        own = False  # whether the session in use came from a login this call performed
        while True:
            step: Session | _Flight | None = self._ready()
            if step is None:
                step = await self._acquire(request, budget)
            if isinstance(step, _Flight):
                try:
                    response = yield step.request
                    await read_answer(response)
                    session = self._settle(step, response)
                except BaseException:
                    # Failed, timed out, or cancelled (httpx closes the flow): the flight ends
                    # without a token and a waiter leads the next one.
                    self._land(step, settled=False)
                    raise
                self._land(step, settled=True)
                if session is None:
                    continue  # the renewal was refused, or the token ran out: log in
                own = step.kind == "login"
            else:
                session, own = step, False
            self._sign(request, session)
            response = yield request
            if response.status_code != 401 or replays == MAX_REPLAYS or (replays and own):
                return
            # The token expired or was revoked: one re-login, shared by every call whose request failed
            # with this same token, then a replay.
            if self._session is session:
                logger.debug("401 with the current token: logging in again")
                self._session = None
            replays += 1
            budget = _budget(request, self._wait_now())

    # -- the shared login/renewal --

    def _ready(self) -> Session | None:
        """The session to sign with now, if no login or renewal must be waited for or led."""
        session = self._session
        if session is None:
            return None
        now = clock() if self._clock is None else self._clock.now()  # inline: this runs on every request
        if now >= session.expires_at:
            return None
        if now < session.expires_at - self._renew_margin or self._flight is not None or now < self._renew_after:
            return session  # not due for renewal, or a renewal is in flight while the token is still valid
        return None

    async def _acquire(self, request: httpx.Request, budget: _Budget | None) -> Session | _Flight:
        """A session to use, or a flight this call must perform (it is then the leader)."""
        while True:
            session = self._ready()
            if session is not None:
                return session
            if self._refusal is not None:
                if self._now() < self._refused_until:
                    raise self._refused(self._refusal)
                self._refusal = None  # the refusal has lapsed: a new login may be tried
            flight = self._flight
            if flight is None:
                return self._take_off(request, budget)
            await self._wait(flight, request, budget)
            if flight.failure is not None:
                raise status_error_from_response(flight.failure, context="POST /auth")

    def _take_off(self, original: httpx.Request, budget: _Budget | None) -> _Flight:
        remaining = None
        if budget is not None:
            remaining = budget.until - self._wait_now()
            if remaining <= 0 or remaining < budget.min_lead:
                raise httpx.PoolTimeout("not enough time left to log in", request=original)
        current = self._session
        if current is not None and current.operator_id is not None and self._now() >= self._renew_after:
            # Also when it looks expired (`expires_at` counts from before the login was sent), unless
            # a renewal just failed: then log in.
            flight = _Flight("renewal", self._renew_request(original, current, remaining))
        else:
            flight = _Flight("login", self._login_request(original, remaining))
        flight.started = self._now()
        self._flight = flight
        return flight

    async def _wait(self, flight: _Flight, request: httpx.Request, budget: _Budget | None) -> None:
        import asyncio

        remaining = None if budget is None else budget.until - self._wait_now()
        try:
            if remaining is not None and remaining <= 0:
                raise asyncio.TimeoutError
            if remaining is not None and self._clock is not None:
                await wait_event(flight.done, remaining, self._clock)
            else:
                await asyncio.wait_for(flight.done.wait(), remaining)
        except asyncio.TimeoutError:
            logger.debug("gave up waiting for the shared %s: out of time", flight.kind)
            raise httpx.PoolTimeout(f"timed out waiting for the shared {flight.kind}", request=request) from None

    def _land(self, flight: _Flight, *, settled: bool) -> None:
        if not settled and flight.kind == "renewal":
            self._pause_renewal()
        if self._flight is flight:
            self._flight = None
        flight.done.set()

    def _pause_renewal(self) -> None:
        # The token is still valid: go on with it, and try renewing again only after a tenth of the margin.
        self._renew_after = self._now() + self._renew_margin / 10

    def _settle(self, flight: _Flight, response: httpx.Response) -> Session | None:
        """The session the answer gives; None if a login is needed now. Raises if the login failed."""
        if flight.kind == "login":
            return self._accept_login(flight, response)
        return self._accept_renewal(flight, response)

    def logout_request(self) -> httpx.Request | None:
        """`POST /auth/logout` for the current session, or None if there is nothing to log out."""
        if isinstance(self._credentials, ApiToken) or self._session is None:
            return None
        request = httpx.Request("POST", f"{self._base_url}/auth/logout", headers=self._headers,
                                extensions={ORIGIN: self._origin})
        self._sign(request, self._session)
        return request

    def forget_session(self) -> None:
        if not isinstance(self._credentials, ApiToken):
            self._session = None

    # -- plumbing --

    def _sign(self, request: httpx.Request, session: Session | None) -> None:
        assert session is not None  # the flow signs only after a login
        request.headers["X-Soracom-API-Key"] = session.api_key
        request.headers["X-Soracom-Token"] = session.token
        request.extensions[ORIGIN] = self._origin  # the request hook keeps it at this origin

    def _side_request(self, original: httpx.Request, path: str, body: dict[str, Any],
                      remaining: float | None) -> httpx.Request:
        # The timeouts of the request it serves (a bare httpx.Request would have none), cut to the
        # time this caller has left.
        timeout = dict(original.extensions.get("timeout") or {})
        if remaining is not None:
            timeout = {k: remaining if v is None else min(v, remaining) for k, v in timeout.items()}
        request = httpx.Request("POST", f"{self._base_url}{path}", json=body, headers=self._headers,
                                extensions={"timeout": timeout, ORIGIN: self._origin})
        request.extensions[AUTH_REQUEST] = id(request)  # a redirect of it is another object: refused
        return request

    def _login_request(self, original: httpx.Request, remaining: float | None) -> httpx.Request:
        assert not isinstance(self._credentials, ApiToken)
        logger.debug("logging in with %s", type(self._credentials).__name__)
        body = {**self._credentials.login_body(), "tokenTimeoutSeconds": self._token_timeout}
        return self._side_request(original, "/auth", body, remaining)

    def _accept_login(self, flight: _Flight, response: httpx.Response) -> Session:
        if response.status_code in (401, 403):
            # Remembered for a while and raised to everyone waiting or arriving meanwhile.
            self._session = None
            self._refusal = response
            self._refused_until = self._now() + REFUSAL_MEMORY
            logger.info("login refused (%d); not retried for %g s", response.status_code, REFUSAL_MEMORY)
            raise self._refused(response)
        if not response.is_success:
            flight.failure = response  # those waiting get it too; the next call tries again
            raise status_error_from_response(response, context="POST /auth")
        data = _json_object(response, "POST /auth")
        api_key, token = data.get("apiKey"), data.get("token")
        if not isinstance(api_key, str) or not isinstance(token, str):
            raise ResponseParseError("login answer lacks apiKey or token", path="$", status_code=response.status_code,
                                     model="AuthResponse")
        operator_id = data.get("operatorId")
        self._refusal = None
        self._renew_after = _NEVER
        self._session = Session(api_key, token, operator_id if isinstance(operator_id, str) else None,
                                flight.started + self._token_timeout)
        logger.info("logged in; token valid for %d s", self._token_timeout)
        return self._session

    def _renew_request(self, original: httpx.Request, session: Session, remaining: float | None) -> httpx.Request:
        logger.debug("renewing the API token")
        request = self._side_request(original, f"/operators/{session.operator_id}/token",
                                     {"tokenTimeoutSeconds": self._token_timeout}, remaining)
        self._sign(request, session)
        return request

    def _accept_renewal(self, flight: _Flight, response: httpx.Response) -> Session | None:
        """The renewed (or still valid) session; None if a login is needed instead."""
        session = self._session
        if session is None:
            return None  # a 401 meanwhile showed the token invalid
        if response.is_success:
            token = _json_object(response, "POST /operators/{operator_id}/token").get("token")
            if isinstance(token, str):
                self._session = Session(session.api_key, token, session.operator_id,
                                        flight.started + self._token_timeout)
                logger.info("token renewed; valid for %d s", self._token_timeout)
                return self._session
        if response.status_code in (401, 403) or self._now() >= session.expires_at:
            # Refused: retrying it on every request would only repeat the refusal.
            logger.debug("token renewal got %d: logging in instead", response.status_code)
            self._session = None
            return None
        logger.debug("token renewal got %d; keeping the current token for now", response.status_code)
        self._pause_renewal()
        return session

    def _refused(self, response: httpx.Response) -> AuthenticationError:
        error = status_error_from_response(response, context="POST /auth", cls=AuthenticationError)
        assert isinstance(error, AuthenticationError)
        return error


def _budget(request: httpx.Request, now: float) -> _Budget | None:
    """How long this request's caller may wait for a shared login: its longest timeout from now,
    or until its call's deadline if sooner; None: no limit."""
    timeouts = [v for v in (request.extensions.get("timeout") or {}).values() if v is not None]
    until = now + max(timeouts) if timeouts else None
    deadline = request.extensions.get("soracom.deadline")
    if isinstance(deadline, (int, float)):
        until = deadline if until is None else min(until, deadline)
    return None if until is None else _Budget(until, (until - now) / 2)


def _json_object(response: httpx.Response, where: str) -> dict[str, Any]:
    from ._json import loads  # on the first login: `import soracom_client` does not load msgspec

    try:  # _json.loads: a document nested too deeply is a ValueError too, never a RecursionError
        data = loads(response.content)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise ResponseParseError(f"{where} did not answer a JSON object", status_code=response.status_code)
    return data
