"""Redirects to another host: does any credential (X-Soracom-API-Key, X-Soracom-Token, the /auth body)
reach it? The hostile server redirects logins or operations with every redirect status to the "other
host", which records every request; a credential is any of the secrets in a header or body there."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx

from soracom_client import Soracom

from . import behaviours, calls
from .clients import HOSTILE_AUTH, SECRETS, make_client
from .env import SIM_ID, Env, default_script
from .hostile import Behaviour, HostileServer, Request
from .measure import Tally, stuck_connections, timed
from .rows import Extras, Row, run_row
from .scenarios_fake import TransportFactory

STATUSES = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class Variant:
    label: str
    status: int | None  # None: no redirect, the caller itself asks for another host
    login: bool  # redirect the login (POST /auth), else the operation
    follow: bool  # the caller gives Soracom an http_client that follows redirects


def variants() -> list[Variant]:
    found = [Variant(f"{s} {'login' if login else 'operation'}{' (follow)' if follow else ''}", s, login, follow)
             for s in STATUSES for login in (True, False) for follow in (False, True)]
    found += [Variant("own request to other host", None, False, False),
              Variant("own request to other host (follow)", None, False, True)]
    return found


def leaked(other: HostileServer, since: int = 0) -> int:
    """Requests that reached the other host carrying any secret (in a header or the body)."""
    count = 0
    for request in other.requests[since:]:
        text = " ".join(request.headers.values()).encode() + b" " + request.body
        if any(secret.encode() in text for secret in SECRETS):
            count += 1
    return count


def _redirecting(env: Env, variant: Variant) -> Callable[[Request], Behaviour]:
    def script(request: Request) -> Behaviour:
        is_login = request.path.endswith("/auth")
        if variant.status is not None and is_login == variant.login:
            return behaviours.redirect(variant.status, env.other.origin + request.target)
        return default_script(request)

    return script


def own_request(client: Soracom, url: str) -> Callable[[], Awaitable[Any]]:
    """The caller's own request to another host through the authenticated httpx client `Soracom.client` gives."""
    return lambda: client.client.get_async_httpx_client().get(url)


async def redirects(env: Env, name: str, make_transport: TransportFactory) -> Row:
    cfg = env.config

    async def work(tally: Tally) -> Extras:
        notes: list[str] = []
        stuck_total: int | None = 0
        total = 0
        for variant in variants():
            env.hostile.reset(_redirecting(env, variant))
            seen = len(env.other.requests)
            transport = make_transport()
            http_client = httpx.AsyncClient(transport=transport, follow_redirects=True) if variant.follow else None
            client = make_client(env.hostile_url, HOSTILE_AUTH, transport, cfg.limits(), http_client)
            call = own_request(client, env.other.origin + "/v1/sims") if variant.status is None \
                else calls.get_sim(client, SIM_ID)
            try:
                await timed(tally, call, bound=cfg.deadline, cap=cfg.cap)
                stuck = await stuck_connections(transport)
                stuck_total = None if stuck is None or stuck_total is None else stuck_total + stuck
            finally:
                await client.aclose()
                if http_client is not None:
                    await http_client.aclose()
            count = leaked(env.other, seen)
            total += count
            if count:
                notes.append(f"{variant.label}: {count} leaked")
        return Extras(credentials_leaked=total, stuck=stuck_total, notes=notes)

    return await run_row("redirects to another host", name, cfg.deadline, work)
