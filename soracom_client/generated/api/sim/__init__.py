# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
"""Operations tagged `sim`, as methods of `SimResource` (`Soracom.sim`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

import httpx

from ...._options import CallOptions
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Awaitable, Mapping, Sequence

    from ...._pagination import Page, Paginator
    from ...._response import RawResponse
    from ...models.add_subscription_body import AddSubscriptionBody, AddSubscriptionBodyDict
    from ...models.api_call_error_message import APICallErrorMessage
    from ...models.arc_credential_attach_request import ArcCredentialAttachRequest, ArcCredentialAttachRequestDict
    from ...models.arc_credential_attach_response import ArcCredentialAttachResponse
    from ...models.arc_credential_renew_request import ArcCredentialRenewRequest, ArcCredentialRenewRequestDict
    from ...models.arc_credential_renew_response import ArcCredentialRenewResponse
    from ...models.arc_session_create_response import ArcSessionCreateResponse
    from ...models.create_arc_session_body import CreateArcSessionBody
    from ...models.create_sim_request import CreateSimRequest, CreateSimRequestDict
    from ...models.data_entry import DataEntry
    from ...models.downlink_ping_request import DownlinkPingRequest, DownlinkPingRequestDict
    from ...models.downlink_ping_response import DownlinkPingResponse
    from ...models.expiry_time import ExpiryTime, ExpiryTimeDict
    from ...models.get_data_from_sim_sort import GetDataFromSimSort
    from ...models.list_sim_status_history_sort import ListSimStatusHistorySort
    from ...models.packet_capture_session import PacketCaptureSession
    from ...models.packet_capture_session_request import PacketCaptureSessionRequest, PacketCaptureSessionRequestDict
    from ...models.register_sim_request import RegisterSimRequest, RegisterSimRequestDict
    from ...models.session_event import SessionEvent
    from ...models.set_group_request import SetGroupRequest, SetGroupRequestDict
    from ...models.set_imei_lock_request import SetImeiLockRequest, SetImeiLockRequestDict
    from ...models.sim import Sim
    from ...models.sim_downlink_http_request import SimDownlinkHttpRequest, SimDownlinkHttpRequestDict
    from ...models.sim_downlink_http_response import SimDownlinkHttpResponse
    from ...models.sim_downlink_rtsp_request import SimDownlinkRtspRequest, SimDownlinkRtspRequestDict
    from ...models.sim_downlink_ssh_request import SimDownlinkSshRequest, SimDownlinkSshRequestDict
    from ...models.sim_downlink_ssh_response import SimDownlinkSshResponse
    from ...models.sim_downlink_tcp_request import SimDownlinkTcpRequest, SimDownlinkTcpRequestDict
    from ...models.sim_downlink_tcp_response import SimDownlinkTcpResponse
    from ...models.sim_downlink_udp_request import SimDownlinkUdpRequest, SimDownlinkUdpRequestDict
    from ...models.sim_profile import SimProfile
    from ...models.sim_status_history_response import SimStatusHistoryResponse
    from ...models.sms_forwarding_report import SmsForwardingReport
    from ...models.sms_forwarding_request import SmsForwardingRequest, SmsForwardingRequestDict
    from ...models.subscriber import Subscriber
    from ...models.subscription_container_status import SubscriptionContainerStatus
    from ...models.tag_update_request import TagUpdateRequest, TagUpdateRequestDict
    from ...models.testing_usage import TestingUsage
    from ...models.update_speed_class_request import UpdateSpeedClassRequest, UpdateSpeedClassRequestDict
    from .. import OperationRunner


class SimResource:
    """The `sim` operations of the Soracom API. Get it as `Soracom.sim`."""

    def __init__(self, runner: OperationRunner) -> None:
        self._runner = runner

    def list_sims(
        self,
        *,
        limit: int | None = None,
        last_evaluated_key: str | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Paginator[Sim]:
        """List SIMs

        `GET /sims`

        Returns a list of SIMs. If the total number of SIMs does not fit in one page, a URL for accessing
        the next page is returned in the `link` header of the response.

        Args:
            limit (int | None):
            last_evaluated_key (str | None):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits), for each page; None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns a `Paginator`, which sends nothing yet: `await` it for the first page (a sequence of items
        with `.next_key`), `async for` over it for every item, `.pages()` for every page. `last_evaluated_key`
        starts after that key; `limit` sets the page size. Raises as the other methods do, on the page that fails
        (the error's `resume_key` is the key to go on from).
        """
        from . import list_sims as operation

        arguments: dict[str, Any] = {
            "limit": limit,
            "last_evaluated_key": last_evaluated_key,
        }
        paginator = self._runner.paginate(
            operation,
            "list_sims",
            "GET",
            "/sims",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
            "last_evaluated_key",
            "x-soracom-next-key",
        )
        return cast("Paginator[Sim]", paginator)

    async def create_sim(
        self,
        *,
        body: CreateSimRequestDict | CreateSimRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Sim:
        """Creates a new virtual SIM/Subscriber

        `POST /sims`

        Creates a new Soracom Arc virtual SIM/Subscriber. For details, please refer to [Creating Virtual
        SIMs](/en/docs/arc/configuration/).

        Args:
            body (CreateSimRequest):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import create_sim as operation

        arguments: dict[str, Any] = {
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "create_sim",
            "POST",
            "/sims",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Sim", result)

    async def get_sim(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Sim:
        """Gets information about the IoT SIM

        `GET /sims/{sim_id}`

        Gets information about the IoT SIM.

        Args:
            sim_id (str):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import get_sim as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
        }
        result = await self._runner.call(
            operation,
            "get_sim",
            "GET",
            "/sims/{sim_id}",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Sim", result)

    async def activate_sim(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Sim:
        """Activate SIM

        `POST /sims/{sim_id}/activate`

        Changes status of specified SIM to "active".

        Args:
            sim_id (str):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import activate_sim as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
        }
        result = await self._runner.call(
            operation,
            "activate_sim",
            "POST",
            "/sims/{sim_id}/activate",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Sim", result)

    async def renew_arc_sim_credentials(
        self,
        sim_id: str,
        *,
        body: ArcCredentialRenewRequestDict | ArcCredentialRenewRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ArcCredentialRenewResponse:
        """Renew the credentials for Arc to a SIM

        `PUT /sims/{sim_id}/credentials/arc`

        Attaches Arc credential to a SIM and re-initialize a session at once.

        Args:
            sim_id (str):
            body (ArcCredentialRenewRequest):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import renew_arc_sim_credentials as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "renew_arc_sim_credentials",
            "PUT",
            "/sims/{sim_id}/credentials/arc",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("ArcCredentialRenewResponse", result)

    async def attach_arc_sim_credentials(
        self,
        sim_id: str,
        *,
        body: ArcCredentialAttachRequestDict | ArcCredentialAttachRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ArcCredentialAttachResponse:
        """(DEPRECATED) Attaches the credentials for Arc to a SIM

        `POST /sims/{sim_id}/credentials/arc`

        (DEPRECATED) Attaches the credentials (public key) for Soracom Arc to the SIM.
        **Warning**: Please use the `renewArcSimCredentials` API instead.

        Args:
            sim_id (str):
            body (ArcCredentialAttachRequest):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import attach_arc_sim_credentials as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "attach_arc_sim_credentials",
            "POST",
            "/sims/{sim_id}/credentials/arc",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("ArcCredentialAttachResponse", result)

    async def remove_arc_sim_credentials(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> None:
        """(DEPRECATED) Removes the credentials for Arc from a SIM

        `DELETE /sims/{sim_id}/credentials/arc`

        (DEPRECATED) Removes the credentials (public key) for Soracom Arc from the SIM.
        **Warning**: Do not use this API.

        Args:
            sim_id (str):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import remove_arc_sim_credentials as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
        }
        result = await self._runner.call(
            operation,
            "remove_arc_sim_credentials",
            "DELETE",
            "/sims/{sim_id}/credentials/arc",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("None", result)

    def get_data_from_sim(
        self,
        sim_id: str,
        *,
        from_: int | None = None,
        to: int | None = None,
        sort: GetDataFromSimSort | Literal["desc", "asc"] | None = None,
        limit: int | None = None,
        last_evaluated_key: str | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Paginator[DataEntry]:
        """Get data sent from a SIM to Harvest Data.

        `GET /sims/{sim_id}/data`

        Returns a list of data entries sent to Harvest Data from a SIM that match certain criteria. If the
        total number of data entries does not fit in one page, a URL for accessing the next page is returned
        in the `link` header of the response.

        Args:
            sim_id (str):
            from_ (int | None):
            to (int | None):
            sort (GetDataFromSimSort | None):  Default: GetDataFromSimSort.DESC.
            limit (int | None):
            last_evaluated_key (str | None):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits), for each page; None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns a `Paginator`, which sends nothing yet: `await` it for the first page (a sequence of items
        with `.next_key`), `async for` over it for every item, `.pages()` for every page. `last_evaluated_key`
        starts after that key; `limit` sets the page size. Raises as the other methods do, on the page that fails
        (the error's `resume_key` is the key to go on from).
        """
        from . import get_data_from_sim as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "from_": from_,
            "to": to,
            "sort": sort,
            "limit": limit,
            "last_evaluated_key": last_evaluated_key,
        }
        paginator = self._runner.paginate(
            operation,
            "get_data_from_sim",
            "GET",
            "/sims/{sim_id}/data",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
            "last_evaluated_key",
            "x-soracom-next-key",
        )
        return cast("Paginator[DataEntry]", paginator)

    async def deactivate_sim(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Sim:
        """Deactivate SIM

        `POST /sims/{sim_id}/deactivate`

        Changes status of specified SIM to "inactive".

        Args:
            sim_id (str):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import deactivate_sim as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
        }
        result = await self._runner.call(
            operation,
            "deactivate_sim",
            "POST",
            "/sims/{sim_id}/deactivate",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Sim", result)

    async def delete_sim_session(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Sim:
        """Delete and reconnect the Session

        `POST /sims/{sim_id}/delete_session`

        Deletes and then reconnects the session for the specified SIM.
        **Warning**: If you attempt to delete the session for an offline IoT SIM, the following error
        message will be returned: ```
        Error: {"code":"SEM0016","message":"The specified subscriber is offline"}
        ```

        Args:
            sim_id (str):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import delete_sim_session as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
        }
        result = await self._runner.call(
            operation,
            "delete_sim_session",
            "POST",
            "/sims/{sim_id}/delete_session",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Sim", result)

    async def disable_sim_termination(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Sim:
        """Disables termination of the SIM

        `POST /sims/{sim_id}/disable_termination`

        Enables termination protection for the specified IoT SIM (disables termination).

        Args:
            sim_id (str):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import disable_sim_termination as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
        }
        result = await self._runner.call(
            operation,
            "disable_sim_termination",
            "POST",
            "/sims/{sim_id}/disable_termination",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Sim", result)

    async def send_downlink_http(
        self,
        sim_id: str,
        *,
        body: SimDownlinkHttpRequestDict | SimDownlinkHttpRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SimDownlinkHttpResponse:
        """Send an HTTP request to a device using an IoT SIM

        `POST /sims/{sim_id}/downlink/http`

        Sends an HTTP request to a device using an IoT SIM and returns the HTTP response from the device in
        the API response body.

        Args:
            sim_id (str):
            body (SimDownlinkHttpRequest):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import send_downlink_http as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "send_downlink_http",
            "POST",
            "/sims/{sim_id}/downlink/http",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("SimDownlinkHttpResponse", result)

    async def send_downlink_ping(
        self,
        sim_id: str,
        *,
        body: DownlinkPingRequestDict | DownlinkPingRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> DownlinkPingResponse:
        """Sends ping requests to a SIM.

        `POST /sims/{sim_id}/downlink/ping`

        Sends ICMP ping requests to a SIM.

        Args:
            sim_id (str):
            body (DownlinkPingRequest):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import send_downlink_ping as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "send_downlink_ping",
            "POST",
            "/sims/{sim_id}/downlink/ping",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("DownlinkPingResponse", result)

    async def send_downlink_rtsp(
        self,
        sim_id: str,
        *,
        body: SimDownlinkRtspRequestDict | SimDownlinkRtspRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> bytes:
        """Send a command to a RTSP stream to a device using an IoT SIM

        `POST /sims/{sim_id}/downlink/rtsp`

        Sends a command to a device using an IoT SIM and returns a response based on specified command and
        options in request.
        - An error occurs if the command does not complete within 10 seconds.

        Args:
            sim_id (str):
            body (SimDownlinkRtspRequest):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import send_downlink_rtsp as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "send_downlink_rtsp",
            "POST",
            "/sims/{sim_id}/downlink/rtsp",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("bytes", result)

    async def send_downlink_ssh(
        self,
        sim_id: str,
        *,
        body: SimDownlinkSshRequestDict | SimDownlinkSshRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SimDownlinkSshResponse:
        """Connect to a device using an IoT SIM via SSH and execute a specified command

        `POST /sims/{sim_id}/downlink/ssh`

        Connects to a device using an IoT SIM via SSH, executes a specified command, and returns the
        standard output and standard error output in the API response body.

        Args:
            sim_id (str):
            body (SimDownlinkSshRequest):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import send_downlink_ssh as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "send_downlink_ssh",
            "POST",
            "/sims/{sim_id}/downlink/ssh",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("SimDownlinkSshResponse", result)

    async def send_downlink_tcp(
        self,
        sim_id: str,
        *,
        body: SimDownlinkTcpRequestDict | SimDownlinkTcpRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SimDownlinkTcpResponse:
        """Connect to a device using an IoT SIM via TCP and send/receive data

        `POST /sims/{sim_id}/downlink/tcp`

        Connects to a device using an IoT SIM via TCP, sends specified data, and returns data received from
        the device.
        - The maximum size of sent and received data is 5 MiB each.
        - If sending and receiving data is not completed within the time specified by `timeout`, an error
        will occur.

        Args:
            sim_id (str):
            body (SimDownlinkTcpRequest):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import send_downlink_tcp as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "send_downlink_tcp",
            "POST",
            "/sims/{sim_id}/downlink/tcp",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("SimDownlinkTcpResponse", result)

    async def send_downlink_udp(
        self,
        sim_id: str,
        *,
        body: SimDownlinkUdpRequestDict | SimDownlinkUdpRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> None:
        """Send data using IoT SIM via UDP

        `POST /sims/{sim_id}/downlink/udp`

        Sends specified data to a device using an IoT SIM via UDP.
        **Warning**: Unlike TCP, UDP communication lacks retransmission and sequencing mechanisms, which may
        lead to packet loss or out-of-order arrival.

        Args:
            sim_id (str):
            body (SimDownlinkUdpRequest):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import send_downlink_udp as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "send_downlink_udp",
            "POST",
            "/sims/{sim_id}/downlink/udp",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("None", result)

    async def enable_sim_termination(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Sim:
        """Enables termination of the SIM.

        `POST /sims/{sim_id}/enable_termination`

        Disables termination protection for the specified IoT SIM (enables termination).

        Args:
            sim_id (str):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import enable_sim_termination as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
        }
        result = await self._runner.call(
            operation,
            "enable_sim_termination",
            "POST",
            "/sims/{sim_id}/enable_termination",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Sim", result)

    def list_sim_session_events(
        self,
        sim_id: str,
        *,
        from_: int | None = None,
        to: int | None = None,
        limit: int | None = None,
        last_evaluated_key: str | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Paginator[SessionEvent]:
        """Retrieves session event history (session history)

        `GET /sims/{sim_id}/events/sessions`

        Retrieves event history of session creation/modification/disconnection for the past 32 days for the
        specified SIM. If the total number of events does not fit in one page, a URL for accessing the next
        page is returned in the `link` header of the response.
        Check the current session using the [Sim:getSim API](#!/Sim/getSim). To check the current session
        with this API, check the value of `event` in the latest session history. Refer to [Subscriber
        Status](/en/docs/air/subscriber-status/) for the meaning of a session.

        Args:
            sim_id (str):
            from_ (int | None):
            to (int | None):
            limit (int | None):
            last_evaluated_key (str | None):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits), for each page; None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns a `Paginator`, which sends nothing yet: `await` it for the first page (a sequence of items
        with `.next_key`), `async for` over it for every item, `.pages()` for every page. `last_evaluated_key`
        starts after that key; `limit` sets the page size. Raises as the other methods do, on the page that fails
        (the error's `resume_key` is the key to go on from).
        """
        from . import list_sim_session_events as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "from_": from_,
            "to": to,
            "limit": limit,
            "last_evaluated_key": last_evaluated_key,
        }
        paginator = self._runner.paginate(
            operation,
            "list_sim_session_events",
            "GET",
            "/sims/{sim_id}/events/sessions",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
            "last_evaluated_key",
            "x-soracom-next-key",
        )
        return cast("Paginator[SessionEvent]", paginator)

    def list_sim_packet_capture_sessions(
        self,
        sim_id: str,
        *,
        last_evaluated_key: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Paginator[PacketCaptureSession]:
        """Lists packet capture sessions associated with the SIM

        `GET /sims/{sim_id}/packet_capture_sessions`

        Lists packet capture sessions associated with the SIM.

        Args:
            sim_id (str):
            last_evaluated_key (str | None):
            limit (int | None):  Default: 10.
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits), for each page; None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns a `Paginator`, which sends nothing yet: `await` it for the first page (a sequence of items
        with `.next_key`), `async for` over it for every item, `.pages()` for every page. `last_evaluated_key`
        starts after that key; `limit` sets the page size. Raises as the other methods do, on the page that fails
        (the error's `resume_key` is the key to go on from).
        """
        from . import list_sim_packet_capture_sessions as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "last_evaluated_key": last_evaluated_key,
            "limit": limit,
        }
        paginator = self._runner.paginate(
            operation,
            "list_sim_packet_capture_sessions",
            "GET",
            "/sims/{sim_id}/packet_capture_sessions",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
            "last_evaluated_key",
            "x-soracom-next-key",
        )
        return cast("Paginator[PacketCaptureSession]", paginator)

    async def create_sim_packet_capture_session(
        self,
        sim_id: str,
        *,
        body: PacketCaptureSessionRequestDict | PacketCaptureSessionRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> PacketCaptureSession:
        """Creates a packet capture session associated with the SIM

        `POST /sims/{sim_id}/packet_capture_sessions`

        Creates a packet capture session associated with the SIM.

        Args:
            sim_id (str):
            body (PacketCaptureSessionRequest):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import create_sim_packet_capture_session as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "create_sim_packet_capture_session",
            "POST",
            "/sims/{sim_id}/packet_capture_sessions",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("PacketCaptureSession", result)

    async def get_sim_packet_capture_session(
        self,
        sim_id: str,
        session_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> PacketCaptureSession:
        """Gets a packet capture session associated with the SIM

        `GET /sims/{sim_id}/packet_capture_sessions/{session_id}`

        Gets a packet capture session associated with the SIM.

        Args:
            sim_id (str):
            session_id (str):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import get_sim_packet_capture_session as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "session_id": session_id,
        }
        result = await self._runner.call(
            operation,
            "get_sim_packet_capture_session",
            "GET",
            "/sims/{sim_id}/packet_capture_sessions/{session_id}",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("PacketCaptureSession", result)

    async def delete_sim_packet_capture_session(
        self,
        sim_id: str,
        session_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> PacketCaptureSession:
        """Deletes a packet capture session associated with the SIM

        `DELETE /sims/{sim_id}/packet_capture_sessions/{session_id}`

        Deletes a packet capture session associated with the SIM.

        Args:
            sim_id (str):
            session_id (str):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import delete_sim_packet_capture_session as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "session_id": session_id,
        }
        result = await self._runner.call(
            operation,
            "delete_sim_packet_capture_session",
            "DELETE",
            "/sims/{sim_id}/packet_capture_sessions/{session_id}",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("PacketCaptureSession", result)

    async def stop_sim_packet_capture_session(
        self,
        sim_id: str,
        session_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> PacketCaptureSession:
        """Stops a packet capture session associated with the SIM

        `POST /sims/{sim_id}/packet_capture_sessions/{session_id}/stop`

        Stops a packet capture session associated with the SIM.

        Args:
            sim_id (str):
            session_id (str):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import stop_sim_packet_capture_session as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "session_id": session_id,
        }
        result = await self._runner.call(
            operation,
            "stop_sim_packet_capture_session",
            "POST",
            "/sims/{sim_id}/packet_capture_sessions/{session_id}/stop",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("PacketCaptureSession", result)

    async def add_subscription(
        self,
        sim_id: str,
        iccid: str,
        *,
        body: AddSubscriptionBodyDict | AddSubscriptionBody | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SimProfile:
        """Adds a new secondary subscription to an IoT SIM

        `POST /sims/{sim_id}/profiles/{iccid}/add_subscription`

        Add a new secondary subscription ([additional subscription](/en/docs/air/subscription-
        containers/#adding-a-subscription) or [virtual SIM/Subscriber](/en/docs/arc/configuration/#adding-a-
        virtual-sim-to-an-air-sim)) to the IoT SIM.

        Args:
            sim_id (str):
            iccid (str):
            body (AddSubscriptionBody | None):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import add_subscription as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "iccid": iccid,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "add_subscription",
            "POST",
            "/sims/{sim_id}/profiles/{iccid}/add_subscription",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("SimProfile", result)

    async def cancel_subscription_container_download(
        self,
        sim_id: str,
        iccid: str,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SubscriptionContainerStatus:
        """Cancel the OTA to the subscription container for an additional subscription

        `POST /sims/{sim_id}/profiles/{iccid}/subscribers/{imsi}/cancel_download`

        Cancel the OTA of the additional subscription before the OTA starts. Note that once the IoT SIM goes
        online and the OTA begins, it cannot be canceled.

        Args:
            sim_id (str):
            iccid (str):
            imsi (str):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import cancel_subscription_container_download as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "iccid": iccid,
            "imsi": imsi,
        }
        result = await self._runner.call(
            operation,
            "cancel_subscription_container_download",
            "POST",
            "/sims/{sim_id}/profiles/{iccid}/subscribers/{imsi}/cancel_download",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("SubscriptionContainerStatus", result)

    async def terminate_subscription_container(
        self,
        sim_id: str,
        iccid: str,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> None:
        """Terminates subscription container

        `POST /sims/{sim_id}/profiles/{iccid}/subscribers/{imsi}/terminate`

        Terminates subscription container. Currently this API supports only for virtual SIM/Subscribers for
        Soracom Arc.

        Args:
            sim_id (str):
            iccid (str):
            imsi (str):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import terminate_subscription_container as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "iccid": iccid,
            "imsi": imsi,
        }
        result = await self._runner.call(
            operation,
            "terminate_subscription_container",
            "POST",
            "/sims/{sim_id}/profiles/{iccid}/subscribers/{imsi}/terminate",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("None", result)

    async def register_sim(
        self,
        sim_id: str,
        *,
        body: RegisterSimRequestDict | RegisterSimRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Sim:
        """Registers an IoT SIM to an operator

        `POST /sims/{sim_id}/register`

        Registers an IoT SIM to an operator.

        Args:
            sim_id (str):
            body (RegisterSimRequest):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import register_sim as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "register_sim",
            "POST",
            "/sims/{sim_id}/register",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Sim", result)

    async def report_sim_local_info(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Subscriber:
        """Gets SIM local information report

        `POST /sims/{sim_id}/report_local_info`

        Gets SIM local information report.
        **Alert**: One SMS will be sent to the IoT device per request for SIM local information report.
        Sending SMS to IoT devices is charged. For more information on fees, refer to the following page
        - [Pricing & Fee Schedule](/en/docs/reference/fees/)

        Args:
            sim_id (str):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import report_sim_local_info as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
        }
        result = await self._runner.call(
            operation,
            "report_sim_local_info",
            "POST",
            "/sims/{sim_id}/report_local_info",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Subscriber", result)

    async def send_sms_to_sim(
        self,
        sim_id: str,
        *,
        body: SmsForwardingRequestDict | SmsForwardingRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SmsForwardingReport:
        """Send an SMS to an IoT SIM

        `POST /sims/{sim_id}/send_sms`

        Sends an SMS to the specified IoT SIM.

        Args:
            sim_id (str):
            body (SmsForwardingRequest):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import send_sms_to_sim as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "send_sms_to_sim",
            "POST",
            "/sims/{sim_id}/send_sms",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("SmsForwardingReport", result)

    async def create_arc_session(
        self,
        sim_id: str,
        *,
        body: CreateArcSessionBody,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ArcSessionCreateResponse:
        """Creates a Soracom Arc session

        `POST /sims/{sim_id}/sessions/arc`

        Creates a Soracom Arc session. If the session already exists, re-create it.

        Args:
            sim_id (str):
            body (CreateArcSessionBody):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import create_arc_session as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "create_arc_session",
            "POST",
            "/sims/{sim_id}/sessions/arc",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("ArcSessionCreateResponse", result)

    async def set_sim_expiry_time(
        self,
        sim_id: str,
        *,
        body: ExpiryTimeDict | ExpiryTime,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Sim:
        """Sets expiry time of IoT SIM

        `POST /sims/{sim_id}/set_expiry_time`

        Sets the expiration date and action for the specified IoT SIM.

        Args:
            sim_id (str):
            body (ExpiryTime):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import set_sim_expiry_time as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "set_sim_expiry_time",
            "POST",
            "/sims/{sim_id}/set_expiry_time",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Sim", result)

    async def set_sim_group(
        self,
        sim_id: str,
        *,
        body: SetGroupRequestDict | SetGroupRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Sim:
        """Adds a SIM to a SIM group

        `POST /sims/{sim_id}/set_group`

        Adds a SIM to a SIM group.

        Args:
            sim_id (str):
            body (SetGroupRequest):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import set_sim_group as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "set_sim_group",
            "POST",
            "/sims/{sim_id}/set_group",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Sim", result)

    async def set_sim_imei_lock(
        self,
        sim_id: str,
        *,
        body: SetImeiLockRequestDict | SetImeiLockRequest | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Sim:
        """Sets IMEI lock configuration for the SIM

        `POST /sims/{sim_id}/set_imei_lock`

        Sets IMEI that the SIM should be locked to.

        Args:
            sim_id (str):
            body (SetImeiLockRequest | None):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import set_sim_imei_lock as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "set_sim_imei_lock",
            "POST",
            "/sims/{sim_id}/set_imei_lock",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Sim", result)

    async def set_sim_to_standby(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Sim:
        """Set SIM to standby mode.

        `POST /sims/{sim_id}/set_to_standby`

        Changes status of specified SIM to "standby".

        Args:
            sim_id (str):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import set_sim_to_standby as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
        }
        result = await self._runner.call(
            operation,
            "set_sim_to_standby",
            "POST",
            "/sims/{sim_id}/set_to_standby",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Sim", result)

    def list_sim_status_history(
        self,
        sim_id: str,
        *,
        from_: int | None = None,
        to: int | None = None,
        last_evaluated_key: str | None = None,
        sort: ListSimStatusHistorySort | Literal["desc", "asc"] | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Paginator[SimStatusHistoryResponse]:
        """List IoT SIM status operation history

        `GET /sims/{sim_id}/statuses/history`

        List IoT SIM status operation history. Status operation history entry records what status operations
        were performed for which IMSI and which subscriptions, along with the operation time. It includes
        speed class, group ID, IoT SIM status, etc. If the total number of status operation history entry
        does not fit in one page, a URL for accessing the next page is returned in the `link` header of the
        response.

        Args:
            sim_id (str):
            from_ (int | None):
            to (int | None):
            last_evaluated_key (str | None):
            sort (ListSimStatusHistorySort | None):  Default: ListSimStatusHistorySort.DESC.
            limit (int | None):  Default: 30.
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits), for each page; None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns a `Paginator`, which sends nothing yet: `await` it for the first page (a sequence of items
        with `.next_key`), `async for` over it for every item, `.pages()` for every page. `last_evaluated_key`
        starts after that key; `limit` sets the page size. Raises as the other methods do, on the page that fails
        (the error's `resume_key` is the key to go on from).
        """
        from . import list_sim_status_history as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "from_": from_,
            "to": to,
            "last_evaluated_key": last_evaluated_key,
            "sort": sort,
            "limit": limit,
        }
        paginator = self._runner.paginate(
            operation,
            "list_sim_status_history",
            "GET",
            "/sims/{sim_id}/statuses/history",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
            "last_evaluated_key",
            "x-soracom-next-key",
        )
        return cast("Paginator[SimStatusHistoryResponse]", paginator)

    async def suspend_sim(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Sim:
        """Suspend SIM

        `POST /sims/{sim_id}/suspend`

        Changes status of specified SIM to "suspended".

        Args:
            sim_id (str):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import suspend_sim as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
        }
        result = await self._runner.call(
            operation,
            "suspend_sim",
            "POST",
            "/sims/{sim_id}/suspend",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Sim", result)

    async def put_sim_tags(
        self,
        sim_id: str,
        *,
        body: Sequence[TagUpdateRequestDict | TagUpdateRequest],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Sim:
        """Bulk Add or Update tags for an IoT SIM

        `PUT /sims/{sim_id}/tags`

        Adds or updates tags for the specified IoT SIM.
        The name of the IoT SIM is registered as a tag with the key `name`.

        Args:
            sim_id (str):
            body (list[TagUpdateRequest]):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import put_sim_tags as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "put_sim_tags",
            "PUT",
            "/sims/{sim_id}/tags",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Sim", result)

    async def delete_sim_tag(
        self,
        sim_id: str,
        tag_name: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> None:
        """Deletes a tag from the specified SIM

        `DELETE /sims/{sim_id}/tags/{tag_name}`

        Deletes a tag from the specified IoT SIM.

        Args:
            sim_id (str):
            tag_name (str):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import delete_sim_tag as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "tag_name": tag_name,
        }
        result = await self._runner.call(
            operation,
            "delete_sim_tag",
            "DELETE",
            "/sims/{sim_id}/tags/{tag_name}",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("None", result)

    async def terminate_sim(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Sim:
        """Terminate an IoT SIM

        `POST /sims/{sim_id}/terminate`

        Terminates the specified IoT SIM. Please use the [Sim:enableSimTermination
        API](#!/Sim/enableSimTermination) in advance to enable termination (remove termination protection).

        Args:
            sim_id (str):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import terminate_sim as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
        }
        result = await self._runner.call(
            operation,
            "terminate_sim",
            "POST",
            "/sims/{sim_id}/terminate",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Sim", result)

    async def get_testing_usage(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> TestingUsage:
        """Get usage of IoT SIM in testing status

        `GET /sims/{sim_id}/testing/usage`

        Retrieves the usage information of "testing" status of the IoT SIM. Data can only be retrieved while
        the IoT SIM is in "testing" status.

        Args:
            sim_id (str):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import get_testing_usage as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
        }
        result = await self._runner.call(
            operation,
            "get_testing_usage",
            "GET",
            "/sims/{sim_id}/testing/usage",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("TestingUsage", result)

    async def unset_sim_expiry_time(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> None:
        """Deletes expiry time of the SIM

        `POST /sims/{sim_id}/unset_expiry_time`

        Deletes expiry time of specified SIM and changes it to indefinite.

        Args:
            sim_id (str):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import unset_sim_expiry_time as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
        }
        result = await self._runner.call(
            operation,
            "unset_sim_expiry_time",
            "POST",
            "/sims/{sim_id}/unset_expiry_time",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("None", result)

    async def unset_sim_group(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Sim:
        """Removes a SIM from a SIM group

        `POST /sims/{sim_id}/unset_group`

        Removes a SIM from a SIM group.

        Args:
            sim_id (str):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import unset_sim_group as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
        }
        result = await self._runner.call(
            operation,
            "unset_sim_group",
            "POST",
            "/sims/{sim_id}/unset_group",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Sim", result)

    async def unset_sim_imei_lock(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Sim:
        """Unsets IMEI lock of SIM

        `POST /sims/{sim_id}/unset_imei_lock`

        Unsets the IMEI lock of the specified SIM.

        Args:
            sim_id (str):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import unset_sim_imei_lock as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
        }
        result = await self._runner.call(
            operation,
            "unset_sim_imei_lock",
            "POST",
            "/sims/{sim_id}/unset_imei_lock",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Sim", result)

    async def update_sim_speed_class(
        self,
        sim_id: str,
        *,
        body: UpdateSpeedClassRequestDict | UpdateSpeedClassRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Sim:
        """Updates the IoT SIM speed class

        `POST /sims/{sim_id}/update_speed_class`

        Updates the IoT SIM speed class.

        Args:
            sim_id (str):
            body (UpdateSpeedClassRequest):
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import update_sim_speed_class as operation

        arguments: dict[str, Any] = {
            "sim_id": sim_id,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "update_sim_speed_class",
            "POST",
            "/sims/{sim_id}/update_speed_class",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Sim", result)


class SimResourceWithRawResponse:
    """`Soracom.with_raw_response.sim`: the methods of `SimResource`, with the same
    arguments, each answering a `soracom_client.RawResponse` (parsed value, status, headers, rate limit,
    request id); a paginated one answers its one page, `RawResponse[Page[T]]`."""

    def __init__(self, runner: OperationRunner) -> None:
        self._resource = SimResource(runner)  # runner: a raw runner, which answers RawResponse

    async def list_sims(
        self,
        *,
        limit: int | None = None,
        last_evaluated_key: str | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Page[Sim]]:
        """`SimResource.list_sims` (`GET /sims`), answering `RawResponse[Page[Sim]]`."""
        answer = self._resource.list_sims(
            limit=limit,
            last_evaluated_key=last_evaluated_key,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Page[Sim]]", await cast("Awaitable[Any]", answer))

    async def create_sim(
        self,
        *,
        body: CreateSimRequestDict | CreateSimRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Sim]:
        """`SimResource.create_sim` (`POST /sims`), answering `RawResponse[Sim]`."""
        answer = await self._resource.create_sim(
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Sim]", answer)

    async def get_sim(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Sim]:
        """`SimResource.get_sim` (`GET /sims/{sim_id}`), answering `RawResponse[Sim]`."""
        answer = await self._resource.get_sim(
            sim_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Sim]", answer)

    async def activate_sim(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Sim]:
        """`SimResource.activate_sim` (`POST /sims/{sim_id}/activate`), answering `RawResponse[Sim]`."""
        answer = await self._resource.activate_sim(
            sim_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Sim]", answer)

    async def renew_arc_sim_credentials(
        self,
        sim_id: str,
        *,
        body: ArcCredentialRenewRequestDict | ArcCredentialRenewRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[ArcCredentialRenewResponse]:
        """`SimResource.renew_arc_sim_credentials` (`PUT /sims/{sim_id}/credentials/arc`), answering `RawResponse[ArcCredentialRenewResponse]`."""
        answer = await self._resource.renew_arc_sim_credentials(
            sim_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[ArcCredentialRenewResponse]", answer)

    async def attach_arc_sim_credentials(
        self,
        sim_id: str,
        *,
        body: ArcCredentialAttachRequestDict | ArcCredentialAttachRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[ArcCredentialAttachResponse]:
        """`SimResource.attach_arc_sim_credentials` (`POST /sims/{sim_id}/credentials/arc`), answering `RawResponse[ArcCredentialAttachResponse]`."""
        answer = await self._resource.attach_arc_sim_credentials(
            sim_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[ArcCredentialAttachResponse]", answer)

    async def remove_arc_sim_credentials(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[None]:
        """`SimResource.remove_arc_sim_credentials` (`DELETE /sims/{sim_id}/credentials/arc`), answering `RawResponse[None]`."""
        answer = await self._resource.remove_arc_sim_credentials(
            sim_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[None]", answer)

    async def get_data_from_sim(
        self,
        sim_id: str,
        *,
        from_: int | None = None,
        to: int | None = None,
        sort: GetDataFromSimSort | Literal["desc", "asc"] | None = None,
        limit: int | None = None,
        last_evaluated_key: str | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Page[DataEntry]]:
        """`SimResource.get_data_from_sim` (`GET /sims/{sim_id}/data`), answering `RawResponse[Page[DataEntry]]`."""
        answer = self._resource.get_data_from_sim(
            sim_id,
            from_=from_,
            to=to,
            sort=sort,
            limit=limit,
            last_evaluated_key=last_evaluated_key,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Page[DataEntry]]", await cast("Awaitable[Any]", answer))

    async def deactivate_sim(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Sim]:
        """`SimResource.deactivate_sim` (`POST /sims/{sim_id}/deactivate`), answering `RawResponse[Sim]`."""
        answer = await self._resource.deactivate_sim(
            sim_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Sim]", answer)

    async def delete_sim_session(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Sim]:
        """`SimResource.delete_sim_session` (`POST /sims/{sim_id}/delete_session`), answering `RawResponse[Sim]`."""
        answer = await self._resource.delete_sim_session(
            sim_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Sim]", answer)

    async def disable_sim_termination(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Sim]:
        """`SimResource.disable_sim_termination` (`POST /sims/{sim_id}/disable_termination`), answering `RawResponse[Sim]`."""
        answer = await self._resource.disable_sim_termination(
            sim_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Sim]", answer)

    async def send_downlink_http(
        self,
        sim_id: str,
        *,
        body: SimDownlinkHttpRequestDict | SimDownlinkHttpRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[SimDownlinkHttpResponse]:
        """`SimResource.send_downlink_http` (`POST /sims/{sim_id}/downlink/http`), answering `RawResponse[SimDownlinkHttpResponse]`."""
        answer = await self._resource.send_downlink_http(
            sim_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[SimDownlinkHttpResponse]", answer)

    async def send_downlink_ping(
        self,
        sim_id: str,
        *,
        body: DownlinkPingRequestDict | DownlinkPingRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[DownlinkPingResponse]:
        """`SimResource.send_downlink_ping` (`POST /sims/{sim_id}/downlink/ping`), answering `RawResponse[DownlinkPingResponse]`."""
        answer = await self._resource.send_downlink_ping(
            sim_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[DownlinkPingResponse]", answer)

    async def send_downlink_rtsp(
        self,
        sim_id: str,
        *,
        body: SimDownlinkRtspRequestDict | SimDownlinkRtspRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[bytes]:
        """`SimResource.send_downlink_rtsp` (`POST /sims/{sim_id}/downlink/rtsp`), answering `RawResponse[bytes]`."""
        answer = await self._resource.send_downlink_rtsp(
            sim_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[bytes]", answer)

    async def send_downlink_ssh(
        self,
        sim_id: str,
        *,
        body: SimDownlinkSshRequestDict | SimDownlinkSshRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[SimDownlinkSshResponse]:
        """`SimResource.send_downlink_ssh` (`POST /sims/{sim_id}/downlink/ssh`), answering `RawResponse[SimDownlinkSshResponse]`."""
        answer = await self._resource.send_downlink_ssh(
            sim_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[SimDownlinkSshResponse]", answer)

    async def send_downlink_tcp(
        self,
        sim_id: str,
        *,
        body: SimDownlinkTcpRequestDict | SimDownlinkTcpRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[SimDownlinkTcpResponse]:
        """`SimResource.send_downlink_tcp` (`POST /sims/{sim_id}/downlink/tcp`), answering `RawResponse[SimDownlinkTcpResponse]`."""
        answer = await self._resource.send_downlink_tcp(
            sim_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[SimDownlinkTcpResponse]", answer)

    async def send_downlink_udp(
        self,
        sim_id: str,
        *,
        body: SimDownlinkUdpRequestDict | SimDownlinkUdpRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[None]:
        """`SimResource.send_downlink_udp` (`POST /sims/{sim_id}/downlink/udp`), answering `RawResponse[None]`."""
        answer = await self._resource.send_downlink_udp(
            sim_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[None]", answer)

    async def enable_sim_termination(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Sim]:
        """`SimResource.enable_sim_termination` (`POST /sims/{sim_id}/enable_termination`), answering `RawResponse[Sim]`."""
        answer = await self._resource.enable_sim_termination(
            sim_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Sim]", answer)

    async def list_sim_session_events(
        self,
        sim_id: str,
        *,
        from_: int | None = None,
        to: int | None = None,
        limit: int | None = None,
        last_evaluated_key: str | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Page[SessionEvent]]:
        """`SimResource.list_sim_session_events` (`GET /sims/{sim_id}/events/sessions`), answering `RawResponse[Page[SessionEvent]]`."""
        answer = self._resource.list_sim_session_events(
            sim_id,
            from_=from_,
            to=to,
            limit=limit,
            last_evaluated_key=last_evaluated_key,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Page[SessionEvent]]", await cast("Awaitable[Any]", answer))

    async def list_sim_packet_capture_sessions(
        self,
        sim_id: str,
        *,
        last_evaluated_key: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Page[PacketCaptureSession]]:
        """`SimResource.list_sim_packet_capture_sessions` (`GET /sims/{sim_id}/packet_capture_sessions`), answering `RawResponse[Page[PacketCaptureSession]]`."""
        answer = self._resource.list_sim_packet_capture_sessions(
            sim_id,
            last_evaluated_key=last_evaluated_key,
            limit=limit,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Page[PacketCaptureSession]]", await cast("Awaitable[Any]", answer))

    async def create_sim_packet_capture_session(
        self,
        sim_id: str,
        *,
        body: PacketCaptureSessionRequestDict | PacketCaptureSessionRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[PacketCaptureSession]:
        """`SimResource.create_sim_packet_capture_session` (`POST /sims/{sim_id}/packet_capture_sessions`), answering `RawResponse[PacketCaptureSession]`."""
        answer = await self._resource.create_sim_packet_capture_session(
            sim_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[PacketCaptureSession]", answer)

    async def get_sim_packet_capture_session(
        self,
        sim_id: str,
        session_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[PacketCaptureSession]:
        """`SimResource.get_sim_packet_capture_session` (`GET /sims/{sim_id}/packet_capture_sessions/{session_id}`), answering `RawResponse[PacketCaptureSession]`."""
        answer = await self._resource.get_sim_packet_capture_session(
            sim_id,
            session_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[PacketCaptureSession]", answer)

    async def delete_sim_packet_capture_session(
        self,
        sim_id: str,
        session_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[PacketCaptureSession]:
        """`SimResource.delete_sim_packet_capture_session` (`DELETE /sims/{sim_id}/packet_capture_sessions/{session_id}`), answering `RawResponse[PacketCaptureSession]`."""
        answer = await self._resource.delete_sim_packet_capture_session(
            sim_id,
            session_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[PacketCaptureSession]", answer)

    async def stop_sim_packet_capture_session(
        self,
        sim_id: str,
        session_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[PacketCaptureSession]:
        """`SimResource.stop_sim_packet_capture_session` (`POST /sims/{sim_id}/packet_capture_sessions/{session_id}/stop`), answering `RawResponse[PacketCaptureSession]`."""
        answer = await self._resource.stop_sim_packet_capture_session(
            sim_id,
            session_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[PacketCaptureSession]", answer)

    async def add_subscription(
        self,
        sim_id: str,
        iccid: str,
        *,
        body: AddSubscriptionBodyDict | AddSubscriptionBody | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[SimProfile]:
        """`SimResource.add_subscription` (`POST /sims/{sim_id}/profiles/{iccid}/add_subscription`), answering `RawResponse[SimProfile]`."""
        answer = await self._resource.add_subscription(
            sim_id,
            iccid,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[SimProfile]", answer)

    async def cancel_subscription_container_download(
        self,
        sim_id: str,
        iccid: str,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[SubscriptionContainerStatus]:
        """`SimResource.cancel_subscription_container_download` (`POST /sims/{sim_id}/profiles/{iccid}/subscribers/{imsi}/cancel_download`), answering `RawResponse[SubscriptionContainerStatus]`."""
        answer = await self._resource.cancel_subscription_container_download(
            sim_id,
            iccid,
            imsi,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[SubscriptionContainerStatus]", answer)

    async def terminate_subscription_container(
        self,
        sim_id: str,
        iccid: str,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[None]:
        """`SimResource.terminate_subscription_container` (`POST /sims/{sim_id}/profiles/{iccid}/subscribers/{imsi}/terminate`), answering `RawResponse[None]`."""
        answer = await self._resource.terminate_subscription_container(
            sim_id,
            iccid,
            imsi,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[None]", answer)

    async def register_sim(
        self,
        sim_id: str,
        *,
        body: RegisterSimRequestDict | RegisterSimRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Sim]:
        """`SimResource.register_sim` (`POST /sims/{sim_id}/register`), answering `RawResponse[Sim]`."""
        answer = await self._resource.register_sim(
            sim_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Sim]", answer)

    async def report_sim_local_info(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Subscriber]:
        """`SimResource.report_sim_local_info` (`POST /sims/{sim_id}/report_local_info`), answering `RawResponse[Subscriber]`."""
        answer = await self._resource.report_sim_local_info(
            sim_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Subscriber]", answer)

    async def send_sms_to_sim(
        self,
        sim_id: str,
        *,
        body: SmsForwardingRequestDict | SmsForwardingRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[SmsForwardingReport]:
        """`SimResource.send_sms_to_sim` (`POST /sims/{sim_id}/send_sms`), answering `RawResponse[SmsForwardingReport]`."""
        answer = await self._resource.send_sms_to_sim(
            sim_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[SmsForwardingReport]", answer)

    async def create_arc_session(
        self,
        sim_id: str,
        *,
        body: CreateArcSessionBody,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[ArcSessionCreateResponse]:
        """`SimResource.create_arc_session` (`POST /sims/{sim_id}/sessions/arc`), answering `RawResponse[ArcSessionCreateResponse]`."""
        answer = await self._resource.create_arc_session(
            sim_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[ArcSessionCreateResponse]", answer)

    async def set_sim_expiry_time(
        self,
        sim_id: str,
        *,
        body: ExpiryTimeDict | ExpiryTime,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Sim]:
        """`SimResource.set_sim_expiry_time` (`POST /sims/{sim_id}/set_expiry_time`), answering `RawResponse[Sim]`."""
        answer = await self._resource.set_sim_expiry_time(
            sim_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Sim]", answer)

    async def set_sim_group(
        self,
        sim_id: str,
        *,
        body: SetGroupRequestDict | SetGroupRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Sim]:
        """`SimResource.set_sim_group` (`POST /sims/{sim_id}/set_group`), answering `RawResponse[Sim]`."""
        answer = await self._resource.set_sim_group(
            sim_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Sim]", answer)

    async def set_sim_imei_lock(
        self,
        sim_id: str,
        *,
        body: SetImeiLockRequestDict | SetImeiLockRequest | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Sim]:
        """`SimResource.set_sim_imei_lock` (`POST /sims/{sim_id}/set_imei_lock`), answering `RawResponse[Sim]`."""
        answer = await self._resource.set_sim_imei_lock(
            sim_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Sim]", answer)

    async def set_sim_to_standby(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Sim]:
        """`SimResource.set_sim_to_standby` (`POST /sims/{sim_id}/set_to_standby`), answering `RawResponse[Sim]`."""
        answer = await self._resource.set_sim_to_standby(
            sim_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Sim]", answer)

    async def list_sim_status_history(
        self,
        sim_id: str,
        *,
        from_: int | None = None,
        to: int | None = None,
        last_evaluated_key: str | None = None,
        sort: ListSimStatusHistorySort | Literal["desc", "asc"] | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Page[SimStatusHistoryResponse]]:
        """`SimResource.list_sim_status_history` (`GET /sims/{sim_id}/statuses/history`), answering `RawResponse[Page[SimStatusHistoryResponse]]`."""
        answer = self._resource.list_sim_status_history(
            sim_id,
            from_=from_,
            to=to,
            last_evaluated_key=last_evaluated_key,
            sort=sort,
            limit=limit,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Page[SimStatusHistoryResponse]]", await cast("Awaitable[Any]", answer))

    async def suspend_sim(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Sim]:
        """`SimResource.suspend_sim` (`POST /sims/{sim_id}/suspend`), answering `RawResponse[Sim]`."""
        answer = await self._resource.suspend_sim(
            sim_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Sim]", answer)

    async def put_sim_tags(
        self,
        sim_id: str,
        *,
        body: Sequence[TagUpdateRequestDict | TagUpdateRequest],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Sim]:
        """`SimResource.put_sim_tags` (`PUT /sims/{sim_id}/tags`), answering `RawResponse[Sim]`."""
        answer = await self._resource.put_sim_tags(
            sim_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Sim]", answer)

    async def delete_sim_tag(
        self,
        sim_id: str,
        tag_name: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[None]:
        """`SimResource.delete_sim_tag` (`DELETE /sims/{sim_id}/tags/{tag_name}`), answering `RawResponse[None]`."""
        answer = await self._resource.delete_sim_tag(
            sim_id,
            tag_name,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[None]", answer)

    async def terminate_sim(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Sim]:
        """`SimResource.terminate_sim` (`POST /sims/{sim_id}/terminate`), answering `RawResponse[Sim]`."""
        answer = await self._resource.terminate_sim(
            sim_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Sim]", answer)

    async def get_testing_usage(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[TestingUsage]:
        """`SimResource.get_testing_usage` (`GET /sims/{sim_id}/testing/usage`), answering `RawResponse[TestingUsage]`."""
        answer = await self._resource.get_testing_usage(
            sim_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[TestingUsage]", answer)

    async def unset_sim_expiry_time(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[None]:
        """`SimResource.unset_sim_expiry_time` (`POST /sims/{sim_id}/unset_expiry_time`), answering `RawResponse[None]`."""
        answer = await self._resource.unset_sim_expiry_time(
            sim_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[None]", answer)

    async def unset_sim_group(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Sim]:
        """`SimResource.unset_sim_group` (`POST /sims/{sim_id}/unset_group`), answering `RawResponse[Sim]`."""
        answer = await self._resource.unset_sim_group(
            sim_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Sim]", answer)

    async def unset_sim_imei_lock(
        self,
        sim_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Sim]:
        """`SimResource.unset_sim_imei_lock` (`POST /sims/{sim_id}/unset_imei_lock`), answering `RawResponse[Sim]`."""
        answer = await self._resource.unset_sim_imei_lock(
            sim_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Sim]", answer)

    async def update_sim_speed_class(
        self,
        sim_id: str,
        *,
        body: UpdateSpeedClassRequestDict | UpdateSpeedClassRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Sim]:
        """`SimResource.update_sim_speed_class` (`POST /sims/{sim_id}/update_speed_class`), answering `RawResponse[Sim]`."""
        answer = await self._resource.update_sim_speed_class(
            sim_id,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Sim]", answer)
