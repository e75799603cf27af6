"""Cell locations: a deterministic stand-in for the OpenCelliD lookup."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from ._errors import FakeApiError
from ._registry import Call, operation
from ._state import iso


def locate(cell: Mapping[str, Any]) -> dict[str, Any] | None:
    """Location of a cell, or None when it is not in the (fake) database.

    Known: 3G cells given with LAC, LTE cells given with TAC and ECID/ECI, numeric MCC and MNC.
    The position is derived from a hash of the identifiers, near Tokyo for MCC 440/441.
    """
    mcc, mnc = str(cell.get("mcc") or ""), str(cell.get("mnc") or "")
    ecid = cell.get("ecid") or cell.get("eci")
    if not (mcc.isdigit() and mnc.isdigit()):
        return None
    if cell.get("tac") and ecid:
        ident = f"{mcc}-{mnc}-{cell['tac']}-{ecid}"
    elif cell.get("lac"):
        ident = f"{mcc}-{mnc}-{cell['lac']}-{cell.get('cid') or ''}"
    else:
        return None
    h = hashlib.sha256(ident.encode()).digest()
    base_lat, base_lon = (35.68, 139.76) if mcc in ("440", "441") else (47.6, -122.3)
    return {
        "lat": round(base_lat + (h[0] - 128) / 256, 6),
        "lon": round(base_lon + (h[1] - 128) / 256, 6),
        "range": 500 + h[2] * 10,
        "avg_strength": -(60 + h[3] % 50),
        "samples": 1 + h[4],
        "exact": 0 if cell.get("cid") or ecid else 1,
        "created": iso(1_500_000_000_000 + h[5] * 86_400_000),
        "updated": iso(1_700_000_000_000 + h[6] * 86_400_000),
    }


@operation("getCellLocation")
async def get_cell_location(call: Call) -> Any:
    found = locate(call.query)
    if found is None:
        raise FakeApiError("CLC0001")
    return found


@operation("batchGetCellLocations")
async def batch_get_cell_locations(call: Call) -> Any:
    out = []
    for cell in call.body:
        found = locate(cell)
        if found is not None:  # unknown cells are left out, the identifier says which is which
            if cell.get("identifier"):
                found["identifier"] = cell["identifier"]
            out.append(found)
    return out
