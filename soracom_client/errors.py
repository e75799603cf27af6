"""Exceptions raised by soracom-client.

    SoracomError
    ├── APIError                        a request was made; something about it failed
    │   ├── APIStatusError              the API answered with an error status
    │   │   ├── BadRequestError             400
    │   │   ├── AuthenticationError         401 (and refused logins)
    │   │   ├── PermissionDeniedError       403
    │   │   ├── NotFoundError               404
    │   │   ├── ConflictError               409
    │   │   ├── UnprocessableEntityError    422
    │   │   ├── RateLimitError              429
    │   │   └── InternalServerError         5xx
    │   ├── APIConnectionError          no answer: could not connect, connection dropped
    │   │   └── APITimeoutError         no answer in time
    │   │       └── DeadlineExceededError   the whole call (attempts, waits) passed its deadline
    │   ├── CrossOriginError            credentials would leave the API origin: refused, nothing sent
    │   ├── ResponseParseError          the answer does not fit the spec's schema
    │   └── ResponseTooLargeError       the answer's body is larger than max_response_size
    ├── ClientClosedError               the client (or the client a view came from) was closed
    ├── ConfigurationError              no usable configuration (also a ValueError)
    ├── PaginationLoopError             a walk over pages was sent back to a key it had already followed
    ├── PaginationLimitError            a walk reached the caller's `max_pages` with pages still to come
    └── RequestValidationError          bad input, raised before anything is sent (also a ValueError)

An error raised while walking the pages of a paginated operation has `resume_key`: the
`last_evaluated_key` the failed page was requested with (`None`: the first page).
"""

from __future__ import annotations

from typing import Any

import httpx

from ._response import RateLimit, rate_limit_of, request_id_of

__all__ = [
    "APIConnectionError", "APIError", "APIStatusError", "APITimeoutError", "AuthenticationError", "BadRequestError",
    "ClientClosedError", "ConfigurationError", "ConflictError", "CrossOriginError", "DeadlineExceededError",
    "InternalServerError", "NotFoundError", "PaginationLimitError", "PaginationLoopError", "PermissionDeniedError",
    "RateLimitError", "RequestValidationError", "ResponseParseError", "ResponseTooLargeError", "SoracomError",
    "UnprocessableEntityError", "is_secret_field", "status_error_class", "status_error_from_response",
]

# Field names whose values are secrets: never shown in messages, logs, reprs or pickles. Besides these,
# any name that reads as a secret (see `is_secret_field`), so that a field a new spec release adds
# (e.g. `registrationSecret`, `arcClientPeerPrivateKey`) is covered without a list to keep.
SECRET_FIELDS = frozenset({"authKey", "auth_key", "password", "key", "passphrase", "token", "apiKey", "api_key",
                           "X-Soracom-API-Key", "X-Soracom-Token"})
_SECRET_WORDS = ("password", "passphrase", "secret", "privatekey", "token", "apikey", "authkey")


def is_secret_field(name: str) -> bool:
    """True for a field or header name whose value must never be shown: `authKey`, `password`,
    `registrationSecret`, `arcClientPeerPrivateKey`, `X-Soracom-Token`, ... but not the ids that name
    a credential (`passwordCredentialsId`) nor `tokenTimeoutSeconds`."""
    if name in SECRET_FIELDS:
        return True
    folded = name.lower().replace("_", "").replace("-", "")
    return folded.endswith(_SECRET_WORDS)


class SoracomError(Exception):
    """Base class of every exception this library raises on purpose.

    Errors pickle (task queues, multiprocessing) without their secrets: an attached response is
    carried without the request that got it (whose headers hold the API key and token, or whose
    body holds the auth key), and a secret argument's value is redacted. The cause (`__cause__`)
    is not pickled, as for any exception.
    """

    # Set when a page of a paginated walk failed: pass it as `last_evaluated_key` to resume.
    resume_key: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        state = {name: _without_secrets(value) for name, value in vars(self).items()}
        return _rebuild, (type(self), self.args, state)


class APIError(SoracomError):
    """A request was attempted and did not give a usable result."""


class APIStatusError(APIError):
    """The API answered with an error status; `code` and `message` come from its `{code, message}` body.

    `response` is the answer (status, headers, body); `rate_limit` and `request_id` are read from its
    headers, as on a `RawResponse`.
    """

    response: httpx.Response
    status_code: int
    code: str | None
    message: str

    def __init__(self, message: str, *, response: httpx.Response, code: str | None = None,
                 api_message: str | None = None) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.code = code
        self.message = api_message if api_message is not None else message

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    @property
    def rate_limit(self) -> RateLimit | None:
        """The answer's `X-Soracom-Ratelimit-*` headers, parsed (None if it had none)."""
        return rate_limit_of(self.response.headers)

    @property
    def request_id(self) -> str | None:
        """The request id the API sent with the answer, if any (see `_response.REQUEST_ID_HEADERS`)."""
        return request_id_of(self.response.headers)


class BadRequestError(APIStatusError):
    pass


class AuthenticationError(APIStatusError):
    pass


class PermissionDeniedError(APIStatusError):
    pass


class NotFoundError(APIStatusError):
    pass


class ConflictError(APIStatusError):
    pass


class UnprocessableEntityError(APIStatusError):
    pass


class RateLimitError(APIStatusError):
    pass


class InternalServerError(APIStatusError):
    pass


class APIConnectionError(APIError):
    """No response: the connection could not be made or was lost."""


class APITimeoutError(APIConnectionError):
    """No response within the timeout."""


class DeadlineExceededError(APITimeoutError):
    """The call did not finish within its deadline (seconds for the whole call: every attempt, backoff and
    server-requested wait). The last failure, if any, is chained as `__cause__`."""

    deadline: float

    def __init__(self, message: str, *, deadline: float) -> None:
        super().__init__(message)
        self.deadline = deadline


class ResponseTooLargeError(APIError):
    """A response body (decoded) is larger than the client's `max_response_size`; reading it was stopped
    and its connection closed. `limit` is that size in bytes."""

    limit: int

    def __init__(self, message: str, *, limit: int) -> None:
        super().__init__(message)
        self.limit = limit


class ClientClosedError(SoracomError):
    """The client was closed (`aclose()` or the end of `async with`); a view from `with_options` is closed
    with the client it came from."""


class CrossOriginError(APIError):
    """A request carrying Soracom credentials (or the /auth body) would go to an origin other than the
    configured API origin, by a redirect or as the caller's own request: refused, nothing was sent."""


class ConfigurationError(SoracomError, ValueError):
    """No usable configuration: says where it looked and what was wrong."""


class ResponseParseError(APIError):
    """A response body does not fit its schema in openapi.yaml.

    `path` locates the first mismatch (e.g. ``$[3].sessionStatus.imei``); `body`
    is the raw response body and `status_code` its status, when known.
    """

    reason: str
    path: str
    body: bytes | None
    status_code: int | None
    model: str | None

    def __init__(self, reason: str, *, path: str = "$", body: bytes | None = None,
                 status_code: int | None = None, model: str | None = None) -> None:
        where = f" in {model}" if model else ""
        super().__init__(f"response does not fit the spec at {path}{where}: {reason}")
        self.reason = reason
        self.path = path
        self.body = body
        self.status_code = status_code
        self.model = model


class PaginationLoopError(SoracomError):
    """The API answered a page with a next key this walk had already followed: going on would never end.

    The items of every page up to here were delivered once; `key` is the repeated key.
    """

    key: str
    resume_key: str | None

    def __init__(self, key: str) -> None:
        super().__init__(f"pagination: the API sent next key {key!r} again; stopping instead of looping for ever")
        self.key = key
        self.resume_key = key


class PaginationLimitError(SoracomError):
    """A walk delivered the `max_pages` the caller allowed and the API still names a next page.

    Nothing was skipped: `resume_key` (also `key`) is the next page's key, to go on from there.
    """

    key: str
    resume_key: str | None

    def __init__(self, key: str) -> None:
        super().__init__(f"pagination: max_pages reached and the API names a next page; resume with "
                         f"last_evaluated_key={key!r}")
        self.key = key
        self.resume_key = key


class RequestValidationError(SoracomError, ValueError):
    """A request argument breaks a rule the spec states; nothing was sent.

    `field` names the argument (e.g. ``body.connectionOptions.timeout``), `rule`
    the constraint (e.g. ``maximum 300``) and `value` what was given.
    """

    field: str
    rule: str
    value: object

    def __init__(self, field: str, rule: str, value: Any) -> None:
        if is_secret_field(field.rsplit(".", 1)[-1]):
            shown = "<redacted>"  # never echo a secret, even a malformed one
        elif isinstance(value, str) and len(value) > 80:
            shown = repr(value[:77] + "...")
        else:
            shown = repr(value)
        super().__init__(f"{field}: must satisfy {rule}, got {shown}")
        self.field = field
        self.rule = rule
        self.value = value

    def __reduce__(self) -> tuple[Any, ...]:
        rebuild, (cls, args, state) = super().__reduce__()
        if is_secret_field(str(getattr(self, "field", "")).rsplit(".", 1)[-1]):
            state["value"] = "<redacted>"
        return rebuild, (cls, args, state)


def _rebuild(cls: type[SoracomError], args: tuple[Any, ...], state: dict[str, Any]) -> SoracomError:
    # Not through __init__: subclasses take other arguments than their message.
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


# Headers that describe the body as it came over the wire; the copy below holds it decoded.
_WIRE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding", "set-cookie"})


def _without_secrets(value: Any) -> Any:
    """What of an error's attribute may travel in a pickle."""
    if isinstance(value, httpx.Response):
        try:
            content = value.content
        except httpx.ResponseNotRead:
            content = b""
        headers = [(k, "<redacted>" if is_secret_field(k) else v) for k, v in value.headers.multi_items()
                   if k.lower() not in _WIRE_HEADERS]
        # No request: its headers carry the credentials, its URL may carry a transfer token.
        return httpx.Response(value.status_code, headers=headers, content=_scrub_body(content))
    if isinstance(value, httpx.Request):
        return None
    if isinstance(value, bytes):  # ResponseParseError.body: an answer may hold a token
        return _scrub_body(value)
    return value


def _scrub_body(body: bytes) -> bytes:
    """A JSON body with the values of secret fields redacted; any other body unchanged."""
    import json

    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return body
    scrubbed = _scrub(data)
    return body if scrubbed == data else json.dumps(scrubbed).encode()


def _scrub(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: "<redacted>" if is_secret_field(str(k)) else _scrub(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_scrub(v) for v in data]
    return data


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _error_fields(response: httpx.Response) -> tuple[str | None, str | None]:
    """`code` and `message` from a `{code, message}` or `{errorMessage: {code, message}}` body, if any."""
    from ._json import loads

    try:
        body = loads(response.content)
    except (ValueError, RecursionError):  # not JSON, or nested too deeply to decode
        return None, None
    if isinstance(body, dict) and isinstance(body.get("errorMessage"), dict):
        body = body["errorMessage"]
    if not isinstance(body, dict):
        return None, None
    code, message = body.get("code"), body.get("message")
    return (code if isinstance(code, str) else None), (message if isinstance(message, str) else None)


def status_error_class(status_code: int) -> type[APIStatusError]:
    if status_code in _STATUS_CLASSES:
        return _STATUS_CLASSES[status_code]
    return InternalServerError if status_code >= 500 else APIStatusError


def status_error_from_response(response: httpx.Response, *, context: str | None = None,
                               cls: type[APIStatusError] | None = None) -> APIStatusError:
    """The typed error for an error response: `SEM0016: The specified subscriber is offline (HTTP 400, ...)`.

    `context` (e.g. the method and path template) is appended; it must not contain secrets,
    which is why callers pass the path template rather than the URL.
    """
    code, api_message = _error_fields(response)
    if code and api_message:
        text = f"{code}: {api_message}"
    else:
        text = code or api_message or (response.reason_phrase or "error status")
    where = f", {context}" if context else ""
    return (cls or status_error_class(response.status_code))(
        f"{text} (HTTP {response.status_code}{where})", response=response, code=code, api_message=api_message)
