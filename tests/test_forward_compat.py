"""Responses with values the spec does not list are read, not rejected (issue 3)."""

from __future__ import annotations

import functools
import json
from typing import Any

import httpx
import pytest
import respx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from soracom_client import errors
from soracom_client.generated import models
from soracom_client.generated._spec import OPERATIONS, SCHEMAS
from soracom_client.generated.api.sim import list_sim_packet_capture_sessions, list_sims
from soracom_client.generated.client import AuthenticatedClient
from tests.support.schema_strategies import documents, mutated
from tests.support.sims import rich_sim

BASE = "https://api.test/v1"


def _client() -> AuthenticatedClient:
    return AuthenticatedClient(base_url=BASE, token="t")


def _unusual_page() -> list[dict[str, Any]]:
    page = [rich_sim(i) for i in range(1000)]
    for i in range(0, 1000, 10):
        page[i]["status"] = "testing"  # the API has it; the spec's enum does not
    for i in range(1, 1000, 10):
        page[i]["expiryAction"] = None  # "No expiration date set"
    for i in range(2, 1000, 10):
        page[i]["sessionStatus"] = None
    for i in range(3, 1000, 10):
        page[i]["simulatedField"] = {"since": "2022-01-01T00:00:00:000Z"}  # unknown, with an odd date
        page[i]["sessionStatus"]["newSessionField"] = [1, 2]
    for i in range(4, 1000, 10):
        page[i]["moduleType"] = "chiplet"  # a module type from the future
    return page


@respx.mock
async def test_a_page_of_1000_unusual_sims_parses_completely_and_every_value_is_readable() -> None:
    page = _unusual_page()
    respx.get(f"{BASE}/sims").mock(return_value=httpx.Response(200, json=page))
    sims = await list_sims.asyncio(client=_client())
    assert isinstance(sims, list) and len(sims) == 1000

    testing = sims[0].status
    assert testing == "testing" and str(testing) == "testing"
    assert isinstance(testing, models.SimStatus) and testing is models.SimStatus("testing")
    assert sims[10].status is sims[0].status
    assert sims[5].status is models.SimStatus.ACTIVE  # known values are still members
    assert sims[1].expiry_action is None and sims[5].expiry_action is models.SimExpiryAction.SUSPEND
    assert sims[2].session_status is None
    assert sims[3].additional_properties["simulatedField"] == {"since": "2022-01-01T00:00:00:000Z"}
    assert sims[3].session_status.additional_properties["newSessionField"] == [1, 2]
    assert sims[4].module_type == "chiplet"
    # null stays distinguishable from absent, and everything is written back as received
    bare = models.Sim.from_dict({"simId": "x"})
    # both read as None; to_dict still tells them apart (absent left out, null written back)
    assert bare.expiry_action is None and sims[1].expiry_action is None
    assert "expiryAction" not in bare.to_dict() and sims[1].to_dict()["expiryAction"] is None
    assert [s.to_dict() for s in sims] == page


@respx.mock
async def test_an_odd_datetime_is_kept_as_sent_instead_of_failing_the_page() -> None:
    sessions = [
        {"sessionId": "a", "status": "DONE", "createdTime": "2024-05-01T10:00:00+00:00"},
        {"sessionId": "b", "status": "DONE", "createdTime": "2022-01-01T00:00:00:000Z", "endedTime": None},
    ]
    respx.get(f"{BASE}/sims/1/packet_capture_sessions").mock(return_value=httpx.Response(200, json=sessions))
    parsed = await list_sim_packet_capture_sessions.asyncio("1", client=_client())
    assert parsed is not None
    assert parsed[0].created_time.year == 2024
    assert parsed[1].created_time == "2022-01-01T00:00:00:000Z"
    assert parsed[1].ended_time is None
    assert parsed[1].to_dict() == sessions[1]
    # The spec's own CellLocation example carries this value.
    cell = models.CellLocation.from_dict({"updated": "2022-01-01T00:00:00:000Z"})
    assert cell.updated == "2022-01-01T00:00:00:000Z"


def test_enum_fields_accept_a_plain_string_on_the_request_side() -> None:
    body = models.ExpiryTime(expiry_time=1, expiry_action="suspend")  # type: ignore[arg-type]
    assert body.to_dict() == {"expiryTime": 1, "expiryAction": "suspend"}
    body = models.ExpiryTime(expiry_time=1, expiry_action=models.ExpiryTimeExpiryAction.SUSPEND)
    assert json.dumps(body.to_dict()) == '{"expiryTime": 1, "expiryAction": "suspend"}'


def test_testing_usage_does_not_require_the_usage_limits_typo() -> None:
    # The spec requires `usageLimits` but defines `usageLimit`; a real answer has only the latter.
    usage = models.TestingUsage.from_dict({"startedTime": 1, "usageLimit": {"days": 1, "dataBytes": 2,
                                           "numberOfSms": 3, "nextStatus": "active"}})
    assert usage.usage_limit.days == 1


# ------------------------------------------------------------ documents that do not fit at all


@pytest.mark.parametrize(("body", "path", "reason"), [
    ({"simId": "1"}, "$", "expected an array, got object"),
    ([{"simId": "1", "sessionStatus": [1]}], "$[0].sessionStatus", "expected an object, got array"),
    ([{"simId": "1", "tags": "x"}], "$[0].tags", "expected an object, got string"),
    ([{"simId": "1"}, 5], "$[1]", "expected an object, got integer"),
    ([{"simId": "1", "sessionStatus": {"dnsServers": {"a": 1}}}], "$[0].sessionStatus.dnsServers",
     "expected an array, got object"),
])
@respx.mock
async def test_a_body_that_does_not_fit_raises_response_parse_error_with_the_path(
        body: Any, path: str, reason: str) -> None:
    raw = json.dumps(body).encode()
    respx.get(f"{BASE}/sims").mock(return_value=httpx.Response(200, content=raw))
    with pytest.raises(errors.ResponseParseError) as caught:
        await list_sims.asyncio(client=_client())
    assert caught.value.path == path
    assert reason in str(caught.value)
    assert caught.value.status_code == 200 and caught.value.body == raw


@respx.mock
async def test_a_missing_required_field_and_a_non_json_body_raise_response_parse_error() -> None:
    from soracom_client.generated.api.sim import get_testing_usage

    respx.get(f"{BASE}/sims/1/testing/usage").mock(return_value=httpx.Response(200, json={"usage": {}}))
    with pytest.raises(errors.ResponseParseError) as caught:
        await get_testing_usage.asyncio("1", client=_client())
    assert caught.value.path == "$.startedTime" and "required field is missing" in str(caught.value)

    respx.get(f"{BASE}/sims").mock(return_value=httpx.Response(200, content=b"<html>oops</html>"))
    with pytest.raises(errors.ResponseParseError, match="not JSON"):
        await list_sims.asyncio(client=_client())


# ------------------------------------------------------------ every response schema, property-based


def _response_schema_names() -> set[str]:
    names: set[str] = set()

    def collect(schema: Any) -> None:
        if isinstance(schema, dict):
            ref = schema.get("$ref")
            if ref:
                name = ref.rsplit("/", 1)[-1]
                if name not in names:
                    names.add(name)
                    collect(SCHEMAS[name])
            for value in schema.values():
                collect(value)
        elif isinstance(schema, list):
            for value in schema:
                collect(value)

    for op in OPERATIONS.values():
        for status, schema in op["responses"].items():
            if status.startswith("2"):
                collect(schema)
    return names


MODELS = sorted(name for name in SCHEMAS if isinstance(getattr(models, name, None), type)
                and hasattr(getattr(models, name), "from_dict"))


def test_every_response_object_schema_has_a_model_under_test() -> None:
    objects = {n for n in _response_schema_names()
               if SCHEMAS[n].get("type") == "object" or "properties" in SCHEMAS[n]}
    assert objects and objects <= set(MODELS)


@functools.cache  # one strategy per model: hypothesis caches what it learns on the strategy object
def _documents(name: str) -> st.SearchStrategy[Any]:
    return documents(SCHEMAS[name])


@functools.cache
def _mutated_documents(name: str) -> st.SearchStrategy[tuple[str, Any]]:
    return _documents(name).flatmap(mutated)


SETTINGS = settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)


@pytest.mark.parametrize("name", MODELS)
@SETTINGS
@given(data=st.data())
def test_valid_documents_round_trip(name: str, data: st.DataObject) -> None:
    model = getattr(models, name)
    doc = data.draw(_documents(name))
    assert model.from_dict(doc).to_dict() == doc


@pytest.mark.parametrize("name", MODELS)
@SETTINGS
@given(data=st.data())
def test_mutated_documents_raise_nothing_but_response_parse_error(name: str, data: st.DataObject) -> None:
    model = getattr(models, name)
    kind, doc = data.draw(_mutated_documents(name))
    try:
        parsed = model.from_dict(doc)
    except errors.ResponseParseError:
        # A wrong type may not fit; neither may a null list item nor a random extra value in a map of models.
        assert kind in ("wrong-type", "null", "extra-field")
        return
    written = parsed.to_dict()
    if kind != "wrong-type":
        assert written == doc  # nulls, unknown enum values and extra fields survive the round trip


def test_from_dict_builds_the_same_object_as_the_constructor() -> None:
    # from_dict skips the attrs __init__ for speed; the result must be indistinguishable.
    doc = {"eci": 1, "mcc": 440, "radioType": "lte", "futureField": "x"}
    parsed = models.Cell.from_dict(doc)
    built = models.Cell(eci=1, mcc=440, radio_type=models.CellRadioType("lte"))
    built.additional_properties = {"futureField": "x"}
    assert parsed == built and repr(parsed) == repr(built)
    assert parsed.tac is None and parsed.to_dict() == doc


def test_from_dict_reads_any_mapping_and_never_changes_or_shares_its_input() -> None:
    from copy import deepcopy
    from types import MappingProxyType

    doc = rich_sim(7)
    doc["futureField"] = {"a": 1}
    before = deepcopy(doc)
    sim = models.Sim.from_dict(MappingProxyType(doc))
    assert doc == before and sim.to_dict() == before
    sim.additional_properties["another"] = 1
    sim.tags.additional_properties["site"] = "osaka"
    assert doc == before  # the model's maps are its own

