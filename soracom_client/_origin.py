"""Where Soracom credentials may go: only to the configured API origin (scheme, host, port).

The auth flow signs a request only when its URL has the API origin, and marks what it signs (and
its own login and renewal requests) with the origin in `request.extensions[ORIGIN]`.
`refuse_foreign_credentials`, a request event hook on the httpx client, runs before every request
httpx sends, including each hop of a redirect the caller's client follows: it refuses a marked
request bound for another origin, and any redirect of a login or renewal (which carries the auth
key or the token in its body), so nothing is sent.
"""

from __future__ import annotations

import httpx

from .errors import ConfigurationError, CrossOriginError

# request.extensions keys. ORIGIN: the origin the request's credentials belong to.
# AUTH_REQUEST: set on our login/renewal requests to the id of that request object; a redirect
# httpx builds shares the extensions but is another object.
ORIGIN = "soracom.origin"
AUTH_REQUEST = "soracom.auth_request"
# The per-call headers of the runner (extra_headers, a view's default_headers), already checked against
# _options.PROTECTED_HEADERS: the auth flow sets them after the client's own headers, so that they win.
EXTRA_HEADERS = "soracom.extra_headers"

Origin = tuple[str, str, int]
# What a host name (IDNA-encoded) or IP address is made of; httpx lets e.g. a percent-encoded space through.
_HOST_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.:")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin_of(url: httpx.URL) -> Origin:
    scheme = url.scheme
    return scheme, url.host, url.port or _DEFAULT_PORTS.get(scheme, 0)


def is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        import ipaddress  # only for a plain-http base URL

        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


IN_PROCESS_TRANSPORTS = (httpx.ASGITransport, httpx.MockTransport)


def in_process(http_client: httpx.AsyncClient | None, url: str,
               transport: httpx.AsyncBaseTransport | None = None) -> bool:
    """True if requests to `url` are answered inside this process (an ASGI app, a mock): no network to
    protect credentials from, so plain http is fine (the in-process fake at http://fake/v1)."""
    if transport is not None:
        return isinstance(transport, IN_PROCESS_TRANSPORTS)
    if http_client is None:
        return False
    try:  # httpx's own routing (mounts included); private, so any surprise means "not in process"
        chosen = http_client._transport_for_url(httpx.URL(url))
    except Exception:
        return False
    return isinstance(chosen, IN_PROCESS_TRANSPORTS)


def check_base_url(url: str, *, allow_insecure_http: bool, source: str) -> None:
    """Refuse a base URL that would send credentials in clear text over the network.

    `source` names where the URL came from (argument, variable or profile file) for the message.
    """
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"{source}: not a valid URL ({exc})") from None
    if parsed.scheme not in ("http", "https"):
        raise ConfigurationError(f"{source}: the API base URL must be an https:// URL, got scheme {parsed.scheme!r}")
    if not parsed.host or not set(parsed.raw_host) <= _HOST_BYTES:
        raise ConfigurationError(f"{source}: the API base URL must name a host (https://host/v1): letters, "
                                 "digits, '-' and '.', or an IP address")
    if parsed.scheme == "https":
        return
    if allow_insecure_http or is_loopback(parsed.host):
        return
    raise ConfigurationError(
        f"{source}: http://{parsed.host} is plain HTTP to a host that is not loopback; the API key, token and "
        "auth key would cross the network unencrypted. Use https://, or pass allow_insecure_http=True "
        "(Soracom(...) or Soracom.from_env(...)) if this is intended")


async def refuse_foreign_credentials(request: httpx.Request) -> None:
    """httpx request hook: nothing carrying our credentials leaves the API origin or follows a redirect."""
    extensions = request.extensions
    origin = extensions.get(ORIGIN)
    if origin is None:
        return  # not signed by us: the caller's own request
    auth_request = extensions.get(AUTH_REQUEST)
    if auth_request is not None and auth_request != id(request):
        raise CrossOriginError("a login or token renewal was answered with a redirect; not followed, since it "
                               f"would carry credentials in its body (to {request.url.scheme}://{request.url.host})")
    if origin_of(request.url) != origin:
        raise CrossOriginError(f"refused to send Soracom credentials to {request.url.scheme}://{request.url.host} "
                               f"(port {request.url.port or _DEFAULT_PORTS.get(request.url.scheme, 0)}): they go "
                               f"only to the API origin {origin[0]}://{origin[1]}; nothing was sent")
