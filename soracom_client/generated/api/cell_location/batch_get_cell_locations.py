# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from collections.abc import Sequence
from http import HTTPStatus
from typing import Any

import httpx

from ...._json import loads as loads_json
from ...._model_base import jsonable
from ...._model_support import response_parse_error, validate_request
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cell_identifier import CellIdentifier, CellIdentifierDict
from ...models.cell_location import CellLocation
from ...types import Response


def _get_kwargs(
    *,
    body: Sequence[CellIdentifierDict | CellIdentifier],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/cell_locations",
    }

    _kwargs["json"] = jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    # soracom-client: every constraint the spec states is checked before anything is sent.
    validate_request(
        "batch_get_cell_locations",
        {},
        _kwargs.get("json"),
    )
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[CellLocation] | None:
    # soracom-client: a body that does not fit the spec raises ResponseParseError, never a bare error.
    try:
        return _read_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as exc:
        raise response_parse_error("batch_get_cell_locations", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[CellLocation] | None:
    if response.status_code == 200:
        _response_200 = loads_json(response.content)
        if not isinstance(_response_200, list):
            raise TypeError("expected a list")
        response_200 = []
        for response_200_item_data in _response_200:
            response_200_item = CellLocation.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[CellLocation]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Sequence[CellIdentifierDict | CellIdentifier],
) -> Response[list[CellLocation]]:
    """List location information for multiple cell towers.

     Retrieves a list of location information (latitude/longitude) for multiple cell towers based on cell
    information such as Cell ID. For 3G, please specify MCC, MNC, LAC, and CID. It is possible to
    retrieve approximate location information without CID, but the accuracy will be low. For LTE (4G),
    please specify MCC, MNC, TAC, and ECID. The conversion of cell tower information to location
    information uses the OpenCelliD Project database, so it is possible that the information may not
    exist or may be incorrect.
    [](https://creativecommons.org/licenses/by-sa/4.0/
    "no-icon-external-link") OpenCelliD Project
    is licensed under a Creative
    Commons Attribution-ShareAlike 4.0 International License

    Args:
        body (list[CellIdentifier]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[CellLocation]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: Sequence[CellIdentifierDict | CellIdentifier],
) -> list[CellLocation] | None:
    """List location information for multiple cell towers.

     Retrieves a list of location information (latitude/longitude) for multiple cell towers based on cell
    information such as Cell ID. For 3G, please specify MCC, MNC, LAC, and CID. It is possible to
    retrieve approximate location information without CID, but the accuracy will be low. For LTE (4G),
    please specify MCC, MNC, TAC, and ECID. The conversion of cell tower information to location
    information uses the OpenCelliD Project database, so it is possible that the information may not
    exist or may be incorrect.
    [](https://creativecommons.org/licenses/by-sa/4.0/
    "no-icon-external-link") OpenCelliD Project
    is licensed under a Creative
    Commons Attribution-ShareAlike 4.0 International License

    Args:
        body (list[CellIdentifier]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[CellLocation]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Sequence[CellIdentifierDict | CellIdentifier],
) -> Response[list[CellLocation]]:
    """List location information for multiple cell towers.

     Retrieves a list of location information (latitude/longitude) for multiple cell towers based on cell
    information such as Cell ID. For 3G, please specify MCC, MNC, LAC, and CID. It is possible to
    retrieve approximate location information without CID, but the accuracy will be low. For LTE (4G),
    please specify MCC, MNC, TAC, and ECID. The conversion of cell tower information to location
    information uses the OpenCelliD Project database, so it is possible that the information may not
    exist or may be incorrect.
    [](https://creativecommons.org/licenses/by-sa/4.0/
    "no-icon-external-link") OpenCelliD Project
    is licensed under a Creative
    Commons Attribution-ShareAlike 4.0 International License

    Args:
        body (list[CellIdentifier]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[CellLocation]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Sequence[CellIdentifierDict | CellIdentifier],
) -> list[CellLocation] | None:
    """List location information for multiple cell towers.

     Retrieves a list of location information (latitude/longitude) for multiple cell towers based on cell
    information such as Cell ID. For 3G, please specify MCC, MNC, LAC, and CID. It is possible to
    retrieve approximate location information without CID, but the accuracy will be low. For LTE (4G),
    please specify MCC, MNC, TAC, and ECID. The conversion of cell tower information to location
    information uses the OpenCelliD Project database, so it is possible that the information may not
    exist or may be incorrect.
    [](https://creativecommons.org/licenses/by-sa/4.0/
    "no-icon-external-link") OpenCelliD Project
    is licensed under a Creative
    Commons Attribution-ShareAlike 4.0 International License

    Args:
        body (list[CellIdentifier]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[CellLocation]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
