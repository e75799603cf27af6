"""The downlink helpers: bytes in, bytes out."""

from typing import assert_type

from soracom_client import Soracom, downlink
from soracom_client.models import SimDownlinkSshPublicKeyAuthentication


async def talk(soracom: Soracom, sim_id: str) -> tuple[bytes, bytes, bytes]:
    body = downlink.tcp_request(23080, b"\x02STATUS\x03", connection=downlink.wait_for_pattern(b"\x03"), timeout=10)
    data = downlink.decode_data(await soracom.sim.send_downlink_tcp(sim_id, body=body))
    assert_type(data, bytes)
    await soracom.sim.send_downlink_udp(sim_id, body=downlink.udp_request(5683, b"\xff\x01"))
    auth = SimDownlinkSshPublicKeyAuthentication(key_credentials_id="my-key")
    out, err = downlink.ssh_output(await soracom.sim.send_downlink_ssh(
        sim_id, body=downlink.ssh_request("pi", "uname -a", auth)))
    assert_type(out, bytes)
    assert_type(err, bytes)
    return data, out, err
