"""The four kinds of Soracom credentials. Their reprs never show a secret."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class AuthKey:
    """An SAM or root auth key: logs in with `authKeyId` + `authKey`."""

    auth_key_id: str
    auth_key: str = field(repr=False)

    def login_body(self) -> dict[str, Any]:
        return {"authKeyId": self.auth_key_id, "authKey": self.auth_key}


@dataclass(frozen=True, slots=True)
class EmailPassword:
    """A root account's email address and password."""

    email: str
    password: str = field(repr=False)

    def login_body(self) -> dict[str, Any]:
        return {"email": self.email, "password": self.password}


@dataclass(frozen=True, slots=True)
class SamUser:
    """A SAM user's operator ID, user name and password."""

    operator_id: str
    user_name: str
    password: str = field(repr=False)

    def login_body(self) -> dict[str, Any]:
        return {"operatorId": self.operator_id, "userName": self.user_name, "password": self.password}


@dataclass(frozen=True, slots=True)
class ApiToken:
    """An API key and token obtained elsewhere, used as given: no login, no renewal."""

    api_key: str = field(repr=False)
    token: str = field(repr=False)


LoginCredentials = AuthKey | EmailPassword | SamUser
Credentials = AuthKey | EmailPassword | SamUser | ApiToken
