"""Every operation of openapi.yaml through the public facade (`Soracom`), against FakeSoracom served on
real loopback HTTP; every request and response is validated against openapi.yaml."""

from __future__ import annotations

import importlib
import inspect
import json
import typing
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest
from dateutil.parser import isoparse
from fake_support import OPERATIONS, spec_request
from integration_support import Fleet, SpecRecorder, walk_sims

from soracom_client import AuthKey, Page, Soracom
from soracom_client.generated import models as m
from soracom_client.generated.api import OPERATIONS as FACADE_OPERATIONS
from soracom_client.testing import SNAPSHOT_JPEG, FakeServer, FakeSoracom, ManualClock


class Ctx(Fleet):
    def __init__(self, fake: FakeSoracom, soracom: Soracom, base_url: str, recorder: SpecRecorder) -> None:
        super().__init__(fake)
        self.s = soracom
        self.base_url = base_url
        self.recorder = recorder


Driver = Callable[[Ctx], Awaitable[Any]]
DRIVERS: dict[str, Driver] = {}


def drive(op_id: str) -> Callable[[Driver], Driver]:
    def register(fn: Driver) -> Driver:
        DRIVERS[op_id] = fn
        return fn

    return register


def on_sim(op_id: str, method: str, pick: str = "online", **kwargs: Any) -> None:
    """A driver calling `soracom.sim.<method>(sim_id, **kwargs)` on a SIM of the kind `pick`."""

    async def fn(x: Ctx) -> Any:
        return await getattr(x.s.sim, method)(getattr(x, pick)().sim_id, **kwargs)

    DRIVERS[op_id] = fn


def on_imsi(op_id: str, method: str, pick: str = "online", **kwargs: Any) -> None:
    async def fn(x: Ctx) -> Any:
        return await getattr(x.s.subscriber, method)(getattr(x, pick)().primary.imsi, **kwargs)

    DRIVERS[op_id] = fn


# --- Sim --------------------------------------------------------------------------------------
on_sim("getSim", "get_sim")
on_sim("getDataFromSim", "get_data_from_sim", limit=5)
on_sim("deactivateSim", "deactivate_sim")
on_sim("suspendSim", "suspend_sim")
on_sim("activateSim", "activate_sim", pick="ready")
on_sim("setSimToStandby", "set_sim_to_standby", pick="ready")
on_sim("deleteSimSession", "delete_sim_session")
on_sim("disableSimTermination", "disable_sim_termination")
on_sim("enableSimTermination", "enable_sim_termination")
on_sim("listSimSessionEvents", "list_sim_session_events", limit=3)
on_sim("listSimStatusHistory", "list_sim_status_history")
on_sim("setSimGroup", "set_sim_group", body=m.SetGroupRequest(group_id="grp-1"))
on_sim("unsetSimGroup", "unset_sim_group")
on_sim("setSimImeiLock", "set_sim_imei_lock", body=m.SetImeiLockRequest())
on_sim("unsetSimImeiLock", "unset_sim_imei_lock")
on_sim("updateSimSpeedClass", "update_sim_speed_class", body=m.UpdateSpeedClassRequest(speed_class="s1.fast"))
on_sim("putSimTags", "put_sim_tags", body=[m.TagUpdateRequest(tag_name="room", tag_value="42")])
on_sim("sendSmsToSim", "send_sms_to_sim", pick="sms_sim", body=m.SmsForwardingRequest(payload="hi", encoding_type=1))
on_sim("reportSimLocalInfo", "report_sim_local_info", pick="sms_sim")
on_sim("attachArcSimCredentials", "attach_arc_sim_credentials", body=m.ArcCredentialAttachRequest())
on_sim("renewArcSimCredentials", "renew_arc_sim_credentials", body=m.ArcCredentialRenewRequest(
    arc_client_peer_public_key="k8xWMGcBkcyFDyrDRAA2R3nbR3TH+6fsQZ5JSc3PWT8="))
on_sim("removeArcSimCredentials", "remove_arc_sim_credentials")
on_sim("sendDownlinkHttp", "send_downlink_http", body=m.SimDownlinkHttpRequest.from_dict(
    {"method": "GET", "path": "/status"}))
on_sim("sendDownlinkPing", "send_downlink_ping", body=m.DownlinkPingRequest(number_of_ping_requests=3))
on_sim("sendDownlinkRtsp", "send_downlink_rtsp", body=m.SimDownlinkRtspRequest.from_dict({"command": "snapshot"}))
on_sim("sendDownlinkSsh", "send_downlink_ssh", body=m.SimDownlinkSshRequest.from_dict(
    {"username": "pi", "authentication": {"type": "password", "password": "pw"}, "command": "echo hi"}))
on_sim("sendDownlinkTcp", "send_downlink_tcp", body=m.SimDownlinkTcpRequest(port=7, payload="hello"))
on_sim("sendDownlinkUdp", "send_downlink_udp", body=m.SimDownlinkUdpRequest.from_dict(
    {"port": 5000, "payload": "aGk=", "payloadEncoding": "base64"}))
on_sim("createSimPacketCaptureSession", "create_sim_packet_capture_session",
       body=m.PacketCaptureSessionRequest(duration=60, prefix="cap"))


@drive("deleteSimTag")
async def _delete_sim_tag(x: Ctx) -> Any:
    sim_id = x.online().sim_id
    await x.s.sim.put_sim_tags(sim_id, body=[m.TagUpdateRequest(tag_name="name", tag_value="x")])
    return await x.s.sim.delete_sim_tag(sim_id, "name")


@drive("listSims")
async def _list_sims(x: Ctx) -> Any:
    return await x.s.sim.list_sims(limit=5)


@drive("createSim")
async def _create_sim(x: Ctx) -> Any:
    return await x.s.sim.create_sim(body=m.CreateSimRequest.from_dict({"type": "virtual", "subscription": "planArc01"}))


@drive("registerSim")
async def _register_sim(x: Ctx) -> Any:
    sim_id, secret = next(iter(x.fake.registration_secrets().items()))
    return await x.s.sim.register_sim(sim_id, body=m.RegisterSimRequest.from_dict(
        {"registrationSecret": secret, "tags": {"name": "new"}}))


@drive("createArcSession")
async def _create_arc_session(x: Ctx) -> Any:
    sim_id = x.online().sim_id
    await x.s.sim.attach_arc_sim_credentials(sim_id, body=m.ArcCredentialAttachRequest())
    return await x.s.sim.create_arc_session(sim_id, body=m.CreateArcSessionBody())


@drive("setSimExpiryTime")
async def _set_sim_expiry(x: Ctx) -> Any:
    return await x.s.sim.set_sim_expiry_time(x.online().sim_id, body=m.ExpiryTime.from_dict(
        {"expiryTime": x.now_ms + 86_400_000, "expiryAction": "suspend"}))


@drive("unsetSimExpiryTime")
async def _unset_sim_expiry(x: Ctx) -> Any:
    await _set_sim_expiry(x)
    return await x.s.sim.unset_sim_expiry_time(x.online().sim_id)


@drive("terminateSim")
async def _terminate_sim(x: Ctx) -> Any:
    sim_id = x.online().sim_id
    await x.s.sim.enable_sim_termination(sim_id)
    return await x.s.sim.terminate_sim(sim_id)


@drive("getTestingUsage")
async def _testing_usage(x: Ctx) -> Any:
    return await x.s.sim.get_testing_usage(x.pick(lambda s: s.testing).sim_id)


async def _capture(x: Ctx) -> tuple[str, str]:
    sim_id = x.pick(lambda s: s.online and not s.captures).sim_id  # one capture at a time per SIM
    session = await x.s.sim.create_sim_packet_capture_session(sim_id, body=m.PacketCaptureSessionRequest(duration=60))
    assert isinstance(session.session_id, str)
    return sim_id, session.session_id


@drive("listSimPacketCaptureSessions")
async def _list_captures(x: Ctx) -> Any:
    sim_id, _ = await _capture(x)
    return await x.s.sim.list_sim_packet_capture_sessions(sim_id)


@drive("getSimPacketCaptureSession")
async def _get_capture(x: Ctx) -> Any:
    return await x.s.sim.get_sim_packet_capture_session(*await _capture(x))


@drive("stopSimPacketCaptureSession")
async def _stop_capture(x: Ctx) -> Any:
    return await x.s.sim.stop_sim_packet_capture_session(*await _capture(x))


@drive("deleteSimPacketCaptureSession")
async def _delete_capture(x: Ctx) -> Any:
    sim_id, session_id = await _capture(x)
    await x.s.sim.stop_sim_packet_capture_session(sim_id, session_id)
    return await x.s.sim.delete_sim_packet_capture_session(sim_id, session_id)


async def _add(x: Ctx, subscription: str) -> tuple[str, str, str, Any]:
    sim = x.pick(lambda s: s.online and s.primary.subscription != "planP1" and len(s.lines) == 1)
    body: dict[str, Any] = {"subscription": subscription}
    if subscription == "planArc01":
        body["type"] = "virtual"
    profile = await x.s.sim.add_subscription(sim.sim_id, sim.iccid, body=m.AddSubscriptionBody.from_dict(body))
    added = next(imsi for imsi in profile.subscribers.additional_properties if imsi != sim.primary.imsi)
    return sim.sim_id, sim.iccid, added, profile


@drive("addSubscription")
async def _add_subscription(x: Ctx) -> Any:
    return (await _add(x, "planP1"))[3]


@drive("cancelSubscriptionContainerDownload")
async def _cancel_download(x: Ctx) -> Any:
    sim_id, iccid, imsi, _ = await _add(x, "planP1")
    return await x.s.sim.cancel_subscription_container_download(sim_id, iccid, imsi)


@drive("terminateSubscriptionContainer")
async def _terminate_container(x: Ctx) -> Any:
    sim_id, iccid, imsi, _ = await _add(x, "planArc01")
    return await x.s.sim.terminate_subscription_container(sim_id, iccid, imsi)


# --- Subscriber -------------------------------------------------------------------------------
on_imsi("getSubscriber", "get_subscriber")
on_imsi("getDataFromSubscriber", "get_data_from_subscriber", sort=m.GetDataFromSubscriberSort.ASC)
on_imsi("deactivateSubscriber", "deactivate_subscriber")
on_imsi("suspendSubscriber", "suspend_subscriber")
on_imsi("activateSubscriber", "activate_subscriber", pick="ready")
on_imsi("setSubscriberToStandby", "set_subscriber_to_standby", pick="ready")
on_imsi("deleteSubscriberSession", "delete_subscriber_session")
on_imsi("disableTermination", "disable_termination")
on_imsi("enableTermination", "enable_termination")
on_imsi("listSessionEvents", "list_session_events")
on_imsi("setGroup", "set_group", body=m.SetGroupRequest(group_id="grp-2"))
on_imsi("setImeiLock", "set_imei_lock", body=m.SetImeiLockRequest(imei="353879234252633"))
on_imsi("unsetImeiLock", "unset_imei_lock")
on_imsi("updateSpeedClass", "update_speed_class", body=m.UpdateSpeedClassRequest(speed_class="s1.slow"))
on_imsi("putSubscriberTags", "put_subscriber_tags", body=[m.TagUpdateRequest(tag_name="a", tag_value="b")])
on_imsi("sendSms", "send_sms", pick="sms_sim", body=m.SmsForwardingRequest(payload="テスト"))
on_imsi("reportLocalInfo", "report_local_info", pick="sms_sim")
on_imsi("subscriberDownlinkPingToUserEquipment", "subscriber_downlink_ping_to_user_equipment",
        body=m.DownlinkPingRequest())


@drive("deleteSubscriberTag")
async def _delete_subscriber_tag(x: Ctx) -> Any:
    imsi = x.online().primary.imsi
    await x.s.subscriber.put_subscriber_tags(imsi, body=[m.TagUpdateRequest(tag_name="floor", tag_value="3")])
    return await x.s.subscriber.delete_subscriber_tag(imsi, "floor")


@drive("listSubscribers")
async def _list_subscribers(x: Ctx) -> Any:
    return await x.s.subscriber.list_subscribers(limit=10, status_filter="active|ready")


@drive("unsetGroup")
async def _unset_group(x: Ctx) -> Any:
    imsi = x.online().primary.imsi
    await x.s.subscriber.set_group(imsi, body=m.SetGroupRequest(group_id="grp-3"))
    return await x.s.subscriber.unset_group(imsi)


@drive("setExpiryTime")
async def _set_expiry(x: Ctx) -> Any:
    return await x.s.subscriber.set_expiry_time(x.online().primary.imsi,
                                                body=m.ExpiryTime.from_dict({"expiryTime": x.now_ms + 3_600_000}))


@drive("unsetExpiryTime")
async def _unset_expiry(x: Ctx) -> Any:
    await _set_expiry(x)
    return await x.s.subscriber.unset_expiry_time(x.online().primary.imsi)


@drive("terminateSubscriber")
async def _terminate_subscriber(x: Ctx) -> Any:
    imsi = x.online().primary.imsi
    await x.s.subscriber.enable_termination(imsi)
    return await x.s.subscriber.terminate_subscriber(imsi)


@drive("putBundles")
async def _put_bundles(x: Ctx) -> Any:
    sim = x.pick(lambda s: s.primary.subscription == "plan-US" and s.status != "terminated")
    return await x.s.subscriber.put_bundles(sim.primary.imsi, body=[m.PutBundlesBodyItem("US-1GB")])


@drive("registerSubscriber")
async def _register_subscriber(x: Ctx) -> Any:
    sim_id, secret = next(iter(x.fake.registration_secrets().items()))
    imsi = x.fake.state.unregistered[sim_id].primary.imsi
    return await x.s.subscriber.register_subscriber(
        imsi, body=m.RegisterSubscribersRequest.from_dict({"registrationSecret": secret}))


@drive("exportSubscribers")
async def _export(x: Ctx) -> Any:
    return await x.s.subscriber.export_subscribers(export_mode=m.ExportSubscribersExportMode.SYNC)


@drive("sendSmsByMsisdn")
async def _sms_by_msisdn(x: Ctx) -> Any:
    return await x.s.subscriber.send_sms_by_msisdn(x.sms_sim().primary.msisdn,
                                                   body=m.SmsForwardingRequest(payload="hello"))


async def _issue(x: Ctx, destination: str) -> Any:
    sim = x.pick(lambda s: s.status == "ready" and not s.transferring)
    return await x.s.subscriber.issue_subscriber_transfer_token(body=m.IssueSubscriberTransferTokenRequest.from_dict({
        "transferDestinationOperatorEmail": "dest@example.com",
        "transferDestinationOperatorId": destination,
        "transferImsi": [sim.primary.imsi],
    }))


@drive("issueSubscriberTransferToken")
async def _issue_token(x: Ctx) -> Any:
    return await _issue(x, "OP9999999999")


@drive("deleteSubscriberTransferToken")
async def _delete_token(x: Ctx) -> Any:
    token = (await _issue(x, "OP9999999999")).token
    return await x.s.subscriber.delete_subscriber_transfer_token(token)


@drive("verifySubscriberTransferToken")
async def _verify_token(x: Ctx) -> Any:
    other = x.fake.add_operator()
    token = (await _issue(x, other.operator_id)).token
    # The destination operator verifies: its own client, through the same recorded pool.
    async with x.recorder.client() as pool, Soracom(
        auth=AuthKey(other.auth_key_id, other.auth_key), base_url=x.base_url, http_client=pool
    ) as destination:
        return await destination.subscriber.verify_subscriber_transfer_token(
            body=m.VerifySubscriberTransferTokenRequest(token=token))


# --- SimProfileOrder --------------------------------------------------------------------------
async def _order(x: Ctx) -> str:
    order = await x.s.sim_profile_order.create_profile_order(body=m.CreateSimProfileOrderRequest.from_dict(
        {"subscription": "planX3", "quantity": 2, "bundles": ["X3-5MB"]}))
    return str(order.profile_order_id)


@drive("createProfileOrder")
async def _create_order(x: Ctx) -> Any:
    return await x.s.sim_profile_order.create_profile_order(
        body=m.CreateSimProfileOrderRequest.from_dict({"subscription": "plan-US", "quantity": 1}))


@drive("listProfileOrders")
async def _list_orders(x: Ctx) -> Any:
    await _order(x)
    return await x.s.sim_profile_order.list_profile_orders()


@drive("getProfileOrder")
async def _get_order(x: Ctx) -> Any:
    return await x.s.sim_profile_order.get_profile_order(await _order(x))


@drive("deleteProfileOrder")
async def _delete_order(x: Ctx) -> Any:
    return await x.s.sim_profile_order.delete_profile_order(await _order(x))


@drive("confirmProfileOrder")
async def _confirm_order(x: Ctx) -> Any:
    return await x.s.sim_profile_order.confirm_profile_order(await _order(x))


@drive("listOrderedProfiles")
async def _list_profiles(x: Ctx) -> Any:
    order_id = await _order(x)
    await x.s.sim_profile_order.confirm_profile_order(order_id)
    return await x.s.sim_profile_order.list_ordered_profiles(order_id)


# --- CellLocation -----------------------------------------------------------------------------
@drive("getCellLocation")
async def _cell(x: Ctx) -> Any:
    return await x.s.cell_location.get_cell_location(mcc="440", mnc="10", tac="5680", ecid="48872466")


@drive("batchGetCellLocations")
async def _cells(x: Ctx) -> Any:
    return await x.s.cell_location.batch_get_cell_locations(body=[
        m.CellIdentifier.from_dict({"mcc": "440", "mnc": "10", "lac": "196", "cid": "1", "identifier": "3g"}),
        m.CellIdentifier.from_dict({"mcc": "440", "mnc": "10", "tac": "5680", "eci": "48872466",
                                    "identifier": "lte"}),
    ])


# --- the tests --------------------------------------------------------------------------------
SNAKE = {op_id: name for name, (_, method, path) in FACADE_OPERATIONS.items()
         for op_id, (m_, p_) in OPERATIONS.items() if (m_, p_) == (method, path)}


@pytest.fixture(scope="module")
def served() -> Iterator[FakeServer]:
    """One FakeSoracom on a real loopback port for the whole module."""
    with FakeServer(FakeSoracom(seed=3, sims=150, clock=ManualClock())) as server:
        yield server


async def _run(server: FakeServer, recorder: SpecRecorder, op_ids: list[str]) -> dict[str, Any]:
    results: dict[str, Any] = {}
    async with recorder.client() as pool, Soracom(
        auth=server.fake.credentials, base_url=server.base_url, http_client=pool, max_retries=0
    ) as soracom:
        ctx = Ctx(server.fake, soracom, server.base_url, recorder)
        for op_id in op_ids:
            results[op_id] = await driver(op_id)(ctx)
    return results


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


def driver(op_id: str) -> Driver:
    """The hand-written driver, or for an operation the tests do not know yet a facade call built from the
    spec: path and required query parameters and a minimal body, passed by the generated names and types."""
    if op_id in DRIVERS:
        return DRIVERS[op_id]

    async def from_spec(x: Ctx) -> Any:
        req = spec_request(op_id, x)
        name = SNAKE[op_id]
        tag = FACADE_OPERATIONS[name][0]
        module = importlib.import_module(f"soracom_client.generated.api.{tag}.{name}")
        hints = typing.get_type_hints(module.asyncio_detailed)
        values = {_snake(k).replace("-", "_"): v for k, v in {**req.path_params, **req.query}.items()}
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        for pname, param in inspect.signature(module.asyncio_detailed).parameters.items():
            if pname == "body" and req.body is not None:
                kind = hints["body"]
                item = typing.get_args(kind)[0] if typing.get_origin(kind) is list else None
                kwargs["body"] = ([item.from_dict(v) for v in req.body] if item is not None
                                  else kind.from_dict(req.body) if hasattr(kind, "from_dict") else req.body)
            elif pname in values:
                if param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
                    args.append(values[pname])
                else:
                    kwargs[pname] = values[pname]
        return await getattr(getattr(x.s, tag), name)(*args, **kwargs)

    return from_spec


def test_every_spec_operation_has_a_facade_method() -> None:
    assert set(SNAKE) == set(OPERATIONS)  # each operationId maps to one facade method by (method, path)


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
async def test_operation_through_the_facade_over_loopback(served: FakeServer, op_id: str) -> None:
    recorder = SpecRecorder()
    result = (await _run(served, recorder, [op_id]))[op_id]
    assert op_id in recorder.exercised  # answered 2xx; request and response validated against openapi.yaml
    assert recorder.violations == [] and recorder.undocumented == []
    if op_id == "sendDownlinkRtsp":
        assert result == SNAPSHOT_JPEG
    elif op_id == "getSim":
        assert isinstance(result, m.Sim) and result.sim_id
    assert _instants(_as_sent(result)) == _instants(_answer(recorder.answered[op_id])), \
        f"{op_id}: the result is not what was answered"


def _answer(content: bytes) -> Any:
    """The last 2xx body as the server sent it: JSON data, raw bytes, or None for an empty body."""
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return content


def _instants(value: Any) -> Any:
    """Date-time strings as instants: a model writes `2025-09-01T00:00:00+00:00` for a read `...00.000Z`."""
    if isinstance(value, dict):
        return {k: _instants(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_instants(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[4:5] == "-" and value[10:11] == "T":
        try:
            return isoparse(value)  # not datetime.fromisoformat: on Python 3.10 it refuses a "Z"
        except ValueError:
            return value
    return value


def _as_sent(result: Any) -> Any:
    """What the client's result says the server sent: a model's to_dict(), a page or list item by item."""
    if hasattr(result, "to_dict"):
        return result.to_dict()
    if isinstance(result, (list, tuple, Page)):
        return [_as_sent(item) for item in result]
    return result


async def test_every_operation_in_one_session_exercises_exactly_the_spec() -> None:
    """Every operation, one fake, one client: the operations answered 2xx and validated equal the spec's."""
    recorder = SpecRecorder()
    with FakeServer(FakeSoracom(seed=5, sims=120, clock=ManualClock())) as server:
        await _run(server, recorder, sorted(OPERATIONS))
    assert recorder.exercised == set(OPERATIONS)
    assert recorder.violations == [] and recorder.undocumented == []
    assert len(recorder.exchanges) >= len(OPERATIONS)


async def test_walk_every_sim_page_by_page(served: FakeServer) -> None:
    recorder = SpecRecorder()
    fake = served.fake
    async with recorder.client() as pool, Soracom(
        auth=fake.credentials, base_url=served.base_url, http_client=pool
    ) as soracom:
        walked = [sim.sim_id async for sim in walk_sims(soracom, limit=7)]
    expected = {s.sim_id for s in fake.state.owned(fake.operator_id)}
    assert len(walked) == len(set(walked)) == len(expected)
    assert set(walked) == expected
    pages = recorder.statuses("listSims")
    assert len(pages) == -(-len(expected) // 7) and set(pages) == {200}
    assert recorder.violations == []
