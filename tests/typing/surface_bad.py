# pyright: strict
"""Issue 15: what both checkers must refuse. Every line marked `# error` must be reported by mypy --strict
and by pyright (strict), and no other line (tests/test_typing_surface.py)."""

from __future__ import annotations

from soracom_client import AuthKey, Soracom


async def main() -> None:
    Soracom.from_env(coverge="g")  # error
    Soracom.from_env(max_retries="3")  # error
    Soracom.from_env(coverage="us")  # error
    Soracom.from_env(lang="fr")  # error
    Soracom.from_env(timeout="30")  # error
    Soracom(auth=AuthKey("k", "s"), coverage="us")  # error
    soracom = Soracom(auth=AuthKey("k", "s"))
    await soracom.sim.get_sim("S1", max_retries="0")  # error
    await soracom.sim.get_sim("S1", extra_headers={"X-A": 1})  # error
    await soracom.sim.get_sim("S1", extra_query={"a": None})  # error
    await soracom.sim.get_sim("S1", extra_header={"X-A": "1"})  # error
    raw = await soracom.with_raw_response.sim.get_sim("S1")
    print(raw.parse().no_such_field)  # error
    soracom.with_options(default_headers={"X-A": 1})  # error
