# ruff: noqa: F811  (pytest fixtures imported from _facade_helpers are redefined as parameters)
"""Issue 13: credentials go only to the configured API origin, never across a redirect, never on the
caller's own requests to other hosts; plain http:// only to loopback unless the caller opts in."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
import respx
from _facade_helpers import API_KEY, BASE, TOKEN, api, login_answer, sim  # noqa: F401

from soracom_client import AuthKey, ConfigurationError, Soracom
from soracom_client.errors import CrossOriginError, SoracomError
from soracom_client.generated.api.sim import get_sim as generated_get_sim
from soracom_client.testing import FakeSoracom

EVIL = "https://evil.example"
SECRET_KEY = "authkey-SECRET-999"


@pytest.fixture
def evil() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=EVIL, assert_all_called=False) as router:
        router.route(name="any").mock(return_value=httpx.Response(200, json={}))
        yield router


async def test_callers_own_request_to_another_host_is_sent_unsigned() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.url == f"{BASE}/auth":
            return httpx.Response(200, json=login_answer())
        return httpx.Response(200, json=sim("S1"))

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http, \
            Soracom(auth=AuthKey("k", SECRET_KEY), http_client=http, default_headers={"X-Tenant": "t1"}) as soracom:
        await http.get("https://other.example/data")
        assert len(sent) == 1  # no login for a request that is not the API's
        await soracom.sim.get_sim("S1")  # logged in now
        await http.get("https://other.example/data")
        await http.get("http://api.soracom.io/v1/sims/S1")  # same host, another scheme: another origin
        await http.get("https://api.soracom.io:8443/v1/sims/S1")  # another port
    others = [r for r in sent if not str(r.url).startswith(BASE)]
    assert len(others) == 4
    for request in others:
        headers = request.headers
        assert "X-Soracom-API-Key" not in headers and "X-Soracom-Token" not in headers
        assert "X-Tenant" not in headers and "soracom-client" not in headers["User-Agent"]
    assert [r.headers["X-Soracom-Token"] for r in sent if str(r.url) == f"{BASE}/sims/S1"] == [TOKEN]


@pytest.mark.parametrize("status", [302, 307, 308])
async def test_redirect_of_a_signed_request_to_another_origin_is_refused(
        api: respx.MockRouter, evil: respx.MockRouter, status: int) -> None:
    api.get("/sims/S1").mock(return_value=httpx.Response(status, headers={"Location": f"{EVIL}/steal"}))
    async with httpx.AsyncClient(follow_redirects=True) as http, \
            Soracom(auth=AuthKey("k", SECRET_KEY), http_client=http) as soracom:
        with pytest.raises(CrossOriginError) as caught:
            await http.get(f"{BASE}/sims/S1")
        with pytest.raises(CrossOriginError):
            await generated_get_sim.asyncio_detailed("S1", client=soracom.client)
        with pytest.raises(SoracomError):  # the runner itself never follows a redirect with credentials
            await soracom.sim.get_sim("S1")
    assert evil["any"].call_count == 0
    assert "evil.example" in str(caught.value)
    assert TOKEN not in str(caught.value) and API_KEY not in str(caught.value)


@pytest.mark.parametrize("status", [302, 307, 308])
async def test_redirect_of_the_login_is_never_followed(api: respx.MockRouter, evil: respx.MockRouter,
                                                       status: int) -> None:
    api["auth"].mock(return_value=httpx.Response(status, headers={"Location": f"{EVIL}/auth"}))
    async with httpx.AsyncClient(follow_redirects=True) as http, \
            Soracom(auth=AuthKey("k", SECRET_KEY), http_client=http, max_retries=0) as soracom:
        with pytest.raises(CrossOriginError) as caught:
            await generated_get_sim.asyncio_detailed("S1", client=soracom.client)
        with pytest.raises(SoracomError):
            await soracom.sim.get_sim("S1")
    assert evil["any"].call_count == 0
    assert SECRET_KEY not in str(caught.value)


async def test_redirect_within_the_api_origin_is_followed_with_credentials(api: respx.MockRouter) -> None:
    api.get("/sims/S1").mock(return_value=httpx.Response(302, headers={"Location": f"{BASE}/sims/S2"}))
    target = api.get("/sims/S2").mock(return_value=httpx.Response(200, json=sim("S2")))
    async with httpx.AsyncClient(follow_redirects=True) as http, Soracom(auth=AuthKey("k", "s"), http_client=http):
        response = await http.get(f"{BASE}/sims/S1")
    assert response.status_code == 200 and target.calls[0].request.headers["X-Soracom-Token"] == TOKEN


# -- over loopback: two real servers, the API and another origin (another port) --

Route = tuple[int, dict[str, str], bytes]


@asynccontextmanager
async def http_server(routes: dict[tuple[str, str], Route], seen: list[dict[str, Any]]) -> Any:
    """A tiny HTTP/1.1 server on 127.0.0.1: answers `routes[(method, path)]`, records every request."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
                lines = head.decode("latin-1").split("\r\n")
                method, path, _ = lines[0].split(" ", 2)
                headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:] if line)}
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                seen.append({"method": method, "path": path, "headers": headers, "body": body})
                status, extra, content = routes.get((method, path), (404, {}, b"{}"))
                out = [f"HTTP/1.1 {status} X", f"Content-Length: {len(content)}", "Content-Type: application/json",
                       *(f"{k}: {v}" for k, v in extra.items())]
                writer.write(("\r\n".join(out) + "\r\n\r\n").encode() + content)
                await writer.drain()
        except (asyncio.IncompleteReadError, asyncio.TimeoutError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        await server.wait_closed()


@pytest.mark.parametrize("redirected", ["/v1/sims/S1", "/v1/auth"])
async def test_redirects_over_loopback_never_carry_credentials_to_another_port(redirected: str) -> None:
    other_seen: list[dict[str, Any]] = []
    api_seen: list[dict[str, Any]] = []
    async with http_server({}, other_seen) as other_port:
        location = {"Location": f"http://127.0.0.1:{other_port}{redirected}"}
        routes: dict[tuple[str, str], Route] = {
            ("POST", "/v1/auth"): (200, {}, json.dumps(login_answer()).encode()),
            ("GET", "/v1/sims/S1"): (200, {}, json.dumps(sim("S1")).encode()),
        }
        routes[("POST" if redirected == "/v1/auth" else "GET", redirected)] = (307, location, b"{}")
        async with http_server(routes, api_seen) as api_port:
            async with httpx.AsyncClient(follow_redirects=True, timeout=10) as http, \
                    Soracom(auth=AuthKey("keyId-1", SECRET_KEY), base_url=f"http://127.0.0.1:{api_port}/v1",
                            http_client=http, max_retries=0) as soracom:
                with pytest.raises(CrossOriginError):
                    await asyncio.wait_for(generated_get_sim.asyncio_detailed("S1", client=soracom.client), 10)
    assert other_seen == []
    assert api_seen[0]["path"] == "/v1/auth" and SECRET_KEY.encode() in api_seen[0]["body"]


# -- plain http:// --

@pytest.mark.parametrize("url", ["http://api.example.com/v1", "http://10.0.0.5:8080/v1", "http://fake/v1"])
def test_plain_http_to_a_network_host_is_refused_without_opt_in(url: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        Soracom(auth=AuthKey("k", SECRET_KEY), base_url=url)
    assert "base_url" in str(caught.value) and "allow_insecure_http=True" in str(caught.value)
    assert Soracom(auth=AuthKey("k", "s"), base_url=url, allow_insecure_http=True).base_url == url


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/v1", "http://127.9.9.9/v1", "http://localhost:1/v1",
                                 "http://[::1]:8080/v1", "https://api.example.com/v1"])
def test_loopback_and_https_need_no_opt_in(url: str) -> None:
    assert Soracom(auth=AuthKey("k", "s"), base_url=url).base_url == url


def test_other_schemes_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="https://"):
        Soracom(auth=AuthKey("k", "s"), base_url="ftp://api.example.com/v1", allow_insecure_http=True)


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={})


@pytest.mark.parametrize("make", [
    lambda: {"http_client": httpx.AsyncClient(transport=httpx.ASGITransport(app=FakeSoracom(seed=1, sims=1)))},
    lambda: {"http_client": httpx.AsyncClient(transport=httpx.MockTransport(_answer))},
    lambda: {"transport": httpx.MockTransport(_answer)},
], ids=["asgi-client", "mock-client", "mock-transport"])
def test_plain_http_that_never_leaves_the_process_needs_no_opt_in(make: Any) -> None:
    # The documented in-process fake: Soracom(base_url="http://fake/v1", http_client=<ASGI client>).
    assert Soracom(auth=AuthKey("k", "s"), base_url="http://fake/v1", **make()).base_url == "http://fake/v1"


def test_an_in_process_client_that_mounts_a_network_transport_for_the_url_is_refused() -> None:
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=FakeSoracom(seed=1, sims=1)),
                             mounts={"http://fake": httpx.AsyncHTTPTransport()})
    with pytest.raises(ConfigurationError):
        Soracom(auth=AuthKey("k", "s"), base_url="http://fake/v1", http_client=http)
    # Any other client transport goes over the network: refused as before.
    with pytest.raises(ConfigurationError):
        Soracom(auth=AuthKey("k", "s"), base_url="http://fake/v1", http_client=httpx.AsyncClient())
