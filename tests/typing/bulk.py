"""A bulk run over many SIMs."""

from typing import assert_type

from soracom_client import BulkResult, Soracom
from soracom_client.models import Sim


async def activate_all(soracom: Soracom, sim_ids: list[str]) -> list[str]:
    async def activate(sim_id: str) -> Sim:
        return await soracom.sim.activate_sim(sim_id)

    result = await soracom.bulk(activate, sim_ids, concurrency=20)
    assert_type(result, BulkResult[str, Sim])
    failed = [sim_id for sim_id, _ in result.errors]
    for outcome in result:
        if outcome.ok and outcome.result is not None:
            assert_type(outcome.result, Sim)
    assert_type(result.results, list[Sim | None])
    return failed
