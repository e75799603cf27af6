"""Paging rules at the Paginator itself, with bounded fakes: a guard that breaks fails the test after
a few pages instead of hanging it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from soracom_client._pagination import ItemsOf, Page, Paginator
from soracom_client.errors import PaginationLimitError, PaginationLoopError

BOUND = 10


def pages(answers: dict[str | None, tuple[list[int], str | None]]) -> tuple[list[str | None], Paginator[int]]:
    asked: list[str | None] = []

    async def fetch(key: str | None) -> Page[int]:
        asked.append(key)
        assert len(asked) <= BOUND, f"walk not stopped after {BOUND} pages: {asked}"
        items, next_key = answers[key]
        return Page(items, next_key)

    return asked, Paginator(fetch)


@pytest.mark.parametrize("empty", ["", None])
async def test_an_empty_next_key_is_the_last_page(empty: str | None) -> None:
    asked, paginator = pages({None: ([1, 2], "K"), "K": ([3], empty), "": ([9], None)})
    assert await bounded(aiter(paginator)) == [1, 2, 3]
    assert asked == [None, "K"]
    page = Page([3], empty)
    assert page.next_key is None and not page.has_next


async def test_an_empty_start_key_starts_from_the_beginning() -> None:
    asked, paginator = pages({None: ([1], None), "": ([9], None)})
    resumed = Paginator(paginator._fetch, "")
    assert resumed.start_key is None
    assert await bounded(aiter(resumed)) == [1] and asked == [None]


async def test_a_next_key_seen_before_stops_the_walk_within_bounds() -> None:
    asked, paginator = pages({None: ([1], "A"), "A": ([2], "B"), "B": ([3], "A")})
    seen: list[int] = []
    with pytest.raises(PaginationLoopError) as caught:
        async for item in paginator:
            seen.append(item)
            assert len(seen) <= BOUND
    assert asked == [None, "A", "B"] and seen == [1, 2, 3] and caught.value.key == "A"


async def test_a_page_naming_itself_next_stops_the_walk() -> None:
    asked, paginator = pages({None: ([1], "A"), "A": ([2], "A")})
    with pytest.raises(PaginationLoopError):
        _ = [page async for page in paginator.pages()]
    assert asked == [None, "A"]


class _Answer:
    def __init__(self, **fields: object) -> None:
        self.__dict__.update(fields)


class _Operation:
    """An operation module whose answer is an object (`{"orderedSubscriberList": [...]}` and the like)."""

    def __init__(self, parsed: object) -> None:
        self.parsed = parsed

    def _get_kwargs(self, **kwargs: object) -> dict[str, object]:
        return {"method": "get", "url": "/x", **kwargs}

    def _parse_response(self, *, client: object, response: object) -> object:
        return self.parsed


@pytest.mark.parametrize(("parsed", "field", "page"), [
    (_Answer(ordered_subscriber_list=[1, 2]), "ordered_subscriber_list", [1, 2]),  # the one list field
    (_Answer(ordered_subscriber_list=None), "ordered_subscriber_list", []),  # null: an empty page
    (_Answer(), "ordered_subscriber_list", []),  # absent: an empty page
    (_Answer(ordered_subscriber_list="1,2"), "ordered_subscriber_list", []),  # not a list: no items from it
    (None, "ordered_subscriber_list", None),  # not a 200 answer: left to the runner, as for a list answer
])
def test_the_items_of_an_object_answer_are_its_list_field(parsed: object, field: str, page: object) -> None:
    operation = ItemsOf(_Operation(parsed), field)
    assert operation._parse_response(client=None, response=None) == page
    assert operation._get_kwargs(limit=5) == {"method": "get", "url": "/x", "limit": 5}


def test_an_answer_holding_several_lists_is_one_item_per_page() -> None:
    answer = _Answer(sims=[1], groups=[2])
    assert ItemsOf(_Operation(answer), "*")._parse_response(client=None, response=None) == [answer]
    assert ItemsOf(_Operation(None), "*")._parse_response(client=None, response=None) is None


@pytest.mark.parametrize("size", [2, 3])
async def test_max_items_reached_by_a_whole_page_fetches_nothing_more(size: int) -> None:
    asked, paginator = pages({None: ([1, 2], "K"), "K": ([3, 4], None)})
    assert await bounded(aiter(paginator.limit(max_items=size))) == [1, 2, 3][:size]
    assert asked == ([None] if size == 2 else [None, "K"])


async def test_a_walk_stopped_by_its_guard_or_bound_stays_stopped() -> None:
    """After PaginationLoopError or PaginationLimitError the walk is over: asking again ends it, sends nothing."""
    asked, paginator = pages({None: ([1], "K"), "K": ([2], "K")})
    walk = paginator.pages()
    assert [item for item in await walk.__anext__()] == [1]
    assert [item for item in await walk.__anext__()] == [2]
    with pytest.raises(PaginationLoopError):
        await walk.__anext__()
    with pytest.raises(StopAsyncIteration):
        await walk.__anext__()
    bounded = paginator.limit(max_pages=1).pages()
    await bounded.__anext__()
    with pytest.raises(PaginationLimitError):
        await bounded.__anext__()
    with pytest.raises(StopAsyncIteration):
        await bounded.__anext__()
    assert asked == [None, "K", None]


def endless() -> tuple[list[str | None], Paginator[int]]:
    """A server that always names a new next page; the fake fails the test past BOUND pages, never hangs."""
    asked: list[str | None] = []

    async def fetch(key: str | None) -> Page[int]:
        asked.append(key)
        assert len(asked) <= BOUND, f"walk not stopped after {BOUND} pages"
        n = int(key or 0)
        return Page([n + 1], str(n + 1))

    return asked, Paginator(fetch)


async def bounded(items: AsyncIterator[int]) -> list[int]:
    """Every item of a walk, failing past BOUND items instead of looping for ever."""
    got: list[int] = []
    async for item in items:
        got.append(item)
        assert len(got) <= BOUND, f"more than {BOUND} items: {got}"
    return got


async def test_max_pages_stops_an_endless_walk_after_that_many_pages() -> None:
    asked, paginator = endless()
    with pytest.raises(PaginationLimitError) as caught:
        await bounded(aiter(paginator.limit(max_pages=3)))
    assert asked == [None, "1", "2"] and caught.value.resume_key == "3"


async def test_every_item_of_every_page_is_delivered_once() -> None:
    _, paginator = pages({None: ([1, 2], "K"), "K": ([], "L"), "L": ([3], None)})
    assert await bounded(aiter(paginator)) == [1, 2, 3]


async def test_a_closed_walk_fetches_nothing_more() -> None:
    asked, paginator = pages({None: ([1, 2], "K"), "K": ([3], None)})
    walk = paginator.pages()
    await walk.__anext__()
    await walk.aclose()  # type: ignore[attr-defined]
    with pytest.raises(StopAsyncIteration):
        await walk.__anext__()
    items = aiter(paginator)
    assert await anext(items) == 1
    await items.aclose()  # type: ignore[attr-defined]
    with pytest.raises(StopAsyncIteration):
        await anext(items)
    assert asked == [None, None]
