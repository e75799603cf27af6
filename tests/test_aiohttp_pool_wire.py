# ruff: noqa: F811  (the `ca` fixture imported from test_transport is redefined as a parameter)
"""`AiohttpPoolTransport` on the wire, over loopback: what reaches the server is what httpx was given (the
URL byte for byte, from the local address asked for, never through a proxy of the environment), what comes
back is what the server said (its reason phrase, a compressed body decoded once), a body cut short is a
typed error, and the transport keeps working under a second event loop."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import sys
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
import trustme

from soracom_client import ApiToken, Soracom
from soracom_client.errors import APIConnectionError
from soracom_client.transports import AiohttpPoolTransport
from tests.test_transport import (  # noqa: F401 (ca: a fixture)
    BODY,
    Server,
    _server_context,
    ca,
    no_proxy_env,
    traceback_chain,
)

OK = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}"


class RawServer:
    """A loopback server answering each request head with `answer(head)` (bytes, sent as they are); it
    records the request heads and each connection's peer address, and stops with its `async with`.
    `together`: requests held until that many are in flight at once (or 30 s went by, so it never hangs)."""

    def __init__(self, answer: Callable[[bytes], bytes] = lambda head: OK, together: int = 1) -> None:
        self.answer = answer
        self.together = together
        self._all_in = asyncio.Event()
        self.heads: list[bytes] = []
        self.peers: list[str] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.url = ""
        self._server: asyncio.Server | None = None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.peers.append(writer.get_extra_info("peername")[0])
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                self.heads.append(head)
                self.in_flight += 1
                self.max_in_flight = max(self.max_in_flight, self.in_flight)
                if self.in_flight >= self.together:
                    self._all_in.set()
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(self._all_in.wait(), 30)
                self.in_flight -= 1
                writer.write(self.answer(head))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def __aenter__(self) -> RawServer:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()


async def test_a_percent_encoded_url_reaches_the_server_byte_for_byte() -> None:
    # Escapes of unreserved characters and lowercase escapes are the caller's: a server may tell them apart
    # (a signature over the path, an ID that holds a '%'), so nothing on the way may normalise them.
    target = "/v1/files/private/a%7eb%2fc%41?prefix=%7e%2f"
    async with RawServer() as server:
        async with httpx.AsyncClient(transport=AiohttpPoolTransport()) as client:
            assert (await client.get(server.url + target)).status_code == 200
    assert server.heads[0].split(b"\r\n")[0] == f"GET {target} HTTP/1.1".encode()


async def test_the_servers_reason_phrase_reaches_the_caller() -> None:
    answer = b"HTTP/1.1 200 Fine Thanks\r\ncontent-length: 0\r\n\r\n"
    async with RawServer(lambda head: answer) as server:
        async with httpx.AsyncClient(transport=AiohttpPoolTransport()) as client:
            response = await client.get(server.url + "/v1/sims")
    assert (response.status_code, response.reason_phrase) == (200, "Fine Thanks")


async def test_a_compressed_answer_is_decoded_once() -> None:
    # httpx decodes the body by its Content-Encoding; aiohttp must hand it over as it came.
    document = {"simId": "8981100000000000001", "tags": {"name": "a" * 500}}
    packed = gzip.compress(json.dumps(document).encode())
    answer = (b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-encoding: gzip\r\n"
              b"content-length: " + str(len(packed)).encode() + b"\r\n\r\n" + packed)
    async with RawServer(lambda head: answer) as server:
        async with httpx.AsyncClient(transport=AiohttpPoolTransport()) as client:
            response = await client.get(server.url + "/v1/sims/1")
            async with client.stream("GET", server.url + "/v1/sims/1") as streamed:
                raw = b"".join([chunk async for chunk in streamed.aiter_raw()])
    assert response.json() == document
    assert raw == packed


async def test_a_proxy_in_the_environment_is_not_used_behind_httpxs_back(monkeypatch: pytest.MonkeyPatch) -> None:
    # Proxies are httpx's choice (default_transport leaves a proxied environment to httpx's own transport);
    # this transport, given explicitly, goes direct.
    no_proxy_env(monkeypatch)
    for name in ("no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    async with RawServer() as proxy, RawServer() as server:
        for name in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
            monkeypatch.setenv(name, proxy.url)
        async with httpx.AsyncClient(transport=AiohttpPoolTransport(), trust_env=False) as client:
            assert (await client.get(server.url + "/v1/sims")).status_code == 200
    assert len(server.heads) == 1 and proxy.peers == []


async def test_local_address_is_the_source_of_every_connection_at_once() -> None:
    # Any free port of that address for each connection: two at once must both get one.
    local = "127.0.0.2" if sys.platform.startswith("linux") else "127.0.0.1"  # Linux routes all of 127/8
    async with RawServer(together=2) as server:
        async with httpx.AsyncClient(transport=AiohttpPoolTransport(local_address=local)) as client:
            answers = await asyncio.gather(*(client.get(server.url + "/v1/sims") for _ in range(2)))
            assert [a.status_code for a in answers] == [200, 200]
            assert (await client.get(server.url + "/v1/sims")).status_code == 200
    assert server.max_in_flight == 2 and server.peers == [local, local]


async def test_a_body_cut_short_is_a_soracom_error() -> None:
    # The server promises more than it sends, then closes: the failure comes while the body is read.
    answer = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 5000\r\n\r\n" + BODY[:100]

    async def cut(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(answer)
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(cut, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/v1"
    try:
        async with Soracom(auth=ApiToken("k", "t"), base_url=url, transport=AiohttpPoolTransport(),
                           max_retries=0) as soracom:
            with pytest.raises(APIConnectionError) as caught:
                await soracom.sim.get_sim("8981100000000000001")
    finally:
        server.close()
    # httpx's error, with the retry meaning "may have been processed" (a read error, not a connect error).
    assert any(isinstance(e, httpx.ReadError) for e in traceback_chain(caught.value))


def test_a_transport_used_under_a_second_event_loop_keeps_working() -> None:
    # A script calling asyncio.run twice with one client: aiohttp's session belongs to the first loop.
    client = httpx.AsyncClient(transport=AiohttpPoolTransport())

    async def get(close: bool) -> int:
        async with Server(delay=0.0) as server:
            try:
                return (await client.get(server.url + "/sims/1")).status_code
            finally:
                if close:
                    await client.aclose()

    assert asyncio.run(get(close=False)) == 200
    assert asyncio.run(get(close=True)) == 200


@pytest.mark.parametrize("trust_env", [True, False])
async def test_ssl_cert_file_is_trusted_by_default_and_only_then(ca: trustme.CA, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 trust_env: bool) -> None:
    # A company CA named in SSL_CERT_FILE (as for httpx itself): trusted unless trust_env=False.
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    transport = AiohttpPoolTransport() if trust_env else AiohttpPoolTransport(trust_env=False)
    async with Server(tls=_server_context(ca)) as tls_server:
        async with httpx.AsyncClient(transport=transport) as client:
            if trust_env:
                assert (await client.get(tls_server.url + "/sims/1")).status_code == 200
            else:
                with pytest.raises(httpx.ConnectError):
                    await client.get(tls_server.url + "/sims/1")
