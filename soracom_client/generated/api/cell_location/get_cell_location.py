# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ...._json import loads as loads_json
from ...._model_support import response_parse_error, validate_request
from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cell_location import CellLocation
from ...types import Response


def _get_kwargs(
    *,
    mcc: str,
    mnc: str,
    lac: str | None = None,
    cid: str | None = None,
    tac: str | None = None,
    ecid: str | None = None,
    eci: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mcc"] = mcc

    params["mnc"] = mnc

    params["lac"] = lac

    params["cid"] = cid

    params["tac"] = tac

    params["ecid"] = ecid

    params["eci"] = eci

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/cell_locations",
        "params": params,
    }

    # soracom-client: every constraint the spec states is checked before anything is sent.
    validate_request(
        "get_cell_location",
        {
            **params,
        },
        _kwargs.get("json"),
    )
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | CellLocation | None:
    # soracom-client: a body that does not fit the spec raises ResponseParseError, never a bare error.
    try:
        return _read_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as exc:
        raise response_parse_error("get_cell_location", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | CellLocation | None:
    if response.status_code == 200:
        response_200 = CellLocation.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | CellLocation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    mcc: str,
    mnc: str,
    lac: str | None = None,
    cid: str | None = None,
    tac: str | None = None,
    ecid: str | None = None,
    eci: str | None = None,
) -> Response[Any | CellLocation]:
    """ Get location information for a cell tower

     Retrieves location information (latitude/longitude) for a cell tower based on cell information such
    as Cell ID.

    - For 3G, please specify MCC, MNC, LAC, and CID. It is possible to retrieve approximate location
    information without CID, but the accuracy will be low.

     3G example
     ```
     $ curl -X GET "https://api.soracom.io/v1/cell_locations?mcc=440&mnc=10&lac=196" \\
     -H "X-Soracom-API-Key: $X_SORACOM_API_KEY" \\
     -H "X-Soracom-Token: $X_SORACOM_TOKEN"
     ```

    - For LTE (4G), please specify MCC, MNC, TAC, and ECID.

     4G example
     ```
     $ curl -X GET "https://api.soracom.io/v1/cell_locations?mcc=440&mnc=10&tac=5680&ecid=48872466" \\
     -H "X-Soracom-API-Key: $X_SORACOM_API_KEY" \\
     -H "X-Soracom-Token: $X_SORACOM_TOKEN"
     ```

    The conversion of cell tower information to location information uses the OpenCelliD Project
    database. The specified cell tower information is used to extract the corresponding location
    information from the OpenCelliD Project database, but it is possible that the location information
    may not exist or may be different from the actual location.

    [](https://creativecommons.org/licenses/by-sa/4.0/ "no-icon-external-link") OpenCelliD Project is
    licensed under a Creative Commons Attribution-ShareAlike 4.0 International License

    Args:
        mcc (str):
        mnc (str):
        lac (str | None):
        cid (str | None):
        tac (str | None):
        ecid (str | None):
        eci (str | None):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CellLocation]
     """

    kwargs = _get_kwargs(
        mcc=mcc,
        mnc=mnc,
        lac=lac,
        cid=cid,
        tac=tac,
        ecid=ecid,
        eci=eci,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    mcc: str,
    mnc: str,
    lac: str | None = None,
    cid: str | None = None,
    tac: str | None = None,
    ecid: str | None = None,
    eci: str | None = None,
) -> Any | CellLocation | None:
    """ Get location information for a cell tower

     Retrieves location information (latitude/longitude) for a cell tower based on cell information such
    as Cell ID.

    - For 3G, please specify MCC, MNC, LAC, and CID. It is possible to retrieve approximate location
    information without CID, but the accuracy will be low.

     3G example
     ```
     $ curl -X GET "https://api.soracom.io/v1/cell_locations?mcc=440&mnc=10&lac=196" \\
     -H "X-Soracom-API-Key: $X_SORACOM_API_KEY" \\
     -H "X-Soracom-Token: $X_SORACOM_TOKEN"
     ```

    - For LTE (4G), please specify MCC, MNC, TAC, and ECID.

     4G example
     ```
     $ curl -X GET "https://api.soracom.io/v1/cell_locations?mcc=440&mnc=10&tac=5680&ecid=48872466" \\
     -H "X-Soracom-API-Key: $X_SORACOM_API_KEY" \\
     -H "X-Soracom-Token: $X_SORACOM_TOKEN"
     ```

    The conversion of cell tower information to location information uses the OpenCelliD Project
    database. The specified cell tower information is used to extract the corresponding location
    information from the OpenCelliD Project database, but it is possible that the location information
    may not exist or may be different from the actual location.

    [](https://creativecommons.org/licenses/by-sa/4.0/ "no-icon-external-link") OpenCelliD Project is
    licensed under a Creative Commons Attribution-ShareAlike 4.0 International License

    Args:
        mcc (str):
        mnc (str):
        lac (str | None):
        cid (str | None):
        tac (str | None):
        ecid (str | None):
        eci (str | None):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CellLocation
     """

    return sync_detailed(
        client=client,
        mcc=mcc,
        mnc=mnc,
        lac=lac,
        cid=cid,
        tac=tac,
        ecid=ecid,
        eci=eci,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    mcc: str,
    mnc: str,
    lac: str | None = None,
    cid: str | None = None,
    tac: str | None = None,
    ecid: str | None = None,
    eci: str | None = None,
) -> Response[Any | CellLocation]:
    """ Get location information for a cell tower

     Retrieves location information (latitude/longitude) for a cell tower based on cell information such
    as Cell ID.

    - For 3G, please specify MCC, MNC, LAC, and CID. It is possible to retrieve approximate location
    information without CID, but the accuracy will be low.

     3G example
     ```
     $ curl -X GET "https://api.soracom.io/v1/cell_locations?mcc=440&mnc=10&lac=196" \\
     -H "X-Soracom-API-Key: $X_SORACOM_API_KEY" \\
     -H "X-Soracom-Token: $X_SORACOM_TOKEN"
     ```

    - For LTE (4G), please specify MCC, MNC, TAC, and ECID.

     4G example
     ```
     $ curl -X GET "https://api.soracom.io/v1/cell_locations?mcc=440&mnc=10&tac=5680&ecid=48872466" \\
     -H "X-Soracom-API-Key: $X_SORACOM_API_KEY" \\
     -H "X-Soracom-Token: $X_SORACOM_TOKEN"
     ```

    The conversion of cell tower information to location information uses the OpenCelliD Project
    database. The specified cell tower information is used to extract the corresponding location
    information from the OpenCelliD Project database, but it is possible that the location information
    may not exist or may be different from the actual location.

    [](https://creativecommons.org/licenses/by-sa/4.0/ "no-icon-external-link") OpenCelliD Project is
    licensed under a Creative Commons Attribution-ShareAlike 4.0 International License

    Args:
        mcc (str):
        mnc (str):
        lac (str | None):
        cid (str | None):
        tac (str | None):
        ecid (str | None):
        eci (str | None):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CellLocation]
     """

    kwargs = _get_kwargs(
        mcc=mcc,
        mnc=mnc,
        lac=lac,
        cid=cid,
        tac=tac,
        ecid=ecid,
        eci=eci,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    mcc: str,
    mnc: str,
    lac: str | None = None,
    cid: str | None = None,
    tac: str | None = None,
    ecid: str | None = None,
    eci: str | None = None,
) -> Any | CellLocation | None:
    """ Get location information for a cell tower

     Retrieves location information (latitude/longitude) for a cell tower based on cell information such
    as Cell ID.

    - For 3G, please specify MCC, MNC, LAC, and CID. It is possible to retrieve approximate location
    information without CID, but the accuracy will be low.

     3G example
     ```
     $ curl -X GET "https://api.soracom.io/v1/cell_locations?mcc=440&mnc=10&lac=196" \\
     -H "X-Soracom-API-Key: $X_SORACOM_API_KEY" \\
     -H "X-Soracom-Token: $X_SORACOM_TOKEN"
     ```

    - For LTE (4G), please specify MCC, MNC, TAC, and ECID.

     4G example
     ```
     $ curl -X GET "https://api.soracom.io/v1/cell_locations?mcc=440&mnc=10&tac=5680&ecid=48872466" \\
     -H "X-Soracom-API-Key: $X_SORACOM_API_KEY" \\
     -H "X-Soracom-Token: $X_SORACOM_TOKEN"
     ```

    The conversion of cell tower information to location information uses the OpenCelliD Project
    database. The specified cell tower information is used to extract the corresponding location
    information from the OpenCelliD Project database, but it is possible that the location information
    may not exist or may be different from the actual location.

    [](https://creativecommons.org/licenses/by-sa/4.0/ "no-icon-external-link") OpenCelliD Project is
    licensed under a Creative Commons Attribution-ShareAlike 4.0 International License

    Args:
        mcc (str):
        mnc (str):
        lac (str | None):
        cid (str | None):
        tac (str | None):
        ecid (str | None):
        eci (str | None):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CellLocation
     """

    return (
        await asyncio_detailed(
            client=client,
            mcc=mcc,
            mnc=mnc,
            lac=lac,
            cid=cid,
            tac=tac,
            ecid=ecid,
            eci=eci,
        )
    ).parsed
