"""Mistakes a checker must catch: each marked line is an error for mypy --strict and pyright strict."""

from soracom_client import AuthKey, Soracom
from soracom_client.models import SetGroupRequest


async def mistakes(soracom: Soracom) -> None:
    await soracom.sim.get_sim(8942)  # expect-error
    await soracom.sim.get_sim("8942", timout=5)  # expect-error
    await soracom.sim.set_sim_group("8942", body=SetGroupRequest(groupId="g"))  # expect-error
    await soracom.sim.set_sim_group("8942", body=SetGroupRequest(group_id=1))  # expect-error
    await soracom.sim.list_sims(limit="100")  # expect-error
    soracom.with_options(max_retries="3")  # expect-error


def construct() -> None:
    Soracom(auth=AuthKey("k", "s"), coverage="us")  # expect-error
    Soracom(auth=None)  # expect-error
    Soracom.from_env(coverge="g")  # expect-error
    Soracom.from_env(max_retries="3")  # expect-error
    Soracom.from_env(timeout="30")  # expect-error
