# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from http import HTTPStatus
from typing import Any, Literal, cast

import httpx

from ...._json import loads as loads_json
from ...._model_support import path_segment, response_parse_error, validate_request
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_sim_status_history_sort import ListSimStatusHistorySort
from ...models.sim_status_history_response import SimStatusHistoryResponse
from ...types import Response


def _get_kwargs(
    sim_id: str,
    *,
    from_: int | None = None,
    to: int | None = None,
    last_evaluated_key: str | None = None,
    sort: ListSimStatusHistorySort | Literal["desc", "asc"] | None = None,
    limit: int | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["last_evaluated_key"] = last_evaluated_key

    if sort is None:
        sort = ListSimStatusHistorySort.DESC
    json_sort = getattr(sort, "value", sort)

    params["sort"] = json_sort

    if limit is None:
        limit = 30
    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sims/{sim_id}/statuses/history".format(
            sim_id=path_segment("sim_id", sim_id),
        ),
        "params": params,
    }

    # soracom-client: every constraint the spec states is checked before anything is sent.
    validate_request(
        "list_sim_status_history",
        {
            "sim_id": sim_id,
            **params,
        },
        _kwargs.get("json"),
    )
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[SimStatusHistoryResponse] | None:
    # soracom-client: a body that does not fit the spec raises ResponseParseError, never a bare error.
    try:
        return _read_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as exc:
        raise response_parse_error("list_sim_status_history", response, exc) from exc


def _read_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[SimStatusHistoryResponse] | None:
    if response.status_code == 200:
        _response_200 = loads_json(response.content)
        if not isinstance(_response_200, list):
            raise TypeError("expected a list")
        response_200 = []
        for response_200_item_data in _response_200:
            response_200_item = SimStatusHistoryResponse.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[SimStatusHistoryResponse]]:
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
    from_: int | None = None,
    to: int | None = None,
    last_evaluated_key: str | None = None,
    sort: ListSimStatusHistorySort | Literal["desc", "asc"] | None = None,
    limit: int | None = None,
) -> Response[Any | list[SimStatusHistoryResponse]]:
    """List IoT SIM status operation history

     List IoT SIM status operation history. Status operation history entry records what status operations
    were performed for which IMSI and which subscriptions, along with the operation time. It includes
    speed class, group ID, IoT SIM status, etc. If the total number of status operation history entry
    does not fit in one page, a URL for accessing the next page is returned in the `link` header of the
    response.

    Args:
        sim_id (str):
        from_ (int | None):
        to (int | None):
        last_evaluated_key (str | None):
        sort (ListSimStatusHistorySort | None):  Default: ListSimStatusHistorySort.DESC.
        limit (int | None):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[SimStatusHistoryResponse]]
    """

    kwargs = _get_kwargs(
        sim_id=sim_id,
        from_=from_,
        to=to,
        last_evaluated_key=last_evaluated_key,
        sort=sort,
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
    from_: int | None = None,
    to: int | None = None,
    last_evaluated_key: str | None = None,
    sort: ListSimStatusHistorySort | Literal["desc", "asc"] | None = None,
    limit: int | None = None,
) -> Any | list[SimStatusHistoryResponse] | None:
    """List IoT SIM status operation history

     List IoT SIM status operation history. Status operation history entry records what status operations
    were performed for which IMSI and which subscriptions, along with the operation time. It includes
    speed class, group ID, IoT SIM status, etc. If the total number of status operation history entry
    does not fit in one page, a URL for accessing the next page is returned in the `link` header of the
    response.

    Args:
        sim_id (str):
        from_ (int | None):
        to (int | None):
        last_evaluated_key (str | None):
        sort (ListSimStatusHistorySort | None):  Default: ListSimStatusHistorySort.DESC.
        limit (int | None):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[SimStatusHistoryResponse]
    """

    return sync_detailed(
        sim_id=sim_id,
        client=client,
        from_=from_,
        to=to,
        last_evaluated_key=last_evaluated_key,
        sort=sort,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    sim_id: str,
    *,
    client: AuthenticatedClient,
    from_: int | None = None,
    to: int | None = None,
    last_evaluated_key: str | None = None,
    sort: ListSimStatusHistorySort | Literal["desc", "asc"] | None = None,
    limit: int | None = None,
) -> Response[Any | list[SimStatusHistoryResponse]]:
    """List IoT SIM status operation history

     List IoT SIM status operation history. Status operation history entry records what status operations
    were performed for which IMSI and which subscriptions, along with the operation time. It includes
    speed class, group ID, IoT SIM status, etc. If the total number of status operation history entry
    does not fit in one page, a URL for accessing the next page is returned in the `link` header of the
    response.

    Args:
        sim_id (str):
        from_ (int | None):
        to (int | None):
        last_evaluated_key (str | None):
        sort (ListSimStatusHistorySort | None):  Default: ListSimStatusHistorySort.DESC.
        limit (int | None):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[SimStatusHistoryResponse]]
    """

    kwargs = _get_kwargs(
        sim_id=sim_id,
        from_=from_,
        to=to,
        last_evaluated_key=last_evaluated_key,
        sort=sort,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sim_id: str,
    *,
    client: AuthenticatedClient,
    from_: int | None = None,
    to: int | None = None,
    last_evaluated_key: str | None = None,
    sort: ListSimStatusHistorySort | Literal["desc", "asc"] | None = None,
    limit: int | None = None,
) -> Any | list[SimStatusHistoryResponse] | None:
    """List IoT SIM status operation history

     List IoT SIM status operation history. Status operation history entry records what status operations
    were performed for which IMSI and which subscriptions, along with the operation time. It includes
    speed class, group ID, IoT SIM status, etc. If the total number of status operation history entry
    does not fit in one page, a URL for accessing the next page is returned in the `link` header of the
    response.

    Args:
        sim_id (str):
        from_ (int | None):
        to (int | None):
        last_evaluated_key (str | None):
        sort (ListSimStatusHistorySort | None):  Default: ListSimStatusHistorySort.DESC.
        limit (int | None):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[SimStatusHistoryResponse]
    """

    return (
        await asyncio_detailed(
            sim_id=sim_id,
            client=client,
            from_=from_,
            to=to,
            last_evaluated_key=last_evaluated_key,
            sort=sort,
            limit=limit,
        )
    ).parsed
