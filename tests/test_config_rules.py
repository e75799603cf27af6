"""A soracom-cli profile holds credentials: any access for group or others refuses it, not only world-readable."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

import pytest

from soracom_client import Soracom
from soracom_client._config import resolve
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


@pytest.fixture
def profiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty profile directory, and no SORACOM_* variable of the machine running the tests."""
    for name in [n for n in os.environ if n.startswith("SORACOM_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("SORACOM_PROFILE_DIR", str(tmp_path))
    return tmp_path


def profile(directory: Path, data: dict[str, object], name: str = "default") -> Path:
    path = directory / f"{name}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    os.chmod(path, 0o600)
    return path


def test_a_header_value_holding_colons_is_kept_whole(profiles: Path) -> None:
    profile(profiles, {"authKeyId": "k", "authKey": "s", "headers": ["X-Origin: https://a.test:8443/x"]})
    assert resolve().headers == {"X-Origin": "https://a.test:8443/x"}


@pytest.mark.parametrize("key_id", [123, "", None, ["k"]])
def test_a_credential_that_is_not_a_non_empty_string_is_not_used(profiles: Path, key_id: object) -> None:
    profile(profiles, {"authKeyId": key_id, "authKey": "SECRET-in-file"})
    with pytest.raises(ConfigurationError, match="no complete credentials") as caught:
        resolve()
    assert "SECRET-in-file" not in str(caught.value)


def test_an_empty_endpoint_variable_leaves_the_profiles_endpoint(profiles: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    profile(profiles, {"authKeyId": "k", "authKey": "s", "endpoint": "https://profile.test"})
    monkeypatch.setenv("SORACOM_ENDPOINT", "")
    assert resolve().base_url == "https://profile.test/v1"


@pytest.mark.parametrize("credentials", [
    {"username": "bob", "password": "SECRET-in-file"},  # SAM user without its operator
    {"operatorId": "OP1", "password": "SECRET-in-file"},  # ... without its name
    {"operatorId": "OP1", "username": "bob"},  # ... without its password
    {"password": "SECRET-in-file"},  # root account without its email
    {"email": "a@example.com"},  # ... without its password
])
def test_incomplete_credentials_in_a_profile_are_refused(profiles: Path, credentials: dict[str, object]) -> None:
    profile(profiles, credentials)
    with pytest.raises(ConfigurationError, match="no complete credentials") as caught:
        resolve()
    assert "SECRET-in-file" not in str(caught.value)


@pytest.mark.parametrize("headers", [{"X-A": 1}, {"X-A": None}, ["X-A 1"], [1], ["X-A: 1", 2], "X-A: 1"])
def test_profile_headers_must_be_names_to_strings_or_name_value_lines(profiles: Path, headers: object) -> None:
    profile(profiles, {"authKeyId": "k", "authKey": "s", "headers": headers})
    with pytest.raises(ConfigurationError, match="headers must be an object or a list of 'Name: value'"):
        resolve()


def test_the_debug_log_says_where_the_configuration_came_from(profiles: Path, monkeypatch: pytest.MonkeyPatch,
                                                              caplog: pytest.LogCaptureFixture) -> None:
    path = profile(profiles, {"authKeyId": "k", "authKey": "SECRET-in-file"})
    caplog.set_level(logging.DEBUG, logger="soracom_client")
    Soracom.from_env()
    monkeypatch.setenv("SORACOM_AUTH_KEY_ID", "k")
    monkeypatch.setenv("SORACOM_AUTH_KEY", "SECRET-in-env")
    Soracom.from_env()
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("configuration from")]
    assert lines == [f"configuration from {path}", "configuration from arguments/environment"]
    assert "SECRET" not in caplog.text


def test_a_profile_that_cannot_be_read_is_a_configuration_error(profiles: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Any OS error (here the profile directory is a file), not only a missing file, is a ConfigurationError."""
    not_a_directory = profiles / "file"
    not_a_directory.write_text("", encoding="utf-8")
    monkeypatch.setenv("SORACOM_PROFILE_DIR", str(not_a_directory))
    with pytest.raises(ConfigurationError, match="cannot read soracom-cli profile"):
        resolve(profile="work")
