"""The command line of `python -m chaos`, parsed before anything heavy is imported: a wrong argument
(or --help) answers at once instead of after importing the client, the fake and three HTTP stacks."""

from __future__ import annotations

import argparse
from pathlib import Path


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m chaos", description="Run the chaos scenarios: every scenario "
                                     "on every transport, the httpx reference beside its counterpart.")
    parser.add_argument("--quick", action="store_true", help="the small configuration the tests run")
    parser.add_argument("--transport", action="append", default=[], help="only this transport (repeatable)")
    parser.add_argument("--scenario", action="append", default=[], help="only scenarios whose function name "
                        "contains this (repeatable)")
    parser.add_argument("--no-reference", action="store_true", help="skip the plain httpx reference rows")
    parser.add_argument("--json", type=Path, help="write every figure here")
    parser.add_argument("--markdown", type=Path, help="write the table and summary here (for docs/reliability.md)")
    return parser.parse_args(argv)
