# ruff: noqa: F811  (the pytest fixtures imported from test_transport are redefined as parameters)
"""The lane pool's options and its care of connections, as a caller (or the server) sees them: a proxy given
to it is used by every lane, the CA bundle of the environment (SSL_CERT_FILE) is trusted by default, at most
100 connections are open and kept, idle ones expire after 5 s, it speaks HTTP/1.1 even to a server that
prefers HTTP/2, and every connection it stops using is closed: dropped, surplus, or left when it closes,
a close that hangs bounded by 2 s and not cut short by the caller's cancellation."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from types import SimpleNamespace

import anyio
import httpcore
import httpx
import pytest
import trustme
from test_transport import Server, _server_context, ca, server  # noqa: F401

from soracom_client.transports import LanePoolTransport


async def until(condition: Callable[[], bool]) -> None:
    """Wait for the server to see what the client did (a close reaches it a few loop turns later); bounded."""
    for _ in range(500):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the server never saw it")


async def test_a_proxy_given_to_the_lane_pool_is_used(server: Server) -> None:
    proxy = server.url.removesuffix("/v1")
    async with httpx.AsyncClient(transport=LanePoolTransport(proxy=proxy)) as http:
        # A host that does not resolve: only through the proxy (the loopback server) is there an answer.
        for _ in range(2):  # and the connection to the proxy is kept for the next request
            response = await http.get("http://api.soracom.invalid/v1/sims")
            assert response.status_code == 200
    assert server.connections == 1


async def test_the_environments_ca_bundle_is_trusted_by_default(ca: trustme.CA, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    async with Server(tls=_server_context(ca)) as tls_server, \
            httpx.AsyncClient(transport=LanePoolTransport()) as http:
        assert (await http.get(tls_server.url + "/sims/1")).status_code == 200


async def test_by_default_at_most_100_connections_are_open_and_100_kept() -> None:
    transport = LanePoolTransport()
    async with Server(delay=0.05) as busy, httpx.AsyncClient(transport=transport) as http:
        answers = await asyncio.gather(*(http.get(busy.url + "/sims/1") for _ in range(101)))
        assert {a.status_code for a in answers} == {200}
        assert busy.max_in_flight == 100 and busy.connections == 100
        assert transport.connections == (100, 0)  # (idle, in use): every one kept for the next requests


async def test_idle_connections_are_reused_for_5_s_and_no_longer(server: Server,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx's default keep-alive expiry: an idle connection older than 5 s may have been dropped by a proxy."""
    skew = 0.0
    monkeypatch.setattr(httpcore._async.http11, "time", SimpleNamespace(monotonic=lambda: time.monotonic() + skew))
    async with httpx.AsyncClient(transport=LanePoolTransport()) as http:
        await http.get(server.url + "/sims/1")
        skew = 4.9
        await http.get(server.url + "/sims/1")
        assert server.connections == 1
        skew += 5.1
        await http.get(server.url + "/sims/1")
        assert server.connections == 2


async def test_the_lanes_speak_http_1_1_to_a_server_that_prefers_http_2(ca: trustme.CA, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    context = _server_context(ca)
    context.set_alpn_protocols(["h2", "http/1.1"])
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    async with Server(tls=context) as tls_server, httpx.AsyncClient(transport=LanePoolTransport()) as http:
        assert (await http.get(tls_server.url + "/sims/1")).status_code == 200
    assert tls_server.alpn == ["http/1.1"]


async def test_closing_the_pool_closes_every_connection_and_refuses_new_requests(server: Server) -> None:
    transport = LanePoolTransport()
    async with httpx.AsyncClient(transport=transport) as http:
        await asyncio.gather(*(http.get(server.url + "/sims/1") for _ in range(3)))
        assert server.connections == 3 and server.closed == 0
    await until(lambda: server.closed == 3)
    with pytest.raises(RuntimeError, match=r"used after aclose\(\)"):
        await transport.handle_async_request(httpx.Request("GET", server.url + "/sims/1"))


async def test_dropped_and_surplus_connections_are_closed_not_left_open(server: Server) -> None:
    transport = LanePoolTransport(limits=httpx.Limits(max_connections=10, max_keepalive_connections=2))
    async with httpx.AsyncClient(transport=transport) as http:
        async with http.stream("GET", server.url + "/sims/1"):
            pass  # closed unread: dropped
        await until(lambda: server.closed == 1)
        await asyncio.gather(*(http.get(server.url + "/sims/1") for _ in range(6)))
        assert transport.connections == (2, 0)
        await until(lambda: server.closed == 1 + 4)  # the surplus of six over the two kept


class _Body(httpx.AsyncByteStream):
    def __init__(self, close: Callable[[], object] | None = None) -> None:
        self._close = close

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"{}"

    async def aclose(self) -> None:
        if self._close is not None:
            self._close()


@pytest.fixture
def lanes(monkeypatch: pytest.MonkeyPatch) -> list[httpx.Response]:
    """Lanes that answer without a network, with the responses they gave: their close is what is tested."""
    given: list[httpx.Response] = []

    async def answer(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        return given.pop(0)

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", answer)
    return given


async def test_a_response_whose_close_failed_does_not_lend_its_connection_again(
        lanes: list[httpx.Response]) -> None:
    def fail() -> None:
        raise httpx.ReadError("connection reset while closing")

    lanes.append(httpx.Response(200, stream=_Body(close=fail)))
    transport = LanePoolTransport()
    response = await transport.handle_async_request(httpx.Request("GET", "http://127.0.0.1:9/"))
    assert isinstance(response.stream, httpx.AsyncByteStream)
    assert [chunk async for chunk in response.stream] == [b"{}"]  # read to its end
    with pytest.raises(httpx.ReadError):
        await response.stream.aclose()
    assert transport.connections == (0, 0)


async def test_closing_a_dropped_connection_waits_at_most_2_s_for_the_peer(lanes: list[httpx.Response],
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A TLS close waits for the peer; on a dead server the caller must not wait for ever (docs/design.md).
    anyio's clock reads 1.9 s behind the loop's here: the 2 s bound then ends 0.1 s of real time later."""
    async def hang(self: httpx.AsyncHTTPTransport) -> None:
        await asyncio.Event().wait()

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "aclose", hang)
    lanes.append(httpx.Response(200, stream=_Body()))
    transport = LanePoolTransport()
    response = await transport.handle_async_request(httpx.Request("GET", "http://127.0.0.1:9/"))
    assert isinstance(response.stream, httpx.AsyncByteStream)
    loop = asyncio.get_running_loop()
    monkeypatch.setattr(anyio, "current_time", lambda: loop.time() - 1.9)
    started = loop.time()
    await response.stream.aclose()  # unread: the lane is dropped and closed
    assert 0.1 <= loop.time() - started < 1.0  # 1 s: a bound of 1 s ends at once, one of 3 s after 1.1 s
    assert transport.connections == (0, 0)


async def test_a_cancelled_caller_still_closes_the_connection_it_drops(lanes: list[httpx.Response],
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """anyio cancels level-triggered (Starlette, FastAPI): unshielded, the close would be cut at its first await."""
    closed: list[httpx.AsyncHTTPTransport] = []

    async def close(self: httpx.AsyncHTTPTransport) -> None:
        for _ in range(3):
            await asyncio.sleep(0)  # a real close awaits its socket
        closed.append(self)

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "aclose", close)
    lanes.append(httpx.Response(200, stream=_Body()))
    transport = LanePoolTransport()
    response = await transport.handle_async_request(httpx.Request("GET", "http://127.0.0.1:9/"))
    assert isinstance(response.stream, httpx.AsyncByteStream)
    with anyio.CancelScope() as scope:
        scope.cancel()
        await response.stream.aclose()
    assert len(closed) == 1 and transport.connections == (0, 0)
