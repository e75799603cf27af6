"""Typed errors end to end: the facade against FakeSoracom on real loopback HTTP."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from integration_support import Fleet, SpecRecorder

from soracom_client import AuthKey, Soracom, _retry
from soracom_client import errors as e
from soracom_client.generated import models as m
from soracom_client.testing import FakeServer, FakeSoracom, Faults, ManualClock


@pytest.fixture(scope="module")
def served() -> Iterator[FakeServer]:
    with FakeServer(FakeSoracom(seed=11, sims=40, clock=ManualClock())) as server:
        yield server


@pytest.fixture
def waits(served: FakeServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """Retry waits are not slept: they move the fake's clock instead, and are recorded."""
    recorded: list[float] = []
    clock = served.fake.clock
    assert isinstance(clock, ManualClock)

    async def advance(delay: float) -> None:
        recorded.append(delay)
        clock.advance(delay)

    monkeypatch.setattr(_retry, "sleep", advance)
    monkeypatch.setattr(_retry, "random", lambda: 0.0)
    yield recorded
    served.fake.faults = Faults()


async def test_unknown_sim_raises_not_found(served: FakeServer) -> None:
    recorder = SpecRecorder()
    async with recorder.client() as pool, Soracom(
        auth=served.fake.credentials, base_url=served.base_url, http_client=pool
    ) as soracom:
        with pytest.raises(e.NotFoundError) as caught:
            await soracom.sim.get_sim("8900000000000000000")
    error = caught.value
    assert error.status_code == 404 and error.code and error.message
    assert str(error).startswith(f"{error.code}: ")
    assert "GET /sims/{sim_id}" in str(error)
    assert recorder.statuses("getSim") == [404]  # documented 404, validated against openapi.yaml
    assert recorder.violations == []


async def test_rate_limited_call_is_retried_after_the_refresh_wait(served: FakeServer, waits: list[float]) -> None:
    fake = served.fake
    sim_id = Fleet(fake).online().sim_id
    fake.faults = Faults(rate_limits={"GET /sims/{sim_id}": 1})
    recorder = SpecRecorder()
    async with recorder.client() as pool, Soracom(
        auth=fake.credentials, base_url=served.base_url, http_client=pool
    ) as soracom:
        await soracom.sim.get_sim(sim_id)
        sim = await soracom.sim.get_sim(sim_id)  # over the limit: 429, wait for the window, retried
    assert sim.sim_id == sim_id
    assert recorder.statuses("getSim") == [200, 429, 200]
    assert len(waits) == 1 and 0 < waits[0] <= 60  # X-Soracom-Ratelimit-Seconds-Before-Refresh
    assert [(x.op_id, x.status) for x in recorder.undocumented] == [("getSim", 429)]
    assert recorder.violations == []


async def test_rate_limited_sms_is_retried_once_it_was_certainly_not_sent(served: FakeServer,
                                                                          waits: list[float]) -> None:
    fake = served.fake
    sim = Fleet(fake).sms_sim()
    fake.faults = Faults(rate_limits={"POST /sims/{sim_id}/send_sms": 1})
    sent_before = len(fake.sms)
    recorder = SpecRecorder()
    async with recorder.client() as pool, Soracom(
        auth=fake.credentials, base_url=served.base_url, http_client=pool
    ) as soracom:
        for text in ("one", "two"):
            await soracom.sim.send_sms_to_sim(sim.sim_id, body=m.SmsForwardingRequest(payload=text))
    assert recorder.statuses("sendSmsToSim") == [202, 429, 202]
    assert [s.payload for s in fake.sms[sent_before:]] == ["one", "two"]  # none lost, none doubled
    assert recorder.violations == []


async def test_rate_limit_without_retries_raises_rate_limit_error(served: FakeServer, waits: list[float]) -> None:
    fake = served.fake
    sim_id = Fleet(fake).online().sim_id
    fake.faults = Faults(rate_limits={"GET /sims/{sim_id}": 1})
    # The module's fake is shared: a test before this one on the same worker may have read this SIM in the
    # current minute. A new minute starts the window afresh.
    fake.clock.advance(61)
    recorder = SpecRecorder()
    async with recorder.client() as pool, Soracom(
        auth=fake.credentials, base_url=served.base_url, http_client=pool, max_retries=0
    ) as soracom:
        await soracom.sim.get_sim(sim_id)
        with pytest.raises(e.RateLimitError) as caught:
            await soracom.sim.get_sim(sim_id)
    assert caught.value.status_code == 429 and caught.value.code == "COM0004"
    assert caught.value.response.headers["X-Soracom-Ratelimit-Remaining"] == "0"
    assert waits == []


async def test_invalid_request_raises_before_anything_is_sent(served: FakeServer) -> None:
    recorder = SpecRecorder()
    sim_id = Fleet(served.fake).online().sim_id
    async with recorder.client() as pool, Soracom(
        auth=served.fake.credentials, base_url=served.base_url, http_client=pool
    ) as soracom:
        with pytest.raises(e.RequestValidationError, match="port") as caught:
            await soracom.sim.send_downlink_tcp(sim_id, body=m.SimDownlinkTcpRequest(port=65536, payload="x"))
    assert isinstance(caught.value, ValueError)
    assert "65535" in str(caught.value)
    assert recorder.exchanges == []  # nothing reached the server, not even a login


async def test_offline_device_gives_bad_request_with_soracom_code(served: FakeServer) -> None:
    fake = served.fake
    sim_id = Fleet(fake).pick(lambda s: s.status == "active" and not s.online).sim_id
    recorder = SpecRecorder()
    async with recorder.client() as pool, Soracom(
        auth=fake.credentials, base_url=served.base_url, http_client=pool
    ) as soracom:
        with pytest.raises(e.APIStatusError) as caught:
            await soracom.sim.delete_sim_session(sim_id)
    assert caught.value.status_code == 400 and caught.value.code == "SEM0016"
    assert recorder.violations == []


async def test_wrong_credentials_raise_authentication_error(served: FakeServer) -> None:
    recorder = SpecRecorder()
    wrong = AuthKey(served.fake.auth_key_id, "secret-that-is-wrong")
    async with recorder.client() as pool, Soracom(auth=wrong, base_url=served.base_url, http_client=pool) as soracom:
        with pytest.raises(e.AuthenticationError) as caught:
            await soracom.sim.list_sims(limit=1)
    assert caught.value.status_code == 401
    assert "secret-that-is-wrong" not in str(caught.value) + repr(caught.value)
    assert recorder.exchanges == []  # the login was refused; listSims never went out


def test_fake_server_socket_is_tcp_so_loopback_answers_are_not_delayed(served: FakeServer) -> None:
    # asyncio turns on TCP_NODELAY only for sockets whose proto is IPPROTO_TCP; with proto 0 each
    # answer waited ~40 ms for a delayed ACK.
    assert served._socket is not None and served._socket.proto == socket.IPPROTO_TCP
