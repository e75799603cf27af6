# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from http import HTTPStatus
from typing import Any, Literal

import httpx

from ...._json import loads as loads_json
from ...._model_support import response_parse_error, validate_request
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_subscribers_export_mode import ExportSubscribersExportMode
from ...models.file_export_response import FileExportResponse
from ...types import Response


def _get_kwargs(
    *,
    export_mode: ExportSubscribersExportMode | Literal["async", "sync"] | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if export_mode is None:
        export_mode = ExportSubscribersExportMode.SYNC
    json_export_mode = getattr(export_mode, "value", export_mode)

    params["export_mode"] = json_export_mode

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subscribers/export",
        "params": params,
    }

    # soracom-client: every constraint the spec states is checked before anything is sent.
    validate_request(
        "export_subscribers",
        {
            **params,
        },
        _kwargs.get("json"),
    )
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FileExportResponse | None:
    # soracom-client: a body that does not fit the spec raises ResponseParseError, never a bare error.
    try:
        return _read_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as exc:
        raise response_parse_error("export_subscribers", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FileExportResponse | None:
    if response.status_code == 200:
        response_200 = FileExportResponse.from_dict(loads_json(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FileExportResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    export_mode: ExportSubscribersExportMode | Literal["async", "sync"] | None = None,
) -> Response[FileExportResponse]:
    """Export all subscribers.

     Export all subscribers as a CSV file.

    Args:
        export_mode (ExportSubscribersExportMode | None):  Default:
            ExportSubscribersExportMode.SYNC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileExportResponse]
    """

    kwargs = _get_kwargs(
        export_mode=export_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    export_mode: ExportSubscribersExportMode | Literal["async", "sync"] | None = None,
) -> FileExportResponse | None:
    """Export all subscribers.

     Export all subscribers as a CSV file.

    Args:
        export_mode (ExportSubscribersExportMode | None):  Default:
            ExportSubscribersExportMode.SYNC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileExportResponse
    """

    return sync_detailed(
        client=client,
        export_mode=export_mode,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    export_mode: ExportSubscribersExportMode | Literal["async", "sync"] | None = None,
) -> Response[FileExportResponse]:
    """Export all subscribers.

     Export all subscribers as a CSV file.

    Args:
        export_mode (ExportSubscribersExportMode | None):  Default:
            ExportSubscribersExportMode.SYNC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileExportResponse]
    """

    kwargs = _get_kwargs(
        export_mode=export_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    export_mode: ExportSubscribersExportMode | Literal["async", "sync"] | None = None,
) -> FileExportResponse | None:
    """Export all subscribers.

     Export all subscribers as a CSV file.

    Args:
        export_mode (ExportSubscribersExportMode | None):  Default:
            ExportSubscribersExportMode.SYNC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileExportResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            export_mode=export_mode,
        )
    ).parsed
