"""Pagination as the API does it: limit, last_evaluated_key, x-soracom-next-key."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fake_support import PAGINATED

from soracom_client.testing import FakeSoracom


async def _walk(client: httpx.AsyncClient, url: str, limit: int, **params: Any) -> tuple[list[Any], int]:
    items: list[Any] = []
    pages = 0
    key: str | None = None
    while True:
        query = {"limit": limit, **params, **({"last_evaluated_key": key} if key else {})}
        r = await client.get(url, params=query)
        assert r.status_code == 200, r.text
        page = r.json()
        assert len(page) <= limit
        items += page
        pages += 1
        key = r.headers.get("x-soracom-next-key")
        if not key:
            return items, pages


def test_the_paginated_operations_come_from_the_spec(fake_soracom: FakeSoracom) -> None:
    marked = {op_id for op_id, op in fake_soracom.spec.operations.items() if op.pagination}
    assert marked and marked == PAGINATED


@pytest.mark.fake_soracom(sims=250)
async def test_list_sims_walks_all_250_in_order(fake_soracom: FakeSoracom,
                                                fake_soracom_http: httpx.AsyncClient) -> None:
    items, pages = await _walk(fake_soracom_http, "/sims", 40)
    assert [s["simId"] for s in items] == fake_soracom.sim_ids()
    assert pages == 7  # 6 full pages and 10 on the last; no header after it


@pytest.mark.fake_soracom(sims=30)
async def test_last_page_has_no_next_key_and_exact_fit(fake_soracom_http: httpx.AsyncClient) -> None:
    r = await fake_soracom_http.get("/sims", params={"limit": 30})
    assert len(r.json()) == 30 and "x-soracom-next-key" not in r.headers


@pytest.mark.fake_soracom(sims=250)
async def test_default_and_capped_page_sizes(fake_soracom_http: httpx.AsyncClient) -> None:
    r = await fake_soracom_http.get("/sims")
    assert len(r.json()) == 100 and r.headers["x-soracom-next-key"]
    r = await fake_soracom_http.get("/sims", params={"limit": 1000})
    assert len(r.json()) == 100  # "the number returned may be less than the specified value"


@pytest.mark.fake_soracom(sims=80)
async def test_resume_after_a_deleted_key(fake_soracom: FakeSoracom, fake_soracom_http: httpx.AsyncClient) -> None:
    first = await fake_soracom_http.get("/sims", params={"limit": 10})
    key = first.headers["x-soracom-next-key"]
    del fake_soracom.state.sims[key]  # the item behind the key is gone; the walk still resumes after it
    second = await fake_soracom_http.get("/sims", params={"limit": 10, "last_evaluated_key": key})
    ids = fake_soracom.sim_ids()
    assert second.json()[0]["simId"] == ids[10 - 1]


@pytest.mark.fake_soracom(sims=120)
async def test_subscribers_walk_with_a_filter(fake_soracom: FakeSoracom, fake_soracom_http: httpx.AsyncClient) -> None:
    items, _ = await _walk(fake_soracom_http, "/subscribers", 7, status_filter="active")
    expected = sorted(fake_soracom.imsi_of(s) for s in fake_soracom.sim_ids(status="active"))
    assert [s["imsi"] for s in items] == expected


async def test_session_events_latest_first_across_pages(fake_soracom: FakeSoracom,
                                                        fake_soracom_http: httpx.AsyncClient) -> None:
    sim_id = fake_soracom.sim_ids(online=True)[0]
    items, pages = await _walk(fake_soracom_http, f"/sims/{sim_id}/events/sessions", 3)
    times = [e["time"] for e in items]
    assert times == sorted(times, reverse=True) and pages > 1
    assert items[0]["event"] == "Created"  # the current session


async def test_data_entries_window_and_order(fake_soracom: FakeSoracom, fake_soracom_http: httpx.AsyncClient) -> None:
    sim = next(s for s in fake_soracom.state.sims.values() if s.status == "active" and
               (fake_soracom.state.history(s) or True) and len(s.data_entries or []) > 5)
    imsi = sim.primary.imsi
    asc, _ = await _walk(fake_soracom_http, f"/subscribers/{imsi}/data", 2, sort="asc")
    assert [e["time"] for e in asc] == sorted(e["time"] for e in asc)
    middle = asc[len(asc) // 2]["time"]
    later, _ = await _walk(fake_soracom_http, f"/subscribers/{imsi}/data", 2, sort="desc", **{"from": middle})
    assert all(e["time"] >= middle for e in later) and later[0]["time"] == asc[-1]["time"]
