"""A faithful local stand-in for the Soracom API, for tests and demos (`pip install soracom-client[testing]`).

    from soracom_client.testing import FakeSoracom, ManualClock
    fake = FakeSoracom(seed=1, sims=250, clock=ManualClock())
    async with fake.client() as soracom: ...  # a Soracom in-process, waiting on the fake's clock
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=fake), base_url="http://fake/v1")  # raw HTTP

Or as a real server: `python -m soracom_client.testing --port 8080`, or `with FakeServer(fake) as server:`.
Pytest fixtures (`fake_soracom`, `soracom`, `fake_soracom_http`, `fake_soracom_server`, `soracom_server_client`):
add `pytest_plugins = ["soracom_client.testing.pytest_plugin"]` to a conftest.py. Guide: docs/testing.md.
"""

from ._app import API_KEY_HEADER, TOKEN_HEADER, UNHANDLED_HEADER, FakeSoracom
from ._auth import Operator
from ._clock import BASE_TIME, Clock, ManualClock, SystemClock
from ._errors import CODES
from ._faults import ConnectionDropped, Faults
from ._jpeg import SNAPSHOT_JPEG
from ._server import FakeServer
from ._state import Downlink, SentSms

__all__ = [
    "API_KEY_HEADER",
    "BASE_TIME",
    "CODES",
    "SNAPSHOT_JPEG",
    "TOKEN_HEADER",
    "UNHANDLED_HEADER",
    "Clock",
    "ConnectionDropped",
    "Downlink",
    "FakeServer",
    "FakeSoracom",
    "Faults",
    "ManualClock",
    "Operator",
    "SentSms",
    "SystemClock",
]
