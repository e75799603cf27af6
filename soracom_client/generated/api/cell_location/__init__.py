# Generated from openapi.yaml by `make generate` (openapi-python-client 0.29.1). Do not edit.
"""Operations tagged `cell_location`, as methods of `CellLocationResource` (`Soracom.cell_location`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

import httpx

from ...._options import CallOptions
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Awaitable, Mapping, Sequence

    from ...._pagination import Page
    from ...._response import RawResponse
    from ...models.cell_identifier import CellIdentifier, CellIdentifierDict
    from ...models.cell_location import CellLocation
    from .. import OperationRunner


class CellLocationResource:
    """The `cell_location` operations of the Soracom API. Get it as `Soracom.cell_location`."""

    def __init__(self, runner: OperationRunner) -> None:
        self._runner = runner

    async def get_cell_location(
        self,
        *,
        mcc: str,
        mnc: str,
        lac: str | None = None,
        cid: str | None = None,
        tac: str | None = None,
        ecid: str | None = None,
        eci: str | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> CellLocation:
        """Get location information for a cell tower

        `GET /cell_locations`

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
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import get_cell_location as operation

        arguments: dict[str, Any] = {
            "mcc": mcc,
            "mnc": mnc,
            "lac": lac,
            "cid": cid,
            "tac": tac,
            "ecid": ecid,
            "eci": eci,
        }
        result = await self._runner.call(
            operation,
            "get_cell_location",
            "GET",
            "/cell_locations",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("CellLocation", result)

    async def batch_get_cell_locations(
        self,
        *,
        body: Sequence[CellIdentifierDict | CellIdentifier],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> list[CellLocation]:
        """List location information for multiple cell towers.

        `POST /cell_locations`

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
            timeout: overrides the client's timeout for this call: it bounds each attempt (connect, each
                read and write), as in httpx.
            deadline: overrides the client's deadline for this call: seconds for the whole call (every
                attempt, backoff, rate-limit waits); None for none.
            max_retries: overrides the client's max_retries for this call (the retry table still decides
                what may be retried at all).
            extra_headers: headers to add to this request (not the credentials, Host or framing headers).
            extra_query: query parameters to add (not one this operation defines).

        Returns the parsed success response. Raises `soracom_client.errors.APIStatusError` subclasses on
        error statuses, `APIConnectionError` / `APITimeoutError` when no answer arrives,
        `DeadlineExceededError` when the deadline passes; every error is a `SoracomError`.
        """
        from . import batch_get_cell_locations as operation

        arguments: dict[str, Any] = {
            "body": body,
        }
        result = await self._runner.call(
            operation,
            "batch_get_cell_locations",
            "POST",
            "/cell_locations",
            arguments,
            CallOptions(timeout, deadline, max_retries, extra_headers, extra_query),
        )
        return cast("list[CellLocation]", result)


class CellLocationResourceWithRawResponse:
    """`Soracom.with_raw_response.cell_location`: the methods of `CellLocationResource`, with the same
    arguments, each answering a `soracom_client.RawResponse` (parsed value, status, headers, rate limit,
    request id); a paginated one answers its one page, `RawResponse[Page[T]]`."""

    def __init__(self, runner: OperationRunner) -> None:
        self._resource = CellLocationResource(runner)  # runner: a raw runner, which answers RawResponse

    async def get_cell_location(
        self,
        *,
        mcc: str,
        mnc: str,
        lac: str | None = None,
        cid: str | None = None,
        tac: str | None = None,
        ecid: str | None = None,
        eci: str | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[CellLocation]:
        """`CellLocationResource.get_cell_location` (`GET /cell_locations`), answering `RawResponse[CellLocation]`."""
        answer = await self._resource.get_cell_location(
            mcc=mcc,
            mnc=mnc,
            lac=lac,
            cid=cid,
            tac=tac,
            ecid=ecid,
            eci=eci,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[CellLocation]", answer)

    async def batch_get_cell_locations(
        self,
        *,
        body: Sequence[CellIdentifierDict | CellIdentifier],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[list[CellLocation]]:
        """`CellLocationResource.batch_get_cell_locations` (`POST /cell_locations`), answering `RawResponse[list[CellLocation]]`."""
        answer = await self._resource.batch_get_cell_locations(
            body=body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return cast("RawResponse[list[CellLocation]]", answer)
