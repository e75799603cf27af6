"""FakeSoracom on 127.0.0.1 in its own process, for the bulk benchmark.

argv: latency (s), rate limit per minute on PUT /sims/{sim_id}/tags. Prints one JSON line
(base_url, credentials) and serves until its stdin closes.
"""

from __future__ import annotations

import json
import sys

from soracom_client.testing import FakeServer, FakeSoracom, Faults


def main() -> None:
    latency, per_minute = float(sys.argv[1]), int(sys.argv[2])
    fake = FakeSoracom(seed=1, sims=100, faults=Faults(latency=latency,
                                                       rate_limits={"PUT /sims/{sim_id}/tags": per_minute}))
    with FakeServer(fake) as server:
        creds = fake.credentials
        print(json.dumps({"base_url": server.base_url, "credentials": [creds.auth_key_id, creds.auth_key]}),
              flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main()
