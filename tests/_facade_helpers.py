"""Shared pieces of the facade tests: a respx-mocked Soracom API, patched sleeps and clock."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from soracom_client import _auth, _retry

BASE = "https://api.soracom.io/v1"
API_KEY = "api-key-SECRET-a1b2c3"
TOKEN = "token-SECRET-d4e5f6"
OPERATOR = "OP0012345678"


def login_answer(token: str = TOKEN) -> dict[str, Any]:
    return {"apiKey": API_KEY, "token": token, "operatorId": OPERATOR, "userName": None}


def sim(sim_id: str = "8942310022000000001") -> dict[str, Any]:
    return {"simId": sim_id, "status": "active"}


class Clock:
    """A monotonic clock that only moves when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every retry wait, recorded instead of slept; jitter fixed at none."""
    recorded: list[float] = []

    async def fake_sleep(delay: float) -> None:
        recorded.append(delay)

    monkeypatch.setattr(_retry, "sleep", fake_sleep)
    monkeypatch.setattr(_retry, "random", lambda: 0.0)
    return recorded


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(_auth, "clock", fake)
    return fake


@pytest.fixture
def api() -> respx.MockRouter:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        router.post("/auth", name="auth").mock(return_value=httpx.Response(200, json=login_answer()))
        yield router
