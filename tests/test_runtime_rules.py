"""Runner rules a caller relies on: a transport failure's log line never shows the URL (a transfer
token travels in the path), a paginated answer that is not a list is a ResponseParseError, and
closing the client drops the session's token."""

from __future__ import annotations

import logging

import httpx
import pytest
import respx

from soracom_client import ApiToken, AuthKey, Soracom
from soracom_client.errors import APITimeoutError, ResponseParseError

BASE = "https://api.soracom.io/v1"
TRANSFER_TOKEN = "TT-SECRET-0123456789"


async def test_a_transport_error_log_never_shows_the_path_values(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="soracom_client")
    with respx.mock(base_url=BASE) as api:
        api.delete(f"/subscribers/transfer_token/{TRANSFER_TOKEN}").mock(side_effect=httpx.ReadTimeout("slow"))
        async with Soracom(auth=ApiToken(api_key="k", token="t"), max_retries=1) as soracom:
            with pytest.raises(APITimeoutError) as raised:
                await soracom.subscriber.delete_subscriber_transfer_token(TRANSFER_TOKEN)
    assert any("ReadTimeout" in r.getMessage() for r in caplog.records)
    assert not [r.getMessage() for r in caplog.records if TRANSFER_TOKEN in r.getMessage()]
    assert TRANSFER_TOKEN not in str(raised.value)


@pytest.mark.parametrize("answer", [httpx.Response(200, json={"simId": "S1"}), httpx.Response(200, json=3),
                                    httpx.Response(204), httpx.Response(201, json={"simId": "S1"})],
                         ids=["object", "number", "204-no-body", "undocumented-201"])
async def test_a_page_that_is_not_a_list_is_refused(answer: httpx.Response) -> None:
    """Whatever the answer parses to (nothing, for a status the spec does not give a body), a page that
    is not a list is a ResponseParseError, never a TypeError from deep inside the walk."""
    with respx.mock(base_url=BASE) as api:
        api.get("/sims").mock(return_value=answer)
        async with Soracom(auth=ApiToken(api_key="k", token="t"), max_retries=0) as soracom:
            with pytest.raises(ResponseParseError):
                await soracom.sim.list_sims()
            with pytest.raises(ResponseParseError):
                _ = [sim async for sim in soracom.sim.list_sims()]


async def test_closing_the_client_drops_the_session() -> None:
    """After logout the token is not kept in memory (a client object may outlive its use for long)."""
    with respx.mock(base_url=BASE, assert_all_called=False) as api:
        api.post("/auth").mock(return_value=httpx.Response(200, json={"apiKey": "a", "token": "t-SECRET",
                                                                      "operatorId": "OP1"}))
        api.post("/auth/logout").mock(return_value=httpx.Response(204))
        api.get("/sims/S1").mock(return_value=httpx.Response(200, json={"simId": "S1"}))
        soracom = Soracom(auth=AuthKey("k", "s"), logout_on_close=True)
        await soracom.sim.get_sim("S1")
        auth = soracom._shared.auth
        assert auth.session is not None
        await soracom.aclose()
    assert auth.session is None
