"""Pytest fixtures for suites that use FakeSoracom.

Enable with `pytest_plugins = ["soracom_client.testing.pytest_plugin"]` in a conftest.py, then:

- `fake_soracom`: a fresh FakeSoracom (seed 1, 50 SIMs, a ManualClock); change it per test with
  `@pytest.mark.fake_soracom(seed=7, sims=10, faults=Faults(error_rate=0.5))`.
- `fake_soracom_http`: an `httpx.AsyncClient` on that fake, in-process, base URL `http://fake/v1`,
  already carrying both auth headers.
- `fake_soracom_server`: the same fake served on 127.0.0.1 (a `FakeServer`; see `.base_url`).
- `soracom`: a `soracom_client.Soracom` on that fake, in-process, on the fake's clock (`fake.client()`):
  its retry backoff, rate-limit and `Retry-After` waits, bulk pauses and deadlines move the fake's
  `ManualClock` instead of waiting. Closed at teardown.
- `soracom_server_client`: the same, over loopback to `fake_soracom_server` (`server.client()`).

The two client fixtures are async: they need pytest-asyncio (or anyio's pytest plugin).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from ._app import FakeSoracom
from ._clock import ManualClock
from ._server import FakeServer

if TYPE_CHECKING:
    from soracom_client import Soracom

try:  # pytest-asyncio's own decorator: async fixtures then work in its strict mode too
    from pytest_asyncio import fixture as async_fixture
except ImportError:  # e.g. anyio's pytest plugin, which takes plain pytest fixtures
    async_fixture = pytest.fixture  # type: ignore[assignment]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "fake_soracom(**kwargs): arguments for the fake_soracom fixture")


@pytest.fixture
def fake_soracom(request: pytest.FixtureRequest) -> FakeSoracom:
    kwargs: dict[str, Any] = {"seed": 1, "sims": 50, "clock": ManualClock()}
    marker = request.node.get_closest_marker("fake_soracom")
    if marker is not None:
        kwargs.update(marker.kwargs)
    return FakeSoracom(**kwargs)


@pytest.fixture
def fake_soracom_http(fake_soracom: FakeSoracom) -> httpx.AsyncClient:
    # ASGITransport holds no sockets, so there is nothing to close at teardown.
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=fake_soracom),
        base_url="http://fake/v1",
        headers=fake_soracom.api_headers(),
    )


@pytest.fixture
def fake_soracom_server(fake_soracom: FakeSoracom) -> Iterator[FakeServer]:
    with FakeServer(fake_soracom) as server:
        yield server


@async_fixture
async def soracom(fake_soracom: FakeSoracom) -> AsyncIterator[Soracom]:
    async with fake_soracom.client() as client:
        yield client


@async_fixture
async def soracom_server_client(fake_soracom_server: FakeServer) -> AsyncIterator[Soracom]:
    async with fake_soracom_server.client() as client:
        yield client
