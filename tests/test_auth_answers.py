# ruff: noqa: F811  (pytest fixtures imported from _facade_helpers are redefined as parameters)
"""Hostile answers to the client's own login and logout requests stay inside the error hierarchy and bounds."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
import respx
from _facade_helpers import api  # noqa: F401

from soracom_client import AuthKey, Soracom
from soracom_client.errors import ResponseParseError


async def test_a_deeply_nested_login_answer_is_a_parse_error(api: respx.MockRouter) -> None:
    nested = b"[" * 100_000 + b"]" * 100_000  # deeper than the standard library's JSON decoder can go
    api.post("/auth").mock(return_value=httpx.Response(200, content=nested))
    async with Soracom(auth=AuthKey("k", "s"), max_retries=0) as soracom:
        with pytest.raises(ResponseParseError) as caught:
            await soracom.sim.get_sim("S1")
    assert "POST /auth" in str(caught.value)


async def test_logout_on_close_does_not_read_the_answer(api: respx.MockRouter) -> None:
    read: list[int] = []

    async def endless() -> AsyncIterator[bytes]:
        while True:
            read.append(1)
            yield b"x" * 65536
            if len(read) > 1000:  # a bound for the test itself, should the client read on
                return

    api.get("/sims/S1").mock(return_value=httpx.Response(200, json={"simId": "S1"}))
    logout = api.post("/auth/logout").mock(return_value=httpx.Response(200, stream=endless()))  # type: ignore[arg-type]
    async with Soracom(auth=AuthKey("k", "s"), logout_on_close=True) as soracom:
        await soracom.sim.get_sim("S1")
    assert logout.call_count == 1
    assert len(read) <= 1  # closed unread: at most the first chunk was pulled
