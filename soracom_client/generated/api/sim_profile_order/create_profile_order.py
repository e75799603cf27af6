# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ...._json import loads as loads_json
from ...._model_base import jsonable
from ...._model_support import response_parse_error, validate_request
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_sim_profile_order_request import CreateSimProfileOrderRequest, CreateSimProfileOrderRequestDict
from ...models.sim_profile_order_response import SimProfileOrderResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateSimProfileOrderRequestDict | CreateSimProfileOrderRequest | None = None,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sim_profile_orders",
    }

    if body is not None:
        _kwargs["json"] = jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # soracom-client: every constraint the spec states is checked before anything is sent.
    validate_request(
        "create_profile_order",
        {},
        _kwargs.get("json"),
    )
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SimProfileOrderResponse | None:
    # soracom-client: a body that does not fit the spec raises ResponseParseError, never a bare error.
    try:
        return _read_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as exc:
        raise response_parse_error("create_profile_order", response, exc) from exc


def _read_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SimProfileOrderResponse | None:
    if response.status_code == 201:
        response_201 = SimProfileOrderResponse.from_dict(loads_json(response.content))

        return response_201

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | SimProfileOrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSimProfileOrderRequestDict | CreateSimProfileOrderRequest | None = None,
) -> Response[Any | SimProfileOrderResponse]:
    """Create a new eSIM profile order

     Creates a new eSIM profile order without confirming it. An unconfirmed order is valid for 1 day,
    after which it is automatically canceled.
    Use the [SimProfileOrder:confirmProfileOrder API](#/SimProfileOrder/confirmProfileOrder) to confirm
    the order.

    Args:
        body (CreateSimProfileOrderRequest | None): Represents a request to place a eSIM profile
            order without confirming it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SimProfileOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateSimProfileOrderRequestDict | CreateSimProfileOrderRequest | None = None,
) -> Any | SimProfileOrderResponse | None:
    """Create a new eSIM profile order

     Creates a new eSIM profile order without confirming it. An unconfirmed order is valid for 1 day,
    after which it is automatically canceled.
    Use the [SimProfileOrder:confirmProfileOrder API](#/SimProfileOrder/confirmProfileOrder) to confirm
    the order.

    Args:
        body (CreateSimProfileOrderRequest | None): Represents a request to place a eSIM profile
            order without confirming it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SimProfileOrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSimProfileOrderRequestDict | CreateSimProfileOrderRequest | None = None,
) -> Response[Any | SimProfileOrderResponse]:
    """Create a new eSIM profile order

     Creates a new eSIM profile order without confirming it. An unconfirmed order is valid for 1 day,
    after which it is automatically canceled.
    Use the [SimProfileOrder:confirmProfileOrder API](#/SimProfileOrder/confirmProfileOrder) to confirm
    the order.

    Args:
        body (CreateSimProfileOrderRequest | None): Represents a request to place a eSIM profile
            order without confirming it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SimProfileOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateSimProfileOrderRequestDict | CreateSimProfileOrderRequest | None = None,
) -> Any | SimProfileOrderResponse | None:
    """Create a new eSIM profile order

     Creates a new eSIM profile order without confirming it. An unconfirmed order is valid for 1 day,
    after which it is automatically canceled.
    Use the [SimProfileOrder:confirmProfileOrder API](#/SimProfileOrder/confirmProfileOrder) to confirm
    the order.

    Args:
        body (CreateSimProfileOrderRequest | None): Represents a request to place a eSIM profile
            order without confirming it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SimProfileOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
