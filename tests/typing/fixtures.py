"""The pytest fixtures of soracom_client.testing, used as a user's test suite does."""

from typing import assert_type

import httpx

from soracom_client import AuthKey, Soracom
from soracom_client.models import Sim
from soracom_client.testing import FakeSoracom, Faults


async def check_listing(fake_soracom: FakeSoracom, fake_soracom_http: httpx.AsyncClient) -> None:
    assert_type(fake_soracom.credentials, AuthKey)
    fake_soracom.faults = Faults(error_rate=0.1)
    async with Soracom(auth=fake_soracom.credentials, base_url="http://fake/v1",
                       http_client=fake_soracom_http) as soracom:
        page = await soracom.sim.list_sims()
        assert_type(page[0], Sim)
        assert_type(page[0].sim_id, str | None)
        assert len(fake_soracom.sms) == 0
