"""Paging rules at the Paginator itself, with bounded fakes: a guard that breaks fails the test after
a few pages instead of hanging it."""

from __future__ import annotations

import pytest

from soracom_client._pagination import Page, Paginator
from soracom_client.errors import PaginationLoopError

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
    assert [item async for item in paginator] == [1, 2, 3]
    assert asked == [None, "K"]
    page = Page([3], empty)
    assert page.next_key is None and not page.has_next


async def test_an_empty_start_key_starts_from_the_beginning() -> None:
    asked, paginator = pages({None: ([1], None), "": ([9], None)})
    resumed = Paginator(paginator._fetch, "")
    assert resumed.start_key is None
    assert [item async for item in resumed] == [1] and asked == [None]


async def test_a_next_key_seen_before_stops_the_walk_within_bounds() -> None:
    asked, paginator = pages({None: ([1], "A"), "A": ([2], "B"), "B": ([3], "A")})
    seen: list[int] = []
    with pytest.raises(PaginationLoopError) as caught:
        async for item in paginator:
            seen.append(item)
    assert asked == [None, "A", "B"] and seen == [1, 2, 3] and caught.value.key == "A"


async def test_a_page_naming_itself_next_stops_the_walk() -> None:
    asked, paginator = pages({None: ([1], "A"), "A": ([2], "A")})
    with pytest.raises(PaginationLoopError):
        _ = [page async for page in paginator.pages()]
    assert asked == [None, "A"]
