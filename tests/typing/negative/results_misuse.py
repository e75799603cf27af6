"""Reading results wrongly: a field may be None, and a paginator is not a list."""

from soracom_client import Soracom


async def mistakes(soracom: Soracom) -> None:
    sim = await soracom.sim.get_sim("8942")
    sim.sim_id.upper()  # expect-error
    sims = soracom.sim.list_sims()
    sims[0]  # expect-error
    page = await sims
    page.next_key.upper()  # expect-error
