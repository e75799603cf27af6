"""Transfer tokens: moving ready SIMs from one operator of the fake to another."""

from __future__ import annotations

from typing import Any

from ._errors import FakeApiError
from ._registry import Call, Reply, operation


@operation("issueSubscriberTransferToken")
async def issue_token(call: Call) -> Any:
    body = call.body_dict()
    if body["transferDestinationOperatorId"] == call.operator_id:
        raise FakeApiError("COM0001", "The destination operator must differ from the source operator.")
    sims = []
    for imsi in body["transferImsi"]:
        sim = call.state.sims.get(call.state.by_imsi.get(imsi, ""))
        if sim is None or sim.operator_id != call.operator_id or sim.status != "ready" or sim.transferring:
            raise FakeApiError("TRF0002", f"{imsi} cannot be transferred.")
        sims.append(sim)
    token = call.state.new_id("tt-")
    for sim in sims:
        sim.transferring = True  # "Transferring" is not in the spec's status enum: the status stays ready
    call.state.transfer_tokens[token] = {
        "source": call.operator_id,
        "destination": body["transferDestinationOperatorId"],
        "email": body["transferDestinationOperatorEmail"],
        "imsis": list(body["transferImsi"]),
    }
    return {"token": token}


@operation("deleteSubscriberTransferToken")
async def delete_token(call: Call) -> Any:
    transfer = call.state.transfer_tokens.get(call.path["token"])
    if transfer is None or transfer["source"] != call.operator_id:
        raise FakeApiError("TRF0001")
    del call.state.transfer_tokens[call.path["token"]]
    for imsi in transfer["imsis"]:
        sim = call.state.sims.get(call.state.by_imsi.get(imsi, ""))
        if sim is not None:
            sim.transferring = False
    return Reply()


@operation("verifySubscriberTransferToken")
async def verify_token(call: Call) -> Any:
    token = call.body_dict()["token"]
    transfer = call.state.transfer_tokens.get(token)
    if transfer is None:
        raise FakeApiError("TRF0001")
    if transfer["destination"] != call.operator_id:
        raise FakeApiError("TRF0003")
    del call.state.transfer_tokens[token]
    moved = []
    for imsi in transfer["imsis"]:
        sim = call.state.sims.get(call.state.by_imsi.get(imsi, ""))
        if sim is not None and sim.transferring:
            sim.operator_id, sim.transferring = call.operator_id, False
            sim.group_id, sim.tags = None, {}
            moved.append(imsi)
    return {"transferredImsi": moved}
