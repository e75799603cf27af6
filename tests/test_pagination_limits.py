"""The caller's bounds on a walk: `Paginator.limit(max_pages=..., max_items=...)`.

A server that always names a new next page cannot be told from a very large fleet, so the bound is
the caller's: `max_items` ends the walk quietly, `max_pages` raises with the key to resume from.
"""

from __future__ import annotations

import httpx
import pytest
import respx
from _facade_helpers import api, login_answer, sim  # noqa: F401

from soracom_client import AuthKey, Soracom
from soracom_client.errors import PaginationLimitError, RequestValidationError, SoracomError


def endless(request: httpx.Request) -> httpx.Response:
    """Two SIMs a page and always a new next key: the walk never ends by itself."""
    n = int(request.url.params.get("last_evaluated_key") or 0)
    return httpx.Response(200, json=[sim(f"S{n + 1}"), sim(f"S{n + 2}")], headers={"x-soracom-next-key": str(n + 2)})


def keys_sent(route: respx.Route) -> list[str | None]:
    return [call.request.url.params.get("last_evaluated_key") for call in route.calls]


async def test_max_pages_stops_an_endless_walk_with_the_key_to_resume_from(api: respx.MockRouter) -> None:  # noqa: F811
    route = api.get("/sims").mock(side_effect=endless)
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        seen: list[str] = []
        with pytest.raises(PaginationLimitError) as caught:
            async for s in soracom.sim.list_sims().limit(max_pages=3):
                seen.append(s.sim_id)
        # Every item of the allowed pages was delivered, and nothing beyond them was requested.
        assert seen == ["S1", "S2", "S3", "S4", "S5", "S6"]
        assert keys_sent(route) == [None, "2", "4"]
        assert isinstance(caught.value, SoracomError)
        assert caught.value.resume_key == caught.value.key == "6"
        # Resuming from the error's key goes on exactly where the walk stopped.
        more = [s.sim_id async for s in soracom.sim.list_sims(
            last_evaluated_key=caught.value.resume_key).limit(max_items=2)]
    assert more == ["S7", "S8"]


async def test_max_pages_on_pages_and_a_walk_that_ends_in_time(api: respx.MockRouter) -> None:  # noqa: F811
    pages = {None: (["S1"], "A"), "A": (["S2"], None)}

    def two_pages(request: httpx.Request) -> httpx.Response:
        ids, next_key = pages[request.url.params.get("last_evaluated_key")]
        return httpx.Response(200, json=[sim(i) for i in ids],
                              headers={"x-soracom-next-key": next_key} if next_key else {})

    api.get("/sims").mock(side_effect=two_pages)
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        # A walk whose last page comes within the bound ends normally: the bound is not an error by itself.
        assert [[s.sim_id for s in p] async for p in soracom.sim.list_sims().limit(max_pages=2).pages()] == [
            ["S1"], ["S2"]]
        with pytest.raises(PaginationLimitError) as caught:
            _ = [p async for p in soracom.sim.list_sims().limit(max_pages=1).pages()]
    assert caught.value.resume_key == "A"


async def test_max_items_ends_quietly_and_cuts_the_last_page(api: respx.MockRouter) -> None:  # noqa: F811
    route = api.get("/sims").mock(side_effect=endless)
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        items = [s.sim_id async for s in soracom.sim.list_sims().limit(max_items=5)]
        assert items == ["S1", "S2", "S3", "S4", "S5"]
        assert keys_sent(route) == [None, "2", "4"]  # no page fetched beyond the one that reached the bound
        route.calls.reset()
        pages = [[s.sim_id for s in p] async for p in soracom.sim.list_sims().limit(max_items=3).pages()]
        assert pages == [["S1", "S2"], ["S3"]]
        # Both bounds: whichever comes first.
        both = [s.sim_id async for s in soracom.sim.list_sims().limit(max_pages=10, max_items=4)]
        assert both == ["S1", "S2", "S3", "S4"]


async def test_a_limited_paginator_is_reusable_and_leaves_the_original_unbounded(api: respx.MockRouter) -> None:  # noqa: F811
    api.get("/sims").mock(side_effect=endless)
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        paginator = soracom.sim.list_sims(last_evaluated_key="10")
        limited = paginator.limit(max_items=1)
        assert [s.sim_id async for s in limited] == ["S11"]
        assert [s.sim_id async for s in limited] == ["S11"]
        assert limited.start_key == "10" and "max_items=1" in repr(limited)
        first = await limited  # awaiting still gives the first page, whole
        assert len(first) == 2
        seen = 0
        async for _ in paginator:  # the original has no bound: stop it by hand
            seen += 1
            if seen == 7:
                break
    assert seen == 7


@pytest.mark.parametrize("bound", [{"max_pages": 0}, {"max_items": -1}, {"max_pages": True}, {"max_items": 1.5}])
async def test_bad_bounds_are_refused_before_anything_is_sent(api: respx.MockRouter, bound: dict[str, object]) -> None:  # noqa: F811
    route = api.get("/sims").mock(side_effect=endless)
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        with pytest.raises(RequestValidationError) as caught:
            soracom.sim.list_sims().limit(**bound)  # type: ignore[arg-type]
    name = next(iter(bound))
    assert caught.value.field == name and ">= 1" in str(caught.value)
    assert route.call_count == 0
