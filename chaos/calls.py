"""The calls scenarios make: reads, and sends that must happen once (an SMS carries a unique payload,
so the server's record tells whether one call was processed twice)."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from soracom_client import Soracom
from soracom_client.generated.models.sms_forwarding_request import SmsForwardingRequest

_serial = itertools.count()


def sms_marker() -> str:
    return f"chaos-{next(_serial):08d}"


def get_sim(client: Soracom, sim_id: str) -> Callable[[], Awaitable[Any]]:
    return lambda: client.sim.get_sim(sim_id)


def list_page(client: Soracom) -> Callable[[], Awaitable[Any]]:
    async def call() -> Any:
        return await client.sim.list_sims(limit=50)

    return call


def send_sms(client: Soracom, sim_id: str) -> Callable[[], Awaitable[Any]]:
    marker = sms_marker()  # one payload per call: a repeat of it on the server is a duplicate
    return lambda: client.sim.send_sms_to_sim(sim_id, body=SmsForwardingRequest(encoding_type=1, payload=marker))


def mixed(client: Soracom, sim_id: str, i: int) -> Callable[[], Awaitable[Any]]:
    """Call number i of a storm: a read, a page of a listing, or an SMS."""
    kind = i % 3
    if kind == 0:
        return get_sim(client, sim_id)
    if kind == 1:
        return list_page(client)
    return send_sms(client, sim_id)


def duplicates(payloads: Iterable[str]) -> int:
    """Sends processed more than once: for each chaos payload, every processing after the first."""
    counts = Counter(p for p in payloads if p.startswith("chaos-"))
    return sum(n - 1 for n in counts.values() if n > 1)
