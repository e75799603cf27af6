"""The chaos suite's bounded subset (`make chaos` runs all of it, bigger): each scenario once on the
default transport, the cancellation storms and hostile bodies on every transport the client offers.

Each test runs one scenario over real loopback HTTP and asserts the issue's invariants on its row:
no untyped error, no duplicated side effect, no operation reachable through a path parameter, no
credential sent to another host, 100/100 clean calls after every cancellation round, no call longer
than its deadline plus a small margin, no connection or descriptor left behind.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from chaos import path_params, redirects, scenarios_fake, scenarios_hostile
from chaos.clients import transports
from chaos.env import QUICK, Env
from chaos.report import text_table
from chaos.rows import Row

DEFAULT = "lanepool"
# Where the transports differ: cancellation (each pools connections its own way) and how each maps a
# broken answer to an exception.
EVERY_TRANSPORT = {"cancellation_storm", "hostile_cancellation_storm", "body_nested", "body_bad_gzip",
                   "body_bad_status_line"}

SCENARIOS: list[Any] = [*scenarios_fake.SCENARIOS, *scenarios_hostile.SCENARIOS, redirects.redirects,
                        path_params.path_parameters]


def _cases() -> list[Any]:
    cases = []
    for scenario in SCENARIOS:
        for name in transports():
            if name == DEFAULT or scenario.__name__ in EVERY_TRANSPORT:
                cases.append(pytest.param(scenario, name, id=f"{scenario.__name__}-{name}"))
    return cases


@pytest.fixture(scope="module")
def env() -> Iterator[Env]:
    with Env(QUICK) as running:
        yield running


@pytest.mark.parametrize(("scenario", "transport"), _cases())
async def test_chaos_invariants(env: Env, scenario: Any, transport: str) -> None:
    row: Row = await scenario(env, transport, transports()[transport])
    assert row.calls > 0
    assert not row.failures(), f"{row.failures()}\n{text_table([row])}\nnotes: {row.notes}\nerrors: {row.errors}"


def test_every_operation_with_a_path_parameter_is_covered() -> None:
    """The traversal scenario finds its operations in the spec table, so a new operation is covered at once."""
    from soracom_client.generated._spec import OPERATIONS

    expected = {op for op, entry in OPERATIONS.items() if any(p["in"] == "path" for p in entry["parameters"])}
    assert {target.op_id for target in path_params.targets()} == expected
    assert expected  # the spec has such operations: an empty set would prove nothing
