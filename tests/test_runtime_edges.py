"""What a caller reads off a failed or slow call (log lines with their timings and attempt numbers, the
words of a timeout, a client closed under a call), and the runner's own last defences; each found by a
mutant of soracom_client/_runtime.py that no other test noticed."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import AsyncIterator, Iterator
from types import SimpleNamespace

import httpx
import pytest
import respx

from soracom_client import ApiToken, AuthKey, Soracom, _runtime
from soracom_client._runtime import DEFAULT_MAX_RESPONSE_SIZE, _redact
from soracom_client.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ClientClosedError,
    ResponseParseError,
    SoracomError,
)
from soracom_client.generated.api.sim import get_sim
from soracom_client.testing import ManualClock

BASE = "https://api.soracom.io/v1"
SIM = {"simId": "S1", "status": "active"}
LOGIN = {"apiKey": "k2", "token": "t2", "operatorId": "OP0012345678", "userName": None}


def _client(**kwargs: object) -> Soracom:
    return Soracom(auth=ApiToken(api_key="k", token="t"), **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(("words", "expected"), [
    ("timed out", "no answer within the read timeout of 0.5 s; 1 attempt"),
    ("stalled mid-body", "no answer within the read timeout of 0.5 s (stalled mid-body); 2 attempts"),
])
async def test_a_timeout_says_which_limit_ran_out_and_how_many_attempts_were_made(words: str,
                                                                                 expected: str) -> None:
    """httpx's bare "timed out" adds nothing to the limit's own words; any other detail is kept."""
    retries = 0 if words == "timed out" else 1
    with respx.mock(base_url=BASE) as api:
        api.get("/sims/S1").mock(side_effect=httpx.ReadTimeout(words))
        async with _client(max_retries=retries, timeout=httpx.Timeout(5.0, read=0.5), clock=ManualClock()) as soracom:
            with pytest.raises(APITimeoutError) as raised:
                await soracom.sim.get_sim("S1")
    assert str(raised.value).endswith(expected), str(raised.value)


async def test_a_call_on_a_closed_http_client_is_client_closed() -> None:
    """The caller's own httpx client, closed under the Soracom client: ClientClosedError, not an APIError."""
    with respx.mock(base_url=BASE, assert_all_called=False):
        http = httpx.AsyncClient()
        async with Soracom(auth=ApiToken(api_key="k", token="t"), http_client=http) as soracom:
            await http.aclose()
            with pytest.raises(ClientClosedError):
                await soracom.sim.get_sim("S1")


async def test_an_http_client_closed_during_the_call_is_client_closed() -> None:
    """Closed while the request was on its way, the transport fails with whatever it fails with: the caller
    is told the client was closed (not an unexpected APIError), whether or not the Soracom client was closed."""
    http = httpx.AsyncClient()

    async def closing(request: httpx.Request) -> httpx.Response:
        await http.aclose()
        raise RuntimeError("the transport was closed under the request")

    with respx.mock(base_url=BASE) as api:
        api.get("/sims/S1").mock(side_effect=closing)
        async with Soracom(auth=ApiToken(api_key="k", token="t"), http_client=http, max_retries=0) as soracom:
            with pytest.raises(ClientClosedError):
                await soracom.sim.get_sim("S1")


async def test_any_failure_of_a_generated_parser_is_a_response_parse_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """The generated parsers raise ResponseParseError themselves; should one ever raise anything else, the
    caller still gets the documented error, with the body and status."""
    def broken(*, client: object, response: httpx.Response) -> object:
        raise ValueError("a parser bug")

    monkeypatch.setattr(get_sim, "_parse_response", broken)
    with respx.mock(base_url=BASE) as api:
        api.get("/sims/S1").mock(return_value=httpx.Response(200, json=SIM))
        async with _client(max_retries=0) as soracom:
            with pytest.raises(ResponseParseError) as raised:
                await soracom.sim.get_sim("S1")
    assert isinstance(raised.value.__cause__, ValueError) and raised.value.status_code == 200


def test_the_default_response_size_limit_is_the_documented_64_mib() -> None:
    assert DEFAULT_MAX_RESPONSE_SIZE == 64 * 2**20
    assert _client().max_response_size == 64 * 2**20


@pytest.mark.parametrize(("path", "text", "expected"), [
    ("/", "failed: a/b", "failed: a/b"),  # a one-character path would take every "/" out of the message
    ("/a", "GET /a failed", "GET <url> failed"),  # two characters can already be an identifier
])
def test_redaction_takes_paths_of_two_characters_or_more(path: str, text: str, expected: str) -> None:
    assert _redact(text, httpx.Request("GET", f"http://h{path}")) == expected


async def test_the_logged_time_of_an_attempt_is_its_duration_in_ms(caplog: pytest.LogCaptureFixture,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """On a stepped perf_counter (each reading 0.25 s after the last) every attempt lasts exactly 250 ms."""
    readings = iter(range(1_000))  # from 1000 s: a reading is never 0, so a sum cannot pass for a difference
    monkeypatch.setattr(_runtime, "time", SimpleNamespace(perf_counter=lambda: 1000 + next(readings) * 0.25,
                                                          monotonic=time.monotonic))
    caplog.set_level(logging.DEBUG, logger="soracom_client")
    answers: Iterator[httpx.Response | Exception] = iter([httpx.ConnectError("refused"),
                                                          httpx.Response(200, json=SIM)])

    def answer(request: httpx.Request) -> httpx.Response:
        reply = next(answers)
        if isinstance(reply, Exception):
            raise reply
        return reply

    with respx.mock(base_url=BASE) as api:
        api.get("/sims/S1").mock(side_effect=answer)
        async with _client(max_retries=1, clock=ManualClock()) as soracom:
            await soracom.sim.get_sim("S1")
    timed = [r.getMessage() for r in caplog.records if " ms (attempt " in r.getMessage()]
    assert timed == ["GET /sims/{sim_id}: ConnectError after 250.0 ms (attempt 1)",
                     "GET /sims/{sim_id} -> 200 in 250.0 ms (attempt 2)"]


async def test_each_retry_is_logged_with_its_number_and_the_most_there_can_be(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="soracom_client")
    answers = iter([httpx.Response(503), httpx.Response(503), httpx.Response(200, json=SIM)])
    with respx.mock(base_url=BASE) as api:
        api.get("/sims/S1").mock(side_effect=lambda request: next(answers))
        async with _client(max_retries=3, clock=ManualClock()) as soracom:
            await soracom.sim.get_sim("S1")
    retries = [re.sub(r"in [0-9.]+ s", "in _ s", r.getMessage()) for r in caplog.records
               if "retrying" in r.getMessage()]
    assert [line.split(": ")[1] for line in retries] == ["retrying in _ s (retry 1 of 3)",
                                                         "retrying in _ s (retry 2 of 3)"], retries


async def test_a_failed_login_is_logged_as_the_login_with_the_attempt_it_held_up(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="soracom_client")
    logins = iter([httpx.Response(503), httpx.Response(200, json=LOGIN)])
    with respx.mock(base_url=BASE) as api:
        api.post("/auth").mock(side_effect=lambda request: next(logins))
        api.get("/sims/S1").mock(return_value=httpx.Response(200, json=SIM))
        async with Soracom(auth=AuthKey("k", "s"), max_retries=1, clock=ManualClock()) as soracom:
            await soracom.sim.get_sim("S1")
    lines = [r.getMessage() for r in caplog.records]
    assert "GET /sims/{sim_id}: login answered 503 (attempt 1)" in lines, lines


@pytest.mark.parametrize(("raised", "expected", "words"), [
    (httpx.DecodingError("bad gzip"), ResponseParseError, "body could not be decoded: DecodingError: bad gzip"),
    (httpx.TooManyRedirects("too many"), APIConnectionError, "GET /sims/{sim_id}: TooManyRedirects: too many"),
    (httpx.InvalidURL("bad host"), APIConnectionError, "GET /sims/{sim_id}: InvalidURL: bad host"),
    (ValueError("a transport bug"), APIError, "GET /sims/{sim_id}: unexpected error: ValueError: a transport bug"),
])
async def test_what_a_transport_raises_besides_transport_errors_is_typed_and_not_retried(
        raised: Exception, expected: type[Exception], words: str) -> None:
    with respx.mock(base_url=BASE) as api:
        route = api.get("/sims/S1").mock(side_effect=raised)
        async with _client(max_retries=3, clock=ManualClock()) as soracom:
            with pytest.raises(SoracomError) as caught:
                await soracom.sim.get_sim("S1")
    assert type(caught.value) is expected and str(caught.value).endswith(words), str(caught.value)
    assert caught.value.__cause__ is raised and route.call_count == 1


async def test_a_transport_error_that_names_no_request_is_still_a_connection_error() -> None:
    """httpx attaches the request to a transport's errors, but not to one raised by the caller's own event
    hook: the runner cannot name what failed, and still reports a connection error."""
    async def refuse(request: httpx.Request) -> None:
        raise httpx.ConnectError("refused by a hook")

    with respx.mock(base_url=BASE, assert_all_called=False):
        async with httpx.AsyncClient(event_hooks={"request": [refuse]}) as http, \
                Soracom(auth=ApiToken(api_key="k", token="t"), http_client=http, max_retries=0) as soracom:
            with pytest.raises(APIConnectionError,
                               match="ConnectError to api.soracom.io: refused by a hook; 1 attempt"):
                await soracom.sim.get_sim("S1")


async def test_a_view_of_a_closed_client_is_closed_even_on_the_callers_own_http_client() -> None:
    """Closing the client leaves the caller's httpx client open; its views must still refuse calls."""
    with respx.mock(base_url=BASE, assert_all_called=False) as api:
        route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=SIM))
        async with httpx.AsyncClient() as http:
            soracom = Soracom(auth=ApiToken(api_key="k", token="t"), http_client=http)
            view = soracom.with_options(max_retries=1)
            await soracom.aclose()
            assert not http.is_closed
            for client in (soracom, view):
                with pytest.raises(ClientClosedError):
                    await client.sim.get_sim("S1")
    assert route.call_count == 0


async def test_a_body_read_cancelled_by_an_anyio_scope_still_closes_the_response() -> None:
    """anyio (Starlette, FastAPI) cancels level-triggered: every await inside a cancelled scope is cancelled
    again, so the response is closed under a shield or not at all."""
    import anyio

    scope = anyio.CancelScope()
    closed: list[bool] = []

    class Stalling(httpx.AsyncByteStream):
        async def __aiter__(self) -> AsyncIterator[bytes]:
            yield b'{"simId": '
            scope.cancel()
            await asyncio.Event().wait()
            yield b""  # never reached

        async def aclose(self) -> None:
            await asyncio.sleep(0)  # a real close awaits the connection pool
            closed.append(True)

    with respx.mock(base_url=BASE) as api:
        api.get("/sims/S1").mock(return_value=httpx.Response(200, stream=Stalling()))
        async with _client(max_retries=0) as soracom:
            with scope:
                await soracom.sim.get_sim("S1")
    assert scope.cancelled_caught and closed == [True]
