"""eSIM profile orders: DRAFT until confirmed (or canceled, or a day passes), then COMPLETED with
profiles, each of which is also a new ready SIM of the operator."""

from __future__ import annotations

from typing import Any

from ._errors import FakeApiError
from ._pagination import Paged
from ._registry import Call, Reply, operation
from ._state import DAY_MS

# subscription -> bundle prefix it accepts (None: no bundles)
ORDERABLE: dict[str, str | None] = {"planX3": "X3-", "plan-US": "US-", "plan01s": None, "planP1": None}


def _expire_drafts(call: Call) -> None:
    orders = call.state.orders
    for order_id in [oid for oid, o in orders.items()
                     if o["status"] == "DRAFT" and call.now_ms - o["orderedTime"] > DAY_MS]:
        del orders[order_id]  # an unconfirmed order is canceled after one day


def _order(call: Call) -> dict[str, Any]:
    _expire_drafts(call)
    order = call.state.orders.get(call.path["profile_order_id"])
    if order is None or order["_operator"] != call.operator_id:
        raise FakeApiError("ORD0001")
    return order


def _public(order: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in order.items() if not k.startswith("_")}


@operation("createProfileOrder")
async def create_profile_order(call: Call) -> Any:
    body = call.body_dict()
    plan = body["subscription"]
    if plan not in ORDERABLE:
        raise FakeApiError("ORD0003", f"{plan} cannot be ordered as an eSIM profile.")
    bundles = body.get("bundles", [])
    prefix = ORDERABLE[plan]
    if bundles and (prefix is None or not all(b.startswith(prefix) for b in bundles)):
        raise FakeApiError("ORD0003", f"The bundles {bundles} do not fit {plan}.")
    order: dict[str, Any] = {
        "profileOrderId": call.state.new_id(),
        "subscription": plan,
        "quantity": body["quantity"],
        "status": "DRAFT",
        "orderedTime": call.now_ms,
        "_operator": call.operator_id,
    }
    if bundles:
        order["bundles"] = list(bundles)
    if body.get("speedClass"):
        order["speedClass"] = body["speedClass"]
    call.state.orders[order["profileOrderId"]] = order
    return _public(order)


@operation("listProfileOrders")
async def list_profile_orders(call: Call) -> Paged:
    _expire_drafts(call)
    mine = sorted((o for o in call.state.orders.values() if o["_operator"] == call.operator_id),
                  key=lambda o: o["profileOrderId"])
    return Paged.of(mine, key=lambda o: o["profileOrderId"], render=_public)


@operation("getProfileOrder")
async def get_profile_order(call: Call) -> Any:
    return _public(_order(call))


@operation("deleteProfileOrder")
async def delete_profile_order(call: Call) -> Any:
    order = _order(call)
    if order["status"] != "DRAFT":
        raise FakeApiError("ORD0002")
    del call.state.orders[order["profileOrderId"]]
    return Reply()


@operation("confirmProfileOrder")
async def confirm_profile_order(call: Call) -> Any:
    order = _order(call)
    if order["status"] != "DRAFT":
        raise FakeApiError("ORD0002")
    now = call.now_ms
    profiles = []
    for _ in range(order["quantity"]):
        sim = call.state.create_sim(call.operator_id, virtual=False, subscription=order["subscription"], now_ms=now)
        sim.sim_type, sim.module_type = "euicc", "profilePackage"
        line = sim.primary
        line.bundles = list(order.get("bundles", []))
        if order.get("speedClass"):
            line.speed_class = order["speedClass"]
        matching_id = call.state.new_id().replace("-", "").upper()[:20]
        profiles.append({
            "profileOrderId": order["profileOrderId"],
            "iccid": sim.iccid,
            "imsi": line.imsi,
            "matchingId": matching_id,
            "smdpAddress": "smdp.example.soracom.io",
            "activationCode": f"LPA:1$smdp.example.soracom.io${matching_id}",
            "profileStatus": "SUBSCRIBER_REGISTRATION_SUCCEEDED",
            "subscription": order["subscription"],
            "createdTime": now,
            "lastModifiedTime": now,
        })
    call.state.order_profiles[order["profileOrderId"]] = profiles
    order.update(status="COMPLETED", confirmedTime=now, completedTime=now)
    return _public(order)


@operation("listOrderedProfiles")
async def list_ordered_profiles(call: Call) -> Any:
    order = _order(call)
    return list(call.state.order_profiles.get(order["profileOrderId"], []))
