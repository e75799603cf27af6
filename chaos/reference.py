"""The same scenarios with plain httpx at its defaults, as a reference column: `httpx.AsyncClient()` with
the API key and token set by hand, `raise_for_status()` and `.json()` as a caller would write it.
Here a "typed" error is an `httpx.HTTPError`; anything else (a JSON decoding error, RecursionError) is untyped.
soracom-cli (a Go binary) is not in any registry this machine reaches, so it has no column."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from . import behaviours
from .clients import API_KEY, SECRETS, TOKEN
from .env import SIM_ID, Env
from .hostile import Behaviour, Request
from .measure import Tally, stuck_connections, timed
from .redirects import STATUSES, leaked
from .rows import CLEAN_CALLS, Extras, Row, run_row

TYPED = (httpx.HTTPError,)
HEADERS = {"X-Soracom-API-Key": API_KEY, "X-Soracom-Token": TOKEN}


def _get(client: httpx.AsyncClient, path: str) -> Callable[[], Awaitable[Any]]:
    async def call() -> Any:
        response = await client.get(path)
        response.raise_for_status()
        return response.json()

    return call


def body_scenario(kind: str) -> Callable[[Env], Awaitable[Row]]:
    async def scenario(env: Env) -> Row:
        cfg = env.config
        behaviour = behaviours.hostile_bodies(cfg.huge_bytes, cfg.bomb_mib, cfg.nested_depth, cfg.endless_bytes)[kind]

        async def work(tally: Tally) -> Extras:
            env.hostile.reset(lambda request: behaviour)
            transport = httpx.AsyncHTTPTransport()
            async with httpx.AsyncClient(base_url=env.hostile_url, headers=HEADERS, transport=transport) as client:
                await timed(tally, _get(client, f"/sims/{SIM_ID}"), bound=cfg.deadline, cap=cfg.cap)
                stuck = await stuck_connections(transport)
            env.hostile.drop_connections()
            return Extras(stuck=stuck)

        return await run_row(f"body: {kind}", "httpx defaults", cfg.deadline, work, reference=True, typed_base=TYPED)

    return scenario


async def redirects(env: Env) -> Row:
    """A login (POST /auth with the auth key) and a call with the key and token, each redirected with every
    status, with httpx's default (no following) and with follow_redirects=True."""
    cfg = env.config

    async def work(tally: Tally) -> Extras:
        notes = []
        total = 0
        for status in STATUSES:
            for follow in (False, True):
                def script(request: Request, status: int = status) -> Behaviour:
                    return behaviours.redirect(status, env.other.origin + request.target)

                env.hostile.reset(script)
                seen = len(env.other.requests)
                async with httpx.AsyncClient(base_url=env.hostile_url, headers=HEADERS,
                                             follow_redirects=follow) as client:
                    async def login(client: httpx.AsyncClient = client) -> Any:
                        response = await client.post("/auth", json={"authKeyId": "k", "authKey": SECRETS[0]})
                        response.raise_for_status()
                        return response.json()

                    await timed(tally, login, bound=cfg.deadline, cap=cfg.cap)
                    await timed(tally, _get(client, f"/sims/{SIM_ID}"), bound=cfg.deadline, cap=cfg.cap)
                count = leaked(env.other, seen)
                total += count
                if count:
                    notes.append(f"{status}{' (follow)' if follow else ''}: {count} leaked")
        return Extras(credentials_leaked=total, notes=notes)

    return await run_row("redirects to another host", "httpx defaults", cfg.deadline, work, reference=True,
                         typed_base=TYPED)


async def cancellation_storm(env: Env) -> Row:
    """The fake's cancellation storm with httpx's default pool (limits 100/20)."""
    cfg = env.config
    rng = random.Random(13)
    from soracom_client.testing import Faults

    sim = next(iter(env.fake.sim_ids(status="active")))

    async def work(tally: Tally) -> Extras:
        transport = httpx.AsyncHTTPTransport()
        headers = env.fake.api_headers()
        clean: list[int] = []
        loop = asyncio.get_running_loop()
        async with httpx.AsyncClient(base_url=env.fake_server.base_url, headers=headers,
                                     transport=transport) as client:
            for _ in range(cfg.rounds):
                env.fake.faults = Faults(latency=(0.0, 0.05))
                tasks = [asyncio.ensure_future(timed(tally, _get(client, f"/sims/{sim}"), bound=cfg.deadline,
                                                     cap=cfg.cap)) for _ in range(cfg.storm_calls)]
                for task in tasks:
                    loop.call_later(rng.uniform(0.0, 0.08), task.cancel)
                await asyncio.gather(*tasks, return_exceptions=True)
                env.fake.faults = Faults()
                ok_before = tally.ok
                await asyncio.gather(*(timed(tally, _get(client, f"/sims/{sim}"), bound=cfg.deadline, cap=cfg.cap)
                                       for _ in range(CLEAN_CALLS)))
                clean.append(tally.ok - ok_before)
            stuck = await stuck_connections(transport)
        return Extras(stuck=stuck, clean=clean, notes=[f"{tally.cancelled} calls cancelled"])

    return await run_row("cancellation storm (fake)", "httpx defaults", cfg.deadline, work, reference=True,
                         typed_base=TYPED)


def scenarios() -> list[Callable[[Env], Awaitable[Row]]]:
    return [cancellation_storm, redirects, *(body_scenario(kind) for kind in behaviours.hostile_bodies(1, 1, 1, 1))]


