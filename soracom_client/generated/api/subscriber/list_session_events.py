# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx

from ...._json import loads as loads_json
from ...._model_support import path_segment, response_parse_error, validate_request
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.session_event import SessionEvent
from ...types import Response


def _get_kwargs(
    imsi: str,
    *,
    from_: int | None = None,
    to: int | None = None,
    limit: int | None = None,
    last_evaluated_key: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["limit"] = limit

    params["last_evaluated_key"] = last_evaluated_key

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscribers/{imsi}/events/sessions".format(
            imsi=path_segment("imsi", imsi),
        ),
        "params": params,
    }

    # soracom-client: every constraint the spec states is checked before anything is sent.
    validate_request(
        "list_session_events",
        {
            "imsi": imsi,
            **params,
        },
        _kwargs.get("json"),
    )
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[SessionEvent] | None:
    # soracom-client: a body that does not fit the spec raises ResponseParseError, never a bare error.
    try:
        return _read_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as exc:
        raise response_parse_error("list_session_events", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[SessionEvent] | None:
    if response.status_code == 200:
        _response_200 = loads_json(response.content)
        if not isinstance(_response_200, list):
            raise TypeError("expected a list")
        response_200 = []
        for response_200_item_data in _response_200:
            response_200_item = SessionEvent.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[SessionEvent]]:
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
    from_: int | None = None,
    to: int | None = None,
    limit: int | None = None,
    last_evaluated_key: str | None = None,
) -> Response[list[SessionEvent]]:
    """List Session Events.

     Returns the event history of session creation/modification/disconnection on the specified subscriber
    in the last 32 days. If the total number of events does not fit in one page, a URL for accessing the
    next page is returned in the `link` header of the response.

    Args:
        imsi (str):
        from_ (int | None):
        to (int | None):
        limit (int | None):
        last_evaluated_key (str | None):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[SessionEvent]]
    """

    kwargs = _get_kwargs(
        imsi=imsi,
        from_=from_,
        to=to,
        limit=limit,
        last_evaluated_key=last_evaluated_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    imsi: str,
    *,
    client: AuthenticatedClient,
    from_: int | None = None,
    to: int | None = None,
    limit: int | None = None,
    last_evaluated_key: str | None = None,
) -> list[SessionEvent] | None:
    """List Session Events.

     Returns the event history of session creation/modification/disconnection on the specified subscriber
    in the last 32 days. If the total number of events does not fit in one page, a URL for accessing the
    next page is returned in the `link` header of the response.

    Args:
        imsi (str):
        from_ (int | None):
        to (int | None):
        limit (int | None):
        last_evaluated_key (str | None):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[SessionEvent]
    """

    return sync_detailed(
        imsi=imsi,
        client=client,
        from_=from_,
        to=to,
        limit=limit,
        last_evaluated_key=last_evaluated_key,
    ).parsed


async def asyncio_detailed(
    imsi: str,
    *,
    client: AuthenticatedClient,
    from_: int | None = None,
    to: int | None = None,
    limit: int | None = None,
    last_evaluated_key: str | None = None,
) -> Response[list[SessionEvent]]:
    """List Session Events.

     Returns the event history of session creation/modification/disconnection on the specified subscriber
    in the last 32 days. If the total number of events does not fit in one page, a URL for accessing the
    next page is returned in the `link` header of the response.

    Args:
        imsi (str):
        from_ (int | None):
        to (int | None):
        limit (int | None):
        last_evaluated_key (str | None):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[SessionEvent]]
    """

    kwargs = _get_kwargs(
        imsi=imsi,
        from_=from_,
        to=to,
        limit=limit,
        last_evaluated_key=last_evaluated_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    imsi: str,
    *,
    client: AuthenticatedClient,
    from_: int | None = None,
    to: int | None = None,
    limit: int | None = None,
    last_evaluated_key: str | None = None,
) -> list[SessionEvent] | None:
    """List Session Events.

     Returns the event history of session creation/modification/disconnection on the specified subscriber
    in the last 32 days. If the total number of events does not fit in one page, a URL for accessing the
    next page is returned in the `link` header of the response.

    Args:
        imsi (str):
        from_ (int | None):
        to (int | None):
        limit (int | None):
        last_evaluated_key (str | None):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[SessionEvent]
    """

    return (
        await asyncio_detailed(
            imsi=imsi,
            client=client,
            from_=from_,
            to=to,
            limit=limit,
            last_evaluated_key=last_evaluated_key,
        )
    ).parsed
