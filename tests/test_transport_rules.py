# ruff: noqa: F811  (the pytest fixture imported from test_transport is redefined as a parameter)
"""The lane pool's options that change where a request goes: a proxy given to it is used by every lane."""

from __future__ import annotations

import httpx
from test_transport import Server, server  # noqa: F401

from soracom_client.transports import LanePoolTransport


async def test_a_proxy_given_to_the_lane_pool_is_used(server: Server) -> None:
    proxy = server.url.removesuffix("/v1")
    async with httpx.AsyncClient(transport=LanePoolTransport(proxy=proxy)) as http:
        # A host that does not resolve: only through the proxy (the loopback server) is there an answer.
        response = await http.get("http://api.soracom.invalid/v1/sims")
    assert response.status_code == 200 and server.connections == 1
