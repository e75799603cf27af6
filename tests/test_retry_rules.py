"""The retry table against rules that do not restate it, derived from openapi.yaml alone.

- every GET is repeatable (it changes nothing), and so is every PUT and DELETE (same state twice);
- every POST whose operationId creates, sends, issues, registers, adds, starts, reports, attaches,
  confirms or verifies (consumes) something, and every downlink, is sent once (a replay would repeat
  the side effect);
- every POST that sets a state (set, unset, activate, suspend, terminate, enable, stop, cancel,
  delete, update...) or only reads (export, a batch get) is repeatable: a send-once label there
  would take the caller's retries away for nothing;
- every POST in the table falls under one of these rules, so a reviewer extends the rules, not
  only the table;
- an operation missing from the table (a spec update nobody reviewed yet) is sent once.

And the behaviour a caller relies on: every send-once operation of the spec, answered 503 or timing out
while reading the answer (both: the API may have processed it), is sent exactly once.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import httpx
import pytest
import respx
from test_path_parameters import method_and_operation, required_arguments

from soracom_client import ApiToken, Soracom
from soracom_client._retry_table import Repeat, classify, snake_case
from soracom_client.errors import APITimeoutError, InternalServerError
from tests.support.spec import openapi

ROOT = Path(__file__).resolve().parents[1]
SPEC = openapi()  # libyaml: read at import, in every xdist worker
BASE = "https://api.soracom.io/v1"
SIDE_EFFECT_VERBS = {"create", "send", "issue", "register", "add", "start", "report", "attach", "confirm", "verify"}
STATE_VERBS = {"set", "unset", "activate", "deactivate", "suspend", "terminate", "enable", "disable", "stop",
               "cancel", "delete", "update", "put", "renew"}
READ_VERBS = {"get", "list", "export", "batch"}
# (operationId, METHOD, path) of every operation in the spec.
SPEC_OPERATIONS = [(op["operationId"], method.upper(), path) for path, item in SPEC["paths"].items()
                   for method, op in item.items() if isinstance(op, dict) and "operationId" in op]


def first_word(op_id: str) -> str:
    return re.split(r"(?=[A-Z])", op_id, maxsplit=1)[0]


def must_be_sent_once(op_id: str, method: str, path: str) -> bool:
    return method == "POST" and (first_word(op_id) in SIDE_EFFECT_VERBS or "downlink" in path.lower())


def may_be_repeated(op_id: str, method: str, path: str) -> bool:
    if method in {"GET", "PUT", "DELETE"}:
        return True
    return not must_be_sent_once(op_id, method, path) and first_word(op_id) in STATE_VERBS | READ_VERBS


SEND_ONCE = [op for op, method, path in SPEC_OPERATIONS if must_be_sent_once(op, method, path)]
# What the drive below sends: the rule's operations and every other one the table sends once.
DRIVEN = [op for op, method, path in SPEC_OPERATIONS
          if must_be_sent_once(op, method, path) or classify(snake_case(op))[1] is Repeat.ONCE]


def test_the_rules_have_operations_to_judge() -> None:
    methods = {method for _, method, _ in SPEC_OPERATIONS}
    assert "GET" in methods and SEND_ONCE


@pytest.mark.parametrize(("op_id", "method", "path"), SPEC_OPERATIONS, ids=[op for op, _, _ in SPEC_OPERATIONS])
def test_each_operation_is_classified_by_the_rule(op_id: str, method: str, path: str) -> None:
    found_id, repeat, reason = classify(snake_case(op_id))
    assert found_id == op_id, "the runner finds the operation by its generated module name"
    assert reason.strip()
    if may_be_repeated(op_id, method, path):
        assert repeat is Repeat.REPEATABLE, f"{op_id}: doing it twice leaves the same state, so it may be retried"
    if must_be_sent_once(op_id, method, path):
        assert repeat is Repeat.ONCE, f"{op_id}: a replay would repeat its side effect"
    if reason != "not in the retry table":
        assert may_be_repeated(op_id, method, path) or must_be_sent_once(op_id, method, path), \
            f"{op_id}: no rule judges it; extend the rules of this test"


def test_an_operation_missing_from_the_table_is_sent_once() -> None:
    name = "grant_operator_something_new"
    assert snake_case("grantOperatorSomethingNew") == name
    assert classify(name) == (name, Repeat.ONCE, "not in the retry table")


async def call_once_failing(op_id: str, failure: httpx.Response | Exception) -> tuple[list[httpx.Request], Exception]:
    name, operation, tag, _ = method_and_operation(op_id)
    path_names = [p.name for p in inspect.signature(operation._get_kwargs).parameters.values()
                  if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
    values = {p: "x1" for p in path_names}
    arguments = required_arguments(op_id, operation, path_names)
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if isinstance(failure, Exception):
            raise failure
        return failure

    with respx.mock(base_url=BASE, assert_all_called=False) as api:
        api.route().mock(side_effect=answer)
        async with Soracom(auth=ApiToken(api_key="k", token="t"), max_retries=3) as soracom:
            method = getattr(getattr(soracom, tag), name)
            with pytest.raises((InternalServerError, APITimeoutError)) as raised:
                await method(*values.values(), **arguments)
    return sent, raised.value


@pytest.mark.parametrize("op_id", DRIVEN)
async def test_a_send_once_operation_answered_503_is_sent_exactly_once(op_id: str) -> None:
    sent, error = await call_once_failing(op_id, httpx.Response(503, json={"code": "X", "message": "busy"}))
    assert len(sent) == 1
    assert isinstance(error, InternalServerError)


@pytest.mark.parametrize("op_id", DRIVEN)
async def test_a_send_once_operation_whose_answer_times_out_is_sent_exactly_once(op_id: str) -> None:
    def timeout() -> Exception:
        return httpx.ReadTimeout("read timed out")

    sent, error = await call_once_failing(op_id, timeout())
    assert len(sent) == 1
    assert isinstance(error, APITimeoutError)
