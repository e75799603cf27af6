"""Scenarios against the fake Soracom API (real loopback HTTP): cancellation storms, token-expiry storms,
dropped connections before and after handling, 5xx. The fake records every SMS it accepted, which is
how duplicated side effects are counted."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable

import httpx

from soracom_client import Soracom
from soracom_client.testing import Faults

from . import calls
from .clients import make_client
from .env import Config, Env
from .measure import Tally, stuck_connections, timed
from .rows import CLEAN_CALLS, Extras, Row, run_row

TransportFactory = Callable[[], httpx.AsyncBaseTransport]


def _sms_sim(env: Env) -> str:
    state = env.fake.state
    return next(s.sim_id for s in state.sims.values()
                if s.status == "active" and s.sms and not s.primary.virtual and s.operator_id is not None)


def _sms_payloads(env: Env) -> list[str]:
    return [sms.payload for sms in env.fake.sms]


async def cancel_rounds(tally: Tally, client: Soracom, sim: str, cfg: Config, *, storm: Callable[[], None],
                        calm: Callable[[], None], window: float = 0.08) -> list[int]:
    """Rounds of calls cancelled at random moments within `window` seconds (connecting, sending, waiting,
    reading; a quarter of them cancelled again while they handle the first cancellation, as nested
    timeouts and task groups do), each followed by CLEAN_CALLS concurrent calls that must all succeed.
    `storm` and `calm` set the server up for the storm and for the clean calls. Returns the clean successes."""
    rng = random.Random(13)
    clean: list[int] = []
    loop = asyncio.get_running_loop()
    for _ in range(cfg.rounds):
        storm()
        tasks = [asyncio.ensure_future(timed(tally, calls.mixed(client, sim, i), bound=cfg.deadline, cap=cfg.cap))
                 for i in range(cfg.storm_calls)]
        for i, task in enumerate(tasks):
            when = rng.uniform(0.0, window)
            loop.call_later(when, task.cancel)
            if i % 4 == 0:
                loop.call_later(when + rng.uniform(0.0, 0.004), task.cancel)
        await asyncio.gather(*tasks, return_exceptions=True)
        calm()
        ok_before = tally.ok
        await asyncio.gather(*(timed(tally, calls.get_sim(client, sim), bound=cfg.deadline, cap=cfg.cap)
                               for _ in range(CLEAN_CALLS)))
        clean.append(tally.ok - ok_before)
    return clean


async def cancellation_storm(env: Env, name: str, make_transport: TransportFactory) -> Row:
    cfg = env.config
    sim = _sms_sim(env)

    def storm() -> None:
        env.fake.faults = Faults(latency=(0.0, 0.05))

    def calm() -> None:
        env.fake.faults = Faults()

    async def work(tally: Tally) -> Extras:
        transport = make_transport()
        client = make_client(env.fake_server.base_url, env.fake.credentials, transport, cfg.limits())
        seen = len(env.fake.sms)
        try:
            clean = await cancel_rounds(tally, client, sim, cfg, storm=storm, calm=calm)
            stuck = await stuck_connections(transport)
        finally:
            calm()
            await client.aclose()
        return Extras(duplicates=calls.duplicates(_sms_payloads(env)[seen:]), stuck=stuck, clean=clean,
                      notes=[f"{tally.cancelled} calls cancelled"])

    return await run_row("cancellation storm (fake)", name, cfg.deadline, work)


async def _expiring_tokens(env: Env, every: float, times: int) -> None:
    # The first expiry once the first crowd is in flight; then spaced wider than a call takes under this
    # load (~1 s at c=100 on two cores), so that a client that recovers well sees every call succeed.
    await asyncio.sleep(0.1)
    for _ in range(times):
        env.fake.expire_tokens()
        await asyncio.sleep(every)


async def _fake_storm(env: Env, scenario: str, name: str, make_transport: TransportFactory, faults: Faults,
                      concurrency: int, expire_every: float | None = None) -> Row:
    cfg = env.config
    sim = _sms_sim(env)

    async def work(tally: Tally) -> Extras:
        transport = make_transport()
        client = make_client(env.fake_server.base_url, env.fake.credentials, transport, cfg.limits())
        seen = len(env.fake.sms)
        gate = asyncio.Semaphore(concurrency)

        async def one(i: int) -> None:
            async with gate:
                await timed(tally, calls.mixed(client, sim, i), bound=cfg.deadline, cap=cfg.cap)

        env.fake.faults = faults
        expiring = None if expire_every is None else asyncio.ensure_future(_expiring_tokens(env, expire_every, 50))
        try:
            await asyncio.gather(*(one(i) for i in range(cfg.storm_calls)))
            stuck = await stuck_connections(transport)
        finally:
            if expiring is not None:
                expiring.cancel()
                await asyncio.gather(expiring, return_exceptions=True)
            env.fake.faults = Faults()
            await client.aclose()
        return Extras(duplicates=calls.duplicates(_sms_payloads(env)[seen:]), stuck=stuck)

    return await run_row(scenario, name, cfg.deadline, work)


async def token_expiry_storm(env: Env, name: str, make_transport: TransportFactory) -> Row:
    """Concurrency 100 on a fresh client (one shared login); every token expires 0.1 s in, then every 2 s."""
    return await _fake_storm(env, "token-expiry storm c=100", name, make_transport,
                             Faults(latency=(0.0, 0.03)), concurrency=100, expire_every=2.0)


async def drops_before(env: Env, name: str, make_transport: TransportFactory) -> Row:
    return await _fake_storm(env, "drop before handling", name, make_transport, Faults(drop_rate=0.3),
                             concurrency=50)


async def drops_after(env: Env, name: str, make_transport: TransportFactory) -> Row:
    return await _fake_storm(env, "drop after handling", name, make_transport,
                             Faults(drop_rate=0.3, drop_after_handling=True), concurrency=50)


async def server_errors(env: Env, name: str, make_transport: TransportFactory) -> Row:
    return await _fake_storm(env, "5xx (half of requests)", name, make_transport,
                             Faults(error_rate=0.5, error_statuses=(500, 502, 503, 504)), concurrency=50)


SCENARIOS = [cancellation_storm, token_expiry_storm, drops_before, drops_after, server_errors]
