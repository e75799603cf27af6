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
    │   ├── ResponseParseError          the answer does not fit the spec's schema
    │   └── ResponseTooLargeError       the answer's body is larger than max_response_size
    ├── ClientClosedError               the client (or the client a view came from) was closed
    ├── PaginationLoopError             a walk over pages was sent back to a key it had already followed
    └── RequestValidationError          bad input, raised before anything is sent (also a ValueError)

An error raised while walking the pages of a paginated operation has `resume_key`: the
`last_evaluated_key` the failed page was requested with (`None`: the first page).
"""

from __future__ import annotations

from typing import Any

import httpx

# Field names whose values are secrets: never shown in messages, logs or reprs.
SECRET_FIELDS = frozenset({"authKey", "auth_key", "password", "key", "passphrase", "token", "apiKey", "api_key",
                           "X-Soracom-API-Key", "X-Soracom-Token"})


class SoracomError(Exception):
    """Base class of every exception this library raises on purpose."""

    # Set when a page of a paginated walk failed: pass it as `last_evaluated_key` to resume.
    resume_key: str | None = None


class APIError(SoracomError):
    """A request was attempted and did not give a usable result."""


class APIStatusError(APIError):
    """The API answered with an error status; `code` and `message` come from its `{code, message}` body."""

    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, code: str | None = None,
                 api_message: str | None = None) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.code = code
        self.message = api_message if api_message is not None else message


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

    def __init__(self, message: str, *, deadline: float) -> None:
        super().__init__(message)
        self.deadline = deadline


class ResponseTooLargeError(APIError):
    """A response body (decoded) is larger than the client's `max_response_size`; reading it was stopped
    and its connection closed. `limit` is that size in bytes."""

    def __init__(self, message: str, *, limit: int) -> None:
        super().__init__(message)
        self.limit = limit


class ClientClosedError(SoracomError):
    """The client was closed (`aclose()` or the end of `async with`); a view from `with_options` is closed
    with the client it came from."""


class ResponseParseError(APIError):
    """A response body does not fit its schema in openapi.yaml.

    `path` locates the first mismatch (e.g. ``$[3].sessionStatus.imei``); `body`
    is the raw response body and `status_code` its status, when known.
    """

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

    def __init__(self, key: str) -> None:
        super().__init__(f"pagination: the API sent next key {key!r} again; stopping instead of looping for ever")
        self.key = key
        self.resume_key = key


class RequestValidationError(SoracomError, ValueError):
    """A request argument breaks a rule the spec states; nothing was sent.

    `field` names the argument (e.g. ``body.connectionOptions.timeout``), `rule`
    the constraint (e.g. ``maximum 300``) and `value` what was given.
    """

    def __init__(self, field: str, rule: str, value: Any) -> None:
        leaf = field.rsplit(".", 1)[-1]
        if leaf in SECRET_FIELDS:
            shown = "<redacted>"  # never echo a secret, even a malformed one
        elif isinstance(value, str) and len(value) > 80:
            shown = repr(value[:77] + "...")
        else:
            shown = repr(value)
        super().__init__(f"{field}: must satisfy {rule}, got {shown}")
        self.field = field
        self.rule = rule
        self.value = value


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
