"""The README's first example, as a program."""

from typing import assert_type

from soracom_client import AuthKey, Soracom
from soracom_client.errors import NotFoundError
from soracom_client.models import SetGroupRequest, Sim, SmsForwardingRequest


async def main() -> None:
    async with Soracom(auth=AuthKey("keyId-...", "secret-..."), coverage="g") as soracom:
        sim = await soracom.sim.get_sim("8942...")
        assert_type(sim, Sim)
        assert_type(sim.sim_id, str | None)
        if sim.sim_id is not None:  # narrows: a field is a value or None, never Unset
            await soracom.sim.set_sim_group(sim.sim_id, body=SetGroupRequest(group_id="group-1"))
            await soracom.sim.send_sms_to_sim(sim.sim_id, body=SmsForwardingRequest(payload="hi"), timeout=10)
        patient = soracom.with_options(timeout=120, max_retries=0)
        assert_type(patient, Soracom)
        try:
            await patient.sim.get_sim("8942...")
        except NotFoundError as error:
            assert_type(error.status_code, int)
            assert_type(error.code, str | None)
            assert_type(error.message, str)

    async with Soracom.from_env(coverage="jp", timeout=30.0, max_retries=3) as soracom:
        assert_type(soracom.max_retries, int)
