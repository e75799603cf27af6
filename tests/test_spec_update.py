"""A new Soracom API definition flows through `update-spec` into the generated client with no hand edits.

Each test copies the project into a temporary directory, feeds a synthetic
Soracom document (ours embedded among unrelated operations, with one change
applied, see synthetic_spec.py) to that copy's tools/update_spec.py, which
extracts, summarises and regenerates; then imports the regenerated code from
the copy in a subprocess and uses it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from synthetic_spec import (
    CHANGES,
    changed_full_document,
    every_construct,
    full_document,
    next_release,
    ours,
    without_new_paginated_operation,
)

from tests.support.spec import dump_yaml
from tests.support.tools import run_tool

# Every test here regenerates: the pinned openapi-python-client installs on Python 3.11+ only.
pytestmark = pytest.mark.skipif(sys.version_info < (3, 11), reason="openapi-python-client 0.29.1 needs 3.11+")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from spec_extract import dump  # noqa: E402


def _sandbox(tmp_path: Path) -> Path:
    """A copy of everything update-spec and generation read and write."""
    box = tmp_path / "repo"
    box.mkdir()
    for name in ("openapi.yaml", "spec-overlay.yaml", "generator-config.yaml"):
        shutil.copy(ROOT / name, box / name)
    for name in ("custom_templates", "tools", "soracom_client"):
        shutil.copytree(ROOT / name, box / name, ignore=shutil.ignore_patterns("__pycache__"))
    return box


def _tool(box: Path, tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    return run_tool(box / "tools" / tool, *args)


def _update(box: Path, change: str, *args: str) -> subprocess.CompletedProcess[str]:
    full = box / "soracom-api.yaml"
    full.write_text(dump_yaml(changed_full_document(change)), encoding="utf-8")
    return _tool(box, "update_spec.py", str(full), *args)


def _probe(box: Path, code: str) -> Any:
    """Run `code` against the copy's soracom_client (not the installed one); it sets `result`."""
    prelude = textwrap.dedent(f"""\
        import json, sys
        sys.path.insert(0, {str(box)!r})
        import soracom_client
        assert soracom_client.__file__.startswith({str(box)!r}), soracom_client.__file__
        """)
    script = prelude + textwrap.dedent(code) + "\nprint(json.dumps(result))\n"
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=box)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _facade_has(box: Path, tag: str, method: str) -> bool:
    return _facade_offers(box, tag, [method])[method]


def _facade_offers(box: Path, tag: str, methods: list[str]) -> dict[str, bool]:
    """For each method: whether the regenerated client in `box` offers it under `tag`, callable and typed.

    The facade is derived from the spec by `custom_templates/endpoint_init.py.jinja`:
    each tag's package holds a `<Tag>Resource` class (reached as `Soracom.<tag>`)
    with one typed method per operation (async, or returning a Paginator).  Both that method and the
    generated function it delegates to must exist, with type hints.  One process for all the methods.
    """
    offered: dict[str, bool] = _probe(box, f"""
        import importlib, importlib.util, inspect, typing
        package = importlib.import_module("soracom_client.generated.api.{tag}")
        resources = [c for n, c in vars(package).items() if n.endswith("Resource") and inspect.isclass(c)]

        def offers(method):
            name = "soracom_client.generated.api.{tag}." + method
            if importlib.util.find_spec(name) is None or len(resources) != 1:
                return False
            fn = importlib.import_module(name).asyncio_detailed
            facade = getattr(resources[0], method, None)
            return (inspect.iscoroutinefunction(fn) and "return" in typing.get_type_hints(fn)
                    # a coroutine, or for a paginated operation a plain method returning a Paginator
                    and facade is not None and (inspect.iscoroutinefunction(facade)
                                                or "Paginator[" in str(inspect.signature(facade).return_annotation))
                    # annotations name models imported under TYPE_CHECKING: check the signature text
                    and inspect.signature(facade).return_annotation is not inspect.Signature.empty)

        result = {{method: bool(offers(method)) for method in {methods!r}}}
        """)
    return offered


# A client over a mock transport that records requests and answers with a SIM.
_MOCK = """
import asyncio, httpx, typing
from soracom_client.generated.client import AuthenticatedClient
seen = []
def handler(request):
    seen.append({"method": request.method, "path": request.url.path, "body": request.content.decode()})
    return httpx.Response(200, json={"simId": "8942", "status": "active", "nickname": "n"})
client = AuthenticatedClient(base_url="https://api.test/v1", token="t")
client.set_async_httpx_client(
    httpx.AsyncClient(base_url="https://api.test/v1", transport=httpx.MockTransport(handler)))
"""


def _new_optional_body_field(box: Path) -> None:
    result = _probe(box, """
        from soracom_client.generated.models import CreateSimRequest
        without = CreateSimRequest.from_dict({"type": "virtual", "subscription": "planArc01"})
        with_note = CreateSimRequest.from_dict({"type": "virtual", "subscription": "planArc01", "note": "hi"})
        result = {"hint": str(CreateSimRequest.__annotations__["note"]),
                  "unset": without.note is None and "note" not in without.to_dict(), "body": with_note.to_dict()}
        """)
    assert result["unset"], "the new field must be optional"
    assert "str" in result["hint"] and "None" in result["hint"]
    assert result["body"]["note"] == "hi"


def _no_content_becomes_model(box: Path) -> None:
    result = _probe(box, _MOCK + """
from soracom_client.generated.api.sim import delete_sim_tag
sim = asyncio.run(delete_sim_tag.asyncio("8942", "color", client=client))
result = {"type": type(sim).__name__, "sim_id": sim.sim_id, "seen": seen,
          "hint": str(typing.get_type_hints(delete_sim_tag.asyncio)["return"])}
""")
    assert result["type"] == "Sim" and result["sim_id"] == "8942"
    assert "Sim" in result["hint"]
    assert result["seen"][0]["method"] == "DELETE"
    assert _facade_has(box, "sim", "delete_sim_tag")


def _enum_value_replaced(box: Path) -> None:
    result = _probe(box, """
        from soracom_client.generated.models import Sim, SimStatus
        result = {"values": [m.value for m in SimStatus],
                  "parsed": Sim.from_dict({"status": "testing"}).status.value}
        """)
    assert "testing" in result["values"] and "standby" not in result["values"]
    assert result["parsed"] == "testing"


def _new_model_property(box: Path) -> None:
    result = _probe(box, """
        from soracom_client.generated.models import Sim
        sim = Sim.from_dict({"simId": "8942", "nickname": "n"})
        result = {"nickname": sim.nickname, "out": sim.to_dict(), "hint": str(Sim.__annotations__["nickname"])}
        """)
    assert result["nickname"] == "n" and result["out"]["nickname"] == "n"
    assert "str" in result["hint"]


def _new_operation(box: Path) -> None:
    assert _facade_has(box, "sim", "set_sim_nickname")
    result = _probe(box, _MOCK + """
from soracom_client.generated.api.sim import set_sim_nickname
from soracom_client.generated.models import SetSimNicknameRequest, SimNicknameOptions
from tests.support.spec import dump_yaml
from tests.support.tools import run_tool
hints = {k: str(v) for k, v in typing.get_type_hints(set_sim_nickname.asyncio_detailed).items()}
body = SetSimNicknameRequest(nickname="n", options=SimNicknameOptions(overwrite=True))
response = asyncio.run(set_sim_nickname.asyncio_detailed("8942", client=client, body=body))
result = {"hints": hints, "parsed": type(response.parsed).__name__, "seen": seen}
""")
    assert "SetSimNicknameRequest" in result["hints"]["body"]
    assert result["hints"]["sim_id"] == "<class 'str'>"
    assert "Sim" in result["hints"]["return"]
    assert result["parsed"] == "Sim"
    assert result["seen"][0]["method"] == "PUT" and result["seen"][0]["path"] == "/v1/sims/8942/nickname"
    assert json.loads(result["seen"][0]["body"]) == {"nickname": "n", "options": {"overwrite": True}}


def _removed_operation(box: Path) -> None:
    assert _facade_offers(box, "sim", ["list_sim_status_history", "list_sims"]) == {
        "list_sim_status_history": False, "list_sims": True}
    # Its only schema went with it.
    assert not (box / "soracom_client/generated/models/sim_status_history_response.py").exists()


# change -> (lines the printed summary must contain, check of the regenerated client)
EXPECTED: dict[str, tuple[list[str], Callable[[Path], None]]] = {
    "new_optional_body_field": (["~ schema CreateSimRequest (used by createSim)",
                                 '+ field "note" added (optional, string)', "0 breaking changes"],
                                _new_optional_body_field),
    "no_content_becomes_model": (["BREAKING ~ operation DELETE /sims/{sim_id}/tags/{tag_name} (deleteSimTag): "
                                  "success response 204 (no body) -> 200 Sim", "1 breaking change"],
                                 _no_content_becomes_model),
    "enum_value_replaced": (['+ status: enum + "testing"',
                             'BREAKING - schema Sim.status: enum value "standby" removed', "1 breaking change"],
                            _enum_value_replaced),
    "new_model_property": (['+ field "nickname" added (optional, string)', "0 breaking changes"],
                           _new_model_property),
    "new_operation": (["+ operation PUT /sims/{sim_id}/nickname (setSimNickname)", "+ schema SetSimNicknameRequest",
                       "+ schema SimNicknameOptions", "0 breaking changes"], _new_operation),
    "removed_operation": (["BREAKING - operation GET /sims/{sim_id}/statuses/history (listSimStatusHistory)",
                           "BREAKING - schema SimStatusHistoryResponse", "2 breaking changes"], _removed_operation),
}


def test_every_synthetic_change_has_expectations() -> None:
    assert set(EXPECTED) == set(CHANGES)


@pytest.mark.parametrize("change", list(EXPECTED))
def test_update_spec_brings_the_change_into_the_client(change: str, tmp_path: Path) -> None:
    box = _sandbox(tmp_path)
    run = _update(box, change, "--summary-file", str(box / "summary.md"))
    assert run.returncode == 0, run.stdout + run.stderr
    lines, check = EXPECTED[change]
    for line in lines:
        assert line in run.stdout, f"{line!r} not in summary:\n{run.stdout}"
    assert "update-spec: wrote openapi.yaml" in run.stdout
    assert "generate: wrote soracom_client/generated" in run.stdout
    # The summary is also a pull request body.
    assert lines[0] in (box / "summary.md").read_text(encoding="utf-8")
    check(box)


def test_the_drift_gate_catches_a_spec_change_committed_without_regeneration(tmp_path: Path) -> None:
    box = _sandbox(tmp_path)
    run = _update(box, "new_operation", "--no-generate")
    assert run.returncode == 0, run.stderr
    assert "setSimNickname" in (box / "openapi.yaml").read_text(encoding="utf-8")
    gate = _tool(box, "generate.py", "--check")
    assert gate.returncode == 1
    assert "soracom_client/generated/api/sim/set_sim_nickname.py (missing)" in gate.stderr
    assert "soracom_client/generated/models/set_sim_nickname_request.py (missing)" in gate.stderr
    # ...and regenerating satisfies it.
    assert _tool(box, "generate.py").returncode == 0
    assert _tool(box, "generate.py", "--check").returncode == 0


def test_a_new_paginated_operation_with_a_new_tagged_union_is_generated_callable_and_served(tmp_path: Path) -> None:
    """A release adding, in our tags, a paginated operation whose items hold a new tagged union, a request with a
    oneOf property carrying a `default`, and a new variant of an existing union: all through update-spec with no
    hand edit (no overlay entry), callable through the facade, served by the fake, variants sending their tag."""
    box = _sandbox(tmp_path)
    base = without_new_paginated_operation(ours())  # in case an update already brought it
    (box / "openapi.yaml").write_text(dump(base), encoding="utf-8")
    full = box / "soracom-api.yaml"
    full.write_text(dump_yaml(next_release(full_document(base), new_operation=True)),
                    encoding="utf-8")
    run = _tool(box, "update_spec.py", str(full))
    assert run.returncode == 0, run.stdout + run.stderr
    assert "+ operation GET /sims/{sim_id}/events (listSimEvents)" in run.stdout
    assert _facade_offers(box, "sim", ["list_sim_events", "search_sim_events"]) == {
        "list_sim_events": True, "search_sim_events": True}
    result = _probe(box, """
        import asyncio, httpx
        from soracom_client import Soracom
        from soracom_client.testing import FakeSoracom, ManualClock
        from soracom_client.generated import models as m

        fake = FakeSoracom(seed=1, sims=3, clock=ManualClock())  # serves the copy's updated openapi.yaml

        async def main():
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=fake)) as http, Soracom(
                    auth=fake.credentials, base_url="http://fake/v1", http_client=http, max_retries=0) as soracom:
                sim_id = fake.sim_ids()[0]
                events = [e async for e in soracom.sim.list_sim_events(sim_id, limit=5)]
                found = await soracom.sim.search_sim_events(sim_id, body=m.SimEventSearchRequest(
                    filter_=m.SimEventSessionCreated()))
                return events, found

        events, found = asyncio.run(main())
        tcp = m.SimDownlinkTcpRequest.from_dict({"payload": "aGk=", "port": 23})
        tcp.connection_options = m.SimDownlinkTcpConnectionSilenceOptions(silence=2)
        parsed = m.SimEvent.from_dict({"simId": "s", "time": 1, "event": {"type": "session_created"}})
        result = {"unhandled": fake.unhandled_operations, "events": events, "found": found,
                  "silence": tcp.to_dict()["connectionOptions"],
                  "filter": m.SimEventSearchRequest(filter_=m.SimEventStatusChanged()).to_dict(),
                  "parsed": type(parsed.event).__name__}
        """)
    assert result["unhandled"] == ["listSimEvents", "searchSimEvents"]
    assert result["events"] == [] and result["found"] == []
    assert result["silence"] == {"silence": 2, "type": "silence"}
    assert result["filter"] == {"filter": {"type": "status_changed"}}
    assert result["parsed"] == "SimEventSessionCreated"


def test_every_construct_of_soracoms_whole_document_generates_in_our_tags(tmp_path: Path) -> None:
    """String enums of booleans, unions of inline objects, defaults outside their enum or on path parameters,
    bodies in */*, text/plain, XML, binary and multipart, object-wrapped paginated lists: generated with no
    warning (a warning fails generation), callable through the facade, the wrapped lists paged."""
    box = _sandbox(tmp_path)
    doc = ours()
    every_construct(doc)
    full = box / "soracom-api.yaml"
    full.write_text(dump_yaml(full_document(doc)), encoding="utf-8")
    run = _tool(box, "update_spec.py", str(full))
    assert run.returncode == 0, run.stdout + run.stderr
    methods = ["put_synthetic_file", "save_synthetic_data", "create_synthetic_model", "upload_synthetic_file",
               "put_synthetic_rule", "list_synthetic_ordered", "list_synthetic_recordings"]
    assert _facade_offers(box, "sim", methods) == dict.fromkeys(methods, True)
    result = _probe(box, """
        import asyncio, httpx
        from soracom_client import Soracom
        from soracom_client.testing import FakeSoracom, ManualClock
        from soracom_client.generated import models as m

        fake = FakeSoracom(seed=1, sims=3, clock=ManualClock())

        async def main():
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=fake)) as http, Soracom(
                    auth=fake.credentials, base_url="http://fake/v1", http_client=http, max_retries=0) as soracom:
                sim_id = fake.sim_ids()[0]
                ordered = [s.sim_id async for s in soracom.sim.list_synthetic_ordered(sim_id)]
                pages = [p async for p in soracom.sim.list_synthetic_recordings(sim_id)]
                rule = await soracom.sim.put_synthetic_rule(sim_id, body=m.SyntheticRule.from_dict(
                    {"reevaluate": "true"}))
                return ordered, [(p.events, p.records) for p in pages], rule.to_dict()

        ordered, pages, rule = asyncio.run(main())
        # The inline union's variants overlap (neither requires anything): parsed by trying them in order.
        parsed = m.SyntheticRule.from_dict({"reevaluate": "false", "target": {"count": 2}})
        result = {"ordered": ordered, "pages": pages, "rule": rule, "parsed": parsed.to_dict()}
        """)
    assert result["ordered"] == ["s1", "s2"]
    assert result["pages"] == [[["e"], ["r"]]]
    assert result["rule"] == {}  # the fake's minimal valid answer: no required fields
    assert result["parsed"] == {"reevaluate": "false", "target": {"count": 2}}
