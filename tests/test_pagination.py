# ruff: noqa: F811  (pytest fixtures imported from _facade_helpers are redefined as parameters)
"""The paginator of the paginated operations: lazy page fetches, resume, loop guard, break/cancel, errors, memory."""

from __future__ import annotations

import asyncio
import gc
import json
import tracemalloc
import weakref
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx
from _facade_helpers import BASE, api, login_answer, sim, sleeps  # noqa: F401

from soracom_client import AuthKey, Page, Paginator, Soracom
from soracom_client.errors import InternalServerError, PaginationLoopError, SoracomError
from soracom_client.testing import FakeServer, FakeSoracom, Faults


def paged_sims(pages: dict[str | None, tuple[list[str], str | None]]) -> Callable[[httpx.Request], httpx.Response]:
    """A /sims answer per `last_evaluated_key` (None: absent): (sim ids, next key or None)."""

    def answer(request: httpx.Request) -> httpx.Response:
        ids, next_key = pages[request.url.params.get("last_evaluated_key")]
        headers = {"x-soracom-next-key": next_key} if next_key is not None else {}
        return httpx.Response(200, json=[sim(i) for i in ids], headers=headers)

    return answer


THREE_PAGES: dict[str | None, tuple[list[str], str | None]] = {
    None: (["S1", "S2"], "S2"),
    "S2": (["S3", "S4"], "S4"),
    "S4": (["S5"], None),
}


def keys_sent(route: respx.Route) -> list[str | None]:
    return [call.request.url.params.get("last_evaluated_key") for call in route.calls]


async def test_every_page_is_fetched_once_and_in_order(api: respx.MockRouter) -> None:
    route = api.get("/sims").mock(side_effect=paged_sims(THREE_PAGES))
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        ids = [s.sim_id async for s in soracom.sim.list_sims(limit=2)]
    assert ids == ["S1", "S2", "S3", "S4", "S5"]
    assert keys_sent(route) == [None, "S2", "S4"]
    assert [call.request.url.params["limit"] for call in route.calls] == ["2", "2", "2"]


async def test_pages_are_fetched_lazily_one_at_a_time(api: respx.MockRouter) -> None:
    route = api.get("/sims").mock(side_effect=paged_sims(THREE_PAGES))
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        paginator = soracom.sim.list_sims()
        assert isinstance(paginator, Paginator) and route.call_count == 0  # nothing sent until used
        seen = []
        async for s in paginator:
            seen.append((s.sim_id, route.call_count))
    # A page is requested only when the previous one is used up.
    assert seen == [("S1", 1), ("S2", 1), ("S3", 2), ("S4", 2), ("S5", 3)]


async def test_await_gives_the_first_page_as_a_sequence(api: respx.MockRouter) -> None:
    route = api.get("/sims").mock(side_effect=paged_sims(THREE_PAGES))
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        page = await soracom.sim.list_sims(limit=2)
    assert isinstance(page, Page) and route.call_count == 1
    assert len(page) == 2 and page[0].sim_id == "S1" and page[-1].sim_id == "S2"
    assert [s.sim_id for s in page] == ["S1", "S2"] and [s.sim_id for s in page[:1]] == ["S1"]
    assert page.next_key == "S2" and page.has_next
    assert repr(page) == "Page(2 items, next_key='S2')"


async def test_pages_walks_pages_and_the_paginator_can_be_walked_again(api: respx.MockRouter) -> None:
    route = api.get("/sims").mock(side_effect=paged_sims(THREE_PAGES))
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        paginator = soracom.sim.list_sims()
        pages = [page async for page in paginator.pages()]
        again = [s.sim_id async for s in paginator]
    assert [[s.sim_id for s in p] for p in pages] == [["S1", "S2"], ["S3", "S4"], ["S5"]]
    assert [p.next_key for p in pages] == ["S2", "S4", None]
    assert again == ["S1", "S2", "S3", "S4", "S5"]
    assert keys_sent(route) == [None, "S2", "S4"] * 2


async def test_resume_from_a_key(api: respx.MockRouter) -> None:
    route = api.get("/sims").mock(side_effect=paged_sims(THREE_PAGES))
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        first = await soracom.sim.list_sims(limit=2)
        rest = [s.sim_id async for s in soracom.sim.list_sims(limit=2, last_evaluated_key=first.next_key)]
        page = await soracom.sim.list_sims(last_evaluated_key="S4")
    assert rest == ["S3", "S4", "S5"]
    assert [s.sim_id for s in page] == ["S5"] and page.next_key is None
    assert keys_sent(route) == [None, "S2", "S4", "S4"]


@pytest.mark.parametrize("last", [{}, {"x-soracom-next-key": ""}], ids=["absent", "empty"])
async def test_an_absent_or_empty_next_key_ends_the_walk(api: respx.MockRouter, last: dict[str, str]) -> None:
    route = api.get("/sims").mock(side_effect=[
        httpx.Response(200, json=[sim("S1")], headers={"x-soracom-next-key": "S1"}),
        httpx.Response(200, json=[sim("S2")], headers=last),
    ])
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        assert [s.sim_id async for s in soracom.sim.list_sims()] == ["S1", "S2"]
        route.side_effect = None
        route.return_value = httpx.Response(200, json=[], headers=last)
        page = await soracom.sim.list_sims()
        assert len(page) == 0 and page.next_key is None
        assert [s async for s in soracom.sim.list_sims()] == []
    assert route.call_count == 4


async def test_a_repeated_next_key_stops_the_walk(api: respx.MockRouter) -> None:
    # The server keeps answering with the key it was sent: each key is followed once, then it stops.
    route = api.get("/sims").mock(side_effect=lambda request: httpx.Response(
        200, json=[sim("S1")], headers={"x-soracom-next-key": "K"}))
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        seen: list[str] = []
        with pytest.raises(PaginationLoopError) as caught:
            async for s in soracom.sim.list_sims():
                seen.append(s.sim_id)
    assert keys_sent(route) == [None, "K"] and seen == ["S1", "S1"]
    assert caught.value.key == "K" and "'K' again" in str(caught.value)


async def test_a_cycle_of_next_keys_stops_the_walk(api: respx.MockRouter) -> None:
    cycle: dict[str | None, tuple[list[str], str | None]] = {
        None: (["S1"], "A"), "A": (["S2"], "B"), "B": (["S3"], "A")}
    route = api.get("/sims").mock(side_effect=paged_sims(cycle))
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        with pytest.raises(PaginationLoopError):
            _ = [page async for page in soracom.sim.list_sims().pages()]
    assert keys_sent(route) == [None, "A", "B"]


async def test_each_page_request_gets_the_retry_policy(api: respx.MockRouter, sleeps: list[float]) -> None:
    answers = iter([None, 503, 503, None, None])  # page 2 fails twice, then works
    good = paged_sims(THREE_PAGES)

    def flaky(request: httpx.Request) -> httpx.Response:
        status = next(answers)
        return good(request) if status is None else httpx.Response(status, json={"code": "X", "message": "busy"})

    route = api.get("/sims").mock(side_effect=flaky)
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        ids = [s.sim_id async for s in soracom.sim.list_sims()]
    assert ids == ["S1", "S2", "S3", "S4", "S5"]
    assert keys_sent(route) == [None, "S2", "S2", "S2", "S4"]
    assert sleeps == [0.5, 1.0]


async def test_an_error_mid_walk_carries_the_key_to_resume_from(api: respx.MockRouter, sleeps: list[float]) -> None:
    good = paged_sims(THREE_PAGES)
    broken = {"on": True}

    def answer(request: httpx.Request) -> httpx.Response:
        if broken["on"] and request.url.params.get("last_evaluated_key") == "S2":
            return httpx.Response(500, json={"code": "COM0000", "message": "down"})
        return good(request)

    route = api.get("/sims").mock(side_effect=answer)
    async with Soracom(auth=AuthKey("k", "s")) as soracom:
        seen: list[str] = []
        with pytest.raises(InternalServerError) as caught:
            async for s in soracom.sim.list_sims():
                seen.append(s.sim_id)
        assert seen == ["S1", "S2"]
        assert caught.value.resume_key == "S2"
        assert keys_sent(route) == [None] + ["S2"] * 3  # the page was retried (max_retries=2) first
        broken["on"] = False
        rest = [s.sim_id async for s in soracom.sim.list_sims(last_evaluated_key=caught.value.resume_key)]
        assert seen + rest == ["S1", "S2", "S3", "S4", "S5"]
        # The first page failing gives resume_key None: start again from the beginning.
        route.side_effect = None
        route.return_value = httpx.Response(404, json={"code": "SEM0001", "message": "no"})
        with pytest.raises(SoracomError) as first:
            await soracom.sim.list_sims()
        assert first.value.resume_key is None


class CountingTransport(httpx.AsyncBaseTransport):
    """Answers /auth and /sims pages (from `pages`); can hold a page's answer until released. Counts requests in
    flight and sees whether a held request was cancelled."""

    def __init__(self, pages: dict[str | None, tuple[list[str], str | None]], hold: str | None = None) -> None:
        self.answer = paged_sims(pages)
        self.hold = hold
        self.in_flight = 0
        self.requests = 0
        self.held = asyncio.Event()
        self.cancelled = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth"):
            return httpx.Response(200, json=login_answer())
        self.requests += 1
        self.in_flight += 1
        try:
            if self.hold is not None and request.url.params.get("last_evaluated_key") == self.hold:
                self.held.set()
                try:
                    await asyncio.Event().wait()  # never answers
                except asyncio.CancelledError:
                    self.cancelled = True
                    raise
            return self.answer(request)
        finally:
            self.in_flight -= 1


async def test_breaking_out_of_the_loop_sends_nothing_more() -> None:
    transport = CountingTransport(THREE_PAGES)
    async with httpx.AsyncClient(transport=transport) as http, \
            Soracom(auth=AuthKey("k", "s"), base_url=BASE, http_client=http) as soracom:
        async for s in soracom.sim.list_sims():
            if s.sim_id == "S3":
                break
        async for _page in soracom.sim.list_sims().pages():
            break
        await asyncio.sleep(0)
        gc.collect()
        await asyncio.sleep(0)
        assert transport.requests == 3 and transport.in_flight == 0


async def test_cancelling_the_walk_cancels_its_request() -> None:
    transport = CountingTransport(THREE_PAGES, hold="S2")
    async with httpx.AsyncClient(transport=transport) as http, \
            Soracom(auth=AuthKey("k", "s"), base_url=BASE, http_client=http) as soracom:
        seen: list[str] = []

        async def walk() -> None:
            async for s in soracom.sim.list_sims():
                seen.append(s.sim_id)

        task = asyncio.create_task(walk())
        held = asyncio.create_task(transport.held.wait())
        # Bounded: if the walk fails or stops before page 2 (say list_sims gained a required parameter),
        # this fails saying so instead of waiting for ever.
        done, _ = await asyncio.wait({held, task}, timeout=10, return_when=asyncio.FIRST_COMPLETED)
        if held not in done:
            held.cancel()
            task.cancel()
            pytest.fail(f"page 2 was never requested: {task.exception() if done else 'timed out'}")
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, timeout=10)
        assert transport.cancelled and transport.in_flight == 0 and transport.requests == 2
        assert seen == ["S1", "S2"]
        assert not [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]


def _pool_requests(http: httpx.AsyncClient) -> int:
    pool = http._transport._pool  # type: ignore[attr-defined]  # httpcore's pool: what is queued or running
    return len(pool._requests)


def _pool_connections(http: httpx.AsyncClient) -> list[Any]:
    return list(http._transport._pool.connections)  # type: ignore[attr-defined]


async def test_break_and_cancel_over_loopback_leave_no_request_or_busy_connection() -> None:
    fake = FakeSoracom(seed=1, sims=30)
    async with FakeServer(fake) as server, httpx.AsyncClient() as http, \
            Soracom(auth=fake.credentials, base_url=server.base_url, http_client=http) as soracom:
        async for s in soracom.sim.list_sims(limit=10):
            if s.sim_id == (await soracom.sim.list_sims(limit=10))[4].sim_id:
                break
        assert _pool_requests(http) == 0
        assert all(c.is_idle() for c in _pool_connections(http))

        fake.faults = Faults(latency=0.5)  # every answer takes a while: cancel while one is pending
        task = asyncio.create_task(soracom.sim.list_sims(limit=10).pages().__anext__())
        while _pool_requests(http) == 0:
            await asyncio.sleep(0.005)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert _pool_requests(http) == 0
        assert all(c.is_idle() or c.is_closed() for c in _pool_connections(http))
        fake.faults = Faults()
        assert len(await soracom.sim.list_sims(limit=10)) == 10  # the client still works


async def test_with_the_fake_every_sim_once_resume_and_page_sizes() -> None:
    fake = FakeSoracom(seed=1, sims=25)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=fake)) as http, \
            Soracom(auth=fake.credentials, base_url="http://fake/v1", allow_insecure_http=True,
                    http_client=http) as soracom:
        pages = [page async for page in soracom.sim.list_sims(limit=10).pages()]
        assert [len(p) for p in pages] == [10, 10, 5] and pages[-1].next_key is None
        ids = [s.sim_id async for s in soracom.sim.list_sims(limit=7)]
        assert len(ids) == len(set(ids)) == 25 and ids == [s.sim_id for p in pages for s in p]
        resumed = [s.sim_id async for s in soracom.sim.list_sims(limit=10, last_evaluated_key=pages[0].next_key)]
        assert resumed == ids[10:]
        # Subscribers page the same way.
        subscribers = [s async for s in soracom.subscriber.list_subscribers(limit=4)]
        assert len(subscribers) == 25


# 200 pages: enough that holding them all (200 page units) could never pass the few-page bound below;
# the 100,000-SIM walk itself is `make bench`'s (figures in docs/performance.md).
SIMS_TOTAL = 20_000
PAGE_SIZE = 100


def generated_pages(request: httpx.Request) -> httpx.Response:
    """Pages of SIMs made on demand from the key (the index of the last SIM sent): nothing is stored."""
    if request.url.path.endswith("/auth"):
        return httpx.Response(200, json=login_answer())
    key = request.url.params.get("last_evaluated_key")
    start = int(key) + 1 if key else 0
    stop = min(start + int(request.url.params["limit"]), SIMS_TOTAL)
    body = json.dumps([{"simId": f"{i:019d}", "status": "active", "tags": {"name": f"device-{i}"},
                        "imsi": f"{440100000000000 + i}"} for i in range(start, stop)])
    headers = {"content-type": "application/json"}
    if stop < SIMS_TOTAL:
        headers["x-soracom-next-key"] = str(stop - 1)
    return httpx.Response(200, content=body.encode(), headers=headers)


async def test_walking_200_pages_of_sims_holds_a_few_pages() -> None:
    # deadline=None: each call's deadline is a timer on the event loop, and a cancelled timer is freed when the
    # loop next runs; MockTransport never suspends, so here 200 of them would pile up (with real I/O they do not).
    async with httpx.AsyncClient(transport=httpx.MockTransport(generated_pages)) as http, \
            Soracom(auth=AuthKey("k", "s"), base_url=BASE, http_client=http, deadline=None) as soracom:
        await soracom.sim.list_sims(limit=PAGE_SIZE)  # log in and import everything first
        gc.collect()

        tracemalloc.start()
        try:
            page = await soracom.sim.list_sims(limit=PAGE_SIZE)
            _, one_page_peak = tracemalloc.get_traced_memory()
            del page
            gc.collect()
            tracemalloc.reset_peak()
            base, _ = tracemalloc.get_traced_memory()
            count, last = 0, ""
            async for s in soracom.sim.list_sims(limit=PAGE_SIZE):
                count += 1
                last = s.sim_id
            _, walk_peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert count == SIMS_TOTAL and last == f"{SIMS_TOTAL - 1:019d}"
    # The walk of 200 pages peaks within a few pages' worth of memory, one page fetched and parsed being the
    # unit (holding every SIM would take about 200 of them). It is not exactly one: each httpx response sits in a
    # reference cycle of httpx's own until the cyclic GC runs, so a few page bodies can be alive at once, and the
    # walk keeps the keys it followed (for the loop guard).
    assert walk_peak - base < 6 * one_page_peak, (walk_peak - base, one_page_peak)


async def test_no_used_up_page_is_alive_while_the_next_is_fetched() -> None:
    """Exactly, not by a memory estimate: every SIM the walk yields is watched through a weak reference, and
    when the server is asked for the next page, only the last SIM the caller still holds may be alive."""
    seen: list[weakref.ref[Any]] = []  # models compare by value, so they are unhashable: no WeakSet
    at_fetch: list[int] = []

    def pages(request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith("/auth"):
            at_fetch.append(sum(ref() is not None for ref in seen))
        return generated_pages(request)

    async with httpx.AsyncClient(transport=httpx.MockTransport(pages)) as http, \
            Soracom(auth=AuthKey("k", "s"), base_url=BASE, http_client=http, deadline=None) as soracom:
        walked = 0
        async for s in soracom.sim.list_sims(limit=PAGE_SIZE).limit(max_items=5 * PAGE_SIZE):
            seen.append(weakref.ref(s))
            walked += 1
    assert walked == 5 * PAGE_SIZE and len(at_fetch) == 5
    # The first fetch finds nothing yet; each later one only the caller's `s` (the last SIM of the page before).
    assert at_fetch == [0, 1, 1, 1, 1], at_fetch
