# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ...._json import loads as loads_json
from ...._model_support import path_segment, response_parse_error, validate_request
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ordered_sim_profile_response import OrderedSimProfileResponse
from ...types import Response


def _get_kwargs(
    profile_order_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sim_profile_orders/{profile_order_id}/profiles".format(
            profile_order_id=path_segment("profile_order_id", profile_order_id),
        ),
    }

    # soracom-client: every constraint the spec states is checked before anything is sent.
    validate_request(
        "list_ordered_profiles",
        {
            "profile_order_id": profile_order_id,
        },
        _kwargs.get("json"),
    )
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[OrderedSimProfileResponse] | None:
    # soracom-client: a body that does not fit the spec raises ResponseParseError, never a bare error.
    try:
        return _read_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as exc:
        raise response_parse_error("list_ordered_profiles", response, exc) from exc


def _read_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[OrderedSimProfileResponse] | None:
    if response.status_code == 200:
        _response_200 = loads_json(response.content)
        if not isinstance(_response_200, list):
            raise TypeError("expected a list")
        response_200 = []
        for response_200_item_data in _response_200:
            response_200_item = OrderedSimProfileResponse.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[OrderedSimProfileResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    profile_order_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | list[OrderedSimProfileResponse]]:
    """List eSIM profiles created by the eSIM profile order

     Returns a list of eSIM profiles created by the specified eSIM profile order.

    Args:
        profile_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[OrderedSimProfileResponse]]
    """

    kwargs = _get_kwargs(
        profile_order_id=profile_order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    profile_order_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | list[OrderedSimProfileResponse] | None:
    """List eSIM profiles created by the eSIM profile order

     Returns a list of eSIM profiles created by the specified eSIM profile order.

    Args:
        profile_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[OrderedSimProfileResponse]
    """

    return sync_detailed(
        profile_order_id=profile_order_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    profile_order_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | list[OrderedSimProfileResponse]]:
    """List eSIM profiles created by the eSIM profile order

     Returns a list of eSIM profiles created by the specified eSIM profile order.

    Args:
        profile_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[OrderedSimProfileResponse]]
    """

    kwargs = _get_kwargs(
        profile_order_id=profile_order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    profile_order_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | list[OrderedSimProfileResponse] | None:
    """List eSIM profiles created by the eSIM profile order

     Returns a list of eSIM profiles created by the specified eSIM profile order.

    Args:
        profile_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[OrderedSimProfileResponse]
    """

    return (
        await asyncio_detailed(
            profile_order_id=profile_order_id,
            client=client,
        )
    ).parsed
