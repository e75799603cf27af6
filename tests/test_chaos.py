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

DEFAULT = "aiohttp-pool"  # the client's default transport
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


def test_the_real_time_tests_run_as_one_xdist_group(request: pytest.FixtureRequest) -> None:
    """Under `make test` (--dist loadgroup) this module's tests must share one worker (tests/conftest.py): a
    pytest or pytest-xdist upgrade that drops the group (pytest-xdist#1386) fails here, not as a flaky storm."""
    if not request.config.getoption("loadgroup", default=False):
        pytest.skip("not run under pytest-xdist --dist loadgroup (make test runs it so)")
    assert request.node.nodeid.endswith("@real_time"), request.node.nodeid


def test_every_operation_with_a_path_parameter_is_covered() -> None:
    """The traversal scenario finds its operations in the spec table, so a new operation is covered at once."""
    from soracom_client.generated._spec import OPERATIONS

    expected = {op for op, entry in OPERATIONS.items() if any(p["in"] == "path" for p in entry["parameters"])}
    assert {target.op_id for target in path_params.targets()} == expected
    assert expected  # the spec has such operations: an empty set would prove nothing


def test_the_gzip_bomb_is_valid_gzip_of_the_promised_size() -> None:
    """A bomb a client could reject as malformed would prove nothing about its size limit."""
    import zlib

    from chaos.behaviours import gzip_bomb

    decoder = zlib.decompressobj(31)
    size = sum(len(decoder.decompress(chunk)) for chunk in [gzip_bomb(3)])
    assert size + len(decoder.flush()) == 3 << 20
    assert decoder.eof


def test_a_request_to_another_operation_is_seen_as_one() -> None:
    """The traversal detector itself: `delete_sim_tag(sim, "..")` landing on DELETE /sims/{sim} is caught."""
    from chaos.hostile import Request

    target = next(t for t in path_params.targets() if t.python_name == "delete_sim_tag")
    sent = {
        "/v1/sims/chaos0001": True,  # normalised: DELETE /sims/{sim_id}, another operation
        "/v1/sims/chaos0001/tags/%2E%2E": True,  # a dot segment a server may decode and normalise
        "/v1/sims/chaos0001/tags/a%2Fb": True,  # arrived, but not as the value given
        "/v1/sims/chaos0001/tags/..": True,
        "/v1/sims/chaos0001/tags/%2E%2E%2Fx": False,  # ../x, encoded as one segment: fine
    }
    for path, caught in sent.items():
        why = path_params.mismatch(target, "tag_name", "../x", Request("DELETE", path, {}, b"", 1))
        assert (why is not None) is caught, (path, why)


def test_credentials_are_recognised_wherever_they_arrive() -> None:
    from chaos.behaviours import error
    from chaos.clients import AUTH_KEY_SECRET, TOKEN
    from chaos.hostile import HostileServer, Request

    other = HostileServer(lambda request: error(404), "other")  # never started: only its record is used
    other.counters.requests += [
        Request("GET", "/v1/sims", {"x-soracom-token": TOKEN}, b"", 1),
        Request("POST", "/v1/auth", {}, b'{"authKey": "%s"}' % AUTH_KEY_SECRET.encode(), 2),
        Request("GET", "/v1/sims", {"user-agent": "x"}, b"", 3),
    ]
    assert redirects.leaked(other) == 2
