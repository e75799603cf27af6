"""What an aiohttp error means for the retry rules, for both aiohttp-based transports.

`_retry.after_exception` re-sends any operation after a connect error or a connect/pool timeout,
since those mean the request never left. So only a failure to get a connection may be called that;
a server that disconnects after reading the request is a protocol error ("may have been processed"),
as is a malformed answer. One table here, so that the two transports (`AiohttpPoolTransport`, which
raises httpcore's errors, and `AiohttpTransport`, which raises httpx's) cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import aiohttp

Kind = Literal["connect", "connect_timeout", "read_timeout", "unsupported", "protocol", "read"]
# Refused before sending, the URL in their text: a malformed URL, and (aiohttp 3.10+, not an InvalidURL
# there) a scheme aiohttp does not speak.
_URL_ERRORS: tuple[type[aiohttp.ClientError], ...] = (
    aiohttp.InvalidURL, *filter(None, [getattr(aiohttp, "NonHttpUrlClientError", None)]))


def kind_of(cause: aiohttp.ClientError) -> Kind:
    if isinstance(cause, aiohttp.ClientConnectorError):  # DNS, refused, TLS, proxy: nothing was sent
        return "connect"
    if isinstance(cause, aiohttp.ConnectionTimeoutError):  # no connection in time (pool or connect)
        return "connect_timeout"
    if isinstance(cause, aiohttp.ServerTimeoutError):  # sent, no answer in time
        return "read_timeout"
    if isinstance(cause, _URL_ERRORS):  # refused before sending
        return "unsupported"
    if isinstance(cause, (aiohttp.ServerDisconnectedError, aiohttp.ClientResponseError)):
        return "protocol"  # no answer, or a malformed one
    return "read"  # reset, broken pipe, bad payload, ...: may have been processed


def message(cause: aiohttp.ClientError, urls: Iterable[str]) -> str:
    """The aiohttp error's text without the request's URL forms in `urls`, which may hold a secret (the
    transfer token in `delete_subscriber_transfer_token`'s path): a `ClientResponseError`'s str() names it."""
    text = cause.message if isinstance(cause, aiohttp.ClientResponseError) else str(cause)
    for url in urls:
        if len(url) > 1:
            text = text.replace(url, "<url>")
    return f"{type(cause).__name__}: {text}" if text else type(cause).__name__


def chained(cause: aiohttp.ClientError) -> BaseException | None:
    """What to chain: the aiohttp error, except those whose text or attributes hold the URL (and a
    `ClientResponseError` also the request headers: the API key and token); their own cause has neither.
    Any other whose text names an absolute URL ("Can not write request body for https://...") goes too."""
    if isinstance(cause, (aiohttp.ClientResponseError, *_URL_ERRORS)) or "://" in str(cause):
        return cause.__cause__
    return cause
