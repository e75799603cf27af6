# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
"""Operations tagged `subscriber`, as methods of `SubscriberResource` (`Soracom.subscriber`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

import httpx

from ...._options import CallOptions
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Awaitable, Mapping, Sequence

    from ...._pagination import Page, Paginator
    from ...._response import RawResponse
    from ...models.data_entry import DataEntry
    from ...models.downlink_ping_request import DownlinkPingRequest, DownlinkPingRequestDict
    from ...models.downlink_ping_response import DownlinkPingResponse
    from ...models.expiry_time import ExpiryTime, ExpiryTimeDict
    from ...models.export_subscribers_export_mode import ExportSubscribersExportMode
    from ...models.file_export_response import FileExportResponse
    from ...models.get_data_from_subscriber_sort import GetDataFromSubscriberSort
    from ...models.issue_subscriber_transfer_token_request import (
        IssueSubscriberTransferTokenRequest,
        IssueSubscriberTransferTokenRequestDict,
    )
    from ...models.issue_subscriber_transfer_token_response import IssueSubscriberTransferTokenResponse
    from ...models.list_subscribers_tag_value_match_mode import ListSubscribersTagValueMatchMode
    from ...models.put_bundles_body_item import PutBundlesBodyItem
    from ...models.register_subscribers_request import RegisterSubscribersRequest, RegisterSubscribersRequestDict
    from ...models.session_event import SessionEvent
    from ...models.set_group_request import SetGroupRequest, SetGroupRequestDict
    from ...models.set_imei_lock_request import SetImeiLockRequest, SetImeiLockRequestDict
    from ...models.sms_forwarding_report import SmsForwardingReport
    from ...models.sms_forwarding_request import SmsForwardingRequest, SmsForwardingRequestDict
    from ...models.subscriber import Subscriber
    from ...models.tag_update_request import TagUpdateRequest, TagUpdateRequestDict
    from ...models.update_speed_class_request import UpdateSpeedClassRequest, UpdateSpeedClassRequestDict
    from ...models.verify_subscriber_transfer_token_request import (
        VerifySubscriberTransferTokenRequest,
        VerifySubscriberTransferTokenRequestDict,
    )
    from ...models.verify_subscriber_transfer_token_response import VerifySubscriberTransferTokenResponse
    from .. import OperationRunner


class SubscriberResource:
    """The `subscriber` operations of the Soracom API. Get it as `Soracom.subscriber`."""

    def __init__(self, runner: OperationRunner) -> None:
        self._runner = runner

    def list_subscribers(
        self,
        *,
        tag_name: str | None = None,
        tag_value: str | None = None,
        tag_value_match_mode: ListSubscribersTagValueMatchMode | Literal["exact", "prefix"] | None = None,
        status_filter: str | None = None,
        speed_class_filter: str | None = None,
        serial_number_filter: str | None = None,
        limit: int | None = None,
        last_evaluated_key: str | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Paginator[Subscriber]:
        """List Subscribers.

        `GET /subscribers`

        Returns a list of subscribers that match certain criteria. If the total number of subscribers does
        not fit in one page, a URL for accessing the next page is returned in the `link` header of the
        response.

        Args:
            tag_name (str | None):
            tag_value (str | None):
            tag_value_match_mode (ListSubscribersTagValueMatchMode | None):  Default:
                ListSubscribersTagValueMatchMode.EXACT.
            status_filter (str | None):
            speed_class_filter (str | None):
            serial_number_filter (str | None):
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
        from . import list_subscribers as operation

        arguments: dict[str, Any] = {
            "tag_name": tag_name,
            "tag_value": tag_value,
            "tag_value_match_mode": tag_value_match_mode,
            "status_filter": status_filter,
            "speed_class_filter": speed_class_filter,
            "serial_number_filter": serial_number_filter,
            "limit": limit,
            "last_evaluated_key": last_evaluated_key,
        }
        paginator = self._runner.paginate(
            operation,
            "list_subscribers",
            "GET",
            "/subscribers",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
            "last_evaluated_key",
            "x-soracom-next-key",
        )
        return cast("Paginator[Subscriber]", paginator)

    async def get_subscriber(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Subscriber:
        """Get Subscriber.

        `GET /subscribers/{imsi}`

        Returns information about the specified subscriber.

        Args:
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
        from . import get_subscriber as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
        }
        result = await self._runner.call(
            operation,
            "get_subscriber",
            "GET",
            "/subscribers/{imsi}",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Subscriber", result)

    async def activate_subscriber(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Subscriber:
        """Activate Subscriber.

        `POST /subscribers/{imsi}/activate`

        Activates status of specified subscriber.

        Args:
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
        from . import activate_subscriber as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
        }
        result = await self._runner.call(
            operation,
            "activate_subscriber",
            "POST",
            "/subscribers/{imsi}/activate",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Subscriber", result)

    async def put_bundles(
        self,
        imsi: str,
        *,
        body: Sequence[
            PutBundlesBodyItem
            | Literal[
                "D-300MB",
                "DU-10GB",
                "DU-50GB",
                "DU-100GB",
                "US-1MB",
                "US-3MB",
                "US-10MB",
                "US-20MB",
                "US-50MB",
                "US-100MB",
                "US-300MB",
                "US-500MB",
                "US-1GB",
                "US-3GB",
                "US-5GB",
                "US-10GB",
            ]
        ],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Subscriber:
        """Set Bundles to Subscriber.

        `PUT /subscribers/{imsi}/bundles`

        Sets bundles to the specified subscriber.

        Args:
            imsi (str):
            body (list[PutBundlesBodyItem]):
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
        from . import put_bundles as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "put_bundles",
            "PUT",
            "/subscribers/{imsi}/bundles",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Subscriber", result)

    def get_data_from_subscriber(
        self,
        imsi: str,
        *,
        from_: int | None = None,
        to: int | None = None,
        sort: GetDataFromSubscriberSort | Literal["desc", "asc"] | None = None,
        limit: int | None = None,
        last_evaluated_key: str | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Paginator[DataEntry]:
        """Get data sent from a subscriber to Harvest Data.

        `GET /subscribers/{imsi}/data`

        Returns a list of data entries sent to Harvest Data from a subscriber that match certain criteria.
        If the total number of data entries does not fit in one page, a URL for accessing the next page is
        returned in the `link` header of the response.

        Args:
            imsi (str):
            from_ (int | None):
            to (int | None):
            sort (GetDataFromSubscriberSort | None):  Default: GetDataFromSubscriberSort.DESC.
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
        from . import get_data_from_subscriber as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
            "from_": from_,
            "to": to,
            "sort": sort,
            "limit": limit,
            "last_evaluated_key": last_evaluated_key,
        }
        paginator = self._runner.paginate(
            operation,
            "get_data_from_subscriber",
            "GET",
            "/subscribers/{imsi}/data",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
            "last_evaluated_key",
            "x-soracom-next-key",
        )
        return cast("Paginator[DataEntry]", paginator)

    async def deactivate_subscriber(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Subscriber:
        """Deactivate Subscriber.

        `POST /subscribers/{imsi}/deactivate`

        Deactivates specified subscriber.

        Args:
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
        from . import deactivate_subscriber as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
        }
        result = await self._runner.call(
            operation,
            "deactivate_subscriber",
            "POST",
            "/subscribers/{imsi}/deactivate",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Subscriber", result)

    async def delete_subscriber_session(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Subscriber:
        """Delete Session

        `POST /subscribers/{imsi}/delete_session`

        Deletes session for the specified subscriber.

        Args:
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
        from . import delete_subscriber_session as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
        }
        result = await self._runner.call(
            operation,
            "delete_subscriber_session",
            "POST",
            "/subscribers/{imsi}/delete_session",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Subscriber", result)

    async def disable_termination(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Subscriber:
        """Disable Termination of Subscriber.

        `POST /subscribers/{imsi}/disable_termination`

        Disables termination of specified subscriber.

        Args:
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
        from . import disable_termination as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
        }
        result = await self._runner.call(
            operation,
            "disable_termination",
            "POST",
            "/subscribers/{imsi}/disable_termination",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Subscriber", result)

    async def subscriber_downlink_ping_to_user_equipment(
        self,
        imsi: str,
        *,
        body: DownlinkPingRequestDict | DownlinkPingRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> DownlinkPingResponse:
        """Send ping requests to a subscriber.

        `POST /subscribers/{imsi}/downlink/ping`

        Send ICMP ping requests to a subscriber.

        Args:
            imsi (str):
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
        from . import subscriber_downlink_ping_to_user_equipment as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "subscriber_downlink_ping_to_user_equipment",
            "POST",
            "/subscribers/{imsi}/downlink/ping",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("DownlinkPingResponse", result)

    async def enable_termination(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Subscriber:
        """Enable Termination of Subscriber.

        `POST /subscribers/{imsi}/enable_termination`

        Enables termination of specified subscriber.

        Args:
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
        from . import enable_termination as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
        }
        result = await self._runner.call(
            operation,
            "enable_termination",
            "POST",
            "/subscribers/{imsi}/enable_termination",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Subscriber", result)

    def list_session_events(
        self,
        imsi: str,
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
        """List Session Events.

        `GET /subscribers/{imsi}/events/sessions`

        Returns the event history of session creation/modification/disconnection on the specified subscriber
        in the last 32 days. If the total number of events does not fit in one page, a URL for accessing the
        next page is returned in the `link` header of the response.

        Args:
            imsi (str):
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
        from . import list_session_events as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
            "from_": from_,
            "to": to,
            "limit": limit,
            "last_evaluated_key": last_evaluated_key,
        }
        paginator = self._runner.paginate(
            operation,
            "list_session_events",
            "GET",
            "/subscribers/{imsi}/events/sessions",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
            "last_evaluated_key",
            "x-soracom-next-key",
        )
        return cast("Paginator[SessionEvent]", paginator)

    async def register_subscriber(
        self,
        imsi: str,
        *,
        body: RegisterSubscribersRequestDict | RegisterSubscribersRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Subscriber:
        """Register Subscriber.

        `POST /subscribers/{imsi}/register`

        Registers a subscriber.

        Args:
            imsi (str):
            body (RegisterSubscribersRequest):
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
        from . import register_subscriber as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "register_subscriber",
            "POST",
            "/subscribers/{imsi}/register",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Subscriber", result)

    async def report_local_info(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Subscriber:
        """Triggers Subscriber to report SIM local info.

        `POST /subscribers/{imsi}/report_local_info`

        Triggers Subscriber to report SIM local info.

        Args:
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
        from . import report_local_info as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
        }
        result = await self._runner.call(
            operation,
            "report_local_info",
            "POST",
            "/subscribers/{imsi}/report_local_info",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Subscriber", result)

    async def send_sms(
        self,
        imsi: str,
        *,
        body: SmsForwardingRequestDict | SmsForwardingRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SmsForwardingReport:
        """Send SMS to Subscriber

        `POST /subscribers/{imsi}/send_sms`

        Send SMS to the specified subscriber.

        Args:
            imsi (str):
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
        from . import send_sms as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "send_sms",
            "POST",
            "/subscribers/{imsi}/send_sms",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("SmsForwardingReport", result)

    async def set_expiry_time(
        self,
        imsi: str,
        *,
        body: ExpiryTimeDict | ExpiryTime,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Subscriber:
        """Update Expiry Time of Subscriber.

        `POST /subscribers/{imsi}/set_expiry_time`

        Updates expiry time of specified subscriber.

        Args:
            imsi (str):
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
        from . import set_expiry_time as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "set_expiry_time",
            "POST",
            "/subscribers/{imsi}/set_expiry_time",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Subscriber", result)

    async def set_group(
        self,
        imsi: str,
        *,
        body: SetGroupRequestDict | SetGroupRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Subscriber:
        """Adds a SIM to a SIM group

        `POST /subscribers/{imsi}/set_group`

        Adds a SIM to a SIM group.

        Args:
            imsi (str):
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
        from . import set_group as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "set_group",
            "POST",
            "/subscribers/{imsi}/set_group",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Subscriber", result)

    async def set_imei_lock(
        self,
        imsi: str,
        *,
        body: SetImeiLockRequestDict | SetImeiLockRequest | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Subscriber:
        """Set IMEI lock configuration for Subscriber.

        `POST /subscribers/{imsi}/set_imei_lock`

        Set IMEI that the subscriber should be locked to.

        Args:
            imsi (str):
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
        from . import set_imei_lock as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "set_imei_lock",
            "POST",
            "/subscribers/{imsi}/set_imei_lock",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Subscriber", result)

    async def set_subscriber_to_standby(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Subscriber:
        """Set Subscriber to standby mode.

        `POST /subscribers/{imsi}/set_to_standby`

        Set the specified subscriber to standby mode.

        Args:
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
        from . import set_subscriber_to_standby as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
        }
        result = await self._runner.call(
            operation,
            "set_subscriber_to_standby",
            "POST",
            "/subscribers/{imsi}/set_to_standby",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Subscriber", result)

    async def suspend_subscriber(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Subscriber:
        """Suspend Subscriber.

        `POST /subscribers/{imsi}/suspend`

        Suspends the specified subscriber.

        Args:
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
        from . import suspend_subscriber as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
        }
        result = await self._runner.call(
            operation,
            "suspend_subscriber",
            "POST",
            "/subscribers/{imsi}/suspend",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Subscriber", result)

    async def put_subscriber_tags(
        self,
        imsi: str,
        *,
        body: Sequence[TagUpdateRequestDict | TagUpdateRequest],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Subscriber:
        """Bulk Insert or Update Subscriber Tags.

        `PUT /subscribers/{imsi}/tags`

        Inserts/updates tags for the specified subscriber.

        Args:
            imsi (str):
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
        from . import put_subscriber_tags as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "put_subscriber_tags",
            "PUT",
            "/subscribers/{imsi}/tags",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Subscriber", result)

    async def delete_subscriber_tag(
        self,
        imsi: str,
        tag_name: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> None:
        """Delete Subscriber Tag.

        `DELETE /subscribers/{imsi}/tags/{tag_name}`

        Deletes a tag from the specified subscriber.

        Args:
            imsi (str):
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
        from . import delete_subscriber_tag as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
            "tag_name": tag_name,
        }
        result = await self._runner.call(
            operation,
            "delete_subscriber_tag",
            "DELETE",
            "/subscribers/{imsi}/tags/{tag_name}",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("None", result)

    async def terminate_subscriber(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Subscriber:
        """Terminate Subscriber.

        `POST /subscribers/{imsi}/terminate`

        Terminates the specified subscriber

        Args:
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
        from . import terminate_subscriber as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
        }
        result = await self._runner.call(
            operation,
            "terminate_subscriber",
            "POST",
            "/subscribers/{imsi}/terminate",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Subscriber", result)

    async def unset_expiry_time(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> None:
        """Delete Expiry Time of Subscriber.

        `POST /subscribers/{imsi}/unset_expiry_time`

        Deletes expiry time of specified subscriber and changes it to indefinite.

        Args:
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
        from . import unset_expiry_time as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
        }
        result = await self._runner.call(
            operation,
            "unset_expiry_time",
            "POST",
            "/subscribers/{imsi}/unset_expiry_time",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("None", result)

    async def unset_group(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Subscriber:
        """Removes a SIM from a SIM group

        `POST /subscribers/{imsi}/unset_group`

        Removes a SIM from a SIM group.

        Args:
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
        from . import unset_group as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
        }
        result = await self._runner.call(
            operation,
            "unset_group",
            "POST",
            "/subscribers/{imsi}/unset_group",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Subscriber", result)

    async def unset_imei_lock(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Subscriber:
        """Unset IMEI lock configuration for Subscriber.

        `POST /subscribers/{imsi}/unset_imei_lock`

        Remove any existing IMEI lock configuration for the subscriber.

        Args:
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
        from . import unset_imei_lock as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
        }
        result = await self._runner.call(
            operation,
            "unset_imei_lock",
            "POST",
            "/subscribers/{imsi}/unset_imei_lock",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Subscriber", result)

    async def update_speed_class(
        self,
        imsi: str,
        *,
        body: UpdateSpeedClassRequestDict | UpdateSpeedClassRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Subscriber:
        """Update Subscriber speed class.

        `POST /subscribers/{imsi}/update_speed_class`

        Changes the speed class of the specified subscriber.

        Args:
            imsi (str):
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
        from . import update_speed_class as operation

        arguments: dict[str, Any] = {
            "imsi": imsi,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "update_speed_class",
            "POST",
            "/subscribers/{imsi}/update_speed_class",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("Subscriber", result)

    async def export_subscribers(
        self,
        *,
        export_mode: ExportSubscribersExportMode | Literal["async", "sync"] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> FileExportResponse:
        """Export all subscribers.

        `POST /subscribers/export`

        Export all subscribers as a CSV file.

        Args:
            export_mode (ExportSubscribersExportMode | None):  Default:
                ExportSubscribersExportMode.SYNC.
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
        from . import export_subscribers as operation

        arguments: dict[str, Any] = {
            "export_mode": export_mode,
        }
        result = await self._runner.call(
            operation,
            "export_subscribers",
            "POST",
            "/subscribers/export",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("FileExportResponse", result)

    async def send_sms_by_msisdn(
        self,
        msisdn: str,
        *,
        body: SmsForwardingRequestDict | SmsForwardingRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SmsForwardingReport:
        """Send SMS to Subscriber by MSISDN

        `POST /subscribers/msisdn/{msisdn}/send_sms`

        Send SMS to a subscriber specified with MSISDN.

        Args:
            msisdn (str):
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
        from . import send_sms_by_msisdn as operation

        arguments: dict[str, Any] = {
            "msisdn": msisdn,
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "send_sms_by_msisdn",
            "POST",
            "/subscribers/msisdn/{msisdn}/send_sms",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("SmsForwardingReport", result)

    async def delete_subscriber_transfer_token(
        self,
        token: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> None:
        """Cancel the transfer of Ready status SIMs (Invalidate the transfer token)

        `DELETE /subscribers/transfer_token/{token}`

        Invalidate the transfer token for SIMs and cancels the transfer of all SIMs associated with the
        transfer token. To use this API, you need an API key and token issued with the source operator.

        Args:
            token (str):
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
        from . import delete_subscriber_transfer_token as operation

        arguments: dict[str, Any] = {
            "token": token,
        }
        result = await self._runner.call(
            operation,
            "delete_subscriber_transfer_token",
            "DELETE",
            "/subscribers/transfer_token/{token}",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("None", result)

    async def issue_subscriber_transfer_token(
        self,
        *,
        body: IssueSubscriberTransferTokenRequestDict | IssueSubscriberTransferTokenRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> IssueSubscriberTransferTokenResponse:
        """Initiate the transfer of Ready status SIMs (Issue a transfer token)

        `POST /subscribers/transfer_token/issue`

        Initiates the transfer of Ready status SIMs. To use this API, you need an API key and token issued
        with the source operator. When this API is executed, a transfer token is issued and sent to the
        destination operator via email. For more information about SIM transfers, please refer to
        [Transferring Ready Status SIMs](/en/docs/air/transfer/#transferring-ready-status-sims). - To cancel
        a transfer, cancel each transfer token individually. If there is a possibility of canceling SIMs one
        by one, specify only one IMSI. To cancel, use the [Subscriber:deleteSubscriberTransferToken
        API](#!/Subscriber/deleteSubscriberTransferToken). - When this API is executed, the status of the
        SIMs will change to "Transferring".
        **Warning**: Do not change the status of SIMs that are in the "Transferring" status. If the status
        is changed, the SIMs can no longer be transferred using this procedure. For the procedure to
        transfer SIMs whose status has been changed, refer to [Transferring Other Status
        SIMs](/en/docs/air/transfer/#transferring-other-status-sims).
        **Info**: The information of the destination operator can be confirmed by logging in to the Soracom
        User Console with the destination operator.

        Args:
            body (IssueSubscriberTransferTokenRequest):
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
        from . import issue_subscriber_transfer_token as operation

        arguments: dict[str, Any] = {
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "issue_subscriber_transfer_token",
            "POST",
            "/subscribers/transfer_token/issue",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("IssueSubscriberTransferTokenResponse", result)

    async def verify_subscriber_transfer_token(
        self,
        *,
        body: VerifySubscriberTransferTokenRequestDict | VerifySubscriberTransferTokenRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> VerifySubscriberTransferTokenResponse:
        """Accept the transfer of Ready status SIMs (Verify the transfer token)

        `POST /subscribers/transfer_token/verify`

        Verifies the transfer token for SIMs and accepts the transfer. To use this API, you need an API key
        and token issued with the destination operator.

        Args:
            body (VerifySubscriberTransferTokenRequest):
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
        from . import verify_subscriber_transfer_token as operation

        arguments: dict[str, Any] = {
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "verify_subscriber_transfer_token",
            "POST",
            "/subscribers/transfer_token/verify",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("VerifySubscriberTransferTokenResponse", result)


class SubscriberResourceWithRawResponse:
    """`Soracom.with_raw_response.subscriber`: the methods of `SubscriberResource`, with the same
    arguments, each answering a `soracom_client.RawResponse` (parsed value, status, headers, rate limit,
    request id); a paginated one answers its one page, `RawResponse[Page[T]]`."""

    def __init__(self, runner: OperationRunner) -> None:
        self._resource = SubscriberResource(runner)  # runner: a raw runner, which answers RawResponse

    async def list_subscribers(
        self,
        *,
        tag_name: str | None = None,
        tag_value: str | None = None,
        tag_value_match_mode: ListSubscribersTagValueMatchMode | Literal["exact", "prefix"] | None = None,
        status_filter: str | None = None,
        speed_class_filter: str | None = None,
        serial_number_filter: str | None = None,
        limit: int | None = None,
        last_evaluated_key: str | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Page[Subscriber]]:
        """`SubscriberResource.list_subscribers` (`GET /subscribers`), answering `RawResponse[Page[Subscriber]]`."""
        answer = self._resource.list_subscribers(
            tag_name=tag_name,
            tag_value=tag_value,
            tag_value_match_mode=tag_value_match_mode,
            status_filter=status_filter,
            speed_class_filter=speed_class_filter,
            serial_number_filter=serial_number_filter,
            limit=limit,
            last_evaluated_key=last_evaluated_key,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Page[Subscriber]]", await cast("Awaitable[Any]", answer))

    async def get_subscriber(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Subscriber]:
        """`SubscriberResource.get_subscriber` (`GET /subscribers/{imsi}`), answering `RawResponse[Subscriber]`."""
        answer = await self._resource.get_subscriber(
            imsi,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Subscriber]", answer)

    async def activate_subscriber(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Subscriber]:
        """`SubscriberResource.activate_subscriber` (`POST /subscribers/{imsi}/activate`), answering `RawResponse[Subscriber]`."""
        answer = await self._resource.activate_subscriber(
            imsi,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Subscriber]", answer)

    async def put_bundles(
        self,
        imsi: str,
        *,
        body: Sequence[
            PutBundlesBodyItem
            | Literal[
                "D-300MB",
                "DU-10GB",
                "DU-50GB",
                "DU-100GB",
                "US-1MB",
                "US-3MB",
                "US-10MB",
                "US-20MB",
                "US-50MB",
                "US-100MB",
                "US-300MB",
                "US-500MB",
                "US-1GB",
                "US-3GB",
                "US-5GB",
                "US-10GB",
            ]
        ],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Subscriber]:
        """`SubscriberResource.put_bundles` (`PUT /subscribers/{imsi}/bundles`), answering `RawResponse[Subscriber]`."""
        answer = await self._resource.put_bundles(
            imsi,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Subscriber]", answer)

    async def get_data_from_subscriber(
        self,
        imsi: str,
        *,
        from_: int | None = None,
        to: int | None = None,
        sort: GetDataFromSubscriberSort | Literal["desc", "asc"] | None = None,
        limit: int | None = None,
        last_evaluated_key: str | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Page[DataEntry]]:
        """`SubscriberResource.get_data_from_subscriber` (`GET /subscribers/{imsi}/data`), answering `RawResponse[Page[DataEntry]]`."""
        answer = self._resource.get_data_from_subscriber(
            imsi,
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

    async def deactivate_subscriber(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Subscriber]:
        """`SubscriberResource.deactivate_subscriber` (`POST /subscribers/{imsi}/deactivate`), answering `RawResponse[Subscriber]`."""
        answer = await self._resource.deactivate_subscriber(
            imsi,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Subscriber]", answer)

    async def delete_subscriber_session(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Subscriber]:
        """`SubscriberResource.delete_subscriber_session` (`POST /subscribers/{imsi}/delete_session`), answering `RawResponse[Subscriber]`."""
        answer = await self._resource.delete_subscriber_session(
            imsi,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Subscriber]", answer)

    async def disable_termination(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Subscriber]:
        """`SubscriberResource.disable_termination` (`POST /subscribers/{imsi}/disable_termination`), answering `RawResponse[Subscriber]`."""
        answer = await self._resource.disable_termination(
            imsi,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Subscriber]", answer)

    async def subscriber_downlink_ping_to_user_equipment(
        self,
        imsi: str,
        *,
        body: DownlinkPingRequestDict | DownlinkPingRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[DownlinkPingResponse]:
        """`SubscriberResource.subscriber_downlink_ping_to_user_equipment` (`POST /subscribers/{imsi}/downlink/ping`), answering `RawResponse[DownlinkPingResponse]`."""
        answer = await self._resource.subscriber_downlink_ping_to_user_equipment(
            imsi,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[DownlinkPingResponse]", answer)

    async def enable_termination(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Subscriber]:
        """`SubscriberResource.enable_termination` (`POST /subscribers/{imsi}/enable_termination`), answering `RawResponse[Subscriber]`."""
        answer = await self._resource.enable_termination(
            imsi,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Subscriber]", answer)

    async def list_session_events(
        self,
        imsi: str,
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
        """`SubscriberResource.list_session_events` (`GET /subscribers/{imsi}/events/sessions`), answering `RawResponse[Page[SessionEvent]]`."""
        answer = self._resource.list_session_events(
            imsi,
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

    async def register_subscriber(
        self,
        imsi: str,
        *,
        body: RegisterSubscribersRequestDict | RegisterSubscribersRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Subscriber]:
        """`SubscriberResource.register_subscriber` (`POST /subscribers/{imsi}/register`), answering `RawResponse[Subscriber]`."""
        answer = await self._resource.register_subscriber(
            imsi,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Subscriber]", answer)

    async def report_local_info(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Subscriber]:
        """`SubscriberResource.report_local_info` (`POST /subscribers/{imsi}/report_local_info`), answering `RawResponse[Subscriber]`."""
        answer = await self._resource.report_local_info(
            imsi,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Subscriber]", answer)

    async def send_sms(
        self,
        imsi: str,
        *,
        body: SmsForwardingRequestDict | SmsForwardingRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[SmsForwardingReport]:
        """`SubscriberResource.send_sms` (`POST /subscribers/{imsi}/send_sms`), answering `RawResponse[SmsForwardingReport]`."""
        answer = await self._resource.send_sms(
            imsi,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[SmsForwardingReport]", answer)

    async def set_expiry_time(
        self,
        imsi: str,
        *,
        body: ExpiryTimeDict | ExpiryTime,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Subscriber]:
        """`SubscriberResource.set_expiry_time` (`POST /subscribers/{imsi}/set_expiry_time`), answering `RawResponse[Subscriber]`."""
        answer = await self._resource.set_expiry_time(
            imsi,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Subscriber]", answer)

    async def set_group(
        self,
        imsi: str,
        *,
        body: SetGroupRequestDict | SetGroupRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Subscriber]:
        """`SubscriberResource.set_group` (`POST /subscribers/{imsi}/set_group`), answering `RawResponse[Subscriber]`."""
        answer = await self._resource.set_group(
            imsi,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Subscriber]", answer)

    async def set_imei_lock(
        self,
        imsi: str,
        *,
        body: SetImeiLockRequestDict | SetImeiLockRequest | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Subscriber]:
        """`SubscriberResource.set_imei_lock` (`POST /subscribers/{imsi}/set_imei_lock`), answering `RawResponse[Subscriber]`."""
        answer = await self._resource.set_imei_lock(
            imsi,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Subscriber]", answer)

    async def set_subscriber_to_standby(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Subscriber]:
        """`SubscriberResource.set_subscriber_to_standby` (`POST /subscribers/{imsi}/set_to_standby`), answering `RawResponse[Subscriber]`."""
        answer = await self._resource.set_subscriber_to_standby(
            imsi,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Subscriber]", answer)

    async def suspend_subscriber(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Subscriber]:
        """`SubscriberResource.suspend_subscriber` (`POST /subscribers/{imsi}/suspend`), answering `RawResponse[Subscriber]`."""
        answer = await self._resource.suspend_subscriber(
            imsi,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Subscriber]", answer)

    async def put_subscriber_tags(
        self,
        imsi: str,
        *,
        body: Sequence[TagUpdateRequestDict | TagUpdateRequest],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Subscriber]:
        """`SubscriberResource.put_subscriber_tags` (`PUT /subscribers/{imsi}/tags`), answering `RawResponse[Subscriber]`."""
        answer = await self._resource.put_subscriber_tags(
            imsi,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Subscriber]", answer)

    async def delete_subscriber_tag(
        self,
        imsi: str,
        tag_name: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[None]:
        """`SubscriberResource.delete_subscriber_tag` (`DELETE /subscribers/{imsi}/tags/{tag_name}`), answering `RawResponse[None]`."""
        answer = await self._resource.delete_subscriber_tag(
            imsi,
            tag_name,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[None]", answer)

    async def terminate_subscriber(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Subscriber]:
        """`SubscriberResource.terminate_subscriber` (`POST /subscribers/{imsi}/terminate`), answering `RawResponse[Subscriber]`."""
        answer = await self._resource.terminate_subscriber(
            imsi,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Subscriber]", answer)

    async def unset_expiry_time(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[None]:
        """`SubscriberResource.unset_expiry_time` (`POST /subscribers/{imsi}/unset_expiry_time`), answering `RawResponse[None]`."""
        answer = await self._resource.unset_expiry_time(
            imsi,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[None]", answer)

    async def unset_group(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Subscriber]:
        """`SubscriberResource.unset_group` (`POST /subscribers/{imsi}/unset_group`), answering `RawResponse[Subscriber]`."""
        answer = await self._resource.unset_group(
            imsi,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Subscriber]", answer)

    async def unset_imei_lock(
        self,
        imsi: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Subscriber]:
        """`SubscriberResource.unset_imei_lock` (`POST /subscribers/{imsi}/unset_imei_lock`), answering `RawResponse[Subscriber]`."""
        answer = await self._resource.unset_imei_lock(
            imsi,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Subscriber]", answer)

    async def update_speed_class(
        self,
        imsi: str,
        *,
        body: UpdateSpeedClassRequestDict | UpdateSpeedClassRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Subscriber]:
        """`SubscriberResource.update_speed_class` (`POST /subscribers/{imsi}/update_speed_class`), answering `RawResponse[Subscriber]`."""
        answer = await self._resource.update_speed_class(
            imsi,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Subscriber]", answer)

    async def export_subscribers(
        self,
        *,
        export_mode: ExportSubscribersExportMode | Literal["async", "sync"] | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[FileExportResponse]:
        """`SubscriberResource.export_subscribers` (`POST /subscribers/export`), answering `RawResponse[FileExportResponse]`."""
        answer = await self._resource.export_subscribers(
            export_mode=export_mode,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[FileExportResponse]", answer)

    async def send_sms_by_msisdn(
        self,
        msisdn: str,
        *,
        body: SmsForwardingRequestDict | SmsForwardingRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[SmsForwardingReport]:
        """`SubscriberResource.send_sms_by_msisdn` (`POST /subscribers/msisdn/{msisdn}/send_sms`), answering `RawResponse[SmsForwardingReport]`."""
        answer = await self._resource.send_sms_by_msisdn(
            msisdn,
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[SmsForwardingReport]", answer)

    async def delete_subscriber_transfer_token(
        self,
        token: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[None]:
        """`SubscriberResource.delete_subscriber_transfer_token` (`DELETE /subscribers/transfer_token/{token}`), answering `RawResponse[None]`."""
        answer = await self._resource.delete_subscriber_transfer_token(
            token,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[None]", answer)

    async def issue_subscriber_transfer_token(
        self,
        *,
        body: IssueSubscriberTransferTokenRequestDict | IssueSubscriberTransferTokenRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[IssueSubscriberTransferTokenResponse]:
        """`SubscriberResource.issue_subscriber_transfer_token` (`POST /subscribers/transfer_token/issue`), answering `RawResponse[IssueSubscriberTransferTokenResponse]`."""
        answer = await self._resource.issue_subscriber_transfer_token(
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[IssueSubscriberTransferTokenResponse]", answer)

    async def verify_subscriber_transfer_token(
        self,
        *,
        body: VerifySubscriberTransferTokenRequestDict | VerifySubscriberTransferTokenRequest,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[VerifySubscriberTransferTokenResponse]:
        """`SubscriberResource.verify_subscriber_transfer_token` (`POST /subscribers/transfer_token/verify`), answering `RawResponse[VerifySubscriberTransferTokenResponse]`."""
        answer = await self._resource.verify_subscriber_transfer_token(
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[VerifySubscriberTransferTokenResponse]", answer)
