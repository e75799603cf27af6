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
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._credentials import AuthKey, Credentials, EmailPassword, SamUser
from ._origin import check_base_url
from .errors import ConfigurationError

__all__ = ["ConfigurationError", "Settings", "resolve"]  # ConfigurationError: still importable from here


@dataclass(slots=True)
class Settings:
    auth: Credentials
    coverage: str = "jp"
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


def resolve(*, profile: str | None = None, auth: Credentials | None = None, coverage: str | None = None,
            sandbox: bool | None = None, base_url: str | None = None,
            environ: Mapping[str, str] | None = None, allow_insecure_http: bool = False) -> Settings:
    env = os.environ if environ is None else environ
    looked: list[str] = []

    env_auth: Credentials | None = None
    if env.get("SORACOM_AUTH_KEY_ID") and env.get("SORACOM_AUTH_KEY"):
        env_auth = AuthKey(env["SORACOM_AUTH_KEY_ID"], env["SORACOM_AUTH_KEY"])
    else:
        looked.append("SORACOM_AUTH_KEY_ID + SORACOM_AUTH_KEY (not both set)")

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
    resolved_coverage = coverage or env.get("SORACOM_COVERAGE_TYPE") or data.get("coverageType") or "jp"
    if sandbox is None:
        sandbox = bool(data.get("sandbox", False))
    resolved_base_url = base_url
    if not resolved_base_url:
        for endpoint, source in ((env.get("SORACOM_ENDPOINT"), "SORACOM_ENDPOINT"),
                                 (data.get("endpoint"), f"soracom-cli profile {path}: endpoint")):
            if isinstance(endpoint, str) and endpoint:
                resolved_base_url = endpoint_to_base_url(endpoint)
                check_base_url(resolved_base_url, allow_insecure_http=allow_insecure_http, source=source)
                break
    return Settings(
        auth=resolved_auth,
        coverage=str(resolved_coverage),
        sandbox=sandbox,
        base_url=resolved_base_url,
        headers=_profile_headers(data.get("headers"), path) if path else {},
        source=str(path) if path else "arguments/environment",
    )
