"""The four kinds of Soracom credentials. Their reprs never show a secret."""

from __future__ import annotations

from typing import Any

from attrs import field, frozen


@frozen
class AuthKey:
    """An SAM or root auth key: logs in with `authKeyId` + `authKey`."""

    auth_key_id: str
    auth_key: str = field(repr=False)

    def login_body(self) -> dict[str, Any]:
        return {"authKeyId": self.auth_key_id, "authKey": self.auth_key}


@frozen
class EmailPassword:
    """A root account's email address and password."""

    email: str
    password: str = field(repr=False)

    def login_body(self) -> dict[str, Any]:
        return {"email": self.email, "password": self.password}


@frozen
class SamUser:
    """A SAM user's operator ID, user name and password."""

    operator_id: str
    user_name: str
    password: str = field(repr=False)

    def login_body(self) -> dict[str, Any]:
        return {"operatorId": self.operator_id, "userName": self.user_name, "password": self.password}


@frozen
class ApiToken:
    """An API key and token obtained elsewhere, used as given: no login, no renewal."""

    api_key: str = field(repr=False)
    token: str = field(repr=False)


LoginCredentials = AuthKey | EmailPassword | SamUser
Credentials = AuthKey | EmailPassword | SamUser | ApiToken
