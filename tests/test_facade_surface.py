# ruff: noqa: F811  (pytest fixtures imported from _facade_helpers are redefined as parameters)
"""The facade's surface: one method per operation (derived from the spec), options, headers, the generated client."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
import warnings
from pathlib import Path

import httpx
import pytest
import respx
from _facade_helpers import API_KEY, BASE, TOKEN, api, sim, sleeps  # noqa: F401

import soracom_client
from soracom_client import AuthKey, Soracom
from soracom_client._options import CallOptions
from soracom_client._retry_table import RETRY_TABLE, Repeat, classify, snake_case
from soracom_client.generated.api import OPERATIONS
from soracom_client.generated.api.sim import get_sim as generated_get_sim
from tests.support.spec import openapi

ROOT = Path(__file__).resolve().parents[1]
CALL_OPTIONS = CallOptions.__slots__  # timeout, deadline, max_retries, extra_headers, extra_query
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}
PAGINATED = {op["operationId"] for item in openapi()["paths"].values() for op in item.values()
             if isinstance(op, dict) and "x-soracom-cli-pagination" in op}


def spec_operations() -> dict[str, tuple[str, str, str]]:
    """operationId -> (tag, METHOD, path) from openapi.yaml."""
    spec = openapi()
    found = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                found[op["operationId"]] = (op["tags"][0], method.upper(), path)
    return found


def tag_attribute(tag: str) -> str:
    return snake_case(tag)


def test_every_operation_in_the_spec_has_a_facade_method() -> None:
    soracom = Soracom(auth=AuthKey("k", "s"))
    ops = spec_operations()
    assert ops and set(map(snake_case, ops)) == set(OPERATIONS)  # no more, no fewer than the spec
    for op_id, (tag, method, path) in ops.items():
        name = snake_case(op_id)
        resource = getattr(soracom, tag_attribute(tag))
        facade = getattr(resource, name, None)
        assert facade is not None, op_id
        # Paginated operations return a Paginator (awaitable and async-iterable); the others are coroutines.
        assert inspect.iscoroutinefunction(facade) is (op_id not in PAGINATED), op_id
        assert OPERATIONS[name] == (tag_attribute(tag), method, path), op_id
        # The signature mirrors the generated asyncio_detailed: same parameters, kinds and types, plus timeout.
        module = importlib.import_module(f"soracom_client.generated.api.{tag_attribute(tag)}.{name}")
        generated = inspect.signature(module.asyncio_detailed).parameters
        mine = inspect.signature(facade).parameters
        assert [p for p in mine if p not in CALL_OPTIONS] == [p for p in generated if p != "client"], op_id
        # Every per-call option, keyword-only, on every method.
        assert all(mine[option].kind is inspect.Parameter.KEYWORD_ONLY for option in CALL_OPTIONS), op_id
        for pname, param in mine.items():
            if pname not in CALL_OPTIONS:
                assert param.kind == generated[pname].kind, (op_id, pname)
                assert (param.default is inspect.Parameter.empty) == (generated[pname].default is
                                                                       inspect.Parameter.empty), (op_id, pname)
    assert len(OPERATIONS) == len(ops)


def test_the_retry_table_covers_the_operations_in_the_spec() -> None:
    """A new operation (from a spec update) is not in the reviewed table until someone reviews it: it is sent
    once, never retried after it may have been processed, and the test says so without failing the update."""
    ops = spec_operations()
    unreviewed, stale = sorted(set(ops) - set(RETRY_TABLE)), sorted(set(RETRY_TABLE) - set(ops))
    if unreviewed or stale:
        warnings.warn(f"retry table: not yet reviewed {unreviewed}; no longer in the spec {stale}", UserWarning,
                      stacklevel=1)
    for op_id in unreviewed:
        assert classify(snake_case(op_id))[1] is Repeat.ONCE, op_id
    for op_id, (repeat, reason) in RETRY_TABLE.items():
        if op_id not in ops:
            continue
        _, method, _ = ops[op_id]
        assert reason.strip(), op_id
        if method in {"GET", "PUT", "DELETE"}:
            assert repeat is Repeat.REPEATABLE, op_id  # safe by HTTP semantics


def test_the_issue_names_these_as_send_once() -> None:
    once = {op for op, (repeat, _) in RETRY_TABLE.items() if repeat is Repeat.ONCE}
    named = {"sendSmsToSim", "sendSms", "sendSmsByMsisdn", "createSim", "createProfileOrder", "confirmProfileOrder",
             "issueSubscriberTransferToken", "registerSim", "registerSubscriber", "addSubscription",
             "createSimPacketCaptureSession", "subscriberDownlinkPingToUserEquipment"}
    downlinks = {op for op in RETRY_TABLE if "Downlink" in op}
    assert named | downlinks <= once
    for repeatable in ["activateSim", "setSimGroup", "updateSimSpeedClass", "setGroup", "updateSpeedClass"]:
        assert RETRY_TABLE[repeatable][0] is Repeat.REPEATABLE


def test_snake_case_matches_the_generated_module_names() -> None:
    assert {snake_case(op) for op in spec_operations()} == set(OPERATIONS)


def test_importing_the_package_does_not_import_operation_modules_or_models() -> None:
    code = ("import sys, soracom_client; "
            "print(sum(1 for m in sys.modules if '.generated.models' in m or m.count('.api.') and "
            "m.rsplit('.', 1)[-1] not in ('sim', 'subscriber', 'sim_profile_order', 'cell_location')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "0"


@pytest.mark.parametrize(("coverage", "sandbox", "url"), [
    ("jp", False, "https://api.soracom.io/v1"), ("g", False, "https://g.api.soracom.io/v1"),
    ("jp", True, "https://api-sandbox.soracom.io/v1"), ("g", True, "https://g.api-sandbox.soracom.io/v1")])
def test_hosts(coverage: str, sandbox: bool, url: str) -> None:
    assert Soracom(auth=AuthKey("k", "s"), coverage=coverage, sandbox=sandbox).base_url == url
    assert Soracom(auth=AuthKey("k", "s"), coverage=coverage, base_url="http://127.0.0.1:9/v1/").base_url == \
        "http://127.0.0.1:9/v1"


def test_bad_coverage_is_refused() -> None:
    with pytest.raises(ValueError, match="coverage"):
        Soracom(auth=AuthKey("k", "s"), coverage="eu")


async def test_headers_user_agent_lang_and_defaults(api: respx.MockRouter) -> None:
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), lang="ja", default_headers={"X-Extra": "1"}) as soracom:
        await soracom.sim.get_sim("S1")
    for request in (api["auth"].calls[0].request, route.calls[0].request):
        ua = request.headers["User-Agent"]
        assert ua.startswith(f"soracom-client/{soracom_client.__version__} python/")
        assert ua.endswith(f" httpx/{httpx.__version__}")
        assert request.headers["X-Soracom-Lang"] == "ja" and request.headers["X-Extra"] == "1"
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        await soracom.sim.get_sim("S1")
    assert "X-Soracom-Lang" not in route.calls[-1].request.headers


async def test_timeouts_default_with_options_and_per_call(api: respx.MockRouter) -> None:
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s"), timeout=20.0) as soracom:
        await soracom.sim.get_sim("S1")
        view = soracom.with_options(timeout=5.0, max_retries=0)
        await view.sim.get_sim("S1")
        await soracom.sim.get_sim("S1", timeout=1.5)
        assert view._shared is soracom._shared and view.max_retries == 0 and soracom.max_retries == 2
    timeouts = [c.request.extensions["timeout"]["read"] for c in route.calls]
    assert timeouts == [20.0, 5.0, 1.5]
    assert api["auth"].call_count == 1  # the view shares the login


async def test_query_parameters_and_spec_defaults(api: respx.MockRouter) -> None:
    route = api.get("/sims/S1/data").mock(return_value=httpx.Response(200, json=[]))
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        assert list(await soracom.sim.get_data_from_sim("S1", limit=5)) == []
    params = route.calls[0].request.url.params
    assert params["limit"] == "5" and params["sort"] == "desc"  # sort: the spec's default, applied by _get_kwargs


async def test_no_content_returns_none_and_binary_returns_bytes(api: respx.MockRouter) -> None:
    api.delete("/sims/S1/tags/color").mock(return_value=httpx.Response(204))
    api.post("/sims/S1/downlink/rtsp").mock(return_value=httpx.Response(200, content=b"\xff\xd8jpeg",
                                                                        headers={"Content-Type": "image/jpeg"}))
    from soracom_client.generated.models import SimDownlinkRtspRequest

    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        assert await soracom.sim.delete_sim_tag("S1", "color") is None
        body = SimDownlinkRtspRequest.from_dict({"command": "snapshot", "path": "/live"})
        assert await soracom.sim.send_downlink_rtsp("S1", body=body) == b"\xff\xd8jpeg"


async def test_generated_client_is_authenticated(api: respx.MockRouter) -> None:
    route = api.get("/sims/S1").mock(return_value=httpx.Response(200, json=sim("S1")))
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        response = await generated_get_sim.asyncio_detailed("S1", client=soracom.client)
    assert response.parsed.sim_id == "S1"  # type: ignore[union-attr]
    assert route.calls[0].request.headers["X-Soracom-Token"] == TOKEN
    assert route.calls[0].request.headers["X-Soracom-API-Key"] == API_KEY


async def test_a_given_http_client_is_used_and_not_closed() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.url.path == "/v1/auth":
            return httpx.Response(200, json={"apiKey": "a", "token": "t", "operatorId": "OP1"})
        return httpx.Response(200, json=sim("S1"))

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with Soracom(auth=AuthKey("k", "s"), base_url="http://fake/v1", allow_insecure_http=True,
                       http_client=http) as soracom:
        await soracom.sim.get_sim("S1")
        await generated_get_sim.asyncio_detailed("S1", client=soracom.client)
    assert seen == ["/v1/auth", "/v1/sims/S1", "/v1/sims/S1"]
    assert not http.is_closed
    await http.aclose()
