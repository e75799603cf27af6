# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
"""The API's resources, one per spec tag; `Soracom` inherits `Resources`. Derived from the spec.

Each tag's resource class is imported when first used (`soracom.sim`), not with this module.
`RawResources` is `Soracom.with_raw_response`: the same operations answering `RawResponse`.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from ..._options import CallOptions
    from ..._pagination import Paginator
    from .cell_location import CellLocationResource, CellLocationResourceWithRawResponse
    from .sim import SimResource, SimResourceWithRawResponse
    from .sim_profile_order import SimProfileOrderResource, SimProfileOrderResourceWithRawResponse
    from .subscriber import SubscriberResource, SubscriberResourceWithRawResponse

# Attribute of `Resources` -> resource class name; the class lives in the subpackage of the same name.
RESOURCE_CLASSES: dict[str, str] = {
    "sim": "SimResource",
    "subscriber": "SubscriberResource",
    "sim_profile_order": "SimProfileOrderResource",
    "cell_location": "CellLocationResource",
}


class OperationRunner(Protocol):
    """What a resource method delegates to: sends the operation, returns its parsed success response."""

    async def call(
        self,
        operation: ModuleType,
        name: str,
        method: str,
        path: str,
        arguments: dict[str, Any],
        options: CallOptions,
    ) -> Any: ...

    def paginate(
        self,
        operation: ModuleType,
        name: str,
        method: str,
        path: str,
        arguments: dict[str, Any],
        options: CallOptions,
        request_param: str,
        response_header: str,
    ) -> Paginator[Any]:
        """A lazy walk over the pages of a paginated operation (see `soracom_client._pagination`)."""
        ...


RAW_SUFFIX = "WithRawResponse"


def _resource_class(name: str, suffix: str = "") -> Any:
    """The resource class of attribute `name` (`suffix` RAW_SUFFIX: its raw mirror), importing its module
    (once; later calls find it in sys.modules)."""
    return getattr(importlib.import_module(f".{name}", __name__), RESOURCE_CLASSES[name] + suffix)


class Resources:
    """One attribute per spec tag, made on first access (importing its module) and then kept on the instance."""

    sim: SimResource
    subscriber: SubscriberResource
    sim_profile_order: SimProfileOrderResource
    cell_location: CellLocationResource

    def __init__(self, runner: OperationRunner) -> None:
        self._runner = runner
        for name in RESOURCE_CLASSES:  # a re-initialised instance makes its resources afresh
            self.__dict__.pop(name, None)

    if not TYPE_CHECKING:  # type checkers see the annotations above, not a catch-all

        def __getattr__(self, name: str) -> Any:
            runner = self.__dict__.get("_runner")
            if name not in RESOURCE_CLASSES or runner is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            resource = _resource_class(name)(runner)
            self.__dict__[name] = resource
            return resource

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *RESOURCE_CLASSES})


class RawResources:
    """`Soracom.with_raw_response`: one attribute per spec tag, whose methods answer `RawResponse`."""

    sim: SimResourceWithRawResponse
    subscriber: SubscriberResourceWithRawResponse
    sim_profile_order: SimProfileOrderResourceWithRawResponse
    cell_location: CellLocationResourceWithRawResponse

    def __init__(self, runner: OperationRunner) -> None:
        self._runner = runner

    if not TYPE_CHECKING:  # type checkers see the annotations above, not a catch-all

        def __getattr__(self, name: str) -> Any:
            runner = self.__dict__.get("_runner")
            if name not in RESOURCE_CLASSES or runner is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            resource = _resource_class(name, RAW_SUFFIX)(runner)
            self.__dict__[name] = resource
            return resource

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *RESOURCE_CLASSES})


# Every operation: module name (snake_case operationId) -> (tag, HTTP method, path template).
OPERATIONS: dict[str, tuple[str, str, str]] = {
    "list_sims": ("sim", "GET", "/sims"),
    "create_sim": ("sim", "POST", "/sims"),
    "get_sim": ("sim", "GET", "/sims/{sim_id}"),
    "activate_sim": ("sim", "POST", "/sims/{sim_id}/activate"),
    "renew_arc_sim_credentials": ("sim", "PUT", "/sims/{sim_id}/credentials/arc"),
    "attach_arc_sim_credentials": ("sim", "POST", "/sims/{sim_id}/credentials/arc"),
    "remove_arc_sim_credentials": ("sim", "DELETE", "/sims/{sim_id}/credentials/arc"),
    "get_data_from_sim": ("sim", "GET", "/sims/{sim_id}/data"),
    "deactivate_sim": ("sim", "POST", "/sims/{sim_id}/deactivate"),
    "delete_sim_session": ("sim", "POST", "/sims/{sim_id}/delete_session"),
    "disable_sim_termination": ("sim", "POST", "/sims/{sim_id}/disable_termination"),
    "send_downlink_http": ("sim", "POST", "/sims/{sim_id}/downlink/http"),
    "send_downlink_ping": ("sim", "POST", "/sims/{sim_id}/downlink/ping"),
    "send_downlink_rtsp": ("sim", "POST", "/sims/{sim_id}/downlink/rtsp"),
    "send_downlink_ssh": ("sim", "POST", "/sims/{sim_id}/downlink/ssh"),
    "send_downlink_tcp": ("sim", "POST", "/sims/{sim_id}/downlink/tcp"),
    "send_downlink_udp": ("sim", "POST", "/sims/{sim_id}/downlink/udp"),
    "enable_sim_termination": ("sim", "POST", "/sims/{sim_id}/enable_termination"),
    "list_sim_session_events": ("sim", "GET", "/sims/{sim_id}/events/sessions"),
    "list_sim_packet_capture_sessions": ("sim", "GET", "/sims/{sim_id}/packet_capture_sessions"),
    "create_sim_packet_capture_session": ("sim", "POST", "/sims/{sim_id}/packet_capture_sessions"),
    "get_sim_packet_capture_session": ("sim", "GET", "/sims/{sim_id}/packet_capture_sessions/{session_id}"),
    "delete_sim_packet_capture_session": ("sim", "DELETE", "/sims/{sim_id}/packet_capture_sessions/{session_id}"),
    "stop_sim_packet_capture_session": ("sim", "POST", "/sims/{sim_id}/packet_capture_sessions/{session_id}/stop"),
    "add_subscription": ("sim", "POST", "/sims/{sim_id}/profiles/{iccid}/add_subscription"),
    "cancel_subscription_container_download": (
        "sim",
        "POST",
        "/sims/{sim_id}/profiles/{iccid}/subscribers/{imsi}/cancel_download",
    ),
    "terminate_subscription_container": ("sim", "POST", "/sims/{sim_id}/profiles/{iccid}/subscribers/{imsi}/terminate"),
    "register_sim": ("sim", "POST", "/sims/{sim_id}/register"),
    "report_sim_local_info": ("sim", "POST", "/sims/{sim_id}/report_local_info"),
    "send_sms_to_sim": ("sim", "POST", "/sims/{sim_id}/send_sms"),
    "create_arc_session": ("sim", "POST", "/sims/{sim_id}/sessions/arc"),
    "set_sim_expiry_time": ("sim", "POST", "/sims/{sim_id}/set_expiry_time"),
    "set_sim_group": ("sim", "POST", "/sims/{sim_id}/set_group"),
    "set_sim_imei_lock": ("sim", "POST", "/sims/{sim_id}/set_imei_lock"),
    "set_sim_to_standby": ("sim", "POST", "/sims/{sim_id}/set_to_standby"),
    "list_sim_status_history": ("sim", "GET", "/sims/{sim_id}/statuses/history"),
    "suspend_sim": ("sim", "POST", "/sims/{sim_id}/suspend"),
    "put_sim_tags": ("sim", "PUT", "/sims/{sim_id}/tags"),
    "delete_sim_tag": ("sim", "DELETE", "/sims/{sim_id}/tags/{tag_name}"),
    "terminate_sim": ("sim", "POST", "/sims/{sim_id}/terminate"),
    "get_testing_usage": ("sim", "GET", "/sims/{sim_id}/testing/usage"),
    "unset_sim_expiry_time": ("sim", "POST", "/sims/{sim_id}/unset_expiry_time"),
    "unset_sim_group": ("sim", "POST", "/sims/{sim_id}/unset_group"),
    "unset_sim_imei_lock": ("sim", "POST", "/sims/{sim_id}/unset_imei_lock"),
    "update_sim_speed_class": ("sim", "POST", "/sims/{sim_id}/update_speed_class"),
    "list_subscribers": ("subscriber", "GET", "/subscribers"),
    "get_subscriber": ("subscriber", "GET", "/subscribers/{imsi}"),
    "activate_subscriber": ("subscriber", "POST", "/subscribers/{imsi}/activate"),
    "put_bundles": ("subscriber", "PUT", "/subscribers/{imsi}/bundles"),
    "get_data_from_subscriber": ("subscriber", "GET", "/subscribers/{imsi}/data"),
    "deactivate_subscriber": ("subscriber", "POST", "/subscribers/{imsi}/deactivate"),
    "delete_subscriber_session": ("subscriber", "POST", "/subscribers/{imsi}/delete_session"),
    "disable_termination": ("subscriber", "POST", "/subscribers/{imsi}/disable_termination"),
    "subscriber_downlink_ping_to_user_equipment": ("subscriber", "POST", "/subscribers/{imsi}/downlink/ping"),
    "enable_termination": ("subscriber", "POST", "/subscribers/{imsi}/enable_termination"),
    "list_session_events": ("subscriber", "GET", "/subscribers/{imsi}/events/sessions"),
    "register_subscriber": ("subscriber", "POST", "/subscribers/{imsi}/register"),
    "report_local_info": ("subscriber", "POST", "/subscribers/{imsi}/report_local_info"),
    "send_sms": ("subscriber", "POST", "/subscribers/{imsi}/send_sms"),
    "set_expiry_time": ("subscriber", "POST", "/subscribers/{imsi}/set_expiry_time"),
    "set_group": ("subscriber", "POST", "/subscribers/{imsi}/set_group"),
    "set_imei_lock": ("subscriber", "POST", "/subscribers/{imsi}/set_imei_lock"),
    "set_subscriber_to_standby": ("subscriber", "POST", "/subscribers/{imsi}/set_to_standby"),
    "suspend_subscriber": ("subscriber", "POST", "/subscribers/{imsi}/suspend"),
    "put_subscriber_tags": ("subscriber", "PUT", "/subscribers/{imsi}/tags"),
    "delete_subscriber_tag": ("subscriber", "DELETE", "/subscribers/{imsi}/tags/{tag_name}"),
    "terminate_subscriber": ("subscriber", "POST", "/subscribers/{imsi}/terminate"),
    "unset_expiry_time": ("subscriber", "POST", "/subscribers/{imsi}/unset_expiry_time"),
    "unset_group": ("subscriber", "POST", "/subscribers/{imsi}/unset_group"),
    "unset_imei_lock": ("subscriber", "POST", "/subscribers/{imsi}/unset_imei_lock"),
    "update_speed_class": ("subscriber", "POST", "/subscribers/{imsi}/update_speed_class"),
    "export_subscribers": ("subscriber", "POST", "/subscribers/export"),
    "send_sms_by_msisdn": ("subscriber", "POST", "/subscribers/msisdn/{msisdn}/send_sms"),
    "delete_subscriber_transfer_token": ("subscriber", "DELETE", "/subscribers/transfer_token/{token}"),
    "issue_subscriber_transfer_token": ("subscriber", "POST", "/subscribers/transfer_token/issue"),
    "verify_subscriber_transfer_token": ("subscriber", "POST", "/subscribers/transfer_token/verify"),
    "list_profile_orders": ("sim_profile_order", "GET", "/sim_profile_orders"),
    "create_profile_order": ("sim_profile_order", "POST", "/sim_profile_orders"),
    "get_profile_order": ("sim_profile_order", "GET", "/sim_profile_orders/{profile_order_id}"),
    "delete_profile_order": ("sim_profile_order", "DELETE", "/sim_profile_orders/{profile_order_id}"),
    "confirm_profile_order": ("sim_profile_order", "POST", "/sim_profile_orders/{profile_order_id}/confirm"),
    "list_ordered_profiles": ("sim_profile_order", "GET", "/sim_profile_orders/{profile_order_id}/profiles"),
    "get_cell_location": ("cell_location", "GET", "/cell_locations"),
    "batch_get_cell_locations": ("cell_location", "POST", "/cell_locations"),
}


def __getattr__(name: str) -> Any:
    """`from soracom_client.generated.api import SimResource` still works: the class is imported on request."""
    for attribute, class_name in RESOURCE_CLASSES.items():
        if name == class_name:
            return _resource_class(attribute)
        if name == class_name + RAW_SUFFIX:
            return _resource_class(attribute, RAW_SUFFIX)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "OPERATIONS",
    "OperationRunner",
    "RESOURCE_CLASSES",
    "RawResources",
    "Resources",
    "SimResource",
    "SimResourceWithRawResponse",
    "SubscriberResource",
    "SubscriberResourceWithRawResponse",
    "SimProfileOrderResource",
    "SimProfileOrderResourceWithRawResponse",
    "CellLocationResource",
    "CellLocationResourceWithRawResponse",
]
