# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx

from ...._json import loads as loads_json
from ...._model_base import jsonable
from ...._model_support import response_parse_error, validate_request
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.issue_subscriber_transfer_token_request import (
    IssueSubscriberTransferTokenRequest,
    IssueSubscriberTransferTokenRequestDict,
)
from ...models.issue_subscriber_transfer_token_response import IssueSubscriberTransferTokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: IssueSubscriberTransferTokenRequestDict | IssueSubscriberTransferTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subscribers/transfer_token/issue",
    }

    _kwargs["json"] = jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # soracom-client: every constraint the spec states is checked before anything is sent.
    validate_request(
        "issue_subscriber_transfer_token",
        {},
        _kwargs.get("json"),
    )
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IssueSubscriberTransferTokenResponse | None:
    # soracom-client: a body that does not fit the spec raises ResponseParseError, never a bare error.
    try:
        return _read_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as exc:
        raise response_parse_error("issue_subscriber_transfer_token", response, exc) from exc


def _read_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IssueSubscriberTransferTokenResponse | None:
    if response.status_code == 200:
        response_200 = IssueSubscriberTransferTokenResponse.from_dict(loads_json(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IssueSubscriberTransferTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: IssueSubscriberTransferTokenRequestDict | IssueSubscriberTransferTokenRequest,
) -> Response[IssueSubscriberTransferTokenResponse]:
    """Initiate the transfer of Ready status SIMs (Issue a transfer token)

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IssueSubscriberTransferTokenResponse]
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
    body: IssueSubscriberTransferTokenRequestDict | IssueSubscriberTransferTokenRequest,
) -> IssueSubscriberTransferTokenResponse | None:
    """Initiate the transfer of Ready status SIMs (Issue a transfer token)

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IssueSubscriberTransferTokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: IssueSubscriberTransferTokenRequestDict | IssueSubscriberTransferTokenRequest,
) -> Response[IssueSubscriberTransferTokenResponse]:
    """Initiate the transfer of Ready status SIMs (Issue a transfer token)

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IssueSubscriberTransferTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: IssueSubscriberTransferTokenRequestDict | IssueSubscriberTransferTokenRequest,
) -> IssueSubscriberTransferTokenResponse | None:
    """Initiate the transfer of Ready status SIMs (Issue a transfer token)

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IssueSubscriberTransferTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
