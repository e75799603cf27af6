"""Scenarios against the scripted hostile server: slow bodies under cancellation, refused and hanging
login and renewal, a refused connection, drops before and after reading the request, 429 with every kind
of Retry-After, and hostile bodies. The server records what it read, which is how sends processed twice
are counted."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Callable

from . import behaviours, calls
from .clients import HOSTILE_AUTH, Limits, make_client
from .env import SIM_ID, Env, default_script
from .hostile import Behaviour, Request, Script
from .measure import MARGIN, Tally, stuck_connections, timed
from .rows import Extras, Row, run_row
from .scenarios_fake import TransportFactory, cancel_rounds

LOGIN_CROWD = 20  # concurrent calls queued behind one login or renewal


def _payloads(env: Env) -> list[str]:
    found = []
    for request in env.hostile.requests:
        if request.method == "POST" and request.path.endswith("/send_sms"):
            try:
                found.append(str(json.loads(request.body).get("payload", "")))
            except ValueError:
                pass
    return found


def _sent(env: Env, suffix: str) -> int:
    return sum(1 for r in env.hostile.requests if r.method == "POST" and r.path.endswith(suffix))


def _with(overrides: Callable[[Request], Behaviour | None]) -> Script:
    def script(request: Request) -> Behaviour:
        return overrides(request) or default_script(request)

    return script


async def _crowd(env: Env, scenario: str, name: str, make_transport: TransportFactory, script: Script, *,
                 limits: Limits | None = None, warm_up: float | None = None, crowd: int = LOGIN_CROWD,
                 base_url: str | None = None, drop_on_connect: bool = False) -> Row:
    """`crowd` concurrent calls (reads and sends) on a fresh client, the hostile server playing `script`.
    `warm_up`: first make one call with the default script, wait that long (e.g. for the token to need
    renewal), then switch to `script`."""
    cfg = env.config
    limits = limits or cfg.limits()

    async def work(tally: Tally) -> Extras:
        env.hostile.reset(default_script)
        transport = make_transport()
        client = make_client(base_url or env.hostile_url, HOSTILE_AUTH, transport, limits)
        try:
            if warm_up is not None:
                await timed(tally, calls.get_sim(client, SIM_ID), bound=cfg.deadline, cap=cfg.cap)
                await asyncio.sleep(warm_up)
            env.hostile.reset(script, drop_on_connect=drop_on_connect)
            await asyncio.gather(*(timed(tally, calls.mixed(client, SIM_ID, i), bound=cfg.deadline, cap=cfg.cap)
                                   for i in range(crowd)))
            stuck = await stuck_connections(transport)
        finally:
            await client.aclose()
            env.hostile.drop_connections()
        notes = [f"server saw {_sent(env, '/auth')} logins, {_sent(env, '/token')} renewals, "
                 f"{len(env.hostile.requests)} requests"]
        return Extras(duplicates=calls.duplicates(_payloads(env)), stuck=stuck, notes=notes)

    return await run_row(scenario, name, cfg.deadline, work)


def _auth(behaviour: Callable[[], Behaviour]) -> Script:
    return _with(lambda r: behaviour() if r.method == "POST" and r.path.endswith("/auth") else None)


def _renewal(behaviour: Callable[[], Behaviour]) -> Script:
    return _with(lambda r: behaviour() if r.method == "POST" and r.path.endswith("/token") else None)


async def login_refused(env: Env, name: str, make_transport: TransportFactory) -> Row:
    return await _crowd(env, "login refused (401)", name, make_transport, _auth(lambda: behaviours.error(401)))


async def login_hanging(env: Env, name: str, make_transport: TransportFactory) -> Row:
    return await _crowd(env, "login hanging", name, make_transport, _auth(behaviours.hang))


async def login_dropped(env: Env, name: str, make_transport: TransportFactory) -> Row:
    return await _crowd(env, "login dropped", name, make_transport, _auth(behaviours.drop))


def _renewal_limits(env: Env) -> Limits:
    # A one-second token is renewed after 0.9 s (a tenth of its life before it ends).
    return env.config.limits(token_timeout_seconds=1)


async def renewal_refused(env: Env, name: str, make_transport: TransportFactory) -> Row:
    return await _crowd(env, "renewal refused (401)", name, make_transport, _renewal(lambda: behaviours.error(401)),
                        limits=_renewal_limits(env), warm_up=0.95)


async def renewal_hanging(env: Env, name: str, make_transport: TransportFactory) -> Row:
    return await _crowd(env, "renewal hanging", name, make_transport, _renewal(behaviours.hang),
                        limits=_renewal_limits(env), warm_up=0.95)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


async def connection_refused(env: Env, name: str, make_transport: TransportFactory) -> Row:
    return await _crowd(env, "connection refused", name, make_transport, default_script,
                        base_url=f"http://127.0.0.1:{_closed_port()}/v1")


async def drop_on_connect(env: Env, name: str, make_transport: TransportFactory) -> Row:
    return await _crowd(env, "drop before reading", name, make_transport, default_script, drop_on_connect=True)


async def drop_after_read(env: Env, name: str, make_transport: TransportFactory) -> Row:
    def script(request: Request) -> Behaviour | None:
        return None if request.path.endswith("/auth") else behaviours.drop()

    return await _crowd(env, "drop after reading", name, make_transport, _with(script))


async def hostile_cancellation_storm(env: Env, name: str, make_transport: TransportFactory) -> Row:
    """Cancellation storm where bodies arrive in pieces, so that many calls are cancelled mid-body."""
    cfg = env.config

    def slow(request: Request) -> Behaviour | None:
        if request.method == "GET":
            # Head and half the body after 4 ms, the rest 4 ms later: cancellations land in every phase.
            return behaviours.slow_json({"simId": SIM_ID, "status": "active"} if "/sims/" in request.path else [],
                                        pieces=2, pause=0.004)
        return None

    async def work(tally: Tally) -> Extras:
        env.hostile.reset(default_script)
        transport = make_transport()
        client = make_client(env.hostile_url, HOSTILE_AUTH, transport, cfg.limits())
        try:
            clean = await cancel_rounds(tally, client, SIM_ID, cfg, storm=lambda: env.hostile.reset(_with(slow)),
                                        calm=lambda: env.hostile.reset(default_script), window=0.2)
            stuck = await stuck_connections(transport)
        finally:
            await client.aclose()
            env.hostile.drop_connections()
        return Extras(stuck=stuck, clean=clean, notes=[f"{tally.cancelled} calls cancelled"])

    return await run_row("cancellation storm (slow bodies)", name, cfg.deadline, work)


RETRY_AFTER: dict[str, dict[str, str]] = {
    "seconds 1": {"Retry-After": "1"},
    "seconds 0": {"Retry-After": "0"},
    "negative": {"Retry-After": "-5"},
    "garbage": {"Retry-After": "soon, maybe"},
    "huge": {"Retry-After": "99999999999999999999"},
    "float": {"Retry-After": "1e308"},
    "nan": {"Retry-After": "nan"},
    "inf": {"Retry-After": "inf"},
    "date past": {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"},
    "date +30 s": {},  # filled in at run time
    "date far": {"Retry-After": "Fri, 31 Dec 9999 23:59:59 GMT"},
    "date garbage": {"Retry-After": "Fri, 99 Foo 2026 99:99:99 GMT"},
    "refresh 50 s": {"X-Soracom-Ratelimit-Seconds-Before-Refresh": "50"},
    "refresh 59 s + RA 1": {"X-Soracom-Ratelimit-Seconds-Before-Refresh": "59", "Retry-After": "1"},
    "refresh huge": {"X-Soracom-Ratelimit-Seconds-Before-Refresh": "86400"},
    "refresh negative": {"X-Soracom-Ratelimit-Seconds-Before-Refresh": "-1"},
    "refresh garbage": {"X-Soracom-Ratelimit-Seconds-Before-Refresh": "x"},
    "none": {},
}


async def rate_limited(env: Env, name: str, make_transport: TransportFactory) -> Row:
    """Every request of a call answered 429 with one kind of Retry-After; one call per kind, all at once.
    Each must end (RateLimitError) within its deadline."""
    cfg = env.config
    import email.utils
    import time

    def script(request: Request) -> Behaviour | None:
        if request.path.endswith("/auth"):
            return None
        kind = request.path.rsplit("/", 1)[-1]
        from urllib.parse import unquote

        headers = dict(RETRY_AFTER.get(unquote(kind), {}))
        if unquote(kind) == "date +30 s":
            headers["Retry-After"] = email.utils.formatdate(time.time() + 30, usegmt=True)
        return behaviours.error(429, headers)

    async def work(tally: Tally) -> Extras:
        env.hostile.reset(_with(script))
        transport = make_transport()
        client = make_client(env.hostile_url, HOSTILE_AUTH, transport, cfg.limits())
        slowest: dict[str, float] = {}

        async def one(kind: str) -> None:
            started = time.monotonic()
            await timed(tally, calls.get_sim(client, kind), bound=cfg.deadline, cap=cfg.cap)
            slowest[kind] = time.monotonic() - started

        try:
            await asyncio.gather(*(one(kind) for kind in RETRY_AFTER))
            stuck = await stuck_connections(transport)
        finally:
            await client.aclose()
        over = sorted((k for k, s in slowest.items() if s > cfg.deadline + MARGIN), key=lambda k: -slowest[k])
        notes = [f"over the deadline: {', '.join(f'{k} ({slowest[k]:.1f} s)' for k in over)}"] if over else []
        return Extras(stuck=stuck, notes=notes)

    return await run_row("429 x Retry-After kinds", name, cfg.deadline, work)


def hostile_body(kind: str) -> Callable[[Env, str, TransportFactory], object]:
    async def scenario(env: Env, name: str, make_transport: TransportFactory) -> Row:
        cfg = env.config
        behaviour = behaviours.hostile_bodies(cfg.huge_bytes, cfg.bomb_mib, cfg.nested_depth, cfg.endless_bytes)[kind]

        def script(request: Request) -> Behaviour | None:
            return None if request.path.endswith("/auth") else behaviour

        async def work(tally: Tally) -> Extras:
            env.hostile.reset(_with(script))
            transport = make_transport()
            limits = cfg.limits(max_response_size=cfg.max_response_size)
            client = make_client(env.hostile_url, HOSTILE_AUTH, transport, limits)
            try:
                await timed(tally, calls.get_sim(client, SIM_ID), bound=cfg.deadline, cap=cfg.cap)
                stuck = await stuck_connections(transport)
            finally:
                await client.aclose()
                env.hostile.drop_connections()
            return Extras(stuck=stuck, notes=[f"{len(env.hostile.requests)} requests"])

        return await run_row(f"body: {kind}", name, cfg.deadline, work)

    scenario.__name__ = f"body_{kind.replace('-', '_')}"
    return scenario


BODY_KINDS = list(behaviours.hostile_bodies(1, 1, 1, 1))

SCENARIOS: list[Callable[[Env, str, TransportFactory], object]] = [
    hostile_cancellation_storm, login_refused, login_hanging, login_dropped, renewal_refused, renewal_hanging,
    connection_refused, drop_on_connect, drop_after_read, rate_limited,
    *(hostile_body(kind) for kind in BODY_KINDS),
]
