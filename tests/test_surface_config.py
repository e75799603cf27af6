"""Issue 15: wrong use fails at construction, naming the argument, variable or profile key; a given
http_client's base_url is used (never silently replaced by production); the error classes' surface."""

from __future__ import annotations

import json
import os
import typing
from pathlib import Path

import httpx
import pytest
import respx

from soracom_client import AuthKey, Soracom, errors
from soracom_client.errors import APIStatusError, ConfigurationError, CrossOriginError, SoracomError

ENV_VARS = ["SORACOM_AUTH_KEY_ID", "SORACOM_AUTH_KEY", "SORACOM_COVERAGE_TYPE", "SORACOM_ENDPOINT",
            "SORACOM_PROFILE", "SORACOM_PROFILE_DIR"]
LOGIN = {"apiKey": "a", "token": "t", "operatorId": "OP1"}
SIM = {"simId": "S1", "status": "active"}


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # never read the real ~/.soracom


def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **data: object) -> Path:
    directory = tmp_path / "profiles"
    directory.mkdir(exist_ok=True)
    path = directory / "default.json"
    path.write_text(json.dumps({"authKeyId": "keyId-profile", "authKey": "secret-profile", **data}), encoding="utf-8")
    os.chmod(path, 0o600)
    monkeypatch.setenv("SORACOM_PROFILE_DIR", str(directory))
    return path


# --- construction ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("auth", [None, "keyId:secret", ("k", "s"), {"authKeyId": "k"}])
def test_auth_that_is_not_credentials_is_refused_at_construction(auth: object) -> None:
    with pytest.raises(ConfigurationError, match="auth: must be AuthKey") as caught:
        Soracom(auth=auth)  # type: ignore[arg-type]
    assert "secret" not in str(caught.value)


@pytest.mark.parametrize(("options", "named"), [
    ({"coverage": "us"}, "coverage"), ({"coverage": None}, "coverage"), ({"sandbox": "yes"}, "sandbox"),
    ({"lang": "fr"}, "lang"), ({"max_retries": "3"}, "max_retries"), ({"max_retries": -1}, "max_retries"),
    ({"max_retries": True}, "max_retries"), ({"timeout": "30"}, "timeout"), ({"timeout": 0}, "timeout"),
    ({"deadline": 0}, "deadline"), ({"deadline": "60"}, "deadline"), ({"max_response_size": 0}, "max_response_size"),
    ({"token_timeout_seconds": 0}, "token_timeout_seconds"), ({"base_url": ""}, "base_url"),
    ({"base_url": "ftp://api.example.test/v1"}, "base_url"), ({"base_url": "https:///v1"}, "base_url"),
    ({"http_client": object()}, "http_client"),
    ({"http_client": httpx.AsyncClient(), "transport": httpx.MockTransport(lambda r: httpx.Response(200))},
     "transport"),
])
def test_a_bad_argument_is_refused_at_construction_naming_it(options: dict[str, object], named: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        Soracom(auth=AuthKey("k", "s"), **options)  # type: ignore[arg-type]
    assert str(caught.value).startswith(named)
    assert isinstance(caught.value, SoracomError) and isinstance(caught.value, ValueError)


@pytest.mark.parametrize(("options", "named"), [
    ({"max_retries": "3"}, "max_retries"), ({"timeout": "5"}, "timeout"), ({"deadline": -1}, "deadline"),
    ({"default_headers": {"X-A": 1}}, "default_headers"),
])
def test_with_options_checks_its_arguments(options: dict[str, object], named: str) -> None:
    with pytest.raises(ConfigurationError, match=named):
        Soracom(auth=AuthKey("k", "s")).with_options(**options)  # type: ignore[arg-type]


# --- from_env --------------------------------------------------------------------------------------------------
def test_from_env_takes_the_same_arguments_as_the_constructor() -> None:
    import inspect

    init = inspect.signature(Soracom.__init__).parameters
    from_env = inspect.signature(Soracom.from_env).parameters
    assert set(init) - {"self"} <= set(from_env) and not any(
        p.kind is inspect.Parameter.VAR_KEYWORD for p in from_env.values())
    for name, parameter in init.items():
        if name not in ("self", "auth", "coverage", "sandbox"):
            assert from_env[name].default == parameter.default, name


def test_from_env_passes_the_constructor_arguments_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SORACOM_AUTH_KEY_ID", "keyId-env")
    monkeypatch.setenv("SORACOM_AUTH_KEY", "secret-env")
    soracom = Soracom.from_env(max_retries=5, deadline=9.0, timeout=3.0, max_response_size=1000)
    assert (soracom.max_retries, soracom.deadline, soracom.timeout, soracom.max_response_size) == (5, 9.0, 3.0, 1000)
    with pytest.raises(ConfigurationError, match="max_retries"):
        Soracom.from_env(max_retries="3")  # type: ignore[arg-type]


def test_a_bad_coverage_variable_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SORACOM_AUTH_KEY_ID", "keyId-env")
    monkeypatch.setenv("SORACOM_AUTH_KEY", "secret-env")
    monkeypatch.setenv("SORACOM_COVERAGE_TYPE", "us")
    with pytest.raises(ConfigurationError, match="SORACOM_COVERAGE_TYPE.*'jp' or 'g'.*'us'"):
        Soracom.from_env()
    assert Soracom.from_env(coverage="g").base_url == "https://g.api.soracom.io/v1"  # the argument wins


def test_a_bad_coverage_in_the_profile_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = profile(tmp_path, monkeypatch, coverageType="eu")
    with pytest.raises(ConfigurationError) as caught:
        Soracom.from_env()
    assert str(path) in str(caught.value) and "coverageType" in str(caught.value)


@pytest.mark.parametrize("endpoint", [42, ["https://x"], "ftp://api.example.test", "https://", "http://api.example.test",
                                      "https://exa mple.test"])
def test_a_bad_profile_endpoint_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, endpoint: object) -> None:
    path = profile(tmp_path, monkeypatch, endpoint=endpoint)
    with pytest.raises(ConfigurationError) as caught:
        Soracom.from_env()
    assert f"{path}: endpoint" in str(caught.value)
    assert "secret-profile" not in str(caught.value)


def test_a_bad_profile_sandbox_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = profile(tmp_path, monkeypatch, sandbox="yes")
    with pytest.raises(ConfigurationError, match="sandbox") as caught:
        Soracom.from_env()
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(("given", "missing"), [("SORACOM_AUTH_KEY_ID", "SORACOM_AUTH_KEY"),
                                                ("SORACOM_AUTH_KEY", "SORACOM_AUTH_KEY_ID")])
def test_half_a_key_pair_in_the_environment_is_an_error_not_a_profile_fallback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str, missing: str) -> None:
    profile(tmp_path, monkeypatch)  # a complete profile that must not be used instead
    monkeypatch.setenv(given, "value-of-half")
    with pytest.raises(ConfigurationError) as caught:
        Soracom.from_env()
    text = str(caught.value)
    assert text.startswith(f"{given} is set but {missing} is not") and "value-of-half" not in text
    # Explicit credentials do not need the environment's.
    assert Soracom.from_env(auth=AuthKey("k", "s")) is not None


# --- a given http_client's base_url ----------------------------------------------------------------------------
async def test_the_base_url_of_a_given_http_client_is_where_the_login_goes() -> None:
    with respx.mock(assert_all_called=False) as router:
        production = router.route(host="api.soracom.io").mock(return_value=httpx.Response(500))
        login = router.post("https://staging.example.test/v1/auth").mock(return_value=httpx.Response(200, json=LOGIN))
        sims = router.get("https://staging.example.test/v1/sims/S1").mock(return_value=httpx.Response(200, json=SIM))
        async with httpx.AsyncClient(base_url="https://staging.example.test/v1/") as http, \
                Soracom(auth=AuthKey("k", "s"), http_client=http) as soracom:
            assert soracom.base_url == "https://staging.example.test/v1"
            await soracom.sim.get_sim("S1")
    assert login.call_count == 1 and sims.call_count == 1 and not production.called
    assert sims.calls[0].request.headers["X-Soracom-Token"] == "t"


@pytest.mark.parametrize("options", [{"base_url": "https://api.soracom.io/v1"}, {"coverage": "g"},
                                     {"sandbox": True}])
async def test_a_conflict_with_the_http_clients_base_url_is_refused(options: dict[str, object]) -> None:
    async with httpx.AsyncClient(base_url="https://staging.example.test/v1") as http:
        with pytest.raises(ConfigurationError, match="conflicts with the base_url of the given http_client"):
            Soracom(auth=AuthKey("k", "s"), http_client=http, **options)  # type: ignore[arg-type]
        # The same URL, spelled with or without the slash, is no conflict.
        same = Soracom(auth=AuthKey("k", "s"), http_client=http, base_url="https://staging.example.test/v1/")
        assert same.base_url == "https://staging.example.test/v1"


async def test_a_plain_http_base_url_on_the_http_client_is_checked_like_any_other() -> None:
    async with httpx.AsyncClient(base_url="http://api.example.test/v1") as http:
        with pytest.raises(ConfigurationError, match="http_client.base_url.*plain HTTP"):
            Soracom(auth=AuthKey("k", "s"), http_client=http)


async def test_credentials_stay_at_the_http_clients_origin() -> None:
    with respx.mock(assert_all_called=False) as router:
        router.post("https://staging.example.test/v1/auth").mock(return_value=httpx.Response(200, json=LOGIN))
        router.get("https://staging.example.test/v1/sims/S1").mock(return_value=httpx.Response(
            302, headers={"Location": "https://elsewhere.example.test/v1/sims/S1"}))
        async with httpx.AsyncClient(base_url="https://staging.example.test/v1", follow_redirects=True) as http, \
                Soracom(auth=AuthKey("k", "s"), http_client=http) as soracom:
            with pytest.raises(SoracomError):
                await soracom.sim.get_sim("S1")
            with pytest.raises(CrossOriginError):  # the generated client follows the caller's redirects
                await soracom.client.get_async_httpx_client().get("/sims/S1")
    assert not any(call.request.url.host == "elsewhere.example.test" for call in router.calls)


# --- the error classes -----------------------------------------------------------------------------------------
def test_configuration_error_is_exported_from_errors() -> None:
    assert "ConfigurationError" in errors.__all__ and errors.ConfigurationError is ConfigurationError
    assert all(hasattr(errors, name) for name in errors.__all__)
    exported = {name for name, value in vars(errors).items() if isinstance(value, type)
                and issubclass(value, SoracomError)}
    assert exported <= set(errors.__all__)


def test_public_attributes_of_the_errors_are_annotated() -> None:
    hints = typing.get_type_hints(APIStatusError)
    assert hints["response"] is httpx.Response and hints["status_code"] is int and hints["message"] is str
    assert hints["code"] == str | None
    expected = {errors.ResponseParseError: {"reason", "path", "body", "status_code", "model"},
                errors.RequestValidationError: {"field", "rule", "value"},
                errors.DeadlineExceededError: {"deadline"}, errors.ResponseTooLargeError: {"limit"},
                errors.PaginationLimitError: {"key", "resume_key"}, errors.PaginationLoopError: {"key", "resume_key"}}
    for cls, names in expected.items():
        assert names <= set(typing.get_type_hints(cls)), cls
