"""Soracom-style pages: `limit`, `last_evaluated_key` in, `x-soracom-next-key` out.

Like DynamoDB behind the real API, a page resumes *after* the given key, so a key whose item has
since been deleted still works; the next-key header is only sent when more items remain.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any


@dataclass
class Paged:
    """What a handler of a paginated operation returns: every matching item in answer order, with its key."""

    items: list[Any]
    keys: list[str]
    descending: bool = False
    # Turns a stored item into its JSON form; applied to the page only, so big fleets stay cheap.
    render: Callable[[Any], Any] | None = None

    @classmethod
    def of(
        cls,
        items: Iterable[Any],
        key: Callable[[Any], str],
        descending: bool = False,
        render: Callable[[Any], Any] | None = None,
    ) -> Paged:
        listed = list(items)
        return cls(listed, [key(item) for item in listed], descending, render)

    @classmethod
    def rows(cls, rows: Iterable[tuple[str, Any]], descending: bool = False) -> Paged:
        pairs = list(rows)
        return cls([item for _, item in pairs], [key for key, _ in pairs], descending)


def paginate(paged: Paged, limit: int, after: str | None) -> tuple[list[Any], str | None]:
    keys = paged.keys
    start = 0
    if after:
        try:
            start = keys.index(after) + 1
        except ValueError:
            start = next((i for i, k in enumerate(keys) if (k < after if paged.descending else k > after)), len(keys))
    page = paged.items[start : start + limit]
    more = start + limit < len(keys)
    next_key = keys[start + len(page) - 1] if page and more else None
    if paged.render is not None:
        page = [paged.render(item) for item in page]
    return page, next_key
