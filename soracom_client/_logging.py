"""The `soracom_client` logger; `SORACOM_LOG=debug|info` turns it on.

INFO: logins, token renewals, retries and errors. DEBUG adds one line per request
(method, path template, status, elapsed time) and every retry decision.

What is logged is chosen so that no secret can appear: methods, path *templates*
(never URLs: a path may hold a transfer token), statuses, timings and retry
decisions; never headers or bodies.
"""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("soracom_client")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def setup_from_env() -> None:
    """Honour SORACOM_LOG once: set the level and add a stderr handler unless one exists."""
    level = _LEVELS.get(os.environ.get("SORACOM_LOG", "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
