"""The whole-call deadline over calls that really wait (a transport that sleeps on the event loop).

One watch per loop cancels the calls whose deadline passed (soracom_client._deadline): these tests
pin what a caller sees, whatever the mechanism: each call ends at its own deadline, a shorter one
registered after a longer one still fires in time, a caller's own cancellation is never turned into
a deadline error, and a deadline that fired leaves the other calls alone.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest

from soracom_client import ApiToken, Soracom
from soracom_client.errors import DeadlineExceededError


class Sleepy(httpx.AsyncBaseTransport):
    """Answers `GET /sims/{id}` after the number of seconds in the id (e.g. `0.05`)."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(float(request.url.path.rsplit("/", 1)[-1]))
        return httpx.Response(200, json={"simId": "S"})


def client(**options: object) -> Soracom:
    return Soracom(auth=ApiToken("key", "token"), base_url="https://api.soracom.io/v1",
                   http_client=httpx.AsyncClient(transport=Sleepy()), max_retries=0, **options)  # type: ignore[arg-type]


async def outcome(soracom: Soracom, seconds: float, deadline: float | None) -> str:
    try:
        await soracom.sim.get_sim(str(seconds), deadline=deadline)
    except DeadlineExceededError as exc:
        assert exc.deadline == deadline
        return "deadline"
    return "ok"


async def test_each_call_ends_at_its_own_deadline() -> None:
    async with client() as soracom:
        # A long deadline registered first, then shorter ones: each must still fire on time.
        long_call = asyncio.create_task(outcome(soracom, 0.6, 30.0))
        await asyncio.sleep(0)
        results = await asyncio.wait_for(asyncio.gather(
            outcome(soracom, 5.0, 0.1),
            outcome(soracom, 0.02, 0.5),   # finishes well within its deadline
            outcome(soracom, 5.0, 0.3),
            outcome(soracom, 0.05, None),  # no deadline at all
        ), timeout=3.0)  # bounded by the short deadlines, not by the 5 s answers
        # The deadlines that fired for other calls left this one alone.
        assert await asyncio.wait_for(long_call, timeout=3.0) == "ok"
    assert results == ["deadline", "ok", "deadline", "ok"]


async def test_the_callers_own_cancellation_stays_a_cancellation() -> None:
    async with client(deadline=0.2) as soracom:
        task = asyncio.create_task(soracom.sim.get_sim("5.0"))
        await asyncio.sleep(0.05)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        # Cancelled before the deadline came: later calls of the same loop still get theirs.
        with pytest.raises(DeadlineExceededError):
            await asyncio.wait_for(soracom.sim.get_sim("5.0"), timeout=3.0)


async def test_a_cancellation_that_comes_with_the_deadline_is_still_the_callers() -> None:
    # The caller cancels at the very moment the deadline passes: the caller's wish wins, as with
    # asyncio.timeout, so that a cancelled task is never told "deadline" and carries on.
    async with client(deadline=0.1) as soracom:
        task = asyncio.create_task(soracom.sim.get_sim("5.0"))
        await asyncio.sleep(0.1)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, timeout=3.0)
        assert task.cancelled()


async def test_many_sequential_calls_leave_no_timer_behind() -> None:
    loop = asyncio.get_running_loop()
    async with client(deadline=60.0) as soracom:
        for _ in range(200):
            await soracom.sim.get_sim("0")
        scheduled = len(loop._scheduled)  # type: ignore[attr-defined]
    assert scheduled <= 5  # one watch timer, not one per call
