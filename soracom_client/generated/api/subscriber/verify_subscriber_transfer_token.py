# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx

from ...._json import loads as loads_json
from ...._model_base import jsonable
from ...._model_support import response_parse_error, validate_request
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.verify_subscriber_transfer_token_request import (
    VerifySubscriberTransferTokenRequest,
    VerifySubscriberTransferTokenRequestDict,
)
from ...models.verify_subscriber_transfer_token_response import VerifySubscriberTransferTokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: VerifySubscriberTransferTokenRequestDict | VerifySubscriberTransferTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subscribers/transfer_token/verify",
    }

    _kwargs["json"] = jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # soracom-client: every constraint the spec states is checked before anything is sent.
    validate_request(
        "verify_subscriber_transfer_token",
        {},
        _kwargs.get("json"),
    )
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VerifySubscriberTransferTokenResponse | None:
    # soracom-client: a body that does not fit the spec raises ResponseParseError, never a bare error.
    try:
        return _read_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as exc:
        raise response_parse_error("verify_subscriber_transfer_token", response, exc) from exc


def _read_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VerifySubscriberTransferTokenResponse | None:
    if response.status_code == 200:
        response_200 = VerifySubscriberTransferTokenResponse.from_dict(loads_json(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[VerifySubscriberTransferTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VerifySubscriberTransferTokenRequestDict | VerifySubscriberTransferTokenRequest,
) -> Response[VerifySubscriberTransferTokenResponse]:
    """Accept the transfer of Ready status SIMs (Verify the transfer token)

     Verifies the transfer token for SIMs and accepts the transfer. To use this API, you need an API key
    and token issued with the destination operator.

    Args:
        body (VerifySubscriberTransferTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VerifySubscriberTransferTokenResponse]
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
    body: VerifySubscriberTransferTokenRequestDict | VerifySubscriberTransferTokenRequest,
) -> VerifySubscriberTransferTokenResponse | None:
    """Accept the transfer of Ready status SIMs (Verify the transfer token)

     Verifies the transfer token for SIMs and accepts the transfer. To use this API, you need an API key
    and token issued with the destination operator.

    Args:
        body (VerifySubscriberTransferTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VerifySubscriberTransferTokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VerifySubscriberTransferTokenRequestDict | VerifySubscriberTransferTokenRequest,
) -> Response[VerifySubscriberTransferTokenResponse]:
    """Accept the transfer of Ready status SIMs (Verify the transfer token)

     Verifies the transfer token for SIMs and accepts the transfer. To use this API, you need an API key
    and token issued with the destination operator.

    Args:
        body (VerifySubscriberTransferTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VerifySubscriberTransferTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VerifySubscriberTransferTokenRequestDict | VerifySubscriberTransferTokenRequest,
) -> VerifySubscriberTransferTokenResponse | None:
    """Accept the transfer of Ready status SIMs (Verify the transfer token)

     Verifies the transfer token for SIMs and accepts the transfer. To use this API, you need an API key
    and token issued with the destination operator.

    Args:
        body (VerifySubscriberTransferTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VerifySubscriberTransferTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
