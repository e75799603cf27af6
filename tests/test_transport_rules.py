# ruff: noqa: F811  (the pytest fixtures imported from test_transport are redefined as parameters)
"""The lane pool's options, as a caller sees them: a proxy given to it is used by every lane, the CA bundle
of the environment (SSL_CERT_FILE) is trusted by default, and at most 100 connections are open and kept."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
import trustme
from test_transport import Server, _server_context, ca, server  # noqa: F401

from soracom_client.transports import LanePoolTransport


async def test_a_proxy_given_to_the_lane_pool_is_used(server: Server) -> None:
    proxy = server.url.removesuffix("/v1")
    async with httpx.AsyncClient(transport=LanePoolTransport(proxy=proxy)) as http:
        # A host that does not resolve: only through the proxy (the loopback server) is there an answer.
        response = await http.get("http://api.soracom.invalid/v1/sims")
    assert response.status_code == 200 and server.connections == 1


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
