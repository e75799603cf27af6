# ruff: noqa: F811  (the `ca` fixture imported from test_transport is redefined as a parameter)
"""`AiohttpPoolTransport` (the default): errors keep their retry meaning and hold no secret, timeouts and
TLS verification apply, connections are reused, and a respx pass-through still reaches the server."""

from __future__ import annotations

import ssl

import httpx
import pytest
import respx
import trustme

from soracom_client import ApiToken, Soracom
from soracom_client.errors import APIConnectionError
from soracom_client.transports import AiohttpPoolTransport
from tests.test_transport import (  # noqa: F401 (ca: a fixture)
    Server,
    _server_context,
    assert_no_secret_in_traceback,
    bounded,
    ca,
    malformed_answer_error,
    traceback_chain,
)


async def test_disconnect_after_sending_is_not_a_connect_error() -> None:
    async with Server(mode="disconnect") as server:
        async with httpx.AsyncClient(transport=AiohttpPoolTransport()) as client:
            with pytest.raises(httpx.TransportError) as caught:
                await client.post(server.url + "/sims/1/send_sms", content=b"{}")
    assert isinstance(caught.value, httpx.RemoteProtocolError)
    assert server.connections == 1  # aiohttp's own re-send of idempotent requests is off; POST never had it


async def test_refused_connection_is_a_connect_error() -> None:
    async with httpx.AsyncClient(transport=AiohttpPoolTransport()) as client:
        with pytest.raises(httpx.ConnectError):
            await client.get("http://127.0.0.1:1/")


async def test_read_timeout_is_httpx_read_timeout_and_the_next_call_succeeds() -> None:
    async with Server(delay=0.5) as server:
        async with httpx.AsyncClient(transport=AiohttpPoolTransport()) as client:
            with pytest.raises(httpx.ReadTimeout):
                await client.get(server.url + "/sims/1", timeout=httpx.Timeout(5.0, read=0.05))
            server.delay = 0.0
            assert (await client.get(server.url + "/sims/1")).status_code == 200


async def test_sequential_calls_reuse_one_connection() -> None:
    async with Server(delay=0.0) as server:
        async with Soracom(auth=ApiToken("k", "t"), base_url=server.url,
                           transport=AiohttpPoolTransport()) as soracom:
            for _ in range(5):
                await soracom.sim.get_sim("8981100000000000001")
    assert server.connections == 1


async def test_malformed_answer_is_a_soracom_error_without_the_url_or_credentials() -> None:
    error = await malformed_answer_error(AiohttpPoolTransport())
    assert isinstance(error, APIConnectionError) and "RemoteProtocolError" in str(error)
    assert_no_secret_in_traceback(traceback_chain(error))


async def test_https_verifies_with_the_given_context_and_reuses_connections(ca: trustme.CA) -> None:
    client_context = ssl.create_default_context()
    ca.configure_trust(client_context)
    async with Server(tls=_server_context(ca)) as tls_server:
        async with Soracom(auth=ApiToken("k", "t"), base_url=tls_server.url,
                           transport=AiohttpPoolTransport(verify=client_context)) as soracom:
            async def get() -> None:
                assert (await soracom.sim.get_sim("8981100000000000001")).sim_id is not None
            await bounded(60, 6, get)
    assert tls_server.max_in_flight == 6 and tls_server.connections == 6


async def test_https_with_default_verification_refuses_an_untrusted_certificate(ca: trustme.CA) -> None:
    async with Server(tls=_server_context(ca)) as tls_server:
        async with Soracom(auth=ApiToken("k", "t"), base_url=tls_server.url, transport=AiohttpPoolTransport(),
                           max_retries=0) as soracom:
            with pytest.raises(APIConnectionError, match="ConnectError"):
                await soracom.sim.get_sim("8981100000000000001")
    assert tls_server.max_in_flight == 0  # no request reached the server


async def test_respx_pass_through_reaches_the_server() -> None:
    async with Server(delay=0.0) as server:
        async with respx.mock(assert_all_called=True) as router:
            router.get(url__startswith=server.url).pass_through()
            async with Soracom(auth=ApiToken("k", "t"), base_url=server.url,
                               transport=AiohttpPoolTransport()) as soracom:
                sim = await soracom.sim.get_sim("8981100000000000001")
    assert sim.sim_id is not None and server.connections == 1


def test_without_a_way_to_stop_aiohttps_own_resending_the_default_is_lanepool(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # An aiohttp release that re-sends requests by itself with no switch: an SMS could be sent twice.
    from soracom_client import _aiohttp_pool, _client
    from soracom_client.transports import LanePoolTransport

    monkeypatch.delenv("HTTP_PROXY", raising=False)
    monkeypatch.delenv("HTTPS_PROXY", raising=False)
    monkeypatch.delenv("ALL_PROXY", raising=False)
    assert isinstance(_client.default_transport(), _aiohttp_pool.AiohttpPoolTransport)  # this aiohttp has it
    monkeypatch.setattr(_aiohttp_pool, "CAN_TURN_OFF_RESEND", False)
    assert isinstance(_client.default_transport(), LanePoolTransport)
    with pytest.raises(RuntimeError, match="re-sending"):
        _aiohttp_pool.AiohttpPoolTransport()
