"""`python -m soracom_client.testing --port 8080`: serve a FakeSoracom on 127.0.0.1 until interrupted."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading

from ._app import FakeSoracom
from ._faults import Faults
from ._server import FakeServer


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m soracom_client.testing", description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0: a free one; default)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the fleet and the faults (default 1)")
    parser.add_argument("--sims", type=int, default=250, help="number of SIMs (default 250)")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every request")
    parser.add_argument("--rate-limit", type=int, default=None, help="requests per minute per operator and path")
    parser.add_argument("--error-rate", type=float, default=0.0, help="share of requests answered with a 5xx")
    parser.add_argument("--drop-rate", type=float, default=0.0, help="share of connections dropped")
    parser.add_argument("--token-expiry-rate", type=float, default=0.0, help="share of requests whose token expires")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    faults = Faults(
        latency=args.latency,
        rate_limits={"*": args.rate_limit} if args.rate_limit else {},
        error_rate=args.error_rate,
        drop_rate=args.drop_rate,
        token_expiry_rate=args.token_expiry_rate,
    )
    fake = FakeSoracom(seed=args.seed, sims=args.sims, faults=faults)
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    with FakeServer(fake, port=args.port) as server:
        # One JSON line a script can read: where the fake is and the (fake) credentials it accepts.
        print(json.dumps({"baseUrl": server.base_url, "operatorId": fake.operator_id,
                          "authKeyId": fake.auth_key_id, "authKey": fake.auth_key}), flush=True)
        stop.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
