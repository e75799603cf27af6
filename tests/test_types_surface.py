"""The typed surface of issue 15: None for absent and null, exact round trips, None arguments, enum strings,
dict bodies validated and sent like models, to_json / to_snake_dict, readable reprs."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from _facade_helpers import BASE, api, sim  # noqa: F401

import soracom_client._aiohttp_pool  # noqa: F401  # before respx patches httpcore: it records the real handler
from soracom_client import AuthKey, Soracom, models
from soracom_client.errors import RequestValidationError
from soracom_client.generated.api.sim import create_sim_packet_capture_session, send_downlink_tcp
from soracom_client.generated.api.sim_profile_order import create_profile_order
from soracom_client.generated.client import AuthenticatedClient

ROOT = Path(__file__).resolve().parents[1]
MOCK = "https://api.test/v1"
C = AuthenticatedClient(base_url=MOCK, token="t")


# ----------------------------------------------------------------- reading


def test_absent_and_null_both_read_as_none_and_are_written_back_as_they_came() -> None:
    doc = {"simId": "1", "groupId": None, "sessionStatus": None, "tags": {"name": None}}
    sim_model = models.Sim.from_dict(doc)
    assert sim_model.group_id is None and sim_model.session_status is None and sim_model.speed_class is None
    written = sim_model.to_dict()
    assert written == doc  # null stays null, absent (speedClass) stays absent
    assert "speedClass" not in written and written["groupId"] is None
    # a value set after reading is written; None set on a field that was absent is still left out
    sim_model.group_id = "g"
    sim_model.speed_class = None
    assert sim_model.to_dict()["groupId"] == "g" and "speedClass" not in sim_model.to_dict()


def test_no_model_field_is_typed_with_unset() -> None:
    for name in dir(models):
        cls = getattr(models, name)
        if not hasattr(cls, "_soracom_fields"):
            continue
        for field in cls.__annotations__.values():
            assert "Unset" not in str(field), f"{name}: {field}"


def test_a_built_model_leaves_none_out_and_set_null_sends_null() -> None:
    request = models.SetImeiLockRequest()
    assert request.to_dict() == {}
    assert request.set_null("imei") is request
    assert request.imei is None and request.to_dict() == {"imei": None}
    with pytest.raises(RequestValidationError) as caught:
        request.set_null("no_such_field")  # type: ignore[arg-type]
    assert caught.value.field == "no_such_field"


def test_to_snake_dict_and_to_json() -> None:
    doc = {"simId": "1", "status": "active", "groupId": None, "sessionStatus": {"imsi": "4401", "cell": {"eci": 1}},
           "futureField": {"keptAs": "sent"}}
    sim_model = models.Sim.from_dict(doc)
    assert sim_model.to_snake_dict() == {"sim_id": "1", "status": "active", "group_id": None,
                                         "session_status": {"imsi": "4401", "cell": {"eci": 1}},
                                         "futureField": {"keptAs": "sent"}}
    assert json.loads(sim_model.to_json()) == doc
    assert models.Sim.from_dict(json.loads(sim_model.to_json())).to_dict() == doc
    assert "\n" in sim_model.to_json(indent=2)


def test_repr_shows_the_set_fields_and_masks_secrets_equality_compares_fields() -> None:
    sim_model = models.Sim.from_dict({"simId": "1", "groupId": None, "futureField": 2})
    assert repr(sim_model) == "Sim(sim_id='1', additional_properties={'futureField': 2})"
    auth = models.SimDownlinkSshPasswordAuthentication(password="hunter2-SECRET", type_="password")
    assert "hunter2-SECRET" not in repr(auth) and "password='***'" in repr(auth)
    assert models.Cell(eci=1) == models.Cell.from_dict({"eci": 1}) != models.Cell(eci=2)


# ----------------------------------------------------------------- arguments


@pytest.fixture
def soracom() -> Soracom:
    return Soracom(auth=AuthKey("k", "s"))


async def test_none_arguments_are_left_out_of_the_query(api: respx.MockRouter, soracom: Soracom) -> None:  # noqa: F811
    route = api.get("/sims").mock(return_value=httpx.Response(200, json=[sim()]))
    error_resume_key: str | None = None  # e.g. SoracomError.resume_key, or a field read from a model
    page = await soracom.sim.list_sims(last_evaluated_key=error_resume_key, limit=None)
    assert len(page) == 1
    assert route.calls.last.request.url.params.multi_items() == []
    await soracom.aclose()


async def test_enum_arguments_take_their_strings_and_none_gives_the_spec_default(
        api: respx.MockRouter, soracom: Soracom) -> None:  # noqa: F811
    route = api.get("/sims/1/data").mock(return_value=httpx.Response(200, json=[]))
    await soracom.sim.get_data_from_sim("1", sort="asc")
    assert route.calls.last.request.url.params["sort"] == "asc"
    await soracom.sim.get_data_from_sim("1", sort=models.GetDataFromSimSort.ASC)
    assert route.calls.last.request.url.params["sort"] == "asc"
    await soracom.sim.get_data_from_sim("1", sort=None)
    assert route.calls.last.request.url.params["sort"] == "desc"  # the spec's default, as when not given
    await soracom.aclose()


def test_enum_parameters_are_typed_as_enum_or_literal() -> None:
    from soracom_client.generated.api.sim import SimResource

    hint = SimResource.get_data_from_sim.__annotations__["sort"]  # a string: the module postpones annotations
    assert "Literal['desc', 'asc']" in hint and "GetDataFromSimSort" in hint and "None" in hint


# ----------------------------------------------------------------- dict bodies


async def test_a_dict_body_is_sent_exactly_as_the_model(api: respx.MockRouter, soracom: Soracom) -> None:  # noqa: F811
    route = api.post("/sims/1/set_group").mock(return_value=httpx.Response(200, json=sim("1")))
    await soracom.sim.set_sim_group("1", body=models.SetGroupRequest(group_id="g"))
    from_model = route.calls.last.request.content
    await soracom.sim.set_sim_group("1", body={"groupId": "g"})
    assert route.calls.last.request.content == from_model
    await soracom.sim.set_sim_group("1", body={"groupId": None})
    assert json.loads(route.calls.last.request.content) == {"groupId": None}  # a dict says null by itself
    await soracom.aclose()


async def test_a_list_body_of_dicts_and_models_is_sent_as_json(api: respx.MockRouter, soracom: Soracom) -> None:  # noqa: F811
    route = api.put("/sims/1/tags").mock(return_value=httpx.Response(200, json=sim("1")))
    await soracom.sim.put_sim_tags("1", body=[{"tagName": "a", "tagValue": "1"},
                                              models.TagUpdateRequest(tag_name="b", tag_value="2")])
    assert json.loads(route.calls.last.request.content) == [{"tagName": "a", "tagValue": "1"},
                                                            {"tagName": "b", "tagValue": "2"}]
    await soracom.aclose()


BODY_CASES: list[tuple[str, Any, Any, Any]] = [
    # (case, operation call taking body=, model body, the same body as a dict)
    ("tcp port 0", lambda body: send_downlink_tcp.asyncio("1", client=C, body=body),
     models.SimDownlinkTcpRequest(port=0, payload="aGk="), {"port": 0, "payload": "aGk="}),
    ("tcp port as string", lambda body: send_downlink_tcp.asyncio("1", client=C, body=body),
     models.SimDownlinkTcpRequest(port="80", payload="aGk="), {"port": "80", "payload": "aGk="}),  # type: ignore[arg-type]
    ("tcp missing payload", lambda body: send_downlink_tcp.asyncio("1", client=C, body=body),
     models.SimDownlinkTcpRequest(port=80, payload=None), {"port": 80}),
    ("capture duration", lambda body: create_sim_packet_capture_session.asyncio("1", client=C, body=body),
     models.PacketCaptureSessionRequest(duration=29), {"duration": 29}),
    ("order two bundles", lambda body: create_profile_order.asyncio(client=C, body=body),
     models.CreateSimProfileOrderRequest(quantity=1, subscription="planX3", bundles=["X3-5MB", "X3-5MB"]),
     {"quantity": 1, "subscription": "planX3", "bundles": ["X3-5MB", "X3-5MB"]}),
]


@pytest.mark.parametrize(("call", "model_body", "dict_body"), [c[1:] for c in BODY_CASES],
                         ids=[c[0] for c in BODY_CASES])
async def test_a_dict_body_is_validated_with_the_same_error_as_the_model(call: Any, model_body: Any,
                                                                        dict_body: dict[str, Any]) -> None:
    with respx.mock(base_url=MOCK, assert_all_called=False) as router:
        router.route().mock(return_value=httpx.Response(200, json={}))
        errors = []
        for body in (model_body, dict_body):
            with pytest.raises(RequestValidationError) as caught:
                await call(body)
            errors.append((caught.value.field, caught.value.rule, caught.value.value, str(caught.value)))
        assert router.calls.call_count == 0, "a request left the client"
    assert errors[0] == errors[1]


async def test_a_body_of_the_wrong_kind_is_a_validation_error() -> None:
    with respx.mock(base_url=MOCK, assert_all_called=False) as router:
        with pytest.raises(RequestValidationError) as caught:
            await send_downlink_tcp.asyncio("1", client=C, body=[1, 2])  # type: ignore[arg-type]
        assert router.calls.call_count == 0
    assert caught.value.field == "body"


def test_every_request_model_has_a_typeddict_with_its_json_keys() -> None:
    typed = [name for name in dir(models) if name.endswith("Dict")]
    assert "SetGroupRequestDict" in typed and "TagUpdateRequestDict" in typed
    for name in typed:
        model = getattr(models, name[: -len("Dict")])
        keys = set(getattr(models, name).__annotations__)
        assert keys == {json_name for _py, json_name, _req in model._soracom_fields}, name


# ----------------------------------------------------------------- for type checkers


def test_mypy_strict_sees_plain_optional_types(tmp_path: Path) -> None:
    program = tmp_path / "user.py"
    program.write_text(textwrap.dedent("""
        from typing import assert_type
        from soracom_client import Soracom
        from soracom_client.models import SetGroupRequestDict, Sim

        async def move(soracom: Soracom, sim: Sim) -> None:
            assert_type(sim.group_id, str | None)
            if sim.sim_id is not None:
                await soracom.sim.set_sim_group(sim.sim_id, body={"groupId": "g"})
            body: SetGroupRequestDict = {"groupId": sim.group_id}
            await soracom.sim.list_sims(last_evaluated_key=sim.sim_id)
            await soracom.sim.get_data_from_sim("1", sort="asc")
            del body
        """))
    bad = tmp_path / "bad.py"
    bad.write_text(textwrap.dedent("""
        from soracom_client import Soracom

        async def move(soracom: Soracom) -> None:
            await soracom.sim.set_sim_group("1", body={"grupId": "g"})
            await soracom.sim.get_data_from_sim("1", sort="sideways")
        """))
    # One mypy run over both programs (most of its time is reading the package): user.py must be clean, and
    # bad.py fail on the typo'd key and on the value outside the Literal, each on its own line, and nothing else.
    run = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--follow-imports=silent"]
    checked = subprocess.run([*run, str(program), str(bad)], capture_output=True, text=True, cwd=ROOT)
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    assert checked.returncode == 1 and len(errors) == 2, checked.stdout + checked.stderr
    assert errors[0].startswith(f"{bad}:5: error") and errors[1].startswith(f"{bad}:6: error"), checked.stdout
    assert "Found 2 errors in 1 file (checked 2 source files)" in checked.stdout, checked.stdout
