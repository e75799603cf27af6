# ruff: noqa: F811  (pytest fixtures imported from _facade_helpers are redefined as parameters)
"""Errors pickle and unpickle (task queues, multiprocessing) and carry no secret inside.

The errors come from real calls (respx), so they hold what a user's error would hold: a response
whose request was signed with the API key and token, a refused login whose body held the auth key.
"""

from __future__ import annotations

import pickle
from typing import Any

import httpx
import pytest
import respx
from _facade_helpers import API_KEY, TOKEN, api, sleeps  # noqa: F401

from soracom_client import AuthKey, Soracom, errors
from soracom_client.errors import (
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    PaginationLimitError,
    PaginationLoopError,
    RequestValidationError,
    ResponseParseError,
    SoracomError,
)
from soracom_client.models import IssueSubscriberTransferTokenRequest, SmsForwardingRequest

AUTH_KEY = "secret-AUTHKEY-9z8y7x"
SECRETS = (API_KEY.encode(), TOKEN.encode(), AUTH_KEY.encode())


def roundtrip(error: SoracomError) -> SoracomError:
    data = pickle.dumps(error)
    for secret in SECRETS:
        assert secret not in data, f"{type(error).__name__} pickles a secret"
    copy = pickle.loads(data)
    assert type(copy) is type(error) and str(copy) == str(error) and copy.args == error.args
    assert copy.resume_key == error.resume_key
    return copy


async def call_error(coro: Any) -> SoracomError:
    with pytest.raises(SoracomError) as caught:
        await coro
    return caught.value


async def test_a_status_error_of_a_signed_request(api: respx.MockRouter) -> None:
    api.post("/sims/S1/send_sms").mock(return_value=httpx.Response(
        400, json={"code": "SEM0016", "message": "offline"}, headers={"X-Soracom-Request-Id": "r-1"}))
    async with Soracom(auth=AuthKey("keyId-1", AUTH_KEY)) as soracom:
        error = await call_error(soracom.sim.send_sms_to_sim("S1", body=SmsForwardingRequest(payload="hi")))
    assert isinstance(error, BadRequestError)
    assert error.response.request.headers["X-Soracom-Token"] == TOKEN  # the original holds it ...
    copy = roundtrip(error)  # ... the pickle does not
    assert isinstance(copy, BadRequestError)
    assert (copy.status_code, copy.code, copy.message) == (400, "SEM0016", "offline")
    assert copy.response.status_code == 400 and copy.response.json() == {"code": "SEM0016", "message": "offline"}
    assert copy.response.headers["X-Soracom-Request-Id"] == "r-1"


async def test_a_refused_login_whose_request_body_held_the_auth_key(api: respx.MockRouter) -> None:
    api.post("/auth").mock(return_value=httpx.Response(403, json={"code": "AUM0001", "message": "no"}))
    async with Soracom(auth=AuthKey("keyId-1", AUTH_KEY)) as soracom:
        error = await call_error(soracom.sim.get_sim("S1"))
    assert isinstance(error, AuthenticationError) and AUTH_KEY.encode() in error.response.request.content
    copy = roundtrip(error)
    assert isinstance(copy, AuthenticationError) and copy.code == "AUM0001"


async def test_a_gzipped_error_body_survives_the_trip(api: respx.MockRouter) -> None:
    import gzip

    body = gzip.compress(b'{"code": "SEM0049", "message": "gone"}')
    api.get("/sims/S1").mock(return_value=httpx.Response(
        404, content=body, headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}))
    async with Soracom(auth=AuthKey("keyId-1", AUTH_KEY)) as soracom:
        error = await call_error(soracom.sim.get_sim("S1"))
    copy = roundtrip(error)
    assert isinstance(copy, APIStatusError) and copy.response.json()["code"] == "SEM0049"


async def test_a_timeout_keeps_its_type_and_drops_its_cause(api: respx.MockRouter, sleeps: list[float]) -> None:
    api.get("/sims/S1").mock(side_effect=httpx.ReadTimeout("slow"))
    async with Soracom(auth=AuthKey("keyId-1", AUTH_KEY), max_retries=0) as soracom:
        error = await call_error(soracom.sim.get_sim("S1"))
    assert isinstance(error, APITimeoutError) and error.__cause__ is not None
    copy = roundtrip(error)
    assert copy.__cause__ is None  # the cause's request is signed: it stays behind


async def test_a_response_that_does_not_parse_with_a_token_in_its_body(api: respx.MockRouter) -> None:
    # An answer carrying a secret (a transfer token) that does not fit its schema (a list, not an object).
    api.post("/subscribers/transfer_token/issue").mock(return_value=httpx.Response(200, json=[{"token": TOKEN}]))
    async with Soracom(auth=AuthKey("keyId-1", AUTH_KEY)) as soracom:
        error = await call_error(soracom.subscriber.issue_subscriber_transfer_token(
            body=IssueSubscriberTransferTokenRequest(transfer_destination_operator_email="a@example.com",
                                                     transfer_destination_operator_id="OP1",
                                                     transfer_imsi=["001010000000001"])))
    assert isinstance(error, ResponseParseError) and error.body is not None and TOKEN.encode() in error.body
    copy = roundtrip(error)
    assert isinstance(copy, ResponseParseError) and copy.path == error.path and copy.status_code == 200
    assert copy.body is not None and b"<redacted>" in copy.body


@pytest.mark.parametrize("field", ["body.authKey", "body.registrationSecret", "body.authentication.password",
                                   "body.arcClientPeerPrivateKey", "token"])
def test_a_validation_error_on_a_secret_field_pickles_redacted(field: str) -> None:
    error = RequestValidationError(field, "maxLength 8", AUTH_KEY)
    assert AUTH_KEY not in str(error)
    copy = roundtrip(error)
    assert isinstance(copy, RequestValidationError) and copy.value == "<redacted>"
    assert (copy.field, copy.rule) == (field, "maxLength 8")


def test_a_validation_error_on_an_ordinary_field_keeps_its_value() -> None:
    copy = roundtrip(RequestValidationError("body.groupId", "minLength 1", ""))
    assert isinstance(copy, RequestValidationError) and copy.value == ""


def test_pagination_errors_keep_their_key() -> None:
    for error in (PaginationLoopError("K"), PaginationLimitError("K")):
        copy = roundtrip(error)
        assert copy.key == "K" and copy.resume_key == "K"  # type: ignore[attr-defined]


def _all_error_classes() -> list[type[SoracomError]]:
    found: list[type[SoracomError]] = []
    todo: list[type[SoracomError]] = [SoracomError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


@pytest.mark.parametrize("cls", _all_error_classes(), ids=lambda cls: cls.__name__)
def test_every_error_class_pickles_without_the_request_it_holds(cls: type[SoracomError]) -> None:
    # Whatever class a future change adds, and whatever it attaches: a signed request or a response
    # that holds one must not travel.
    signed = httpx.Request("POST", "https://api.soracom.io/v1/auth", headers={"X-Soracom-Token": TOKEN},
                           json={"authKey": AUTH_KEY})
    error = cls.__new__(cls, "message")
    error.args = ("message",)
    error.__dict__.update(request=signed, response=httpx.Response(500, content=b"x", request=signed),
                          resume_key="R")
    copy = roundtrip(error)
    assert copy.__dict__["request"] is None and copy.__dict__["response"].content == b"x"
    assert type(copy).__reduce__ is not Exception.__reduce__
    assert cls.__module__.startswith("soracom_client")


def test_secret_field_names() -> None:
    for name in ("authKey", "password", "token", "apiKey", "X-Soracom-API-Key", "X-Soracom-Token", "key",
                 "registrationSecret", "arcClientPeerPrivateKey", "passphrase", "newPassword"):
        assert errors.is_secret_field(name), name
    for name in ("authKeyId", "passwordCredentialsId", "tokenTimeoutSeconds", "arcClientPeerPublicKey", "imsi"):
        assert not errors.is_secret_field(name), name
