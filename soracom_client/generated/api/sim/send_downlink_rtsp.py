# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ...._model_base import jsonable
from ...._model_support import path_segment, response_parse_error, validate_request
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sim_downlink_rtsp_request import SimDownlinkRtspRequest, SimDownlinkRtspRequestDict
from ...types import Response


def _get_kwargs(
    sim_id: str,
    *,
    body: SimDownlinkRtspRequestDict | SimDownlinkRtspRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sims/{sim_id}/downlink/rtsp".format(
            sim_id=path_segment("sim_id", sim_id),
        ),
    }

    _kwargs["json"] = jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # soracom-client: every constraint the spec states is checked before anything is sent.
    validate_request(
        "send_downlink_rtsp",
        {
            "sim_id": sim_id,
        },
        _kwargs.get("json"),
    )
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | bytes | None:
    # soracom-client: a body that does not fit the spec raises ResponseParseError, never a bare error.
    try:
        return _read_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as exc:
        raise response_parse_error("send_downlink_rtsp", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | bytes | None:
    if response.status_code == 200:
        response_200 = response.content

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | bytes]:
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
    body: SimDownlinkRtspRequestDict | SimDownlinkRtspRequest,
) -> Response[Any | bytes]:
    """Send a command to a RTSP stream to a device using an IoT SIM

     Sends a command to a device using an IoT SIM and returns a response based on specified command and
    options in request.
    - An error occurs if the command does not complete within 10 seconds.

    Args:
        sim_id (str):
        body (SimDownlinkRtspRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | bytes]
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
    body: SimDownlinkRtspRequestDict | SimDownlinkRtspRequest,
) -> Any | bytes | None:
    """Send a command to a RTSP stream to a device using an IoT SIM

     Sends a command to a device using an IoT SIM and returns a response based on specified command and
    options in request.
    - An error occurs if the command does not complete within 10 seconds.

    Args:
        sim_id (str):
        body (SimDownlinkRtspRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | bytes
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
    body: SimDownlinkRtspRequestDict | SimDownlinkRtspRequest,
) -> Response[Any | bytes]:
    """Send a command to a RTSP stream to a device using an IoT SIM

     Sends a command to a device using an IoT SIM and returns a response based on specified command and
    options in request.
    - An error occurs if the command does not complete within 10 seconds.

    Args:
        sim_id (str):
        body (SimDownlinkRtspRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | bytes]
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
    body: SimDownlinkRtspRequestDict | SimDownlinkRtspRequest,
) -> Any | bytes | None:
    """Send a command to a RTSP stream to a device using an IoT SIM

     Sends a command to a device using an IoT SIM and returns a response based on specified command and
    options in request.
    - An error occurs if the command does not complete within 10 seconds.

    Args:
        sim_id (str):
        body (SimDownlinkRtspRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | bytes
    """

    return (
        await asyncio_detailed(
            sim_id=sim_id,
            client=client,
            body=body,
        )
    ).parsed
