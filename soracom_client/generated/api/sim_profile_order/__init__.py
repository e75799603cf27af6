# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
"""Operations tagged `sim_profile_order`, as methods of `SimProfileOrderResource` (`Soracom.sim_profile_order`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

import httpx

from ...._options import CallOptions
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Awaitable, Mapping, Sequence

    from ...._pagination import Page, Paginator
    from ...._response import RawResponse
    from ...models.create_sim_profile_order_request import (
        CreateSimProfileOrderRequest,
        CreateSimProfileOrderRequestDict,
    )
    from ...models.ordered_sim_profile_response import OrderedSimProfileResponse
    from ...models.sim_profile_order_response import SimProfileOrderResponse
    from .. import OperationRunner


class SimProfileOrderResource:
    """The `sim_profile_order` operations of the Soracom API. Get it as `Soracom.sim_profile_order`."""

    def __init__(self, runner: OperationRunner) -> None:
        self._runner = runner

    def list_profile_orders(
        self,
        *,
        limit: int | None = None,
        last_evaluated_key: str | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Paginator[SimProfileOrderResponse]:
        """List eSIM profile orders

        `GET /sim_profile_orders`

        Returns a list of eSIM profile orders. If the total number of orders does not fit in one page, a URL
        for accessing the next page is returned in the `link` header of the response.

        Args:
            limit (int | None):  Default: 100.
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
        from . import list_profile_orders as operation

        arguments: dict[str, Any] = {
            "limit": limit,
            "last_evaluated_key": last_evaluated_key,
        }
        paginator = self._runner.paginate(
            operation,
            "list_profile_orders",
            "GET",
            "/sim_profile_orders",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
            "last_evaluated_key",
            "x-soracom-next-key",
        )
        return cast("Paginator[SimProfileOrderResponse]", paginator)

    async def create_profile_order(
        self,
        *,
        body: CreateSimProfileOrderRequestDict | CreateSimProfileOrderRequest | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SimProfileOrderResponse:
        """Create a new eSIM profile order

        `POST /sim_profile_orders`

        Creates a new eSIM profile order without confirming it. An unconfirmed order is valid for 1 day,
        after which it is automatically canceled.
        Use the [SimProfileOrder:confirmProfileOrder API](#/SimProfileOrder/confirmProfileOrder) to confirm
        the order.

        Args:
            body (CreateSimProfileOrderRequest | None): Represents a request to place a eSIM profile
                order without confirming it.
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
        from . import create_profile_order as operation

        arguments: dict[str, Any] = {
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "create_profile_order",
            "POST",
            "/sim_profile_orders",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("SimProfileOrderResponse", result)

    async def get_profile_order(
        self,
        profile_order_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SimProfileOrderResponse:
        """Get an eSIM profile order

        `GET /sim_profile_orders/{profile_order_id}`

        Get an eSIM profile order.

        Args:
            profile_order_id (str):
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
        from . import get_profile_order as operation

        arguments: dict[str, Any] = {
            "profile_order_id": profile_order_id,
        }
        result = await self._runner.call(
            operation,
            "get_profile_order",
            "GET",
            "/sim_profile_orders/{profile_order_id}",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("SimProfileOrderResponse", result)

    async def delete_profile_order(
        self,
        profile_order_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> None:
        """Cancel an eSIM profile order

        `DELETE /sim_profile_orders/{profile_order_id}`

        Cancels an unconfirmed eSIM profile order.

        Args:
            profile_order_id (str):
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
        from . import delete_profile_order as operation

        arguments: dict[str, Any] = {
            "profile_order_id": profile_order_id,
        }
        result = await self._runner.call(
            operation,
            "delete_profile_order",
            "DELETE",
            "/sim_profile_orders/{profile_order_id}",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("None", result)

    async def confirm_profile_order(
        self,
        profile_order_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SimProfileOrderResponse:
        """Confirm an eSIM profile order

        `POST /sim_profile_orders/{profile_order_id}/confirm`

        Confirms an unconfirmed eSIM profile order and completes the order.
        Once confirmed, an eSIM profile order cannot be canceled.

        Args:
            profile_order_id (str):
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
        from . import confirm_profile_order as operation

        arguments: dict[str, Any] = {
            "profile_order_id": profile_order_id,
        }
        result = await self._runner.call(
            operation,
            "confirm_profile_order",
            "POST",
            "/sim_profile_orders/{profile_order_id}/confirm",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("SimProfileOrderResponse", result)

    async def list_ordered_profiles(
        self,
        profile_order_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> list[OrderedSimProfileResponse]:
        """List eSIM profiles created by the eSIM profile order

        `GET /sim_profile_orders/{profile_order_id}/profiles`

        Returns a list of eSIM profiles created by the specified eSIM profile order.

        Args:
            profile_order_id (str):
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
        from . import list_ordered_profiles as operation

        arguments: dict[str, Any] = {
            "profile_order_id": profile_order_id,
        }
        result = await self._runner.call(
            operation,
            "list_ordered_profiles",
            "GET",
            "/sim_profile_orders/{profile_order_id}/profiles",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("list[OrderedSimProfileResponse]", result)


class SimProfileOrderResourceWithRawResponse:
    """`Soracom.with_raw_response.sim_profile_order`: the methods of `SimProfileOrderResource`, with the same
    arguments, each answering a `soracom_client.RawResponse` (parsed value, status, headers, rate limit,
    request id); a paginated one answers its one page, `RawResponse[Page[T]]`."""

    def __init__(self, runner: OperationRunner) -> None:
        self._resource = SimProfileOrderResource(runner)  # runner: a raw runner, which answers RawResponse

    async def list_profile_orders(
        self,
        *,
        limit: int | None = None,
        last_evaluated_key: str | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Page[SimProfileOrderResponse]]:
        """`SimProfileOrderResource.list_profile_orders` (`GET /sim_profile_orders`), answering `RawResponse[Page[SimProfileOrderResponse]]`."""
        answer = self._resource.list_profile_orders(
            limit=limit,
            last_evaluated_key=last_evaluated_key,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[Page[SimProfileOrderResponse]]", await cast("Awaitable[Any]", answer))

    async def create_profile_order(
        self,
        *,
        body: CreateSimProfileOrderRequestDict | CreateSimProfileOrderRequest | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[SimProfileOrderResponse]:
        """`SimProfileOrderResource.create_profile_order` (`POST /sim_profile_orders`), answering `RawResponse[SimProfileOrderResponse]`."""
        answer = await self._resource.create_profile_order(
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[SimProfileOrderResponse]", answer)

    async def get_profile_order(
        self,
        profile_order_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[SimProfileOrderResponse]:
        """`SimProfileOrderResource.get_profile_order` (`GET /sim_profile_orders/{profile_order_id}`), answering `RawResponse[SimProfileOrderResponse]`."""
        answer = await self._resource.get_profile_order(
            profile_order_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[SimProfileOrderResponse]", answer)

    async def delete_profile_order(
        self,
        profile_order_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[None]:
        """`SimProfileOrderResource.delete_profile_order` (`DELETE /sim_profile_orders/{profile_order_id}`), answering `RawResponse[None]`."""
        answer = await self._resource.delete_profile_order(
            profile_order_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[None]", answer)

    async def confirm_profile_order(
        self,
        profile_order_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[SimProfileOrderResponse]:
        """`SimProfileOrderResource.confirm_profile_order` (`POST /sim_profile_orders/{profile_order_id}/confirm`), answering `RawResponse[SimProfileOrderResponse]`."""
        answer = await self._resource.confirm_profile_order(
            profile_order_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[SimProfileOrderResponse]", answer)

    async def list_ordered_profiles(
        self,
        profile_order_id: str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[list[OrderedSimProfileResponse]]:
        """`SimProfileOrderResource.list_ordered_profiles` (`GET /sim_profile_orders/{profile_order_id}/profiles`), answering `RawResponse[list[OrderedSimProfileResponse]]`."""
        answer = await self._resource.list_ordered_profiles(
            profile_order_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[list[OrderedSimProfileResponse]]", answer)
