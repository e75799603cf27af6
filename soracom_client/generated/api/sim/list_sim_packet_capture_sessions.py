# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ...._json import loads as loads_json
from ...._model_support import path_segment, response_parse_error, validate_request
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.packet_capture_session import PacketCaptureSession
from ...types import Response


def _get_kwargs(
    sim_id: str,
    *,
    last_evaluated_key: str | None = None,
    limit: int | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["last_evaluated_key"] = last_evaluated_key

    if limit is None:
        limit = 10
    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sims/{sim_id}/packet_capture_sessions".format(
            sim_id=path_segment("sim_id", sim_id),
        ),
        "params": params,
    }

    # soracom-client: every constraint the spec states is checked before anything is sent.
    validate_request(
        "list_sim_packet_capture_sessions",
        {
            "sim_id": sim_id,
            **params,
        },
        _kwargs.get("json"),
    )
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[PacketCaptureSession] | None:
    # soracom-client: a body that does not fit the spec raises ResponseParseError, never a bare error.
    try:
        return _read_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as exc:
        raise response_parse_error("list_sim_packet_capture_sessions", response, exc) from exc


def _read_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[PacketCaptureSession] | None:
    if response.status_code == 200:
        _response_200 = loads_json(response.content)
        if not isinstance(_response_200, list):
            raise TypeError("expected a list")
        response_200 = []
        for response_200_item_data in _response_200:
            response_200_item = PacketCaptureSession.from_dict(response_200_item_data)

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
) -> Response[Any | list[PacketCaptureSession]]:
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
    last_evaluated_key: str | None = None,
    limit: int | None = None,
) -> Response[Any | list[PacketCaptureSession]]:
    """Lists packet capture sessions associated with the SIM

     Lists packet capture sessions associated with the SIM.

    Args:
        sim_id (str):
        last_evaluated_key (str | None):
        limit (int | None):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[PacketCaptureSession]]
    """

    kwargs = _get_kwargs(
        sim_id=sim_id,
        last_evaluated_key=last_evaluated_key,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sim_id: str,
    *,
    client: AuthenticatedClient,
    last_evaluated_key: str | None = None,
    limit: int | None = None,
) -> Any | list[PacketCaptureSession] | None:
    """Lists packet capture sessions associated with the SIM

     Lists packet capture sessions associated with the SIM.

    Args:
        sim_id (str):
        last_evaluated_key (str | None):
        limit (int | None):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[PacketCaptureSession]
    """

    return sync_detailed(
        sim_id=sim_id,
        client=client,
        last_evaluated_key=last_evaluated_key,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    sim_id: str,
    *,
    client: AuthenticatedClient,
    last_evaluated_key: str | None = None,
    limit: int | None = None,
) -> Response[Any | list[PacketCaptureSession]]:
    """Lists packet capture sessions associated with the SIM

     Lists packet capture sessions associated with the SIM.

    Args:
        sim_id (str):
        last_evaluated_key (str | None):
        limit (int | None):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[PacketCaptureSession]]
    """

    kwargs = _get_kwargs(
        sim_id=sim_id,
        last_evaluated_key=last_evaluated_key,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sim_id: str,
    *,
    client: AuthenticatedClient,
    last_evaluated_key: str | None = None,
    limit: int | None = None,
) -> Any | list[PacketCaptureSession] | None:
    """Lists packet capture sessions associated with the SIM

     Lists packet capture sessions associated with the SIM.

    Args:
        sim_id (str):
        last_evaluated_key (str | None):
        limit (int | None):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[PacketCaptureSession]
    """

    return (
        await asyncio_detailed(
            sim_id=sim_id,
            client=client,
            last_evaluated_key=last_evaluated_key,
            limit=limit,
        )
    ).parsed
