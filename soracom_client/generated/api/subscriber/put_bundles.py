# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from collections.abc import Sequence
from http import HTTPStatus
from typing import Any, Literal, cast

import httpx

from ...._json import loads as loads_json
from ...._model_base import jsonable
from ...._model_support import path_segment, response_parse_error, validate_request
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.put_bundles_body_item import PutBundlesBodyItem
from ...models.subscriber import Subscriber
from ...types import Response


def _get_kwargs(
    imsi: str,
    *,
    body: Sequence[
        PutBundlesBodyItem
        | Literal[
            "D-300MB",
            "DU-10GB",
            "DU-50GB",
            "DU-100GB",
            "US-1MB",
            "US-3MB",
            "US-10MB",
            "US-20MB",
            "US-50MB",
            "US-100MB",
            "US-300MB",
            "US-500MB",
            "US-1GB",
            "US-3GB",
            "US-5GB",
            "US-10GB",
        ]
    ],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/subscribers/{imsi}/bundles".format(
            imsi=path_segment("imsi", imsi),
        ),
    }

    _kwargs["json"] = jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # soracom-client: every constraint the spec states is checked before anything is sent.
    validate_request(
        "put_bundles",
        {
            "imsi": imsi,
        },
        _kwargs.get("json"),
    )
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Subscriber | None:
    # soracom-client: a body that does not fit the spec raises ResponseParseError, never a bare error.
    try:
        return _read_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as exc:
        raise response_parse_error("put_bundles", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Subscriber | None:
    if response.status_code == 200:
        response_200 = Subscriber.from_dict(loads_json(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Subscriber]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    imsi: str,
    *,
    client: AuthenticatedClient,
    body: Sequence[
        PutBundlesBodyItem
        | Literal[
            "D-300MB",
            "DU-10GB",
            "DU-50GB",
            "DU-100GB",
            "US-1MB",
            "US-3MB",
            "US-10MB",
            "US-20MB",
            "US-50MB",
            "US-100MB",
            "US-300MB",
            "US-500MB",
            "US-1GB",
            "US-3GB",
            "US-5GB",
            "US-10GB",
        ]
    ],
) -> Response[Any | Subscriber]:
    """Set Bundles to Subscriber.

     Sets bundles to the specified subscriber.

    Args:
        imsi (str):
        body (list[PutBundlesBodyItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Subscriber]
    """

    kwargs = _get_kwargs(
        imsi=imsi,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    imsi: str,
    *,
    client: AuthenticatedClient,
    body: Sequence[
        PutBundlesBodyItem
        | Literal[
            "D-300MB",
            "DU-10GB",
            "DU-50GB",
            "DU-100GB",
            "US-1MB",
            "US-3MB",
            "US-10MB",
            "US-20MB",
            "US-50MB",
            "US-100MB",
            "US-300MB",
            "US-500MB",
            "US-1GB",
            "US-3GB",
            "US-5GB",
            "US-10GB",
        ]
    ],
) -> Any | Subscriber | None:
    """Set Bundles to Subscriber.

     Sets bundles to the specified subscriber.

    Args:
        imsi (str):
        body (list[PutBundlesBodyItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Subscriber
    """

    return sync_detailed(
        imsi=imsi,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    imsi: str,
    *,
    client: AuthenticatedClient,
    body: Sequence[
        PutBundlesBodyItem
        | Literal[
            "D-300MB",
            "DU-10GB",
            "DU-50GB",
            "DU-100GB",
            "US-1MB",
            "US-3MB",
            "US-10MB",
            "US-20MB",
            "US-50MB",
            "US-100MB",
            "US-300MB",
            "US-500MB",
            "US-1GB",
            "US-3GB",
            "US-5GB",
            "US-10GB",
        ]
    ],
) -> Response[Any | Subscriber]:
    """Set Bundles to Subscriber.

     Sets bundles to the specified subscriber.

    Args:
        imsi (str):
        body (list[PutBundlesBodyItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Subscriber]
    """

    kwargs = _get_kwargs(
        imsi=imsi,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    imsi: str,
    *,
    client: AuthenticatedClient,
    body: Sequence[
        PutBundlesBodyItem
        | Literal[
            "D-300MB",
            "DU-10GB",
            "DU-50GB",
            "DU-100GB",
            "US-1MB",
            "US-3MB",
            "US-10MB",
            "US-20MB",
            "US-50MB",
            "US-100MB",
            "US-300MB",
            "US-500MB",
            "US-1GB",
            "US-3GB",
            "US-5GB",
            "US-10GB",
        ]
    ],
) -> Any | Subscriber | None:
    """Set Bundles to Subscriber.

     Sets bundles to the specified subscriber.

    Args:
        imsi (str):
        body (list[PutBundlesBodyItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Subscriber
    """

    return (
        await asyncio_detailed(
            imsi=imsi,
            client=client,
            body=body,
        )
    ).parsed
