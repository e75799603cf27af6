# ruff: noqa: F811  (pytest fixtures imported from _facade_helpers are redefined as parameters)
"""Error statuses raise their typed error with code and message; documented errors are never `None`."""

from __future__ import annotations

import httpx
import pytest
import respx
from _facade_helpers import api, sleeps  # noqa: F401

from soracom_client import AuthKey, Soracom
from soracom_client import errors as e
from soracom_client.errors import status_error_from_response

CASES = [
    (400, e.BadRequestError), (401, e.AuthenticationError), (403, e.PermissionDeniedError),
    (404, e.NotFoundError), (409, e.ConflictError), (422, e.UnprocessableEntityError),
    (429, e.RateLimitError), (500, e.InternalServerError), (502, e.InternalServerError),
    (503, e.InternalServerError), (504, e.InternalServerError), (418, e.APIStatusError),
]


@pytest.mark.parametrize(("status", "cls"), CASES)
def test_every_status_maps_to_its_class_with_code_and_message(status: int, cls: type[e.APIStatusError]) -> None:
    response = httpx.Response(status, json={"code": "SEM0016", "message": "The specified subscriber is offline"})
    error = status_error_from_response(response, context="POST /sims/{sim_id}/send_sms")
    assert type(error) is cls
    assert (error.status_code, error.code, error.message) == (status, "SEM0016", "The specified subscriber is offline")
    assert error.response is response
    assert str(error).startswith("SEM0016: The specified subscriber is offline")
    assert "POST /sims/{sim_id}/send_sms" in str(error)


def test_error_message_body_form() -> None:
    response = httpx.Response(400, json={"errorMessage": {"code": "SEM0001", "message": "bad"}})
    error = status_error_from_response(response)
    assert (error.code, error.message) == ("SEM0001", "bad") and str(error).startswith("SEM0001: bad")


def test_body_without_code() -> None:
    error = status_error_from_response(httpx.Response(502, content=b"<html>bad gateway</html>"))
    assert isinstance(error, e.InternalServerError) and error.code is None
    assert "Bad Gateway" in str(error)


@pytest.mark.parametrize(("status", "cls"), CASES)
async def test_statuses_from_the_facade(api: respx.MockRouter, sleeps: list[float], status: int,
                                        cls: type[e.APIStatusError]) -> None:
    api.get("/sims/S1").mock(return_value=httpx.Response(status, json={"code": "C1", "message": "m"}))
    async with Soracom(auth=AuthKey("k", "s"), max_retries=0) as soracom:
        with pytest.raises(cls) as caught:
            await soracom.sim.get_sim("S1")
    assert type(caught.value) is cls and caught.value.code == "C1"


async def test_404_from_get_sim_raises_not_found_not_none(api: respx.MockRouter) -> None:
    api.get("/sims/NOPE").mock(return_value=httpx.Response(
        404, json={"code": "SEM0005", "message": "The specified SIM does not exist"}))
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        with pytest.raises(e.NotFoundError) as caught:
            await soracom.sim.get_sim("NOPE")
    assert str(caught.value).startswith("SEM0005: The specified SIM does not exist")


async def test_read_timeout_raises_api_timeout_error(api: respx.MockRouter, sleeps: list[float]) -> None:
    api.get("/sims/S1").mock(side_effect=httpx.ReadTimeout("timed out"))
    async with Soracom(auth=AuthKey("k", "s"), max_retries=0) as soracom:
        with pytest.raises(e.APITimeoutError, match="GET /sims/{sim_id}"):
            await soracom.sim.get_sim("S1")


async def test_unparseable_success_raises_response_parse_error(api: respx.MockRouter) -> None:
    api.get("/sims/S1").mock(return_value=httpx.Response(200, content=b"not json"))
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        with pytest.raises(e.ResponseParseError):
            await soracom.sim.get_sim("S1")
