"""Issue 7, import: `from soracom_client import Soracom` loads no operation module, model or resource module;
they load on first use, and every attribute still works (and is still seen by type checkers)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import soracom_client
from soracom_client import AuthKey, Soracom
from soracom_client.generated.api import RESOURCE_CLASSES

# Deferred: what `from soracom_client import Soracom` must not load.
DEFERRED_PREFIXES = ("soracom_client.generated.models", "soracom_client.generated.api.",
                     "soracom_client._bulk", "soracom_client._config")


def loaded_after(code: str) -> list[str]:
    """The soracom_client modules loaded by `code`, run in a fresh interpreter."""
    script = (code + "\nimport sys, json\n"
              "print(json.dumps(sorted(m for m in sys.modules if m.startswith('soracom_client'))))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60)
    return list(json.loads(out.stdout.strip().splitlines()[-1]))


def deferred(modules: list[str]) -> list[str]:
    return [m for m in modules if m.startswith(DEFERRED_PREFIXES)]


def test_importing_soracom_loads_no_library_httpx_does_not_load() -> None:
    # msgspec (with typing_extensions) and anyio cost about 5 ms together: loaded on the first call.
    script = ("import httpx, sys; before = set(sys.modules)\n"
              "from soracom_client import Soracom\n"
              "print(sorted({m.split('.')[0] for m in set(sys.modules) - before} - {'soracom_client'}))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60)
    added = json.loads(out.stdout.strip().splitlines()[-1].replace("'", '"'))
    assert not {"msgspec", "anyio", "asyncio", "typing_extensions"} & set(added), added


def test_importing_soracom_loads_no_operation_model_or_resource_module() -> None:
    modules = loaded_after("from soracom_client import Soracom")
    assert "soracom_client._client" in modules  # the probe sees what was imported
    assert deferred(modules) == []


def test_making_a_client_and_a_view_loads_none_either() -> None:
    modules = loaded_after("from soracom_client import AuthKey, Soracom\n"
                           "s = Soracom(auth=AuthKey('k', 's')); s.with_options(max_retries=0)")
    assert deferred(modules) == []


def test_first_access_of_a_tag_loads_that_resource_module_only() -> None:
    modules = loaded_after("from soracom_client import AuthKey, Soracom\n"
                           "s = Soracom(auth=AuthKey('k', 's')); s.sim.get_sim")
    assert deferred(modules) == ["soracom_client.generated.api.sim"]  # no operation module, no model


def test_calling_an_operation_loads_its_module_and_its_models_only() -> None:
    code = """
import asyncio, httpx
from soracom_client import ApiToken, Soracom
transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"simId": "S1"}))
async def main():
    async with Soracom(auth=ApiToken("k", "t"), base_url="http://x/v1", allow_insecure_http=True,
                       http_client=httpx.AsyncClient(transport=transport)) as s:
        await s.sim.get_sim("S1")
asyncio.run(main())
"""
    modules = deferred(loaded_after(code))
    assert "soracom_client.generated.api.sim.get_sim" in modules
    assert "soracom_client.generated.models.sim" in modules
    assert not [m for m in modules if m.startswith("soracom_client.generated.api.") and m.count(".") == 3
                and m != "soracom_client.generated.api.sim"]  # other tags' resources stay unloaded
    assert not [m for m in modules if m.startswith("soracom_client.generated.api.sim.") and m.endswith("list_sims")]


def test_every_tag_attribute_is_made_once_per_client_and_bound_to_its_runner() -> None:
    soracom = Soracom(auth=AuthKey("k", "s"))
    view = soracom.with_options(max_retries=0)
    for name, class_name in RESOURCE_CLASSES.items():
        resource = getattr(soracom, name)
        assert type(resource).__name__ == class_name
        assert getattr(soracom, name) is resource
        assert resource._runner is soracom._runner
        assert getattr(view, name) is not resource and getattr(view, name)._runner is view._runner
        assert name in dir(soracom)


def test_unknown_attributes_still_raise() -> None:
    soracom = Soracom(auth=AuthKey("k", "s"))
    with pytest.raises(AttributeError, match="'Soracom' object has no attribute 'smi'"):
        soracom.smi  # noqa: B018
    half_built = object.__new__(Soracom)  # no runner yet: no resource, and no recursion
    assert not hasattr(half_built, "sim")


def test_lazily_exported_names_are_the_real_ones() -> None:
    from soracom_client import BulkResult, ConfigurationError, Outcome, Progress
    from soracom_client._bulk import BulkResult as bulk_result
    from soracom_client._config import ConfigurationError as configuration_error
    from soracom_client.generated.api import SimResource
    from soracom_client.generated.api.sim import SimResource as sim_resource

    assert BulkResult is bulk_result and ConfigurationError is configuration_error
    assert Outcome.__module__ == Progress.__module__ == "soracom_client._bulk"
    assert SimResource is sim_resource
    assert set(soracom_client.__all__) <= set(dir(soracom_client))
    with pytest.raises(AttributeError, match="NoSuchName"):
        soracom_client.NoSuchName  # noqa: B018
