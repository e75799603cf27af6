"""What `AiohttpPool` hands aiohttp for one request: the caller's timeouts (connect, read, and the pool wait
added to the connect bound), the body without httpx's framing header, and what it makes of the answer."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Callable
from typing import Any

import aiohttp
import httpcore
import httpx
import pytest
from yarl import URL

from soracom_client._aiohttp_pool import AiohttpPool
from soracom_client._transport import DEFAULT_LIMITS


class _Session:
    """Stands for aiohttp's session: records the request it is given, answers with a connection error."""

    def __init__(self) -> None:
        self.calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []

    async def request(self, *args: Any, **kwargs: Any) -> None:
        self.calls.append((args, kwargs))
        raise aiohttp.ServerDisconnectedError()


async def sent(timeout: dict[str, float | None], headers: list[tuple[bytes, bytes]] | None = None,
               body: bytes = b"") -> dict[str, Any]:
    pool = AiohttpPool(ssl.create_default_context(), DEFAULT_LIMITS)
    session = _Session()
    pool._session, pool._session_loop = session, asyncio.get_running_loop()  # type: ignore[assignment]
    request = httpcore.Request("POST", "https://api.soracom.io/v1/sims", headers=headers or [],
                               content=body, extensions={"timeout": timeout})
    with pytest.raises(httpcore.RemoteProtocolError):
        await pool.handle_async_request(request)
    ((_, kwargs),) = session.calls
    return kwargs


@pytest.mark.parametrize(("timeout", "connect", "sock_connect", "sock_read"), [
    ({"connect": 2.0, "read": 7.0, "pool": 3.0}, 5.0, 2.0, 7.0),  # waiting for a connection, then making it
    ({"connect": 2.0, "read": 7.0, "pool": None}, None, 2.0, 7.0),  # no bound on the pool wait: none in all
    ({"connect": None, "read": None, "pool": 3.0}, None, None, None),
])
async def test_the_callers_timeouts_reach_aiohttp(timeout: dict[str, float | None], connect: float | None,
                                                  sock_connect: float | None, sock_read: float | None) -> None:
    given = (await sent(timeout))["timeout"]
    assert (given.total, given.connect, given.sock_connect, given.sock_read) == (None, connect, sock_connect,
                                                                                 sock_read)


async def test_the_body_goes_without_httpxs_framing_header() -> None:
    kwargs = await sent({}, headers=[(b"Transfer-Encoding", b"chunked"), (b"X-Trace", b"t")], body=b"{}")
    assert dict(kwargs["headers"]) == {"X-Trace": "t"} and kwargs["data"] == b"{}"
    assert kwargs["allow_redirects"] is False and kwargs["compress"] is False
    assert (await sent({}))["data"] is None  # no body: none sent, not an empty one


def test_limits_without_a_keepalive_expiry_keep_aiohttps_15_s() -> None:
    pool = AiohttpPool(ssl.create_default_context(), httpx.Limits(max_connections=None, keepalive_expiry=None))

    async def connector() -> aiohttp.BaseConnector:
        session = pool._new_session()
        try:
            return session.connector  # type: ignore[return-value]
        finally:
            await session.close()

    made = asyncio.run(connector())
    assert made.limit == 0 and made._keepalive_timeout == 15.0  # no limit; aiohttp's own default expiry


# A transfer token in the path (delete_subscriber_transfer_token), written with escapes a normalising URL
# parser would rewrite ("%7e" is "~"): the message must be rid of the URL in the very form aiohttp was given.
SECRET_URL = "https://api.soracom.io/v1/subscribers/transfer_token/TT%7eSECRET?ttl=%7e1"


class _Naming:
    """Stands for aiohttp's session: fails with an error whose text names the URL it was given, in one form."""

    def __init__(self, error: Callable[[URL], aiohttp.ClientError]) -> None:
        self.error = error

    async def request(self, method: str, url: URL, **kwargs: Any) -> None:
        raise self.error(url)


@pytest.mark.parametrize(("error", "expected", "text"), [
    (aiohttp.InvalidURL, httpcore.UnsupportedProtocol, "InvalidURL: <url>"),  # the whole URL
    (lambda url: aiohttp.ServerDisconnectedError(f"lost {url.raw_path_qs}"), httpcore.RemoteProtocolError,
     "ServerDisconnectedError: lost <url>"),  # the path with the query
    (lambda url: aiohttp.ClientOSError(104, f"reset during {url.raw_path}"), httpcore.ReadError,
     "ClientOSError: [Errno 104] reset during <url>"),  # the path alone
])
async def test_no_form_of_the_url_reaches_the_error(error: Callable[[URL], aiohttp.ClientError],
                                                    expected: type[Exception], text: str) -> None:
    pool = AiohttpPool(ssl.create_default_context(), DEFAULT_LIMITS)
    pool._session, pool._session_loop = _Naming(error), asyncio.get_running_loop()  # type: ignore[assignment]
    with pytest.raises(expected) as caught:
        await pool.handle_async_request(httpcore.Request("DELETE", SECRET_URL))
    assert str(caught.value) == text  # nothing of the URL left: not the host, not a part of the path
