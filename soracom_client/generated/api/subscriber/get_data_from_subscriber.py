# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from http import HTTPStatus
from typing import Any, Literal

import httpx

from ...._json import loads as loads_json
from ...._model_support import path_segment, response_parse_error, validate_request
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_entry import DataEntry
from ...models.get_data_from_subscriber_sort import GetDataFromSubscriberSort
from ...types import Response


def _get_kwargs(
    imsi: str,
    *,
    from_: int | None = None,
    to: int | None = None,
    sort: GetDataFromSubscriberSort | Literal["desc", "asc"] | None = None,
    limit: int | None = None,
    last_evaluated_key: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    if sort is None:
        sort = GetDataFromSubscriberSort.DESC
    json_sort = getattr(sort, "value", sort)

    params["sort"] = json_sort

    params["limit"] = limit

    params["last_evaluated_key"] = last_evaluated_key

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscribers/{imsi}/data".format(
            imsi=path_segment("imsi", imsi),
        ),
        "params": params,
    }

    # soracom-client: every constraint the spec states is checked before anything is sent.
    validate_request(
        "get_data_from_subscriber",
        {
            "imsi": imsi,
            **params,
        },
        _kwargs.get("json"),
    )
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[DataEntry] | None:
    # soracom-client: a body that does not fit the spec raises ResponseParseError, never a bare error.
    try:
        return _read_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as exc:
        raise response_parse_error("get_data_from_subscriber", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[DataEntry] | None:
    if response.status_code == 200:
        _response_200 = loads_json(response.content)
        if not isinstance(_response_200, list):
            raise TypeError("expected a list")
        response_200 = []
        for response_200_item_data in _response_200:
            response_200_item = DataEntry.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[DataEntry]]:
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
    sort: GetDataFromSubscriberSort | Literal["desc", "asc"] | None = None,
    limit: int | None = None,
    last_evaluated_key: str | None = None,
) -> Response[list[DataEntry]]:
    """Get data sent from a subscriber to Harvest Data.

     Returns a list of data entries sent to Harvest Data from a subscriber that match certain criteria.
    If the total number of data entries does not fit in one page, a URL for accessing the next page is
    returned in the `link` header of the response.

    Args:
        imsi (str):
        from_ (int | None):
        to (int | None):
        sort (GetDataFromSubscriberSort | None):  Default: GetDataFromSubscriberSort.DESC.
        limit (int | None):
        last_evaluated_key (str | None):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[DataEntry]]
    """

    kwargs = _get_kwargs(
        imsi=imsi,
        from_=from_,
        to=to,
        sort=sort,
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
    sort: GetDataFromSubscriberSort | Literal["desc", "asc"] | None = None,
    limit: int | None = None,
    last_evaluated_key: str | None = None,
) -> list[DataEntry] | None:
    """Get data sent from a subscriber to Harvest Data.

     Returns a list of data entries sent to Harvest Data from a subscriber that match certain criteria.
    If the total number of data entries does not fit in one page, a URL for accessing the next page is
    returned in the `link` header of the response.

    Args:
        imsi (str):
        from_ (int | None):
        to (int | None):
        sort (GetDataFromSubscriberSort | None):  Default: GetDataFromSubscriberSort.DESC.
        limit (int | None):
        last_evaluated_key (str | None):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[DataEntry]
    """

    return sync_detailed(
        imsi=imsi,
        client=client,
        from_=from_,
        to=to,
        sort=sort,
        limit=limit,
        last_evaluated_key=last_evaluated_key,
    ).parsed


async def asyncio_detailed(
    imsi: str,
    *,
    client: AuthenticatedClient,
    from_: int | None = None,
    to: int | None = None,
    sort: GetDataFromSubscriberSort | Literal["desc", "asc"] | None = None,
    limit: int | None = None,
    last_evaluated_key: str | None = None,
) -> Response[list[DataEntry]]:
    """Get data sent from a subscriber to Harvest Data.

     Returns a list of data entries sent to Harvest Data from a subscriber that match certain criteria.
    If the total number of data entries does not fit in one page, a URL for accessing the next page is
    returned in the `link` header of the response.

    Args:
        imsi (str):
        from_ (int | None):
        to (int | None):
        sort (GetDataFromSubscriberSort | None):  Default: GetDataFromSubscriberSort.DESC.
        limit (int | None):
        last_evaluated_key (str | None):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[DataEntry]]
    """

    kwargs = _get_kwargs(
        imsi=imsi,
        from_=from_,
        to=to,
        sort=sort,
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
    sort: GetDataFromSubscriberSort | Literal["desc", "asc"] | None = None,
    limit: int | None = None,
    last_evaluated_key: str | None = None,
) -> list[DataEntry] | None:
    """Get data sent from a subscriber to Harvest Data.

     Returns a list of data entries sent to Harvest Data from a subscriber that match certain criteria.
    If the total number of data entries does not fit in one page, a URL for accessing the next page is
    returned in the `link` header of the response.

    Args:
        imsi (str):
        from_ (int | None):
        to (int | None):
        sort (GetDataFromSubscriberSort | None):  Default: GetDataFromSubscriberSort.DESC.
        limit (int | None):
        last_evaluated_key (str | None):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[DataEntry]
    """

    return (
        await asyncio_detailed(
            imsi=imsi,
            client=client,
            from_=from_,
            to=to,
            sort=sort,
            limit=limit,
            last_evaluated_key=last_evaluated_key,
        )
    ).parsed
