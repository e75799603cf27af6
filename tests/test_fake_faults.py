"""Fault knobs of FakeSoracom, each deterministic by seed (and by the injectable clock)."""

from __future__ import annotations

import httpx
import pytest

from soracom_client.testing import FakeSoracom, Faults, ManualClock


def _fake(seed: int, faults: Faults) -> FakeSoracom:
    return FakeSoracom(seed=seed, sims=5, faults=faults, clock=ManualClock())


async def _outcomes(fake: FakeSoracom, n: int = 40) -> list[str]:
    headers = fake.api_headers()
    out = []
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=fake), base_url="http://fake/v1",
                                 headers=headers) as c:
        for _ in range(n):
            try:
                r = await c.get("/sims", params={"limit": 1})
                out.append(f"{r.status_code}:{r.json().get('code', '') if isinstance(r.json(), dict) else ''}")
            except httpx.RemoteProtocolError:
                out.append("dropped")
            if out[-1].startswith("401"):
                headers = fake.api_headers()
                c.headers.update(headers)
    return out


@pytest.mark.parametrize(
    ("faults", "symptom"),
    [
        (Faults(error_rate=0.3), ("500:COM0005", "502:COM0005", "503:COM0005")),
        (Faults(drop_rate=0.3), ("dropped",)),
        (Faults(token_expiry_rate=0.3), ("401:AUM0003",)),
    ],
)
async def test_random_faults_are_deterministic_by_seed(faults: Faults, symptom: tuple[str, ...]) -> None:
    first = await _outcomes(_fake(7, faults))
    assert first == await _outcomes(_fake(7, faults))
    assert first != await _outcomes(_fake(8, faults))
    hits = [o for o in first if o in symptom]
    assert 0 < len(hits) < len(first)
    assert set(first) <= set(symptom) | {"200:"}


async def test_latency_is_drawn_by_seed_and_slept_on_the_clock() -> None:
    clocks = []
    for seed in (3, 3, 4):
        fake = _fake(seed, Faults(latency=(0.05, 0.5)))
        await _outcomes(fake, 10)
        assert isinstance(fake.clock, ManualClock)
        clocks.append(fake.clock.slept)
    assert clocks[0] == clocks[1] != clocks[2]
    assert len(clocks[0]) == 10 and all(0.05 <= s <= 0.5 for s in clocks[0])


async def test_rate_limit_per_operator_and_path_per_minute() -> None:
    fake = _fake(1, Faults(rate_limits={"GET /sims": 3}))
    assert isinstance(fake.clock, ManualClock)
    other = fake.add_operator()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=fake), base_url="http://fake/v1",
                                 headers=fake.api_headers()) as c:
        remaining = []
        for _ in range(3):
            r = await c.get("/sims")
            assert r.status_code == 200
            remaining.append(r.headers["X-Soracom-Ratelimit-Remaining"])
        assert remaining == ["2", "1", "0"]
        fake.clock.advance(20)
        r = await c.get("/sims")
        assert r.status_code == 429 and r.json()["code"] == "COM0004"
        assert r.headers["X-Soracom-Ratelimit-Limit"] == "3"
        assert r.headers["X-Soracom-Ratelimit-Seconds-Before-Refresh"] == "40"
        # Other paths and other operators have their own budgets.
        sim_id = fake.sim_ids()[0]
        other_path = await c.get(f"/sims/{sim_id}")
        assert other_path.status_code == 200 and "X-Soracom-Ratelimit-Limit" not in other_path.headers
        assert (await c.get("/sims", headers=fake.api_headers(other))).status_code == 200
        fake.clock.advance(40)  # the window refreshes
        assert (await c.get("/sims")).status_code == 200


async def test_drop_after_handling_applies_the_request() -> None:
    fake = _fake(1, Faults(drop_rate=1.0, drop_after_handling=True))
    sim = next(s for s in fake.state.sims.values() if s.sms and s.status == "active")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=fake), base_url="http://fake/v1",
                                 headers=fake.api_headers()) as c:
        with pytest.raises(httpx.RemoteProtocolError):
            await c.post(f"/sims/{sim.sim_id}/send_sms", json={"payload": "once"})
    assert [m.payload for m in fake.sms] == ["once"]  # sent, though the client never heard back


async def test_faults_can_change_while_running() -> None:
    fake = _fake(1, Faults(error_rate=1.0))
    assert set(await _outcomes(fake, 3)) <= {"500:COM0005", "502:COM0005", "503:COM0005"}
    fake.faults = Faults()
    assert await _outcomes(fake, 3) == ["200:"] * 3


def test_fault_knobs_are_checked() -> None:
    with pytest.raises(ValueError):
        Faults(error_rate=1.5)
    with pytest.raises(ValueError):
        Faults(latency=(0.5, 0.1))
    with pytest.raises(ValueError):
        Faults(rate_limits={"*": 0})
