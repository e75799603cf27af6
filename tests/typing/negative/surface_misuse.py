# pyright: strict
"""Issue 15: what both checkers must refuse. Every line marked `# expect-error` must be reported by mypy --strict
and by pyright (strict), and no other line (make typecheck)."""

from __future__ import annotations

from soracom_client import AuthKey, Soracom


async def main() -> None:
    Soracom.from_env(coverge="g")  # expect-error
    Soracom.from_env(max_retries="3")  # expect-error
    Soracom.from_env(coverage="us")  # expect-error
    Soracom.from_env(lang="fr")  # expect-error
    Soracom.from_env(timeout="30")  # expect-error
    Soracom(auth=AuthKey("k", "s"), coverage="us")  # expect-error
    soracom = Soracom(auth=AuthKey("k", "s"))
    await soracom.sim.get_sim("S1", max_retries="0")  # expect-error
    await soracom.sim.get_sim("S1", extra_headers={"X-A": 1})  # expect-error
    await soracom.sim.get_sim("S1", extra_query={"a": None})  # expect-error
    await soracom.sim.get_sim("S1", extra_header={"X-A": "1"})  # expect-error
    raw = await soracom.with_raw_response.sim.get_sim("S1")
    print(raw.parse().no_such_field)  # expect-error
    soracom.with_options(default_headers={"X-A": 1})  # expect-error
