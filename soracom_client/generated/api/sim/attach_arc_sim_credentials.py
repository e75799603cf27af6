# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx

from ...._json import loads as loads_json
from ...._model_base import jsonable
from ...._model_support import path_segment, response_parse_error, validate_request
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.arc_credential_attach_request import ArcCredentialAttachRequest, ArcCredentialAttachRequestDict
from ...models.arc_credential_attach_response import ArcCredentialAttachResponse
from ...types import Response


def _get_kwargs(
    sim_id: str,
    *,
    body: ArcCredentialAttachRequestDict | ArcCredentialAttachRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sims/{sim_id}/credentials/arc".format(
            sim_id=path_segment("sim_id", sim_id),
        ),
    }

    _kwargs["json"] = jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # soracom-client: every constraint the spec states is checked before anything is sent.
    validate_request(
        "attach_arc_sim_credentials",
        {
            "sim_id": sim_id,
        },
        _kwargs.get("json"),
    )
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArcCredentialAttachResponse | None:
    # soracom-client: a body that does not fit the spec raises ResponseParseError, never a bare error.
    try:
        return _read_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as exc:
        raise response_parse_error("attach_arc_sim_credentials", response, exc) from exc


def _read_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArcCredentialAttachResponse | None:
    if response.status_code == 200:
        response_200 = ArcCredentialAttachResponse.from_dict(loads_json(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ArcCredentialAttachResponse]:
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
    body: ArcCredentialAttachRequestDict | ArcCredentialAttachRequest,
) -> Response[ArcCredentialAttachResponse]:
    """(DEPRECATED) Attaches the credentials for Arc to a SIM

     (DEPRECATED) Attaches the credentials (public key) for Soracom Arc to the SIM.
    **Warning**: Please use the `renewArcSimCredentials` API instead.

    Args:
        sim_id (str):
        body (ArcCredentialAttachRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArcCredentialAttachResponse]
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
    body: ArcCredentialAttachRequestDict | ArcCredentialAttachRequest,
) -> ArcCredentialAttachResponse | None:
    """(DEPRECATED) Attaches the credentials for Arc to a SIM

     (DEPRECATED) Attaches the credentials (public key) for Soracom Arc to the SIM.
    **Warning**: Please use the `renewArcSimCredentials` API instead.

    Args:
        sim_id (str):
        body (ArcCredentialAttachRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArcCredentialAttachResponse
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
    body: ArcCredentialAttachRequestDict | ArcCredentialAttachRequest,
) -> Response[ArcCredentialAttachResponse]:
    """(DEPRECATED) Attaches the credentials for Arc to a SIM

     (DEPRECATED) Attaches the credentials (public key) for Soracom Arc to the SIM.
    **Warning**: Please use the `renewArcSimCredentials` API instead.

    Args:
        sim_id (str):
        body (ArcCredentialAttachRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArcCredentialAttachResponse]
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
    body: ArcCredentialAttachRequestDict | ArcCredentialAttachRequest,
) -> ArcCredentialAttachResponse | None:
    """(DEPRECATED) Attaches the credentials for Arc to a SIM

     (DEPRECATED) Attaches the credentials (public key) for Soracom Arc to the SIM.
    **Warning**: Please use the `renewArcSimCredentials` API instead.

    Args:
        sim_id (str):
        body (ArcCredentialAttachRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArcCredentialAttachResponse
    """

    return (
        await asyncio_detailed(
            sim_id=sim_id,
            client=client,
            body=body,
        )
    ).parsed
