# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ...._json import loads as loads_json
from ...._model_support import path_segment, response_parse_error, validate_request
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.subscription_container_status import SubscriptionContainerStatus
from ...types import Response


def _get_kwargs(
    sim_id: str,
    iccid: str,
    imsi: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sims/{sim_id}/profiles/{iccid}/subscribers/{imsi}/cancel_download".format(
            sim_id=path_segment("sim_id", sim_id),
            iccid=path_segment("iccid", iccid),
            imsi=path_segment("imsi", imsi),
        ),
    }

    # soracom-client: every constraint the spec states is checked before anything is sent.
    validate_request(
        "cancel_subscription_container_download",
        {
            "sim_id": sim_id,
            "iccid": iccid,
            "imsi": imsi,
        },
        _kwargs.get("json"),
    )
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SubscriptionContainerStatus | None:
    # soracom-client: a body that does not fit the spec raises ResponseParseError, never a bare error.
    try:
        return _read_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as exc:
        raise response_parse_error("cancel_subscription_container_download", response, exc) from exc


def _read_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SubscriptionContainerStatus | None:
    if response.status_code == 200:
        response_200 = SubscriptionContainerStatus.from_dict(loads_json(response.content))

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
) -> Response[Any | SubscriptionContainerStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sim_id: str,
    iccid: str,
    imsi: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | SubscriptionContainerStatus]:
    """Cancel the OTA to the subscription container for an additional subscription

     Cancel the OTA of the additional subscription before the OTA starts. Note that once the IoT SIM goes
    online and the OTA begins, it cannot be canceled.

    Args:
        sim_id (str):
        iccid (str):
        imsi (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SubscriptionContainerStatus]
    """

    kwargs = _get_kwargs(
        sim_id=sim_id,
        iccid=iccid,
        imsi=imsi,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sim_id: str,
    iccid: str,
    imsi: str,
    *,
    client: AuthenticatedClient,
) -> Any | SubscriptionContainerStatus | None:
    """Cancel the OTA to the subscription container for an additional subscription

     Cancel the OTA of the additional subscription before the OTA starts. Note that once the IoT SIM goes
    online and the OTA begins, it cannot be canceled.

    Args:
        sim_id (str):
        iccid (str):
        imsi (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SubscriptionContainerStatus
    """

    return sync_detailed(
        sim_id=sim_id,
        iccid=iccid,
        imsi=imsi,
        client=client,
    ).parsed


async def asyncio_detailed(
    sim_id: str,
    iccid: str,
    imsi: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | SubscriptionContainerStatus]:
    """Cancel the OTA to the subscription container for an additional subscription

     Cancel the OTA of the additional subscription before the OTA starts. Note that once the IoT SIM goes
    online and the OTA begins, it cannot be canceled.

    Args:
        sim_id (str):
        iccid (str):
        imsi (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SubscriptionContainerStatus]
    """

    kwargs = _get_kwargs(
        sim_id=sim_id,
        iccid=iccid,
        imsi=imsi,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sim_id: str,
    iccid: str,
    imsi: str,
    *,
    client: AuthenticatedClient,
) -> Any | SubscriptionContainerStatus | None:
    """Cancel the OTA to the subscription container for an additional subscription

     Cancel the OTA of the additional subscription before the OTA starts. Note that once the IoT SIM goes
    online and the OTA begins, it cannot be canceled.

    Args:
        sim_id (str):
        iccid (str):
        imsi (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SubscriptionContainerStatus
    """

    return (
        await asyncio_detailed(
            sim_id=sim_id,
            iccid=iccid,
            imsi=imsi,
            client=client,
        )
    ).parsed
