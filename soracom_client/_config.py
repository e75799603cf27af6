"""Settings for `Soracom.from_env`: explicit arguments, then environment variables, then a soracom-cli profile.

Precedence, field by field (the first that gives a value wins):

1. arguments passed to `from_env` (`auth`, `coverage`, `sandbox`, `base_url`, ...);
2. environment: `SORACOM_AUTH_KEY_ID` + `SORACOM_AUTH_KEY` (credentials),
   `SORACOM_COVERAGE_TYPE` (`jp` or `g`), `SORACOM_ENDPOINT` (base URL);
3. the soracom-cli profile `<SORACOM_PROFILE_DIR or ~/.soracom>/<name>.json`, where
   name is the `profile` argument, else `SORACOM_PROFILE`, else `default`.

The profile is read when a profile is named (argument or SORACOM_PROFILE), or when
no credentials came from 1 or 2. A named profile must exist. Files readable or
writable by group or others are refused, as soracom-cli does. A plain http:// endpoint
to a host that is not loopback is refused unless `allow_insecure_http=True`.

Every value used is checked, and a bad one raises `ConfigurationError` naming where it came from
(`SORACOM_COVERAGE_TYPE`, `soracom-cli profile <path>: endpoint`, ...). Only one of
`SORACOM_AUTH_KEY_ID` / `SORACOM_AUTH_KEY` set is an error (unless `auth` is given), never a
reason to fall back to a profile's credentials.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._credentials import AuthKey, Credentials, EmailPassword, SamUser
from ._origin import check_base_url
from .errors import ConfigurationError

if TYPE_CHECKING:
    from ._client import Coverage

__all__ = ["ConfigurationError", "Settings", "resolve"]  # ConfigurationError: still importable from here


@dataclass(slots=True)
class Settings:
    auth: Credentials
    coverage: Coverage = "jp"
    sandbox: bool = False
    base_url: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    source: str = "arguments"


def profile_dir(environ: Mapping[str, str]) -> Path:
    configured = environ.get("SORACOM_PROFILE_DIR")
    return Path(configured).expanduser() if configured else Path.home() / ".soracom"


def endpoint_to_base_url(endpoint: str) -> str:
    """soracom-cli endpoints are hosts (`https://api.soracom.io`); the API lives under /v1."""
    endpoint = endpoint.rstrip("/")
    return endpoint if endpoint.endswith("/v1") else endpoint + "/v1"


def load_profile(path: Path) -> dict[str, Any]:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise ConfigurationError(f"soracom-cli profile not found: {path}") from None
    except OSError as exc:
        raise ConfigurationError(f"cannot read soracom-cli profile {path}: {exc.strerror}") from None
    if sys.platform != "win32" and st.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigurationError(
            f"soracom-cli profile {path} is accessible by group or others (mode {stat.S_IMODE(st.st_mode):04o}); "
            f"it holds credentials, so it is refused: run `chmod 600 {path}`")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigurationError(f"cannot read soracom-cli profile {path}: {exc.strerror}") from None
    except ValueError as exc:
        # The message of a JSON error names a position, never the text, so no secret leaks.
        raise ConfigurationError(f"soracom-cli profile {path} is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigurationError(f"soracom-cli profile {path} must hold a JSON object")
    return data


def _profile_credentials(data: Mapping[str, Any], path: Path) -> Credentials:
    def text(name: str) -> str | None:
        value = data.get(name)
        return value if isinstance(value, str) and value else None

    key_id, key = text("authKeyId"), text("authKey")
    if key_id and key:
        return AuthKey(key_id, key)
    operator_id, user_name, password = text("operatorId"), text("username"), text("password")
    if operator_id and user_name and password:
        return SamUser(operator_id, user_name, password)
    email = text("email")
    if email and password:
        return EmailPassword(email, password)
    raise ConfigurationError(
        f"soracom-cli profile {path} has no complete credentials: expected authKeyId+authKey, "
        "operatorId+username+password, or email+password")


def _profile_headers(value: Any, path: Path) -> dict[str, str]:
    """`headers`: an object {name: value}, or soracom-cli's list of "Name: value" strings."""
    if value is None:
        return {}
    if isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        return dict(value)
    if isinstance(value, list) and all(isinstance(item, str) and ":" in item for item in value):
        return {name.strip(): v.strip() for name, v in (item.split(":", 1) for item in value)}
    raise ConfigurationError(f"soracom-cli profile {path}: headers must be an object or a list of 'Name: value'")


def _coverage(value: object, source: str) -> Coverage:
    if value == "jp" or value == "g":
        return "jp" if value == "jp" else "g"
    raise ConfigurationError(f"{source}: the coverage type must be 'jp' or 'g', got {value!r}")


def resolve(*, profile: str | None = None, auth: Credentials | None = None, coverage: str | None = None,
            sandbox: bool | None = None, base_url: str | None = None,
            environ: Mapping[str, str] | None = None, allow_insecure_http: bool = False) -> Settings:
    env = os.environ if environ is None else environ
    looked: list[str] = []

    env_auth: Credentials | None = None
    key_id, key = env.get("SORACOM_AUTH_KEY_ID"), env.get("SORACOM_AUTH_KEY")
    if key_id and key:
        env_auth = AuthKey(key_id, key)
    elif (key_id or key) and auth is None:
        # Half a key pair is a mistake, not a reason to log in with a profile's other key.
        given, missing = ("SORACOM_AUTH_KEY_ID", "SORACOM_AUTH_KEY") if key_id else \
            ("SORACOM_AUTH_KEY", "SORACOM_AUTH_KEY_ID")
        raise ConfigurationError(f"{given} is set but {missing} is not: set both (an auth key id and its "
                                 "secret), or neither to use a soracom-cli profile")
    else:
        looked.append("SORACOM_AUTH_KEY_ID + SORACOM_AUTH_KEY (not set)")

    profile_name = profile or env.get("SORACOM_PROFILE")
    data: dict[str, Any] = {}
    path: Path | None = None
    if profile_name or (auth is None and env_auth is None):
        path = profile_dir(env) / f"{profile_name or 'default'}.json"
        try:
            data = load_profile(path)
        except ConfigurationError as exc:
            if profile_name:
                raise
            raise ConfigurationError(f"no Soracom credentials found: looked at arguments, "
                                     f"{'; '.join(looked)}, and the profile: {exc}") from None

    resolved_auth = auth or env_auth or (_profile_credentials(data, path) if path else None)
    assert resolved_auth is not None  # without a profile, auth or env_auth was set
    where = f"soracom-cli profile {path}"
    # Every value is checked where it came from, so that the message names the variable or profile key.
    if coverage is not None:
        resolved_coverage = _coverage(coverage, "coverage")
    elif env.get("SORACOM_COVERAGE_TYPE"):
        resolved_coverage = _coverage(env["SORACOM_COVERAGE_TYPE"], "SORACOM_COVERAGE_TYPE")
    elif data.get("coverageType") is not None:
        resolved_coverage = _coverage(data["coverageType"], f"{where}: coverageType")
    else:
        resolved_coverage = "jp"
    profile_sandbox = data.get("sandbox", False)
    if not isinstance(profile_sandbox, bool):
        raise ConfigurationError(f"{where}: sandbox must be true or false, got {profile_sandbox!r}")
    if sandbox is None:
        sandbox = profile_sandbox
    resolved_base_url = base_url
    if not resolved_base_url:
        profile_endpoint = data.get("endpoint")
        if profile_endpoint is not None and not isinstance(profile_endpoint, str):
            raise ConfigurationError(f"{where}: endpoint must be a URL string (https://api.soracom.io), "
                                     f"got {type(profile_endpoint).__name__}")
        for endpoint, source in ((env.get("SORACOM_ENDPOINT"), "SORACOM_ENDPOINT"),
                                 (profile_endpoint, f"{where}: endpoint")):
            if isinstance(endpoint, str) and endpoint:
                resolved_base_url = endpoint_to_base_url(endpoint)
                check_base_url(resolved_base_url, allow_insecure_http=allow_insecure_http, source=source)
                break
    return Settings(
        auth=resolved_auth,
        coverage=resolved_coverage,
        sandbox=sandbox,
        base_url=resolved_base_url,
        headers=_profile_headers(data.get("headers"), path) if path else {},
        source=str(path) if path else "arguments/environment",
    )
