"""Pages and the paginator returned by the paginated operations (`x-soracom-cli-pagination` in the spec).

    page = await soracom.sim.list_sims(limit=100)          # the first page: a sequence of Sim, and .next_key
    async for sim in soracom.sim.list_sims(limit=100): ...  # every item, one page fetched at a time
    async for page in soracom.sim.list_sims().pages(): ...  # every page
    soracom.sim.list_sims(last_evaluated_key=key)           # resume a walk after `key`

Nothing is sent until the paginator is awaited or iterated, and each iteration starts a
new walk. A page is fetched only when the previous one has been used up, so a walk holds
one page (plus the keys already seen). Each page request is one facade call, with its
retries. When a page fails for good, the error gets `resume_key`: the key that page was
requested with (`None`: from the start); pass it as `last_evaluated_key` to go on from there.
The walk ends on an absent or empty next key. A next key that was already followed in this
walk would repeat pages for ever, so the walk stops with `PaginationLoopError` instead.

A server that sends a new next key for ever cannot be told from a very large fleet, so the caller
sets the bound: `paginator.limit(max_pages=..., max_items=...)`. `max_items` ends the walk quietly
once that many items were delivered (the last page is cut to fit, no page is fetched beyond it);
`max_pages` is a safety bound: once that many pages were delivered and the server still names a next
page, the walk raises `PaginationLimitError` (its `resume_key` goes on from there), so that nothing
is silently lost.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Sequence
from typing import Any, Generic, TypeVar, overload

from .errors import PaginationLimitError, PaginationLoopError, RequestValidationError, SoracomError

T = TypeVar("T")

# Fetches the page after `key` (None: the first page).
Fetch = Callable[[str | None], Awaitable["Page[T]"]]


class Page(Sequence[T]):
    """One page of results: a read-only sequence of items, and `next_key` (None on the last page)."""

    __slots__ = ("items", "next_key")

    items: list[T]
    next_key: str | None

    def __init__(self, items: list[T], next_key: str | None) -> None:
        self.items: list[T] = items
        self.next_key: str | None = next_key or None

    @property
    def has_next(self) -> bool:
        return self.next_key is not None

    def __len__(self) -> int:
        return len(self.items)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        return self.items[index]

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __repr__(self) -> str:
        return f"Page({len(self.items)} items, next_key={self.next_key!r})"


class Paginator(Generic[T]):
    """The result of a paginated operation: `await` it for the first page, `async for` it for every item,
    `.pages()` for every page. It is reusable: each `await` or iteration starts again from its start key.
    `.limit(max_pages=..., max_items=...)` gives the same walk with bounds."""

    def __init__(self, fetch: Fetch[T], start_key: str | None = None, *, max_pages: int | None = None,
                 max_items: int | None = None) -> None:
        self._fetch = fetch
        self._start_key = start_key or None
        self._max_pages = _positive("max_pages", max_pages)
        self._max_items = _positive("max_items", max_items)

    @property
    def start_key(self) -> str | None:
        return self._start_key

    def limit(self, *, max_pages: int | None = None, max_items: int | None = None) -> Paginator[T]:
        """The same walk, bounded: at most `max_items` items (then it ends quietly), at most `max_pages`
        pages (then, if the server names a next page, `PaginationLimitError` with its `resume_key`)."""
        return Paginator(self._fetch, self._start_key, max_pages=max_pages, max_items=max_items)

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return _fetch_page(self._fetch, self._start_key).__await__()

    def pages(self) -> AsyncIterator[Page[T]]:
        return self._walk()

    def __aiter__(self) -> AsyncIterator[T]:
        return _ItemIterator(self._walk())

    def _walk(self) -> _PageIterator[T]:
        return _PageIterator(self._fetch, self._start_key, self._max_pages, self._max_items)

    def __repr__(self) -> str:
        bounds = "".join(f", {name}={value}" for name, value in
                         (("max_pages", self._max_pages), ("max_items", self._max_items)) if value is not None)
        return f"Paginator(start_key={self._start_key!r}{bounds})"


def _positive(name: str, value: int | None) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise RequestValidationError(name, "an integer >= 1 (or None for no bound)", value)
    return value


async def _fetch_page(fetch: Fetch[T], key: str | None) -> Page[T]:
    try:
        return await fetch(key)
    except SoracomError as exc:
        exc.resume_key = key
        raise


class _PageIterator(AsyncIterator[Page[T]]):
    """Fetches page after page, each only when asked for; no task or request outlives a `__anext__` call."""

    def __init__(self, fetch: Fetch[T], start_key: str | None, max_pages: int | None = None,
                 max_items: int | None = None) -> None:
        self._fetch = fetch
        self._key = start_key
        self._done = False
        # Keys already requested in this walk: following one again would repeat pages for ever.
        self._seen: set[str] = set()
        self._pages_left = max_pages
        self._items_left = max_items

    async def __anext__(self) -> Page[T]:
        if self._done:
            raise StopAsyncIteration
        key = self._key
        if key is not None:
            if key in self._seen:
                self._done = True
                raise PaginationLoopError(key)
            if self._pages_left == 0:
                self._done = True
                raise PaginationLimitError(key)
            self._seen.add(key)
        page = await _fetch_page(self._fetch, key)
        self._key = page.next_key
        self._done = page.next_key is None
        if self._pages_left is not None:
            self._pages_left -= 1
        if self._items_left is not None:
            if len(page) >= self._items_left:  # the bound is reached: cut the page, fetch nothing more
                page = Page(page.items[:self._items_left], page.next_key)
                self._done = True
            self._items_left -= len(page)
        return page

    async def aclose(self) -> None:
        self._done = True


class _ItemIterator(AsyncIterator[T]):
    def __init__(self, pages: _PageIterator[T]) -> None:
        self._pages = pages
        self._items: Iterator[T] = iter(())

    async def __anext__(self) -> T:
        while True:
            for item in self._items:
                return item
            # Drop the used-up page before fetching the next, so that only one is held.
            self._items = iter(())
            self._items = iter(await self._pages.__anext__())

    async def aclose(self) -> None:
        await self._pages.aclose()
        self._items = iter(())


class ItemsOf:
    """An operation module whose answer is an object holding the page: its `_parse_response` gives the
    list in field `field` (a generated attribute name), or with `field` "*" the object itself as the
    page's one item (an answer holding several lists). The runner pages it like a list answer."""

    def __init__(self, operation: Any, field: str) -> None:
        self._operation = operation
        self._field = field

    def _get_kwargs(self, **kwargs: Any) -> Any:
        return self._operation._get_kwargs(**kwargs)

    def _parse_response(self, *, client: Any, response: Any) -> Any:
        parsed = self._operation._parse_response(client=client, response=response)
        if parsed is None:
            return None
        if self._field == "*":
            return [parsed]
        value = getattr(parsed, self._field, None)
        return list(value) if isinstance(value, list) else []  # absent or null: an empty page
