"""A soracom-cli profile holds credentials: any access for group or others refuses it, not only world-readable."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from soracom_client import Soracom
from soracom_client.errors import ConfigurationError


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
@pytest.mark.parametrize("mode", [0o640, 0o620, 0o610, 0o604, 0o602])
def test_a_profile_open_to_group_or_others_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     mode: int) -> None:
    for name in [n for n in os.environ if n.startswith("SORACOM_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    path = tmp_path / "default.json"
    path.write_text(json.dumps({"authKeyId": "k", "authKey": "SECRET-in-file"}), encoding="utf-8")
    os.chmod(path, mode)
    monkeypatch.setenv("SORACOM_PROFILE_DIR", str(tmp_path))
    with pytest.raises(ConfigurationError) as caught:
        Soracom.from_env()
    assert f"{mode:04o}" in str(caught.value) and "SECRET-in-file" not in str(caught.value)
