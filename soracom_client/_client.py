"""`Soracom`, the client users hold: configuration, the pooled httpx client, and one attribute per spec tag."""

from __future__ import annotations

import platform
from collections.abc import Awaitable, Callable, Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast, get_args

import httpx

from . import __version__
from ._auth import DEFAULT_TOKEN_TIMEOUT, SoracomAuth
from ._clock import Clock, check_clock
from ._credentials import ApiToken, AuthKey, Credentials, EmailPassword, SamUser
from ._logging import logger, setup_from_env
from ._options import check_deadline, check_headers, check_max_retries, check_timeout
from ._origin import check_base_url, in_process, refuse_foreign_credentials
from ._runtime import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_SIZE,
    ClientState,
    RawRunner,
    Runner,
    check_max_response_size,
)
from .errors import ClientClosedError, ConfigurationError
from .generated.api import RawResources, Resources
from .generated.types import UNSET, Unset

if TYPE_CHECKING:
    import asyncio

    from ._bulk import BulkResult, Progress
    from .generated.client import AuthenticatedClient

Coverage = Literal["jp", "g"]
Lang = Literal["en", "ja"]

T = TypeVar("T")
R = TypeVar("R")

HOSTS = {
    ("jp", False): "https://api.soracom.io/v1",
    ("g", False): "https://g.api.soracom.io/v1",
    ("jp", True): "https://api-sandbox.soracom.io/v1",
    ("g", True): "https://g.api-sandbox.soracom.io/v1",
}
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
USER_AGENT = f"soracom-client/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"


def default_transport() -> httpx.AsyncBaseTransport | None:
    """The transport of a client Soracom makes: an `AiohttpPoolTransport`; a `LanePoolTransport` with an
    aiohttp whose own re-sending cannot be turned off; None (httpx's default, which applies proxies from
    the environment) when the environment sets a proxy."""
    from urllib.request import getproxies

    if any(getproxies().get(scheme) for scheme in ("http", "https", "all")):
        return None
    from . import _aiohttp_pool

    if not _aiohttp_pool.CAN_TURN_OFF_RESEND:  # an aiohttp that would re-send requests by itself
        from ._transport import LanePoolTransport

        return LanePoolTransport()
    return _aiohttp_pool.AiohttpPoolTransport()


def base_url_for(coverage: str, sandbox: bool, *, source: str = "coverage") -> str:
    if coverage not in get_args(Coverage):
        raise ConfigurationError(f"{source}: must be 'jp' or 'g', got {coverage!r}")
    if not isinstance(sandbox, bool):
        raise ConfigurationError(f"sandbox: must be True or False, got {sandbox!r}")
    return HOSTS[(coverage, sandbox)]


def check_auth(auth: object) -> Credentials:
    if not isinstance(auth, (AuthKey, EmailPassword, SamUser, ApiToken)):
        raise ConfigurationError(f"auth: must be AuthKey, SamUser, EmailPassword or ApiToken from soracom_client, "
                                 f"got {type(auth).__name__} (Soracom.from_env() finds them in the environment "
                                 "or a soracom-cli profile)")
    return auth


def _client_base_url(http_client: httpx.AsyncClient, base_url: str | None, coverage: str, sandbox: bool) -> str | None:
    """The base URL a given http_client brings, or None. A base_url argument that differs from it, or a
    coverage/sandbox whose host it is not, is a conflict: refused rather than one silently winning."""
    given = str(http_client.base_url).rstrip("/")
    if not given:
        return None
    if base_url is not None:
        if base_url.rstrip("/") != given:
            raise ConfigurationError(f"base_url: {base_url.rstrip('/')!r} conflicts with the base_url of the given "
                                     f"http_client ({given!r}); give one of them, or the same")
        return given
    chosen = HOSTS[(coverage, sandbox)]
    if (coverage, sandbox) != ("jp", False) and given != chosen:
        raise ConfigurationError(f"coverage={coverage!r}, sandbox={sandbox!r} means {chosen!r}, which conflicts "
                                 f"with the base_url of the given http_client ({given!r})")
    return given


class _Shared:
    """What a client and its `with_options` views share: the pool, the auth state, the generated client."""

    def __init__(self, http: httpx.AsyncClient, owns_http: bool, auth: SoracomAuth, base_url: str,
                 generated: AuthenticatedClient, logout_on_close: bool, max_response_size: int,
                 clock: Clock | None = None) -> None:
        self.state = ClientState()  # closed by the client that made this, seen by every view
        self.max_response_size = max_response_size
        self.http = http
        self.owns_http = owns_http
        self.auth = auth
        self.base_url = base_url
        self.generated = generated
        self.logout_on_close = logout_on_close
        self.clock = clock


class Soracom(Resources):
    """Async client for the Soracom API; use it as `async with Soracom(...) as soracom:`.

    `base_url` overrides `coverage` and `sandbox` (e.g. a fake server). A given
    `http_client` is used for its pool and transport; Soracom sets its `auth` (and its
    `base_url` if it has none) so that `soracom.client` works, and does not close it. If the
    `http_client` has a `base_url`, that is the API's base URL (checked like any other); a
    `base_url` argument or a `coverage`/`sandbox` naming another host is refused (`ConfigurationError`).

    Without `http_client`, Soracom makes an `httpx.AsyncClient` over `transport`: by default an
    `AiohttpPoolTransport` (httpx's own transport class over aiohttp's client: fast at high
    concurrency, safe under cancellation, seen by respx, pytest-httpx and OpenTelemetry), or httpx's
    default transport when a proxy is set in the environment (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY), so
    that the proxy applies. Pass `transport=soracom_client.transports.LanePoolTransport()` for pure
    httpx/httpcore, `transport=httpx.AsyncHTTPTransport()` for httpx's default pool, or any other
    httpx transport.

    `timeout` bounds each attempt (httpx's meaning: connect, each read, each write, waiting for a pooled
    connection); `deadline` bounds the whole call: every attempt, reading bodies, backoff between retries,
    `Retry-After` and rate-limit waits, waiting for a login. Past it the call raises `DeadlineExceededError`;
    a retry whose wait would end past it is not waited for: its error is raised at once. `None`: no deadline.
    `max_response_size` (bytes, decoded) bounds every response body; a larger one raises
    `ResponseTooLargeError` without being read further.

    `clock` (an object with `now()` and `async sleep(seconds)`, see `soracom_client.Clock`) is what every
    wait of the client runs on: backoff, `Retry-After` and rate-limit waits, bulk pauses, the deadline,
    token validity. `None` (the default) is real time. Tests pass the fake's clock
    (`clock=fake.clock`, a `soracom_client.testing.ManualClock`) so that waits move virtual time instead
    of waiting; connect/read timeouts of the transport stay in real time.

    Credentials go only to the origin of the base URL (scheme, host, port): requests of a given
    `http_client` to other hosts are not signed, and a redirect that would carry them elsewhere is
    refused (`CrossOriginError`). A plain `http://` base URL is refused for a host other than
    loopback unless `allow_insecure_http=True`, or unless the requests never leave the process (an
    `httpx.ASGITransport` or `httpx.MockTransport`, e.g. the in-process fake).
    """

    def __init__(self, *, auth: Credentials, coverage: Coverage = "jp", sandbox: bool = False,
                 base_url: str | None = None, timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
                 max_retries: int = 2, deadline: float | None = DEFAULT_DEADLINE,
                 max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE, http_client: httpx.AsyncClient | None = None,
                 transport: httpx.AsyncBaseTransport | None = None, lang: Lang | None = None,
                 default_headers: Mapping[str, str] | None = None,
                 token_timeout_seconds: int = DEFAULT_TOKEN_TIMEOUT, logout_on_close: bool = False,
                 allow_insecure_http: bool = False, clock: Clock | None = None) -> None:
        setup_from_env()
        # Every argument is checked here, before a pool is made: wrong use fails at construction.
        check_auth(auth)
        check_clock(clock)
        default_url = base_url_for(coverage, sandbox)
        if base_url is not None and (not isinstance(base_url, str) or not base_url):
            raise ConfigurationError(f"base_url: must be a non-empty str, got {base_url!r}")
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError(f"http_client: must be an httpx.AsyncClient, got {type(http_client).__name__}")
        if http_client is not None and transport is not None:
            raise ConfigurationError("transport: give it to your http_client instead (Soracom uses http_client "
                                     "as it is)")
        from_client = _client_base_url(http_client, base_url, coverage, sandbox) if http_client else None
        url = (from_client or base_url or default_url).rstrip("/")
        check_base_url(url, allow_insecure_http=allow_insecure_http or in_process(http_client, url, transport),
                       source="http_client.base_url" if from_client else "base_url")
        headers = {**check_headers(default_headers, "default_headers", "config"), "User-Agent": USER_AGENT}
        check_timeout(timeout, "config")
        check_max_retries(max_retries, "config")
        check_deadline(deadline, "config")
        check_max_response_size(max_response_size)
        if lang is not None:
            if lang not in get_args(Lang):
                raise ConfigurationError(f"lang: must be 'en' or 'ja', got {lang!r}")
            headers["X-Soracom-Lang"] = lang
        try:
            soracom_auth = SoracomAuth(auth, base_url=url, headers=headers,
                                       token_timeout_seconds=token_timeout_seconds, clock=clock)
        except (TypeError, ValueError) as exc:
            raise ConfigurationError(str(exc)) from exc
        if http_client is None:
            http = httpx.AsyncClient(base_url=url, timeout=timeout, auth=soracom_auth,
                                     transport=transport if transport is not None else default_transport())
        else:
            http = http_client
            http.auth = soracom_auth
            if not str(http.base_url):
                http.base_url = httpx.URL(url)
        if refuse_foreign_credentials not in http.event_hooks["request"]:
            # Runs before every hop of a redirect too, which the auth flow does not see.
            http.event_hooks["request"].append(refuse_foreign_credentials)
        timeout_obj = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        from .generated.client import AuthenticatedClient  # attrs-based: imported when a client is made

        generated = AuthenticatedClient(base_url=url, token="", timeout=timeout_obj).set_async_httpx_client(http)
        shared = _Shared(http, http_client is None, soracom_auth, url, generated, logout_on_close, max_response_size,
                         clock)
        self._setup(shared, timeout, max_retries, deadline, {}, view=False)

    def _setup(self, shared: _Shared, timeout: float | httpx.Timeout | None, max_retries: int,
               deadline: float | None, headers: dict[str, str], *, view: bool) -> None:
        self._shared = shared
        self._timeout = timeout
        self._max_retries = max_retries
        self._deadline = deadline
        self._headers = headers
        self._is_view = view
        self._runner = Runner(http=shared.http, auth=shared.auth, base_url=shared.base_url,
                              generated=shared.generated, timeout=timeout, max_retries=max_retries,
                              deadline=deadline, max_response_size=shared.max_response_size, state=shared.state,
                              default_headers=headers, clock=shared.clock)
        self._raw: RawResources | None = None
        Resources.__init__(self, self._runner)

    @classmethod
    def from_env(cls, profile: str | None = None, *, auth: Credentials | None = None, coverage: Coverage | None = None,
                 sandbox: bool | None = None, base_url: str | None = None,
                 timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT, max_retries: int = 2,
                 deadline: float | None = DEFAULT_DEADLINE, max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
                 http_client: httpx.AsyncClient | None = None, transport: httpx.AsyncBaseTransport | None = None,
                 lang: Lang | None = None, default_headers: Mapping[str, str] | None = None,
                 token_timeout_seconds: int = DEFAULT_TOKEN_TIMEOUT, logout_on_close: bool = False,
                 allow_insecure_http: bool = False, clock: Clock | None = None) -> Soracom:
        """Configure from arguments, then environment variables, then a soracom-cli profile (see `_config`).

        Takes the arguments of `Soracom(...)`; `auth`, `coverage`, `sandbox` and `base_url` given here win
        over the environment and the profile, `default_headers` over the profile's `headers`."""
        from . import _config  # only here: `import soracom_client` does not load the profile reader

        settings = _config.resolve(profile=profile, auth=auth, coverage=coverage, sandbox=sandbox, base_url=base_url,
                                   allow_insecure_http=allow_insecure_http)
        logger.debug("configuration from %s", settings.source)
        headers = {**settings.headers, **check_headers(default_headers, "default_headers", "config")}
        return cls(auth=settings.auth, coverage=settings.coverage, sandbox=settings.sandbox,
                   base_url=settings.base_url, timeout=timeout, max_retries=max_retries, deadline=deadline,
                   max_response_size=max_response_size, http_client=http_client, transport=transport, lang=lang,
                   default_headers=headers, token_timeout_seconds=token_timeout_seconds,
                   logout_on_close=logout_on_close, allow_insecure_http=allow_insecure_http, clock=clock)

    def with_options(self, *, timeout: float | httpx.Timeout | None | Unset = UNSET,
                     max_retries: int | None = None, deadline: float | None | Unset = UNSET,
                     default_headers: Mapping[str, str] | None = None) -> Soracom:
        """A view with other defaults that shares this client's connection pool and login.

        `default_headers` are added to this client's (the view's win for the same name; the headers the
        client controls, `_options.PROTECTED_HEADERS`, are refused). The view's `aclose()` closes nothing:
        the pool belongs to the client it came from, and once that client is closed every view raises
        `ClientClosedError`."""
        if self._shared.state.closed:
            raise ClientClosedError("with_options: the client is closed; make a new Soracom client")
        if not isinstance(timeout, Unset):
            check_timeout(timeout, "config")
        headers = {**self._headers, **check_headers(default_headers, "default_headers", "config")}
        view = object.__new__(type(self))
        view._setup(self._shared, self._timeout if isinstance(timeout, Unset) else timeout,
                    self._max_retries if max_retries is None else check_max_retries(max_retries, "config"),
                    self._deadline if isinstance(deadline, Unset) else check_deadline(deadline, "config"),
                    headers, view=True)
        return view

    @property
    def with_raw_response(self) -> RawResources:
        """The same operations, each answering a `RawResponse` (parsed value, status, headers, rate limit,
        request id) instead of the parsed value; a paginated one answers its one page as `RawResponse[Page[T]]`.
        Takes the same arguments and per-call options: `await soracom.with_raw_response.sim.get_sim(sim_id)`."""
        raw = self._raw
        if raw is None:
            raw = self._raw = RawResources(RawRunner(cast(Runner, self._runner)))
        return raw

    @property
    def client(self) -> AuthenticatedClient:
        """The generated client, authenticated: usable with every generated `asyncio_detailed` function."""
        return self._shared.generated

    @property
    def base_url(self) -> str:
        return self._shared.base_url

    @property
    def timeout(self) -> float | httpx.Timeout | None:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._max_retries

    @property
    def deadline(self) -> float | None:
        return self._deadline

    @property
    def max_response_size(self) -> int:
        return self._shared.max_response_size

    @property
    def clock(self) -> Clock | None:
        """The clock the client waits on; None: real time."""
        return self._shared.clock

    async def bulk(self, fn: Callable[[T], Awaitable[R]], items: Iterable[T], *, concurrency: int = 10,
                   on_progress: Callable[[Progress], Any] | None = None,
                   stop: asyncio.Event | None = None) -> BulkResult[T, R]:
        """`await fn(item)` for every item, at most `concurrency` at once; every outcome, in input order.

        One failure never stops the rest. A 429 or `X-Soracom-Ratelimit-Remaining: 0` on a path pauses
        every call of this run to that path until its refresh time. `on_progress(Progress)` follows
        each finished call. Setting `stop` starts no new work and returns what finished (see `_bulk`).
        """
        from ._bulk import run_bulk  # imported on first use, like the resources

        if self._shared.state.closed:
            raise ClientClosedError("bulk: the client is closed; make a new Soracom client")
        return await run_bulk(fn, items, concurrency=concurrency, on_progress=on_progress, stop=stop,
                              clock=self._shared.clock)

    async def aclose(self) -> None:
        """Log out if asked to, and close the connection pool if this client created it. Closing twice is
        harmless; a view's `aclose()` does nothing (its pool and login belong to the client it came from)."""
        shared = self._shared
        if self._is_view or shared.state.closed:
            return
        shared.state.closed = True
        if shared.logout_on_close:
            request = shared.auth.logout_request()
            if request is not None:
                try:  # streamed and closed unread: only the status matters, whatever body comes
                    response = await shared.http.send(request, auth=None, stream=True, follow_redirects=False)
                    await response.aclose()
                    logger.debug("logout -> %d", response.status_code)
                except httpx.HTTPError as exc:
                    logger.debug("logout failed: %s", type(exc).__name__)
                shared.auth.forget_session()
        if shared.owns_http:
            await shared.http.aclose()

    async def __aenter__(self) -> Soracom:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"Soracom(base_url={self._shared.base_url!r}, auth={self._shared.auth._credentials!r})"
