"""The servers a chaos run shares, and the sizes of a quick (pytest) or full (`make chaos`) run."""

from __future__ import annotations

import gc
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from soracom_client.testing import FakeServer, FakeSoracom

from . import behaviours
from .clients import API_KEY, OPERATOR_ID, TOKEN, Limits
from .hostile import Behaviour, HostileServer, Request

SIM_ID = "8942310000000000001"


@dataclass(frozen=True)
class Config:
    name: str
    deadline: float  # every call's deadline (passed to the client when it supports one)
    max_retries: int  # the client's retries (backoff 0.5 s, 1 s, ...: fewer make a quick run quicker)
    rounds: int  # cancellation storm rounds
    storm_calls: int  # calls per storm round / token-expiry storm
    huge_bytes: int
    bomb_mib: int
    nested_depth: int
    endless_bytes: int  # an endless body stops after this much, to spare a client that keeps it all
    max_response_size: int | None  # passed to the client when it supports it (None: its default)
    path_values: int  # how many of the hostile path values to use (0: all)

    def limits(self, **overrides: Any) -> Limits:
        """What every client of this run is given (deadline, timeout, retries), with `overrides`."""
        return Limits(**{"deadline": self.deadline, "max_retries": self.max_retries, **overrides})

    @property
    def cap(self) -> float:
        """How long the harness lets a call run before cutting it (and counting it as over its deadline)."""
        return self.deadline + 3.0


QUICK = Config("quick", deadline=2.0, max_retries=1, rounds=2, storm_calls=100, huge_bytes=8 << 20, bomb_mib=64,
               nested_depth=100_000, endless_bytes=256 << 20, max_response_size=1 << 20, path_values=8)
FULL = Config("full", deadline=3.0, max_retries=2, rounds=5, storm_calls=200, huge_bytes=200 << 20, bomb_mib=1024,
              nested_depth=1_000_000, endless_bytes=1 << 30, max_response_size=None, path_values=0)


def default_script(request: Request) -> Behaviour:
    """A well-behaved Soracom for whatever a scenario does not script: logins, renewals, minimal answers."""
    if request.method == "POST" and request.path.endswith("/auth"):
        return behaviours.json_answer(200, {"apiKey": API_KEY, "token": TOKEN, "operatorId": OPERATOR_ID})
    if request.method == "POST" and request.path.endswith("/token"):
        return behaviours.json_answer(200, {"token": TOKEN})
    if request.method == "GET" and request.path.endswith("/sims"):
        return behaviours.json_answer(200, [])
    if request.method == "POST" and request.path.endswith("/send_sms"):
        return behaviours.json_answer(202, {"messageId": "chaos"})
    return behaviours.json_answer(200, {"simId": SIM_ID, "status": "active"})


class Env:
    """`with Env(config) as env:` the fake over loopback, the hostile server and the other host."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.fake = FakeSoracom(seed=13, sims=50)
        self.fake_server = FakeServer(self.fake, log_level="critical")
        self.hostile = HostileServer(default_script, "hostile")
        # The other host answers everything 200 {} and records what reached it.
        self.other = HostileServer(lambda request: behaviours.json_answer(200, {}), "other-host")

    @property
    def hostile_url(self) -> str:
        return self.hostile.origin + "/v1"

    def __enter__(self) -> Env:
        self.fake_server.start()
        self.hostile.start()
        self.other.start()
        # The rows count descriptors after a full gc.collect() (a socket in a reference cycle closes only
        # then). Everything alive now (the process's modules, the servers, in pytest the other tests'
        # leftovers) is moved out of the collector's sight: a collection then costs ~0.1 s less, and a row
        # makes several of them. What the rows make is still collected.
        gc.collect()
        gc.freeze()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.hostile.stop()
        self.other.stop()
        self.fake_server.stop()
