# ruff: noqa: F811  (pytest fixtures imported from _facade_helpers are redefined as parameters)
"""Logging: SORACOM_LOG turns the `soracom_client` logger on; no secret is ever written."""

from __future__ import annotations

import logging

import httpx
import pytest
import respx
from _facade_helpers import API_KEY, OPERATOR, TOKEN, Clock, api, clock, sim, sleeps  # noqa: F401

from soracom_client import AuthKey, SamUser, Soracom
from soracom_client._logging import logger, setup_from_env
from soracom_client.errors import BadRequestError
from soracom_client.generated.models import (
    SimDownlinkSshPasswordAuthentication,
    SimDownlinkSshPasswordAuthenticationType,
    SimDownlinkSshRequest,
    SmsForwardingRequest,
)

AUTH_KEY = "secret-AUTHKEY-9f8e7d"
SSH_PASSWORD = "ssh-PASSWORD-6c5b4a"
SAM_PASSWORD = "sam-PASSWORD-3f2e1d"
RENEWED = "token-RENEWED-112233"
SECRETS = [AUTH_KEY, SSH_PASSWORD, SAM_PASSWORD, API_KEY, TOKEN, RENEWED]


async def test_no_secret_in_debug_logs_reprs_or_errors_through_a_whole_flow(
        api: respx.MockRouter, sleeps: list[float], clock: Clock, caplog: pytest.LogCaptureFixture,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SORACOM_LOG", "debug")
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "level", logging.NOTSET)  # restored after the test, like the handlers
    caplog.set_level(logging.DEBUG)  # every logger, httpx's included
    api.post(f"/operators/{OPERATOR}/token").mock(return_value=httpx.Response(200, json={"token": RENEWED}))
    api.get("/sims/S1").mock(side_effect=[httpx.Response(503), httpx.Response(200, json=sim("S1")),
                                          httpx.Response(200, json=sim("S1"))])
    api.post("/sims/S1/downlink/ssh").mock(return_value=httpx.Response(200, json={"stdout": "ok", "exitcode": 0}))
    api.post("/sims/S1/send_sms").mock(return_value=httpx.Response(
        400, json={"code": "SEM0016", "message": "The specified subscriber is offline"}))
    texts: list[str] = []
    async with Soracom(auth=AuthKey("keyId-visible", AUTH_KEY), token_timeout_seconds=3600) as soracom:
        texts.append(repr(soracom))
        await soracom.sim.get_sim("S1")  # login, a 503, a retry
        ssh = SimDownlinkSshRequest(
            authentication=SimDownlinkSshPasswordAuthentication(
                password=SSH_PASSWORD, type_=SimDownlinkSshPasswordAuthenticationType.PASSWORD),
            command="uptime", username="pi")
        await soracom.sim.send_downlink_ssh("S1", body=ssh)
        clock.now += 3600  # past the renewal point
        await soracom.sim.get_sim("S1")
        with pytest.raises(BadRequestError) as caught:
            await soracom.sim.send_sms_to_sim("S1", body=SmsForwardingRequest(payload="hi"))
        texts += [str(caught.value), repr(caught.value)]
    texts.append(repr(SamUser("OP1", "bob", SAM_PASSWORD)))

    stderr = capsys.readouterr().err  # the handler SORACOM_LOG=debug installed
    captured = caplog.text + stderr + "\n".join(texts)
    assert "POST /sims/{sim_id}/downlink/ssh -> 200" in stderr
    for secret in SECRETS:
        assert secret not in captured
    # ...and the log does say what happened.
    assert "GET /sims/{sim_id} -> 503" in caplog.text
    assert "retrying in 0.50 s" in caplog.text and "503 on a repeatable operation" in caplog.text
    assert "POST /sims/{sim_id}/send_sms -> 400" in caplog.text and "not retrying" in caplog.text
    assert "token renewed" in caplog.text and "logging in with AuthKey" in caplog.text
    assert "SEM0016: The specified subscriber is offline" in texts[1]


def test_soracom_log_sets_up_the_logger(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "level", logging.NOTSET)
    monkeypatch.delenv("SORACOM_LOG", raising=False)
    setup_from_env()
    assert logger.handlers == [] and logger.level == logging.NOTSET
    monkeypatch.setenv("SORACOM_LOG", "info")
    setup_from_env()
    assert logger.level == logging.INFO and len(logger.handlers) == 1
    monkeypatch.setenv("SORACOM_LOG", "DEBUG")
    setup_from_env()
    assert logger.level == logging.DEBUG and len(logger.handlers) == 1
