# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from http import HTTPStatus
from typing import Any, Literal

import httpx

from ...._json import loads as loads_json
from ...._model_support import response_parse_error, validate_request
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_subscribers_tag_value_match_mode import ListSubscribersTagValueMatchMode
from ...models.subscriber import Subscriber
from ...types import Response


def _get_kwargs(
    *,
    tag_name: str | None = None,
    tag_value: str | None = None,
    tag_value_match_mode: ListSubscribersTagValueMatchMode | Literal["exact", "prefix"] | None = None,
    status_filter: str | None = None,
    speed_class_filter: str | None = None,
    serial_number_filter: str | None = None,
    limit: int | None = None,
    last_evaluated_key: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["tag_name"] = tag_name

    params["tag_value"] = tag_value

    if tag_value_match_mode is None:
        tag_value_match_mode = ListSubscribersTagValueMatchMode.EXACT
    json_tag_value_match_mode = getattr(tag_value_match_mode, "value", tag_value_match_mode)

    params["tag_value_match_mode"] = json_tag_value_match_mode

    params["status_filter"] = status_filter

    params["speed_class_filter"] = speed_class_filter

    params["serial_number_filter"] = serial_number_filter

    params["limit"] = limit

    params["last_evaluated_key"] = last_evaluated_key

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscribers",
        "params": params,
    }

    # soracom-client: every constraint the spec states is checked before anything is sent.
    validate_request(
        "list_subscribers",
        {
            **params,
        },
        _kwargs.get("json"),
    )
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Subscriber] | None:
    # soracom-client: a body that does not fit the spec raises ResponseParseError, never a bare error.
    try:
        return _read_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as exc:
        raise response_parse_error("list_subscribers", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Subscriber] | None:
    if response.status_code == 200:
        _response_200 = loads_json(response.content)
        if not isinstance(_response_200, list):
            raise TypeError("expected a list")
        response_200 = []
        for response_200_item_data in _response_200:
            response_200_item = Subscriber.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[Subscriber]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    tag_name: str | None = None,
    tag_value: str | None = None,
    tag_value_match_mode: ListSubscribersTagValueMatchMode | Literal["exact", "prefix"] | None = None,
    status_filter: str | None = None,
    speed_class_filter: str | None = None,
    serial_number_filter: str | None = None,
    limit: int | None = None,
    last_evaluated_key: str | None = None,
) -> Response[list[Subscriber]]:
    """List Subscribers.

     Returns a list of subscribers that match certain criteria. If the total number of subscribers does
    not fit in one page, a URL for accessing the next page is returned in the `link` header of the
    response.

    Args:
        tag_name (str | None):
        tag_value (str | None):
        tag_value_match_mode (ListSubscribersTagValueMatchMode | None):  Default:
            ListSubscribersTagValueMatchMode.EXACT.
        status_filter (str | None):
        speed_class_filter (str | None):
        serial_number_filter (str | None):
        limit (int | None):
        last_evaluated_key (str | None):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Subscriber]]
    """

    kwargs = _get_kwargs(
        tag_name=tag_name,
        tag_value=tag_value,
        tag_value_match_mode=tag_value_match_mode,
        status_filter=status_filter,
        speed_class_filter=speed_class_filter,
        serial_number_filter=serial_number_filter,
        limit=limit,
        last_evaluated_key=last_evaluated_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    tag_name: str | None = None,
    tag_value: str | None = None,
    tag_value_match_mode: ListSubscribersTagValueMatchMode | Literal["exact", "prefix"] | None = None,
    status_filter: str | None = None,
    speed_class_filter: str | None = None,
    serial_number_filter: str | None = None,
    limit: int | None = None,
    last_evaluated_key: str | None = None,
) -> list[Subscriber] | None:
    """List Subscribers.

     Returns a list of subscribers that match certain criteria. If the total number of subscribers does
    not fit in one page, a URL for accessing the next page is returned in the `link` header of the
    response.

    Args:
        tag_name (str | None):
        tag_value (str | None):
        tag_value_match_mode (ListSubscribersTagValueMatchMode | None):  Default:
            ListSubscribersTagValueMatchMode.EXACT.
        status_filter (str | None):
        speed_class_filter (str | None):
        serial_number_filter (str | None):
        limit (int | None):
        last_evaluated_key (str | None):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Subscriber]
    """

    return sync_detailed(
        client=client,
        tag_name=tag_name,
        tag_value=tag_value,
        tag_value_match_mode=tag_value_match_mode,
        status_filter=status_filter,
        speed_class_filter=speed_class_filter,
        serial_number_filter=serial_number_filter,
        limit=limit,
        last_evaluated_key=last_evaluated_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    tag_name: str | None = None,
    tag_value: str | None = None,
    tag_value_match_mode: ListSubscribersTagValueMatchMode | Literal["exact", "prefix"] | None = None,
    status_filter: str | None = None,
    speed_class_filter: str | None = None,
    serial_number_filter: str | None = None,
    limit: int | None = None,
    last_evaluated_key: str | None = None,
) -> Response[list[Subscriber]]:
    """List Subscribers.

     Returns a list of subscribers that match certain criteria. If the total number of subscribers does
    not fit in one page, a URL for accessing the next page is returned in the `link` header of the
    response.

    Args:
        tag_name (str | None):
        tag_value (str | None):
        tag_value_match_mode (ListSubscribersTagValueMatchMode | None):  Default:
            ListSubscribersTagValueMatchMode.EXACT.
        status_filter (str | None):
        speed_class_filter (str | None):
        serial_number_filter (str | None):
        limit (int | None):
        last_evaluated_key (str | None):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Subscriber]]
    """

    kwargs = _get_kwargs(
        tag_name=tag_name,
        tag_value=tag_value,
        tag_value_match_mode=tag_value_match_mode,
        status_filter=status_filter,
        speed_class_filter=speed_class_filter,
        serial_number_filter=serial_number_filter,
        limit=limit,
        last_evaluated_key=last_evaluated_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    tag_name: str | None = None,
    tag_value: str | None = None,
    tag_value_match_mode: ListSubscribersTagValueMatchMode | Literal["exact", "prefix"] | None = None,
    status_filter: str | None = None,
    speed_class_filter: str | None = None,
    serial_number_filter: str | None = None,
    limit: int | None = None,
    last_evaluated_key: str | None = None,
) -> list[Subscriber] | None:
    """List Subscribers.

     Returns a list of subscribers that match certain criteria. If the total number of subscribers does
    not fit in one page, a URL for accessing the next page is returned in the `link` header of the
    response.

    Args:
        tag_name (str | None):
        tag_value (str | None):
        tag_value_match_mode (ListSubscribersTagValueMatchMode | None):  Default:
            ListSubscribersTagValueMatchMode.EXACT.
        status_filter (str | None):
        speed_class_filter (str | None):
        serial_number_filter (str | None):
        limit (int | None):
        last_evaluated_key (str | None):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Subscriber]
    """

    return (
        await asyncio_detailed(
            client=client,
            tag_name=tag_name,
            tag_value=tag_value,
            tag_value_match_mode=tag_value_match_mode,
            status_filter=status_filter,
            speed_class_filter=speed_class_filter,
            serial_number_filter=serial_number_filter,
            limit=limit,
            last_evaluated_key=last_evaluated_key,
        )
    ).parsed
