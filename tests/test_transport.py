"""The default transport (LanePoolTransport) and the aiohttp one, over real loopback sockets.

Behaviour only (connections opened, requests in flight, errors, release of connections): no timings.
"""

from __future__ import annotations

import asyncio
import json
import ssl
from collections.abc import AsyncIterator

import httpx
import pytest
import trustme

from soracom_client import ApiToken, Soracom
from soracom_client._client import default_transport
from soracom_client.errors import APIConnectionError
from soracom_client.transports import LanePoolTransport
from tests.support.sims import rich_sim

BODY = json.dumps(rich_sim(1)).encode()


class Server:
    """HTTP/1.1 keep-alive server on 127.0.0.1: counts connections and requests in flight."""

    def __init__(self, delay: float = 0.01, mode: str = "ok", tls: ssl.SSLContext | None = None,
                 body: bytes = BODY) -> None:
        self.delay = delay
        self.tls = tls
        self.body = body
        # "ok"; "disconnect": read the request, then close without answering; "close": answer, then close
        self.mode = mode
        self.connections = 0
        self.closed = 0  # connections the client closed (or this server ended)
        self.alpn: list[str | None] = []  # the protocol each TLS connection agreed on
        self.in_flight = 0
        self.max_in_flight = 0
        self.url = ""
        self._server: asyncio.Server | None = None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        tls = writer.get_extra_info("ssl_object")
        if tls is not None:
            self.alpn.append(tls.selected_alpn_protocol())
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = next((int(line.split(b":")[1]) for line in head.lower().split(b"\r\n")
                               if line.startswith(b"content-length:")), 0)
                await reader.readexactly(length)
                if self.mode == "disconnect":
                    break
                self.in_flight += 1
                self.max_in_flight = max(self.max_in_flight, self.in_flight)
                await asyncio.sleep(self.delay)
                self.in_flight -= 1
                writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
                             + str(len(self.body)).encode() + b"\r\n\r\n" + self.body)
                await writer.drain()
                if self.mode == "close":  # without saying so: the client finds out on its idle connection
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            self.closed += 1
            writer.close()

    async def __aenter__(self) -> Server:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0, ssl=self.tls)
        scheme = "https" if self.tls else "http"
        self.url = f"{scheme}://127.0.0.1:{self._server.sockets[0].getsockname()[1]}/v1"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    async with Server() as s:
        yield s


async def bounded(n: int, concurrency: int, fn: object) -> None:
    sem = asyncio.Semaphore(concurrency)

    async def one() -> None:
        async with sem:
            await fn()  # type: ignore[operator]

    await asyncio.gather(*(one() for _ in range(n)))


def no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


# --- the default --------------------------------------------------------------------------------
def test_default_transport_is_httpx_over_the_aiohttp_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    from soracom_client.transports import AiohttpPoolTransport

    no_proxy_env(monkeypatch)
    assert isinstance(default_transport(), AiohttpPoolTransport)


@pytest.mark.parametrize("name", ["HTTPS_PROXY", "http_proxy", "ALL_PROXY"])
def test_a_proxy_in_the_environment_keeps_httpx_default_transport(monkeypatch: pytest.MonkeyPatch,
                                                                  name: str) -> None:
    no_proxy_env(monkeypatch)
    monkeypatch.setenv(name, "http://127.0.0.1:3128")
    assert default_transport() is None  # httpx then mounts the proxy from the environment


async def test_soracom_default_reuses_connections_under_concurrency(server: Server,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    no_proxy_env(monkeypatch)
    async with Soracom(auth=ApiToken("k", "t"), base_url=server.url) as soracom:
        async def get() -> None:
            assert (await soracom.sim.get_sim("8981100000000000001")).sim_id is not None
        await bounded(200, 20, get)
    assert server.max_in_flight == 20
    assert server.connections <= 20  # kept alive and reused, never one per request


async def test_transport_argument_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(200, json=rich_sim(1))

    async with Soracom(auth=ApiToken("k", "t"), base_url="http://x/v1", allow_insecure_http=True,
                       transport=httpx.MockTransport(handler)) as soracom:
        await soracom.sim.get_sim("S1")
    assert seen == ["/v1/sims/S1"]


def test_transport_and_http_client_together_are_refused() -> None:
    with pytest.raises(ValueError, match="transport"):
        Soracom(auth=ApiToken("k", "t"), http_client=httpx.AsyncClient(), transport=httpx.MockTransport(
            lambda request: httpx.Response(200)))


# --- LanePoolTransport ---------------------------------------------------------------------------
async def test_max_connections_bounds_connections_and_requests_in_flight(server: Server) -> None:
    transport = LanePoolTransport(limits=httpx.Limits(max_connections=3, max_keepalive_connections=3))
    async with httpx.AsyncClient(transport=transport) as client:
        async def get() -> None:
            assert (await client.get(server.url + "/sims/1")).json()["simId"]
        await bounded(30, 10, get)
        assert transport.connections == (3, 0)
    assert server.max_in_flight == 3
    assert server.connections == 3


async def test_surplus_idle_connections_are_closed(server: Server) -> None:
    transport = LanePoolTransport(limits=httpx.Limits(max_connections=10, max_keepalive_connections=2))
    async with httpx.AsyncClient(transport=transport) as client:
        await asyncio.gather(*(client.get(server.url + "/sims/1") for _ in range(6)))
        assert transport.connections == (2, 0)


async def test_sequential_requests_use_one_connection(server: Server) -> None:
    async with httpx.AsyncClient(transport=LanePoolTransport()) as client:
        for _ in range(5):
            assert (await client.get(server.url + "/sims/1")).status_code == 200
    assert server.connections == 1


async def test_pool_timeout_when_every_connection_is_busy() -> None:
    async with Server(delay=0.5) as server:
        transport = LanePoolTransport(limits=httpx.Limits(max_connections=1))
        async with httpx.AsyncClient(transport=transport) as client:
            first = asyncio.create_task(client.get(server.url + "/sims/1"))
            while server.in_flight == 0:
                await asyncio.sleep(0.01)
            with pytest.raises(httpx.PoolTimeout):
                await client.get(server.url + "/sims/1", timeout=httpx.Timeout(5.0, pool=0.01))
            assert (await first).status_code == 200


async def test_failed_and_cancelled_requests_give_their_connection_back(server: Server) -> None:
    transport = LanePoolTransport(limits=httpx.Limits(max_connections=1))
    async with httpx.AsyncClient(transport=transport, timeout=httpx.Timeout(5.0, pool=1.0)) as client:
        for _ in range(2):  # a second PoolTimeout would mean the first failure kept the only slot
            with pytest.raises(httpx.ConnectError):
                await client.get("http://127.0.0.1:1/")
        server.delay = 1.0
        task = asyncio.create_task(client.get(server.url + "/sims/1"))
        while server.in_flight == 0:
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        server.delay = 0.0
        assert (await client.get(server.url + "/sims/1")).status_code == 200
        assert transport.connections[1] == 0


async def test_streamed_body_then_close_gives_the_connection_back(server: Server) -> None:
    transport = LanePoolTransport(limits=httpx.Limits(max_connections=1))
    async with httpx.AsyncClient(transport=transport) as client:
        async with client.stream("GET", server.url + "/sims/1") as response:
            assert transport.connections == (0, 1)
            body = b"".join([chunk async for chunk in response.aiter_bytes()])
        assert body == BODY
        assert transport.connections == (1, 0)


async def test_a_response_closed_before_its_end_never_lends_its_connection_again(server: Server) -> None:
    transport = LanePoolTransport(limits=httpx.Limits(max_connections=1))
    async with httpx.AsyncClient(transport=transport, timeout=httpx.Timeout(5.0, pool=1.0)) as client:
        async with client.stream("GET", server.url + "/sims/1"):
            pass  # closed unread: the connection may still hold the body
        assert transport.connections == (0, 0)  # dropped, not idle
        assert (await client.get(server.url + "/sims/1")).json()["simId"]
        assert transport.connections == (1, 0)
    assert server.connections == 2


async def test_read_timeout_is_httpx_read_timeout_and_the_connection_is_dropped() -> None:
    async with Server(delay=1.0) as server:
        transport = LanePoolTransport()
        async with httpx.AsyncClient(transport=transport) as client:
            with pytest.raises(httpx.ReadTimeout):
                await client.get(server.url + "/sims/1", timeout=httpx.Timeout(5.0, read=0.05))
            assert transport.connections == (0, 0)


async def test_an_idle_connection_the_server_closed_is_not_used_again() -> None:
    async with Server(mode="close") as server:
        async with httpx.AsyncClient(transport=LanePoolTransport()) as client:
            for _ in range(3):
                assert (await client.get(server.url + "/sims/1")).json()["simId"]
                await asyncio.sleep(0.05)  # the server's close reaches the client's idle connection
    assert server.connections == 3


async def test_a_large_body_arrives_whole() -> None:
    body = json.dumps([rich_sim(i) for i in range(2000)]).encode()  # a few MB: many reads
    async with Server(delay=0.0, body=body) as server:
        async with httpx.AsyncClient(transport=LanePoolTransport()) as client:
            for _ in range(2):
                assert (await client.get(server.url + "/sims")).content == body


def test_http2_is_refused() -> None:
    with pytest.raises(ValueError, match="HTTP/1.1"):
        LanePoolTransport(http2=True)


# --- AiohttpTransport: errors tell "never sent" from "may have run" -------------------------------
async def test_aiohttp_transport_disconnect_after_sending_is_not_a_connect_error() -> None:
    pytest.importorskip("httpx_aiohttp")
    from soracom_client.transports import AiohttpTransport

    async with Server(mode="disconnect") as server:
        async with httpx.AsyncClient(transport=AiohttpTransport()) as client:
            with pytest.raises(httpx.TransportError) as caught:
                await client.post(server.url + "/sims/1/send_sms", content=b"{}")
    assert isinstance(caught.value, httpx.RemoteProtocolError)  # httpx-aiohttp 0.2 says ConnectTimeout


async def test_aiohttp_transport_refused_connection_is_a_connect_error() -> None:
    pytest.importorskip("httpx_aiohttp")
    from soracom_client.transports import AiohttpTransport

    async with httpx.AsyncClient(transport=AiohttpTransport()) as client:
        with pytest.raises(httpx.ConnectError):
            await client.get("http://127.0.0.1:1/")


async def test_send_once_operation_is_not_retried_after_a_disconnect_with_aiohttp() -> None:
    pytest.importorskip("httpx_aiohttp")
    from soracom_client.errors import APIConnectionError
    from soracom_client.generated.models import SmsForwardingRequest
    from soracom_client.transports import AiohttpTransport

    async with Server(mode="disconnect") as server:
        async with Soracom(auth=ApiToken("k", "t"), base_url=server.url, transport=AiohttpTransport()) as soracom:
            with pytest.raises(APIConnectionError, match="RemoteProtocolError"):
                await soracom.sim.send_sms_to_sim("S1", body=SmsForwardingRequest(payload="hello"))
        assert server.connections == 1  # sent once, never again


async def malformed_answer_error(transport: httpx.AsyncBaseTransport) -> BaseException:
    """What a call through `transport` raises when the server answers with no HTTP at all; the call's
    path holds a transfer token, its headers the API key and token."""
    from soracom_client.errors import SoracomError

    async def garbage(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"NOT HTTP AT ALL\r\n\r\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(garbage, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/v1"
    try:
        async with Soracom(auth=ApiToken("the-api-key", "the-token"), base_url=url, transport=transport,
                           max_retries=0) as soracom:
            with pytest.raises(SoracomError) as caught:
                await soracom.subscriber.delete_subscriber_transfer_token("secret-transfer-token")
    finally:
        server.close()
    return caught.value


def assert_no_secret_in_traceback(chain: list[BaseException]) -> None:
    text = " ".join(f"{e!s} {e!r}" for e in chain)
    for secret in ("secret-transfer-token", "the-api-key", "the-token"):
        assert secret not in text


async def test_aiohttp_transport_malformed_answer_is_a_soracom_error_without_the_url_or_credentials() -> None:
    pytest.importorskip("httpx_aiohttp")
    from soracom_client.transports import AiohttpTransport

    error = await malformed_answer_error(AiohttpTransport())
    assert isinstance(error, APIConnectionError) and "RemoteProtocolError" in str(error)
    chain = traceback_chain(error)
    assert isinstance(chain[1], httpx.RemoteProtocolError)
    assert_no_secret_in_traceback(chain)


def traceback_chain(error: BaseException) -> list[BaseException]:
    """The error and everything a traceback of it would print (causes and contexts)."""
    chain: list[BaseException] = []
    exc: BaseException | None = error
    while exc is not None:
        chain.append(exc)
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return chain


# --- the default transport keeps httpx's error types, so the retry rules read them as before ------
async def test_default_transport_send_once_operation_is_not_retried_after_a_disconnect(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from soracom_client.generated.models import SmsForwardingRequest

    no_proxy_env(monkeypatch)
    async with Server(mode="disconnect") as server:
        async with Soracom(auth=ApiToken("k", "t"), base_url=server.url) as soracom:
            with pytest.raises(APIConnectionError, match="RemoteProtocolError"):
                await soracom.sim.send_sms_to_sim("S1", body=SmsForwardingRequest(payload="hello"))
        assert server.connections == 1  # may have been processed: sent once, never again


async def test_default_transport_repeatable_operation_is_retried_after_a_disconnect(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from soracom_client import _retry

    async def no_wait(seconds: float) -> None:
        return None

    monkeypatch.setattr(_retry, "sleep", no_wait)
    no_proxy_env(monkeypatch)
    async with Server(mode="disconnect") as server:
        async with Soracom(auth=ApiToken("k", "t"), base_url=server.url, max_retries=2) as soracom:
            with pytest.raises(APIConnectionError, match="RemoteProtocolError"):
                await soracom.sim.get_sim("S1")
        assert server.connections == 3  # a GET may be repeated: the first try and two retries


# --- TLS (the real API is HTTPS) -----------------------------------------------------------------
@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def _server_context(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    return context


async def test_https_through_the_lane_pool_verifies_and_reuses_connections(ca: trustme.CA) -> None:
    client_context = ssl.create_default_context()
    ca.configure_trust(client_context)
    async with Server(tls=_server_context(ca)) as tls_server:
        transport = LanePoolTransport(verify=client_context)
        async with Soracom(auth=ApiToken("k", "t"), base_url=tls_server.url, transport=transport) as soracom:
            async def get() -> None:
                assert (await soracom.sim.get_sim("8981100000000000001")).sim_id is not None
            await bounded(60, 6, get)
            assert transport.connections == (6, 0)
    assert tls_server.max_in_flight == 6 and tls_server.connections == 6


async def test_https_with_default_verification_refuses_an_untrusted_certificate(ca: trustme.CA) -> None:
    async with Server(tls=_server_context(ca)) as tls_server:
        async with Soracom(auth=ApiToken("k", "t"), base_url=tls_server.url, transport=LanePoolTransport(),
                           max_retries=0) as soracom:
            with pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED|certificate verify failed"):
                await soracom.sim.get_sim("8981100000000000001")
    assert tls_server.in_flight == 0 and tls_server.max_in_flight == 0  # no request reached the server
