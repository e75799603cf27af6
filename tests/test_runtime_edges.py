"""What a caller reads off a failed or slow call (log lines with their timings and attempt numbers, the
words of a timeout, a client closed under a call), and the runner's own last defences; each found by a
mutant of soracom_client/_runtime.py that no other test noticed."""

from __future__ import annotations

import asyncio
import logging
import re

import httpx
import pytest
import respx

from soracom_client import ApiToken, Soracom
from soracom_client._runtime import DEFAULT_MAX_RESPONSE_SIZE, _redact
from soracom_client.errors import APITimeoutError, ClientClosedError, ResponseParseError
from soracom_client.generated.api.sim import get_sim
from soracom_client.testing import ManualClock

BASE = "https://api.soracom.io/v1"
SIM = {"simId": "S1", "status": "active"}


def _client(**kwargs: object) -> Soracom:
    return Soracom(auth=ApiToken(api_key="k", token="t"), **kwargs)  # type: ignore[arg-type]


async def test_the_debug_log_gives_each_attempt_its_number_and_its_time_in_ms(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="soracom_client")
    answers = iter([httpx.ConnectError("refused"), httpx.Response(200, json=SIM)])

    async def slow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.03)  # each attempt takes at least 30 ms of real time
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    with respx.mock(base_url=BASE) as api:
        api.get("/sims/S1").mock(side_effect=slow)
        async with _client(max_retries=1, clock=ManualClock()) as soracom:  # the backoff in virtual time
            await soracom.sim.get_sim("S1")
    lines = [r.getMessage() for r in caplog.records]
    failed = next(line for line in lines if "ConnectError after" in line)
    answered = next(line for line in lines if "-> 200 in" in line)
    assert failed.endswith("(attempt 1)") and answered.endswith("(attempt 2)"), lines
    for line in (failed, answered):
        match = re.search(r"(?:after|in) ([0-9.]+) ms", line)
        assert match and float(match.group(1)) >= 25, line  # milliseconds, not seconds or microseconds


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
