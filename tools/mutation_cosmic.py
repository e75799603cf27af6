"""cosmic-ray's command line with this project's own operators added (tools/mutation_run.py runs it).

cosmic-ray has no operator that swaps one name for another, and the retry table is made of names:
`soracom/SwapRetryClass` turns a send-once entry repeatable and back (`R` <-> `ONCE`,
`Repeat.REPEATABLE` <-> `Repeat.ONCE`), the regression that would repeat a side effect. The local
distributor applies mutants in this process, so registering the provider here serves init and exec.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import cosmic_ray.cli  # type: ignore[import-untyped]
import cosmic_ray.plugins  # type: ignore[import-untyped]
from cosmic_ray.operators.operator import Example, Operator  # type: ignore[import-untyped]
from parso.python.tree import Name


class SwapRetryClass(Operator):  # type: ignore[misc]
    """A retry classification replaced by the other one."""

    SWAP = {"R": "ONCE", "ONCE": "R", "REPEATABLE": "ONCE"}

    def mutation_positions(self, node: Any) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
        if isinstance(node, Name) and node.value in self.SWAP:
            if node.value != "REPEATABLE" or _after_repeat_dot(node):
                yield (node.start_pos, node.end_pos)

    def mutate(self, node: Any, index: int) -> Any:
        if node.value == "ONCE" and _after_repeat_dot(node):
            node.value = "REPEATABLE"
        else:
            node.value = self.SWAP[node.value]
        return node

    @classmethod
    def examples(cls) -> tuple[Any, ...]:
        return (Example('x = (R, "GET")', 'x = (ONCE, "GET")'),)


def _after_repeat_dot(node: Any) -> bool:
    previous = node.get_previous_leaf()
    before = previous.get_previous_leaf() if previous is not None else None
    return previous is not None and previous.value == "." and before is not None and before.value == "Repeat"


def main(argv: list[str] | None = None) -> int:
    cosmic_ray.plugins.OPERATOR_PROVIDERS["soracom"] = {"SwapRetryClass": SwapRetryClass}
    return int(cosmic_ray.cli.main(argv if argv is not None else sys.argv[1:]) or 0)


if __name__ == "__main__":
    sys.exit(main())
