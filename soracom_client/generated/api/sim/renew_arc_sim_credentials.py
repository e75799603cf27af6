# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx

from ...._json import loads as loads_json
from ...._model_base import jsonable
from ...._model_support import path_segment, response_parse_error, validate_request
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.arc_credential_renew_request import ArcCredentialRenewRequest, ArcCredentialRenewRequestDict
from ...models.arc_credential_renew_response import ArcCredentialRenewResponse
from ...types import Response


def _get_kwargs(
    sim_id: str,
    *,
    body: ArcCredentialRenewRequestDict | ArcCredentialRenewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/sims/{sim_id}/credentials/arc".format(
            sim_id=path_segment("sim_id", sim_id),
        ),
    }

    _kwargs["json"] = jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # soracom-client: every constraint the spec states is checked before anything is sent.
    validate_request(
        "renew_arc_sim_credentials",
        {
            "sim_id": sim_id,
        },
        _kwargs.get("json"),
    )
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArcCredentialRenewResponse | None:
    # soracom-client: a body that does not fit the spec raises ResponseParseError, never a bare error.
    try:
        return _read_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as exc:
        raise response_parse_error("renew_arc_sim_credentials", response, exc) from exc


def _read_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArcCredentialRenewResponse | None:
    if response.status_code == 200:
        response_200 = ArcCredentialRenewResponse.from_dict(loads_json(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ArcCredentialRenewResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sim_id: str,
    *,
    client: AuthenticatedClient,
    body: ArcCredentialRenewRequestDict | ArcCredentialRenewRequest,
) -> Response[ArcCredentialRenewResponse]:
    """Renew the credentials for Arc to a SIM

     Attaches Arc credential to a SIM and re-initialize a session at once.

    Args:
        sim_id (str):
        body (ArcCredentialRenewRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArcCredentialRenewResponse]
    """

    kwargs = _get_kwargs(
        sim_id=sim_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sim_id: str,
    *,
    client: AuthenticatedClient,
    body: ArcCredentialRenewRequestDict | ArcCredentialRenewRequest,
) -> ArcCredentialRenewResponse | None:
    """Renew the credentials for Arc to a SIM

     Attaches Arc credential to a SIM and re-initialize a session at once.

    Args:
        sim_id (str):
        body (ArcCredentialRenewRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArcCredentialRenewResponse
    """

    return sync_detailed(
        sim_id=sim_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    sim_id: str,
    *,
    client: AuthenticatedClient,
    body: ArcCredentialRenewRequestDict | ArcCredentialRenewRequest,
) -> Response[ArcCredentialRenewResponse]:
    """Renew the credentials for Arc to a SIM

     Attaches Arc credential to a SIM and re-initialize a session at once.

    Args:
        sim_id (str):
        body (ArcCredentialRenewRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArcCredentialRenewResponse]
    """

    kwargs = _get_kwargs(
        sim_id=sim_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sim_id: str,
    *,
    client: AuthenticatedClient,
    body: ArcCredentialRenewRequestDict | ArcCredentialRenewRequest,
) -> ArcCredentialRenewResponse | None:
    """Renew the credentials for Arc to a SIM

     Attaches Arc credential to a SIM and re-initialize a session at once.

    Args:
        sim_id (str):
        body (ArcCredentialRenewRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArcCredentialRenewResponse
    """

    return (
        await asyncio_detailed(
            sim_id=sim_id,
            client=client,
            body=body,
        )
    ).parsed
