from __future__ import annotations

import os

import pytest

pytest_plugins = ["soracom_client.testing.pytest_plugin"]

# Tests that measure real time on loopback (cancellation storms, deadlines, the chaos rows): under
# `make test` (pytest-xdist, --dist loadgroup) they share one worker, so two of them never compete for
# the CPU at once; a starved storm misses its deadlines and fails for no fault of the client.
REAL_TIME_MODULES = {"test_chaos.py", "test_transport_cancellation.py"}
# Modules whose tests share one costly per-process result (a functools.cache): on one worker it is made once.
# test_openapi_spec.py: the seed's reconstruction (about 4 s).
SHARED_RESULT_MODULES = {"test_openapi_spec.py"}


# The longest work first (longest-processing-time scheduling): the real-time group, then the modules that
# regenerate the client or run the spec tools, then the rest, each module kept whole and in its own order.
# Listed by the durations `make test` prints; alphabetical order put them last, where one worker finished
# them alone while the other sat idle.
LONGEST_FIRST = [*sorted(REAL_TIME_MODULES), "test_spec_update.py", "test_spec_tools.py", "test_generation.py"]


# tryfirst: pytest-xdist reads the xdist_group marks in its own pytest_collection_modifyitems (it appends the
# group to the node id there); marks added after it are ignored, and the groups silently never formed.
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if os.environ.get("PYTEST_XDIST_WORKER"):  # a single process (a mutation run, say) keeps the order it was given
        rank = {name: position for position, name in enumerate(LONGEST_FIRST)}
        items.sort(key=lambda item: rank.get(item.path.name, len(rank)))
    for item in items:
        if item.path.name in REAL_TIME_MODULES:
            item.add_marker(pytest.mark.xdist_group("real_time"))
        elif item.path.name in SHARED_RESULT_MODULES:
            item.add_marker(pytest.mark.xdist_group(item.path.stem))


@pytest.fixture(scope="session", autouse=True)
def _one_generation_per_distinct_input(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests that regenerate the same spec share one generation (tools/generate.py, SORACOM_GENERATE_CACHE),
    across xdist workers too: the cache sits in the run's temporary root, so it lives for this run only."""
    base = tmp_path_factory.getbasetemp()
    root = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    os.environ["SORACOM_GENERATE_CACHE"] = str(root / "generation-cache")
