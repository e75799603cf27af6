"""Which operations are safe to repeat: the reviewed retry table, keyed by operationId.

REPEATABLE operations (GET, PUT, DELETE, and POSTs that set a state, so that doing
them twice leaves the same state) are retried on 408, 429, 5xx, timeouts and
connection errors. ONCE operations have a side effect that must not happen twice
(a message or packet sent, something created, a token issued or consumed); they
are retried only when the request certainly was not processed: the connection
could not be made, or the API answered 429. `tests/test_retry_table.py` checks
that this table covers exactly the operations in openapi.yaml.
"""

from __future__ import annotations

import enum
import re


class Repeat(enum.Enum):
    REPEATABLE = "repeatable"
    ONCE = "once"


R, ONCE = Repeat.REPEATABLE, Repeat.ONCE

# operationId -> (classification, reason). Reasons are required for ONCE entries and
# for POSTs that are repeatable only because they set a state.
RETRY_TABLE: dict[str, tuple[Repeat, str]] = {
    # --- Sim ---
    "listSims": (R, "GET"),
    "createSim": (ONCE, "creates a virtual SIM; a replay would create a second one"),
    "getSim": (R, "GET"),
    "activateSim": (R, "sets status active"),
    "removeArcSimCredentials": (R, "DELETE"),
    "attachArcSimCredentials": (ONCE, "attaches new Arc credentials; a replay would attach another set or fail"),
    "renewArcSimCredentials": (R, "PUT: replaces the credentials with the given key"),
    "getDataFromSim": (R, "GET"),
    "deactivateSim": (R, "sets status inactive"),
    "deleteSimSession": (R, "ends the current session; ending it again is harmless"),
    "disableSimTermination": (R, "sets termination protection on"),
    "sendDownlinkHttp": (ONCE, "downlink: sends an HTTP request to the device"),
    "sendDownlinkPing": (ONCE, "downlink: sends pings to the device"),
    "sendDownlinkRtsp": (ONCE, "downlink: opens an RTSP session to the device"),
    "sendDownlinkSsh": (ONCE, "downlink: runs a command on the device over SSH"),
    "sendDownlinkTcp": (ONCE, "downlink: sends data to the device over TCP"),
    "sendDownlinkUdp": (ONCE, "downlink: sends a datagram to the device"),
    "enableSimTermination": (R, "sets termination protection off"),
    "listSimSessionEvents": (R, "GET"),
    "listSimPacketCaptureSessions": (R, "GET"),
    "createSimPacketCaptureSession": (ONCE, "starts a packet capture; a replay would start a second one"),
    "deleteSimPacketCaptureSession": (R, "DELETE"),
    "getSimPacketCaptureSession": (R, "GET"),
    "stopSimPacketCaptureSession": (R, "sets the capture state to stopped"),
    "addSubscription": (ONCE, "adds a paid subscription (profile) to the SIM"),
    "cancelSubscriptionContainerDownload": (R, "sets the download state to cancelled"),
    "terminateSubscriptionContainer": (R, "sets the subscription container state to terminated"),
    "registerSim": (ONCE, "registers the SIM to the operator; a replay fails or re-registers"),
    "reportSimLocalInfo": (ONCE, "asks the device, over the network, to report its local info"),
    "sendSmsToSim": (ONCE, "sends an SMS"),
    "createArcSession": (ONCE, "creates an Arc session"),
    "setSimExpiryTime": (R, "sets the expiry time"),
    "setSimGroup": (R, "sets the group"),
    "setSimImeiLock": (R, "sets the IMEI lock"),
    "setSimToStandby": (R, "sets status standby"),
    "listSimStatusHistory": (R, "GET"),
    "suspendSim": (R, "sets status suspended"),
    "putSimTags": (R, "PUT"),
    "deleteSimTag": (R, "DELETE"),
    "terminateSim": (R, "sets status terminated"),
    "getTestingUsage": (R, "GET"),
    "unsetSimExpiryTime": (R, "clears the expiry time"),
    "unsetSimGroup": (R, "clears the group"),
    "unsetSimImeiLock": (R, "clears the IMEI lock"),
    "updateSimSpeedClass": (R, "sets the speed class"),
    # --- Subscriber ---
    "listSubscribers": (R, "GET"),
    "getSubscriber": (R, "GET"),
    "activateSubscriber": (R, "sets status active"),
    "putBundles": (R, "PUT"),
    "getDataFromSubscriber": (R, "GET"),
    "deactivateSubscriber": (R, "sets status inactive"),
    "deleteSubscriberSession": (R, "ends the current session; ending it again is harmless"),
    "disableTermination": (R, "sets termination protection on"),
    "subscriberDownlinkPingToUserEquipment": (ONCE, "downlink: sends pings to the device"),
    "enableTermination": (R, "sets termination protection off"),
    "listSessionEvents": (R, "GET"),
    "registerSubscriber": (ONCE, "registers the subscriber to the operator; a replay fails or re-registers"),
    "reportLocalInfo": (ONCE, "asks the device, over the network, to report its local info"),
    "sendSms": (ONCE, "sends an SMS"),
    "setExpiryTime": (R, "sets the expiry time"),
    "setGroup": (R, "sets the group"),
    "setImeiLock": (R, "sets the IMEI lock"),
    "setSubscriberToStandby": (R, "sets status standby"),
    "suspendSubscriber": (R, "sets status suspended"),
    "putSubscriberTags": (R, "PUT"),
    "deleteSubscriberTag": (R, "DELETE"),
    "terminateSubscriber": (R, "sets status terminated"),
    "unsetExpiryTime": (R, "clears the expiry time"),
    "unsetGroup": (R, "clears the group"),
    "unsetImeiLock": (R, "clears the IMEI lock"),
    "updateSpeedClass": (R, "sets the speed class"),
    "exportSubscribers": (R, "read-only export; a second export file is harmless"),
    "sendSmsByMsisdn": (ONCE, "sends an SMS"),
    "deleteSubscriberTransferToken": (R, "DELETE"),
    "issueSubscriberTransferToken": (ONCE, "issues a transfer token (and mails the recipient)"),
    "verifySubscriberTransferToken": (ONCE, "completes the transfer and consumes the token; a replay would fail"),
    # --- SimProfileOrder ---
    "listProfileOrders": (R, "GET"),
    "createProfileOrder": (ONCE, "creates an eSIM profile order"),
    "deleteProfileOrder": (R, "DELETE"),
    "getProfileOrder": (R, "GET"),
    "confirmProfileOrder": (ONCE, "confirms (and bills) an eSIM profile order"),
    "listOrderedProfiles": (R, "GET"),
    # --- CellLocation ---
    "getCellLocation": (R, "GET"),
    "batchGetCellLocations": (R, "read-only lookup sent as POST"),
}


def snake_case(operation_id: str) -> str:
    """The generated module name of an operationId (`sendSmsToSim` -> `send_sms_to_sim`)."""
    words = re.findall(r"[A-Z]+(?=[A-Z][a-z]|\d|\b)|[A-Z]?[a-z]+|[A-Z]+|\d+", operation_id)
    return "_".join(word.lower() for word in words)


# The runner knows an operation by its generated module name.
BY_MODULE_NAME: dict[str, tuple[str, Repeat, str]] = {
    snake_case(op): (op, repeat, reason) for op, (repeat, reason) in RETRY_TABLE.items()
}


def classify(module_name: str) -> tuple[str, Repeat, str]:
    """(operationId, classification, reason); an operation missing from the table is treated as ONCE."""
    return BY_MODULE_NAME.get(module_name, (module_name, Repeat.ONCE, "not in the retry table"))
