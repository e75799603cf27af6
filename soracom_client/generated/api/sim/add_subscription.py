# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ...._json import loads as loads_json
from ...._model_base import jsonable
from ...._model_support import path_segment, response_parse_error, validate_request
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_subscription_body import AddSubscriptionBody, AddSubscriptionBodyDict
from ...models.sim_profile import SimProfile
from ...types import Response


def _get_kwargs(
    sim_id: str,
    iccid: str,
    *,
    body: AddSubscriptionBodyDict | AddSubscriptionBody | None = None,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sims/{sim_id}/profiles/{iccid}/add_subscription".format(
            sim_id=path_segment("sim_id", sim_id),
            iccid=path_segment("iccid", iccid),
        ),
    }

    if body is not None:
        _kwargs["json"] = jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # soracom-client: every constraint the spec states is checked before anything is sent.
    validate_request(
        "add_subscription",
        {
            "sim_id": sim_id,
            "iccid": iccid,
        },
        _kwargs.get("json"),
    )
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | SimProfile | None:
    # soracom-client: a body that does not fit the spec raises ResponseParseError, never a bare error.
    try:
        return _read_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as exc:
        raise response_parse_error("add_subscription", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | SimProfile | None:
    if response.status_code == 200:
        response_200 = SimProfile.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | SimProfile]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sim_id: str,
    iccid: str,
    *,
    client: AuthenticatedClient,
    body: AddSubscriptionBodyDict | AddSubscriptionBody | None = None,
) -> Response[Any | SimProfile]:
    """Adds a new secondary subscription to an IoT SIM

     Add a new secondary subscription ([additional subscription](/en/docs/air/subscription-
    containers/#adding-a-subscription) or [virtual SIM/Subscriber](/en/docs/arc/configuration/#adding-a-
    virtual-sim-to-an-air-sim)) to the IoT SIM.

    Args:
        sim_id (str):
        iccid (str):
        body (AddSubscriptionBody | None):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SimProfile]
    """

    kwargs = _get_kwargs(
        sim_id=sim_id,
        iccid=iccid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sim_id: str,
    iccid: str,
    *,
    client: AuthenticatedClient,
    body: AddSubscriptionBodyDict | AddSubscriptionBody | None = None,
) -> Any | SimProfile | None:
    """Adds a new secondary subscription to an IoT SIM

     Add a new secondary subscription ([additional subscription](/en/docs/air/subscription-
    containers/#adding-a-subscription) or [virtual SIM/Subscriber](/en/docs/arc/configuration/#adding-a-
    virtual-sim-to-an-air-sim)) to the IoT SIM.

    Args:
        sim_id (str):
        iccid (str):
        body (AddSubscriptionBody | None):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SimProfile
    """

    return sync_detailed(
        sim_id=sim_id,
        iccid=iccid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    sim_id: str,
    iccid: str,
    *,
    client: AuthenticatedClient,
    body: AddSubscriptionBodyDict | AddSubscriptionBody | None = None,
) -> Response[Any | SimProfile]:
    """Adds a new secondary subscription to an IoT SIM

     Add a new secondary subscription ([additional subscription](/en/docs/air/subscription-
    containers/#adding-a-subscription) or [virtual SIM/Subscriber](/en/docs/arc/configuration/#adding-a-
    virtual-sim-to-an-air-sim)) to the IoT SIM.

    Args:
        sim_id (str):
        iccid (str):
        body (AddSubscriptionBody | None):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SimProfile]
    """

    kwargs = _get_kwargs(
        sim_id=sim_id,
        iccid=iccid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sim_id: str,
    iccid: str,
    *,
    client: AuthenticatedClient,
    body: AddSubscriptionBodyDict | AddSubscriptionBody | None = None,
) -> Any | SimProfile | None:
    """Adds a new secondary subscription to an IoT SIM

     Add a new secondary subscription ([additional subscription](/en/docs/air/subscription-
    containers/#adding-a-subscription) or [virtual SIM/Subscriber](/en/docs/arc/configuration/#adding-a-
    virtual-sim-to-an-air-sim)) to the IoT SIM.

    Args:
        sim_id (str):
        iccid (str):
        body (AddSubscriptionBody | None):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SimProfile
    """

    return (
        await asyncio_detailed(
            sim_id=sim_id,
            iccid=iccid,
            client=client,
            body=body,
        )
    ).parsed
