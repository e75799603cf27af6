"""Soracom.from_env: arguments, then environment, then the soracom-cli profile."""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx
import pytest
import respx

from soracom_client import AuthKey, ConfigurationError, EmailPassword, SamUser, Soracom
from soracom_client._config import resolve

ENV_VARS = ["SORACOM_AUTH_KEY_ID", "SORACOM_AUTH_KEY", "SORACOM_COVERAGE_TYPE", "SORACOM_ENDPOINT",
            "SORACOM_PROFILE", "SORACOM_PROFILE_DIR"]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # never read the real ~/.soracom


def write_profile(directory: Path, name: str, data: dict[str, object], mode: int = 0o600) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    os.chmod(path, mode)
    return path


def test_profile_covers_every_field(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_profile(tmp_path, "work", {"coverageType": "g", "endpoint": "https://api.example.test", "sandbox": True,
                                     "authKeyId": "keyId-p", "authKey": "secret-p", "headers": ["X-A: 1", "X-B:2"]})
    monkeypatch.setenv("SORACOM_PROFILE_DIR", str(tmp_path))
    settings = resolve(profile="work")
    assert settings.auth == AuthKey("keyId-p", "secret-p")
    assert (settings.coverage, settings.sandbox) == ("g", True)
    assert settings.base_url == "https://api.example.test/v1"
    assert settings.headers == {"X-A": "1", "X-B": "2"}


def test_profile_credential_kinds_and_sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SORACOM_PROFILE_DIR", str(tmp_path))
    write_profile(tmp_path, "sam", {"operatorId": "OP1", "username": "alice", "password": "pw", "sandbox": True,
                                    "coverageType": "jp", "headers": {"X-C": "3"}})
    write_profile(tmp_path, "root", {"email": "a@example.com", "password": "pw"})
    sam = resolve(profile="sam")
    assert sam.auth == SamUser("OP1", "alice", "pw") and sam.headers == {"X-C": "3"}
    assert Soracom.from_env("sam").base_url == "https://api-sandbox.soracom.io/v1"
    assert resolve(profile="root").auth == EmailPassword("a@example.com", "pw")
    assert Soracom.from_env("root").base_url == "https://api.soracom.io/v1"


def test_profile_readable_by_others_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_profile(tmp_path, "default", {"authKeyId": "k", "authKey": "SECRET-in-file"}, mode=0o644)
    monkeypatch.setenv("SORACOM_PROFILE_DIR", str(tmp_path))
    with pytest.raises(ConfigurationError) as caught:
        Soracom.from_env()
    message = str(caught.value)
    assert str(path) in message and "0644" in message and "chmod 600" in message
    assert "SECRET" not in message


def test_missing_named_profile_says_where_it_looked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SORACOM_PROFILE_DIR", str(tmp_path))
    monkeypatch.setenv("SORACOM_PROFILE", "nope")
    with pytest.raises(ConfigurationError, match=str(tmp_path / "nope.json")):
        Soracom.from_env()


def test_no_credentials_anywhere_says_where_it_looked(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError) as caught:
        Soracom.from_env()
    message = str(caught.value)
    assert "SORACOM_AUTH_KEY_ID" in message and str(tmp_path / "home" / ".soracom" / "default.json") in message


def test_unreadable_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SORACOM_PROFILE_DIR", str(tmp_path))
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    os.chmod(tmp_path / "bad.json", 0o600)
    with pytest.raises(ConfigurationError, match="not valid JSON"):
        resolve(profile="bad")
    write_profile(tmp_path, "empty", {"coverageType": "g"})
    with pytest.raises(ConfigurationError, match="no complete credentials"):
        resolve(profile="empty")


def test_environment_without_a_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SORACOM_AUTH_KEY_ID", "keyId-env")
    monkeypatch.setenv("SORACOM_AUTH_KEY", "secret-env")
    monkeypatch.setenv("SORACOM_COVERAGE_TYPE", "g")
    soracom = Soracom.from_env()
    assert soracom.base_url == "https://g.api.soracom.io/v1"
    assert "secret-env" not in repr(soracom)


def test_precedence_arguments_then_environment_then_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_profile(tmp_path, "p", {"coverageType": "jp", "endpoint": "https://profile.test", "authKeyId": "keyId-p",
                                  "authKey": "secret-p"})
    monkeypatch.setenv("SORACOM_PROFILE_DIR", str(tmp_path))
    monkeypatch.setenv("SORACOM_PROFILE", "p")
    assert resolve().auth == AuthKey("keyId-p", "secret-p")
    assert resolve().base_url == "https://profile.test/v1"

    monkeypatch.setenv("SORACOM_AUTH_KEY_ID", "keyId-env")
    monkeypatch.setenv("SORACOM_AUTH_KEY", "secret-env")
    monkeypatch.setenv("SORACOM_COVERAGE_TYPE", "g")
    monkeypatch.setenv("SORACOM_ENDPOINT", "https://env.test/v1")
    env = resolve()
    assert (env.auth, env.coverage, env.base_url) == (AuthKey("keyId-env", "secret-env"), "g", "https://env.test/v1")

    explicit = resolve(auth=AuthKey("keyId-arg", "secret-arg"), coverage="jp", base_url="http://127.0.0.1:1/v1",
                       sandbox=False)
    assert (explicit.auth.auth_key_id, explicit.coverage, explicit.base_url) == (  # type: ignore[union-attr]
        "keyId-arg", "jp", "http://127.0.0.1:1/v1")


async def test_profile_headers_are_sent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_profile(tmp_path, "default", {"authKeyId": "k", "authKey": "s", "headers": {"X-Tenant": "t1"}})
    monkeypatch.setenv("SORACOM_PROFILE_DIR", str(tmp_path))
    with respx.mock(base_url="https://api.soracom.io/v1") as router:
        router.post("/auth").mock(return_value=httpx.Response(200, json={"apiKey": "a", "token": "t"}))
        route = router.get("/sims/S1").mock(return_value=httpx.Response(200, json={"simId": "S1"}))
        async with Soracom.from_env() as soracom:
            await soracom.sim.get_sim("S1")
    assert route.calls[0].request.headers["X-Tenant"] == "t1"


def test_plain_http_endpoint_from_the_environment_needs_opt_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SORACOM_AUTH_KEY_ID", "keyId-env")
    monkeypatch.setenv("SORACOM_AUTH_KEY", "secret-env")
    monkeypatch.setenv("SORACOM_ENDPOINT", "http://api.example.com")
    with pytest.raises(ConfigurationError) as caught:
        Soracom.from_env()
    assert "SORACOM_ENDPOINT" in str(caught.value) and "allow_insecure_http=True" in str(caught.value)
    assert "secret-env" not in str(caught.value)
    assert Soracom.from_env(allow_insecure_http=True).base_url == "http://api.example.com/v1"
    monkeypatch.setenv("SORACOM_ENDPOINT", "http://127.0.0.1:8080")  # loopback: the fake, always allowed
    assert Soracom.from_env().base_url == "http://127.0.0.1:8080/v1"


def test_plain_http_endpoint_from_a_profile_needs_opt_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_profile(tmp_path, "p", {"endpoint": "http://api.example.com", "authKeyId": "k",
                                         "authKey": "SECRET-in-file"})
    monkeypatch.setenv("SORACOM_PROFILE_DIR", str(tmp_path))
    with pytest.raises(ConfigurationError) as caught:
        Soracom.from_env("p")
    message = str(caught.value)
    assert str(path) in message and "endpoint" in message and "allow_insecure_http=True" in message
    assert "SECRET" not in message
    assert Soracom.from_env("p", allow_insecure_http=True).base_url == "http://api.example.com/v1"


def test_configuration_error_lives_in_errors() -> None:
    from soracom_client import _config, errors

    assert ConfigurationError is errors.ConfigurationError is _config.ConfigurationError
    assert issubclass(ConfigurationError, errors.SoracomError) and issubclass(ConfigurationError, ValueError)
