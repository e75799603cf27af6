"""Walking pages, bounding a walk, and resuming after a failure."""

from typing import assert_type

from soracom_client import Page, Paginator, Soracom
from soracom_client.errors import PaginationLimitError, SoracomError
from soracom_client.models import Sim


async def every_sim_id(soracom: Soracom) -> list[str]:
    ids: list[str] = []
    async for sim in soracom.sim.list_sims(limit=100):
        assert_type(sim, Sim)
        if sim.sim_id is not None:
            ids.append(sim.sim_id)
    return ids


async def pages(soracom: Soracom) -> int:
    paginator = soracom.sim.list_sims()
    assert_type(paginator, Paginator[Sim])
    first = await paginator
    assert_type(first, Page[Sim])
    assert_type(first.next_key, str | None)
    count = len(first)
    async for page in soracom.sim.list_sims().limit(max_pages=10).pages():
        assert_type(page, Page[Sim])
        count += len(page)
    # A key read from a page goes straight back in.
    again = await soracom.sim.list_sims(last_evaluated_key=first.next_key)
    return count + len(again)


async def resume(soracom: Soracom) -> list[Sim]:
    seen: list[Sim] = []
    key: str | None = None
    while True:
        try:
            async for sim in soracom.sim.list_sims(last_evaluated_key=key).limit(max_pages=100):
                seen.append(sim)
            return seen
        except PaginationLimitError as error:
            key = error.resume_key
        except SoracomError as error:
            assert_type(error.resume_key, str | None)
            key = error.resume_key  # the documented resume: the page that failed, asked again
