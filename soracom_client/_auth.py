"""Soracom authentication as an httpx auth flow.

Every request needs `X-Soracom-API-Key` and `X-Soracom-Token`, obtained by
`POST /auth`. The flow logs in lazily on first use, renews the token shortly
before it expires (`POST /operators/{operator_id}/token`), and on a 401 logs in
again once and replays the request once. One lock serialises these steps, so a
crowd of concurrent requests shares one login, one renewal or one re-login; the
lock is held across the `yield` that sends the login request, which is fine
because httpx sends it in the same task.

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

from ._credentials import ApiToken, Credentials
from ._logging import logger
from ._origin import AUTH_REQUEST, ORIGIN, origin_of
from .errors import AuthenticationError, ResponseParseError, status_error_from_response

DEFAULT_TOKEN_TIMEOUT = 86400
MAX_TOKEN_TIMEOUT = 172800

# Looked up at call time so that tests can move time forward.
clock = time.monotonic


@dataclass(slots=True)
class Session:
    api_key: str
    token: str
    operator_id: str | None
    expires_at: float  # on `clock`


class SoracomAuth(httpx.Auth):
    # Bodies of our own login/renewal answers are read in the flow (`aread`), as httpx's
    # default async flow would do; the operation's response is left to the caller.

    def __init__(self, credentials: Credentials, *, base_url: str, headers: Mapping[str, str] | None = None,
                 token_timeout_seconds: int = DEFAULT_TOKEN_TIMEOUT) -> None:
        if not 0 < token_timeout_seconds <= MAX_TOKEN_TIMEOUT:
            raise ValueError(f"token_timeout_seconds: must be in 1..{MAX_TOKEN_TIMEOUT}, got {token_timeout_seconds}")
        self._credentials = credentials
        self._base_url = base_url.rstrip("/")
        self._origin = origin_of(httpx.URL(self._base_url))
        self._headers = dict(headers or {})
        self._token_timeout = token_timeout_seconds
        # Renew when this little validity is left: 5 minutes, or a tenth of a short token's life.
        self._renew_margin = min(300.0, token_timeout_seconds / 10)
        import asyncio  # not at module level: asyncio costs ~50 ms to import, httpx does not need it

        self._lock = asyncio.Lock()
        self._session: Session | None = None
        if isinstance(credentials, ApiToken):
            self._session = Session(credentials.api_key, credentials.token, None, float("inf"))
        # Login attempts so far, and the response of the last one if it was refused: requests
        # that queued behind a refused login get its error instead of logging in again.
        self._attempts = 0
        self._refusal: httpx.Response | None = None
        self._login_started = 0.0

    def __repr__(self) -> str:
        return f"SoracomAuth({self._credentials!r})"

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
        if isinstance(self._credentials, ApiToken):
            self._sign(request, self._session)
            yield request
            return

        seen = self._attempts
        async with self._lock:
            if self._session is None:
                if self._attempts != seen and self._refusal is not None:
                    raise self._refused(self._refusal)
                response = yield self._login_request(request)
                await response.aread()
                self._accept_login(response)
            elif clock() >= self._session.expires_at - self._renew_margin:
                response = yield self._renew_request(request, self._session)
                await response.aread()
                if not self._accept_renewal(response):
                    response = yield self._login_request(request)
                    await response.aread()
                    self._accept_login(response)
        used = self._session
        self._sign(request, used)
        response = yield request
        if response.status_code != 401:
            return

        # The token expired or was revoked: log in again once, shared by everyone whose request failed
        # with this same session, then replay this request once.
        async with self._lock:
            if self._session is used or self._session is None:
                logger.debug("401 with the current token: logging in again")
                self._session = None
                response = yield self._login_request(request)
                await response.aread()
                self._accept_login(response)
        self._sign(request, self._session)
        yield request

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

    def _side_request(self, original: httpx.Request, path: str, body: dict[str, Any]) -> httpx.Request:
        # Same timeout as the request it serves; a bare httpx.Request would have none.
        extensions = {k: v for k, v in original.extensions.items() if k == "timeout"}
        request = httpx.Request("POST", f"{self._base_url}{path}", json=body, headers=self._headers,
                                extensions={**extensions, ORIGIN: self._origin})
        request.extensions[AUTH_REQUEST] = id(request)  # a redirect of it is another object: refused
        return request

    def _login_request(self, original: httpx.Request) -> httpx.Request:
        assert not isinstance(self._credentials, ApiToken)
        logger.debug("logging in with %s", type(self._credentials).__name__)
        self._login_started = clock()
        body = {**self._credentials.login_body(), "tokenTimeoutSeconds": self._token_timeout}
        return self._side_request(original, "/auth", body)

    def _accept_login(self, response: httpx.Response) -> None:
        self._attempts += 1
        if response.status_code in (401, 403):
            self._refusal = response
            raise self._refused(response)
        if not response.is_success:
            raise status_error_from_response(response, context="POST /auth")
        data = _json_object(response, "POST /auth")
        api_key, token = data.get("apiKey"), data.get("token")
        if not isinstance(api_key, str) or not isinstance(token, str):
            raise ResponseParseError("login answer lacks apiKey or token", path="$", status_code=response.status_code,
                                     model="AuthResponse")
        operator_id = data.get("operatorId")
        self._refusal = None
        self._session = Session(api_key, token, operator_id if isinstance(operator_id, str) else None,
                                self._login_started + self._token_timeout)
        logger.info("logged in; token valid for %d s", self._token_timeout)

    def _renew_request(self, original: httpx.Request, session: Session) -> httpx.Request:
        logger.debug("renewing the API token")
        self._login_started = clock()
        request = self._side_request(original, f"/operators/{session.operator_id}/token",
                                     {"tokenTimeoutSeconds": self._token_timeout})
        self._sign(request, session)
        return request

    def _accept_renewal(self, response: httpx.Response) -> bool:
        """True if the token was renewed; False if a login is needed instead."""
        assert self._session is not None
        if response.is_success:
            token = _json_object(response, "POST /operators/{operator_id}/token").get("token")
            if isinstance(token, str):
                self._session = Session(self._session.api_key, token, self._session.operator_id,
                                        self._login_started + self._token_timeout)
                logger.info("token renewed; valid for %d s", self._token_timeout)
                return True
        if response.status_code == 401 or clock() >= self._session.expires_at:
            logger.debug("token renewal got %d: logging in again", response.status_code)
            self._session = None
            return False
        # The old token is still valid: keep it and try renewing again on the next request.
        logger.debug("token renewal got %d; keeping the current token for now", response.status_code)
        return True

    def _refused(self, response: httpx.Response) -> AuthenticationError:
        error = status_error_from_response(response, context="POST /auth", cls=AuthenticationError)
        assert isinstance(error, AuthenticationError)
        return error


def _json_object(response: httpx.Response, where: str) -> dict[str, Any]:
    try:
        data = response.json()
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise ResponseParseError(f"{where} did not answer a JSON object", status_code=response.status_code)
    return data
