"""examples/demo.py (`make demo`) runs end to end against its own FakeServer, and never uses the network
unless told to with --real."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from soracom_client.testing import SNAPSHOT_JPEG

DEMO = Path(__file__).resolve().parents[1] / "examples" / "demo.py"


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    for name in ("SORACOM_AUTH_KEY_ID", "SORACOM_AUTH_KEY", "SORACOM_PROFILE", "SORACOM_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SORACOM_PROFILE_DIR", str(tmp_path / "no-profiles"))
    monkeypatch.chdir(tmp_path)
    spec = importlib.util.spec_from_file_location("soracom_demo", DEMO)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "soracom_demo", module)
    spec.loader.exec_module(module)
    return module


def test_demo_runs_every_step_against_the_fake(demo: ModuleType, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert demo.main(["--sims", "60", "--seed", "2"]) == 0
    out = capsys.readouterr().out
    for step in ("log in + walk SIMs", "read one SIM", "regroup concurrently", "send an SMS", "TCP downlink",
                 "SSH downlink", "RTSP snapshot", "typed error (API)", "typed error (input)"):
        assert f"  {step}" in out
    assert "60 SIMs in 1 pages" in out
    assert "NotFoundError: " in out and "RequestValidationError: body.port" in out
    assert "echoed 'ping over TCP'" in out
    assert "9 steps done, 0 skipped; 1 login" in out
    assert "FakeSoracom stopped." in out
    assert (tmp_path / "demo-output" / "snapshot.jpg").read_bytes() == SNAPSHOT_JPEG


def test_real_mode_needs_credentials_and_says_so(demo: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    assert demo.main(["--real"]) == 2  # no credentials: refuse, no request
    assert "--real needs SORACOM_AUTH_KEY_ID" in capsys.readouterr().err


def test_credentials_alone_do_not_switch_to_the_real_api(demo: ModuleType, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert not demo.real_credentials_present()
    profiles = tmp_path / "no-profiles"
    profiles.mkdir()
    (profiles / "default.json").write_text("{}")
    assert demo.real_credentials_present()
    monkeypatch.delenv("SORACOM_PROFILE_DIR")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("SORACOM_AUTH_KEY_ID", "keyId-x")
    assert demo.real_credentials_present()

    modes: list[str] = []

    async def fake_mode(sims: int, seed: int) -> object:
        modes.append("fake")
        return demo.Report()

    async def real_mode() -> object:
        modes.append("real")
        return demo.Report()

    monkeypatch.setattr(demo, "demo_fake", fake_mode)
    monkeypatch.setattr(demo, "demo_real", real_mode)
    assert demo.main([]) == 0
    assert "real Soracom credentials found; they are not used" in capsys.readouterr().out
    assert demo.main(["--real"]) == 0
    assert modes == ["fake", "real"]  # only the flag picks the real API


async def test_walk_sims_pages_through_every_sim(demo: ModuleType) -> None:
    from soracom_client import Soracom
    from soracom_client.testing import FakeServer, FakeSoracom, ManualClock

    fake = FakeSoracom(seed=4, sims=45, clock=ManualClock())
    async with FakeServer(fake) as server, Soracom(auth=fake.credentials, base_url=server.base_url) as soracom:
        walked = [sim.sim_id async for sim in demo.walk_sims(soracom, limit=10)]
    assert sorted(walked) == sorted(s.sim_id for s in fake.state.owned(fake.operator_id))


@pytest.mark.parametrize("read_only", [False, True])
async def test_demo_exchanges_fit_the_spec(demo: ModuleType, read_only: bool) -> None:
    """The demo's steps with every request and response validated against openapi.yaml."""
    from integration_support import SpecRecorder

    from soracom_client import Soracom
    from soracom_client.testing import FakeServer, FakeSoracom, ManualClock

    recorder = SpecRecorder()
    fake = FakeSoracom(seed=6, sims=130, clock=ManualClock())
    async with FakeServer(fake) as server, recorder.client() as pool, Soracom(
        auth=fake.credentials, base_url=server.base_url, http_client=pool
    ) as soracom:
        await demo.run(soracom, demo.Report(), read_only=read_only)
    assert recorder.violations == [] and recorder.undocumented == []
    assert recorder.statuses("listSims") == [200, 200]  # two pages of 100
    assert recorder.statuses("getSim")[-1] == 404
    mutating = {"setSimGroup", "sendSmsToSim", "sendDownlinkTcp", "sendDownlinkSsh", "sendDownlinkRtsp"}
    assert (mutating & recorder.exercised) == (set() if read_only else mutating)
