"""FakeSoracom follows the spec it serves: an operation it has no handler for is served from the spec
itself, and handled operations answer in the status and shape that spec documents."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from synthetic_spec import new_paginated_operation, ours, unset_expiry_answers_the_record

from soracom_client.testing import UNHANDLED_HEADER, FakeSoracom, ManualClock
from tests.support.spec import dump_yaml


def _next_spec(tmp_path: Path, *edits: Any) -> tuple[str, dict[str, Any]]:
    doc = ours()
    for edit in edits:
        edit(doc)
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "openapi.yaml"
    path.write_text(dump_yaml(doc), encoding="utf-8")
    return str(path), doc


def _client(fake: FakeSoracom) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=fake), base_url="http://fake/v1",
                             headers=fake.api_headers())


def _valid(doc: dict[str, Any], response: httpx.Response) -> None:
    """Checked by openapi-core directly, not by the fake's own validation."""
    req = response.request
    mock = MockRequest("https://api.soracom.io", req.method.lower(), req.url.path,
                       args=dict(req.url.params.multi_items()), data=req.content)
    OpenAPI.from_dict(doc).validate_response(mock, MockResponse(
        response.content, status_code=response.status_code,
        content_type=response.headers.get("content-type", "application/json")))


async def test_an_operation_without_a_handler_is_served_from_the_spec(tmp_path: Path) -> None:
    spec_path, doc = _next_spec(tmp_path, new_paginated_operation)
    fake = FakeSoracom(seed=1, sims=3, clock=ManualClock(), spec_path=spec_path)
    assert fake.unhandled_operations == ["listSimEvents", "searchSimEvents"]
    sim_id = fake.sim_ids()[0]
    async with _client(fake) as client:
        listed = await client.get(f"/sims/{sim_id}/events", params={"limit": 2})
        searched = await client.post(f"/sims/{sim_id}/events", json={"filter": {"type": "session_created"}})
        refused = await client.post(f"/sims/{sim_id}/events", json={"filter": 5})
        handled = await client.get(f"/sims/{sim_id}")
    for response in (listed, searched):
        assert response.status_code == 200, response.text
        assert response.headers[UNHANDLED_HEADER] in {"listSimEvents", "searchSimEvents"}
        _valid(doc, response)
    assert listed.json() == []
    assert refused.status_code == 400 and refused.json()["code"] == "COM0001"  # the request is still validated
    assert UNHANDLED_HEADER not in handled.headers


async def test_the_documented_example_is_the_answer_when_it_fits(tmp_path: Path) -> None:
    example = [{"simId": "8942", "time": 1, "event": {"type": "status_changed", "detail": "active"}}]

    def with_example(doc: dict[str, Any]) -> None:
        new_paginated_operation(doc)
        get = doc["paths"]["/sims/{sim_id}/events"]["get"]
        get["responses"]["200"]["content"]["application/json"]["example"] = example
        post = doc["paths"]["/sims/{sim_id}/events"]["post"]  # an example that does not fit its schema
        post["responses"]["200"]["content"]["application/json"]["example"] = [{"time": "yesterday"}]

    spec_path, doc = _next_spec(tmp_path, with_example)
    fake = FakeSoracom(seed=1, sims=3, clock=ManualClock(), spec_path=spec_path)
    async with _client(fake) as client:
        listed = await client.get(f"/sims/{fake.sim_ids()[0]}/events")
        searched = await client.post(f"/sims/{fake.sim_ids()[0]}/events", json={})
    assert listed.json() == example
    assert searched.json() == []  # the smallest valid answer instead
    _valid(doc, searched)


async def _unset_expiry(fake: FakeSoracom) -> tuple[httpx.Response, httpx.Response]:
    sim_id = fake.sim_ids(status="active")[0]
    imsi = fake.imsi_of(sim_id)
    future = int(fake.clock.now() * 1000) + 86_400_000
    answers = []
    async with _client(fake) as client:
        for base in (f"/sims/{sim_id}", f"/subscribers/{imsi}"):  # one record: set, then unset, each way
            assert (await client.post(f"{base}/set_expiry_time", json={"expiryTime": future})).status_code == 200
            answers.append(await client.post(f"{base}/unset_expiry_time"))
    return answers[0], answers[1]


def _no_content(doc: dict[str, Any]) -> None:
    for path in ("/sims/{sim_id}/unset_expiry_time", "/subscribers/{imsi}/unset_expiry_time"):
        op = doc["paths"][path]["post"]
        op["responses"] = {"204": {"description": "Done."},
                           **{k: v for k, v in op["responses"].items() if not k.startswith("2")}}


async def test_handlers_answer_with_the_status_and_shape_the_spec_documents(tmp_path: Path) -> None:
    # A spec documenting 204 for both: no body.
    spec_path, _ = _next_spec(tmp_path / "a", _no_content)
    for response in await _unset_expiry(FakeSoracom(seed=1, sims=20, clock=ManualClock(), spec_path=spec_path)):
        assert (response.status_code, response.content) == (204, b"")
    # A release documenting 200 with the record: the same handlers answer it.
    spec_path, doc = _next_spec(tmp_path / "b", unset_expiry_answers_the_record)
    sim, subscriber = await _unset_expiry(FakeSoracom(seed=1, sims=20, clock=ManualClock(), spec_path=spec_path))
    assert sim.status_code == subscriber.status_code == 200
    assert sim.json()["simId"] and "expiryTime" not in sim.json()
    assert subscriber.json()["imsi"] and "expiryTime" not in subscriber.json()
    for response in (sim, subscriber):
        assert UNHANDLED_HEADER not in response.headers
        _valid(doc, response)


def test_operations_the_fake_serves_from_the_spec_alone_are_reported() -> None:
    """Not a failure (the fake still answers them), but worth a handler: say so in the test summary."""
    unhandled = FakeSoracom(seed=1, sims=1, clock=ManualClock()).unhandled_operations
    if unhandled:
        warnings.warn(f"FakeSoracom serves {len(unhandled)} operation(s) from the spec alone (no handler): "
                      f"{', '.join(unhandled)}", UserWarning, stacklevel=1)
    assert isinstance(unhandled, list)


@pytest.mark.parametrize("edit", [new_paginated_operation])
def test_a_spec_with_new_operations_does_not_stop_the_fake(tmp_path: Path, edit: Any) -> None:
    spec_path, _ = _next_spec(tmp_path, edit)
    FakeSoracom(seed=1, sims=1, spec_path=spec_path)  # used to raise "no handler for ..."
