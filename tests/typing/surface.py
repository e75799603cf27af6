# pyright: strict
"""Issue 15, as a user writes it: typed configuration, per-call options, raw responses, typed errors.

Checked by `mypy --strict` and pyright (strict) by make typecheck (tools/typecheck.py); not run."""

from __future__ import annotations

from typing import assert_type

import httpx

from soracom_client import AuthKey, Page, RateLimit, RawResponse, Soracom
from soracom_client.errors import APIStatusError, ConfigurationError
from soracom_client.generated.models.sim import Sim


async def main() -> None:
    try:
        soracom = Soracom.from_env(coverage="g", max_retries=3, lang="ja", deadline=None,
                                   default_headers={"X-Team": "a"})
    except ConfigurationError:
        soracom = Soracom(auth=AuthKey("keyId-x", "secret-x"), coverage="jp", timeout=httpx.Timeout(5.0))
    async with soracom:
        sim = await soracom.sim.get_sim("S1", timeout=2.0, max_retries=0, extra_headers={"X-Trace": "t"},
                                        extra_query={"beta": 1})
        assert_type(sim, Sim)
        raw = await soracom.with_raw_response.sim.get_sim("S1", deadline=10.0)
        assert_type(raw, RawResponse[Sim])
        assert_type(raw.parse(), Sim)
        assert_type(raw.status_code, int)
        assert_type(raw.headers, httpx.Headers)
        assert_type(raw.http_response, httpx.Response)
        assert_type(raw.rate_limit, RateLimit | None)
        assert_type(raw.request_id, str | None)
        if raw.rate_limit is not None:
            assert_type(raw.rate_limit.remaining, int | None)
        page = await soracom.with_raw_response.sim.list_sims(limit=10)
        assert_type(page, RawResponse[Page[Sim]])
        assert_type(page.parse().next_key, str | None)
        view = soracom.with_options(timeout=3.0, max_retries=1, deadline=30.0, default_headers={"X-Team": "b"})
        assert_type(view, Soracom)
        try:
            await view.sim.get_sim("S1")
        except APIStatusError as error:
            assert_type(error.response, httpx.Response)
            assert_type(error.status_code, int)
            assert_type(error.code, str | None)
            assert_type(error.message, str)
            assert_type(error.rate_limit, RateLimit | None)
            assert_type(error.request_id, str | None)
