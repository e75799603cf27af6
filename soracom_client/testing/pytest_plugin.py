"""Pytest fixtures for suites that use FakeSoracom.

Enable with `pytest_plugins = ["soracom_client.testing.pytest_plugin"]` in a conftest.py, then:

- `fake_soracom`: a fresh FakeSoracom (seed 1, 50 SIMs, a ManualClock); change it per test with
  `@pytest.mark.fake_soracom(seed=7, sims=10, faults=Faults(error_rate=0.5))`.
- `fake_soracom_http`: an `httpx.AsyncClient` on that fake, in-process, base URL `http://fake/v1`,
  already carrying both auth headers.
- `fake_soracom_server`: the same fake served on 127.0.0.1 (a `FakeServer`; see `.base_url`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from ._app import FakeSoracom
from ._clock import ManualClock
from ._server import FakeServer


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
