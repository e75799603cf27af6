"""The default transport keeps the httpx ecosystem working: users test their apps with respx or pytest-httpx
and observe them with OpenTelemetry's httpx instrumentation, and all three must see the client's calls.

respx patches httpcore's pool and connection classes, pytest-httpx and OpenTelemetry patch
`httpx.AsyncHTTPTransport.handle_async_request`; the default, `AiohttpPoolTransport`, is an
`httpx.AsyncHTTPTransport` whose pool is an `httpcore.AsyncConnectionPool` (over aiohttp) that defers to
a patched `AsyncConnectionPool.handle_async_request`, so every call passes through all three.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import respx
from pytest_httpx import HTTPXMock

from soracom_client import ApiToken, Soracom
from soracom_client.transports import AiohttpPoolTransport
from tests.support.sims import rich_sim
from tests.test_transport import Server, no_proxy_env

# Nothing listens on port 9 of the loopback: a call that escaped the mock fails at once, locally.
UNMOCKED = "http://127.0.0.1:9/v1"
SIM_ID = "8981100000000000001"


@pytest.fixture
def default_soracom(monkeypatch: pytest.MonkeyPatch) -> Soracom:
    no_proxy_env(monkeypatch)
    soracom = Soracom(auth=ApiToken("k", "t"), base_url=UNMOCKED, max_retries=0)
    assert isinstance(soracom._shared.http._transport, AiohttpPoolTransport)  # the default, not a mock's
    return soracom


async def test_respx_mock_intercepts_calls_through_the_default_transport(default_soracom: Soracom) -> None:
    async with respx.mock(assert_all_called=True) as router:
        route = router.get(f"{UNMOCKED}/sims/{SIM_ID}").respond(200, json=rich_sim(1))
        async with default_soracom as soracom:
            sim = await soracom.sim.get_sim(SIM_ID)
    assert sim.sim_id == rich_sim(1)["simId"]
    assert route.call_count == 1
    assert route.calls.last.request.headers["x-soracom-token"] == "t"


async def test_pytest_httpx_intercepts_calls_through_the_default_transport(default_soracom: Soracom,
                                                                          httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="GET", url=f"{UNMOCKED}/sims/{SIM_ID}", json=rich_sim(1))
    async with default_soracom as soracom:
        sim = await soracom.sim.get_sim(SIM_ID)
    assert sim.sim_id == rich_sim(1)["simId"]
    (request,) = httpx_mock.get_requests()
    assert request.headers["x-soracom-api-key"] == "k"


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    async with Server(delay=0.0) as s:
        yield s


async def test_opentelemetry_httpx_instrumentation_records_the_default_transport_calls(
        server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    no_proxy_env(monkeypatch)
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    instrumentor = HTTPXClientInstrumentor()
    instrumentor.instrument(tracer_provider=provider)
    try:
        async with Soracom(auth=ApiToken("k", "t"), base_url=server.url, max_retries=0) as soracom:
            assert isinstance(soracom._shared.http._transport, AiohttpPoolTransport)
            for _ in range(3):
                await soracom.sim.get_sim(SIM_ID)
    finally:
        instrumentor.uninstrument()
    spans = exporter.get_finished_spans()
    assert len(spans) == 3  # one client span per call, no more (the lanes are not counted twice)
    for span in spans:
        attributes = dict(span.attributes or {})
        assert attributes.get("http.request.method", attributes.get("http.method")) == "GET"
        assert attributes.get("http.response.status_code", attributes.get("http.status_code")) == 200
        assert str(attributes.get("url.full", attributes.get("http.url"))).endswith(f"/v1/sims/{SIM_ID}")
