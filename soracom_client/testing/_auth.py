"""Operators, their credentials, and API key/token sessions (`/v1/auth` and token renewal)."""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._errors import FakeApiError

DEFAULT_TOKEN_TIMEOUT = 86_400
MAX_TOKEN_TIMEOUT = 172_800
MIN_TOKEN_TIMEOUT = 180


@dataclass
class Operator:
    """An account of the fake. Its secrets are shown in no repr."""

    operator_id: str
    email: str
    password: str = field(repr=False)
    auth_key_id: str
    auth_key: str = field(repr=False)
    users: dict[str, str] = field(default_factory=dict, repr=False)  # SAM user name -> password


@dataclass
class ApiSession:
    api_key: str = field(repr=False)
    token: str = field(repr=False)
    operator_id: str
    user_name: str
    expires_at: float


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


class AuthStore:
    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self.operators: dict[str, Operator] = {}
        self._by_key: dict[str, ApiSession] = {}  # api key -> session
        self._tokens: dict[str, ApiSession] = {}  # token -> session

    def add_operator(self, operator_id: str | None = None, email: str | None = None) -> Operator:
        rng = self._rng
        operator_id = operator_id or f"OP{rng.randrange(10**10):010d}"
        op = Operator(
            operator_id=operator_id,
            email=email or f"{operator_id.lower()}@example.com",
            password=f"pw-{_hex(rng, 16)}",
            auth_key_id=f"keyId-{_hex(rng, 32)}",
            auth_key=f"secret-{_hex(rng, 64)}",
            users={"fake-user": f"pw-{_hex(rng, 16)}"},
        )
        self.operators[operator_id] = op
        return op

    def login(self, body: Any, now: float) -> dict[str, str]:
        if not isinstance(body, Mapping):
            raise FakeApiError("AUM0006", "The request body must be a JSON object.")
        timeout = body.get("tokenTimeoutSeconds", DEFAULT_TOKEN_TIMEOUT)
        _check_timeout(timeout)
        operator, user = self._identify(body)
        if operator is None:
            raise FakeApiError("AUM0004")
        session = ApiSession(
            api_key=f"api-{_hex(self._rng, 32)}",
            token=f"token-{_hex(self._rng, 48)}",
            operator_id=operator.operator_id,
            user_name=user,
            expires_at=now + timeout,
        )
        self._by_key[session.api_key] = session
        self._tokens[session.token] = session
        result = {"apiKey": session.api_key, "token": session.token, "operatorId": operator.operator_id}
        if user:
            result["userName"] = user
        return result

    def _identify(self, body: Mapping[str, Any]) -> tuple[Operator | None, str]:
        def text(name: str) -> str | None:
            value = body.get(name)
            return value if isinstance(value, str) else None

        if "authKeyId" in body or "authKey" in body:
            for op in self.operators.values():
                if op.auth_key_id == text("authKeyId") and op.auth_key == text("authKey"):
                    return op, ""
            return None, ""
        if "email" in body:
            for op in self.operators.values():
                if op.email == text("email") and op.password == text("password"):
                    return op, ""
            return None, ""
        if "operatorId" in body and "userName" in body:
            found = self.operators.get(text("operatorId") or "")
            user = text("userName") or ""
            if found is not None and user in found.users and found.users[user] == text("password"):
                return found, user
            return None, ""
        raise FakeApiError(
            "AUM0006", "Give authKeyId and authKey, or email and password, or operatorId, userName and password."
        )

    def authenticate(self, api_key: str | None, token: str | None, now: float) -> ApiSession:
        """The session behind both headers, or the 401 the real API gives."""
        if not api_key or not token:
            raise FakeApiError("AUM0001")
        session = self._tokens.get(token)
        if session is None or session.api_key != api_key:
            raise FakeApiError("AUM0002")
        if now >= session.expires_at:
            raise FakeApiError("AUM0003")
        return session

    def renew(self, session: ApiSession, operator_id: str, body: Any, now: float) -> dict[str, str]:
        if operator_id != session.operator_id:
            raise FakeApiError("AUM0005")
        timeout = body.get("tokenTimeoutSeconds", DEFAULT_TOKEN_TIMEOUT) if isinstance(body, Mapping) else None
        _check_timeout(timeout)
        assert isinstance(timeout, int)
        # The API key stays; a new token replaces the old one for it.
        self._tokens.pop(session.token, None)
        session.token = f"token-{_hex(self._rng, 48)}"
        session.expires_at = now + timeout
        self._tokens[session.token] = session
        return {"token": session.token}

    def expire(self, token: str | None = None) -> int:
        """Expire one token, or all of them; returns how many."""
        sessions = list(self._tokens.values()) if token is None else [s for s in [self._tokens.get(token)] if s]
        for session in sessions:
            session.expires_at = float("-inf")
        return len(sessions)


def _check_timeout(value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not MIN_TOKEN_TIMEOUT <= value <= MAX_TOKEN_TIMEOUT:
        raise FakeApiError(
            "AUM0006", f"tokenTimeoutSeconds must be an integer from {MIN_TOKEN_TIMEOUT} to {MAX_TOKEN_TIMEOUT}."
        )
