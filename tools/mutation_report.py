"""Per-module figures of the last mutation run (build/mutation/*.sqlite): mutants, killed, survived,
equivalent, score. Exit 1 if a module is below its floor (mutation/modules.toml), has mutants not yet
run, or was never run. `--survivors` also prints each surviving mutant (line and operator).

Score = killed / (mutants - equivalent). A mutant whose tests time out (a hang) counts as killed; one
that cannot be run counts as not killed, so it must be looked at. One that cosmic-ray itself fails to
apply (INCOMPETENT with its own traceback, e.g. ExceptionReplacer on a dotted name in an `except` tuple)
made no mutant: it is counted apart ("not applied") and listed, not in the score.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent
SESSIONS = ROOT / "build" / "mutation"


@dataclass
class Figures:
    mutants: int = 0
    killed: int = 0
    survived: int = 0
    equivalent: int = 0
    pending: int = 0
    other: int = 0
    not_applied: int = 0
    survivors: list[str] = field(default_factory=list)

    @property
    def score(self) -> float:
        judged = self.mutants - self.equivalent
        return 100.0 * self.killed / judged if judged else 100.0


def figures(session: Path, source: Path) -> Figures:
    lines = source.read_text().splitlines()
    result = Figures()
    with sqlite3.connect(session) as db:
        rows = db.execute(
            "SELECT m.operator_name, m.start_pos_row, r.worker_outcome, r.test_outcome, r.output "
            "FROM mutation_specs m LEFT JOIN work_results r ON r.job_id = m.job_id").fetchall()
    for operator, row, worker, test, output in rows:
        worker, test = (worker or "").upper(), (test or "").upper()
        if worker == "SKIPPED" and not (output or "").startswith("equivalent:"):
            continue  # an operator not kept: not a mutant of this run
        if test == "INCOMPETENT" and "cosmic_ray/mutating.py" in (output or ""):
            result.not_applied += 1  # cosmic-ray failed to make the mutant: nothing was changed or run
            result.survivors.append(f"{source.relative_to(ROOT)}:{row}: {operator}: not applied by cosmic-ray")
            continue
        result.mutants += 1
        if worker == "SKIPPED":
            result.equivalent += 1
        elif not worker:
            result.pending += 1
        elif test == "KILLED":
            result.killed += 1
        elif test == "SURVIVED":
            result.survived += 1
            text = lines[row - 1].strip() if 0 < row <= len(lines) else "?"
            result.survivors.append(f"{source.relative_to(ROOT)}:{row}: {operator}: {text}")
        else:
            result.other += 1
            result.survivors.append(f"{source.relative_to(ROOT)}:{row}: {operator}: {worker} {test} (not run)")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help="names from mutation/modules.toml (default: all)")
    parser.add_argument("--survivors", action="store_true", help="list the surviving mutants")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = parser.parse_args(argv)
    config = tomllib.loads((ROOT / "mutation" / "modules.toml").read_text())
    names = args.modules or list(config["modules"])
    failing: list[str] = []
    header = ("module", "mutants", "killed", "survived", "equivalent", "score", "floor")
    if args.markdown:
        print("| " + " | ".join(header) + " |\n|" + "---|" * len(header))
    else:
        print("{:<16}{:>8}{:>8}{:>9}{:>11}{:>8}{:>7}".format(*header))
    for name in names:
        module = config["modules"][name]
        session = SESSIONS / f"{name}.sqlite"
        if not session.exists():
            print(f"{name:<16} never run")
            failing.append(f"{name}: never run")
            continue
        got = figures(session, ROOT / module["path"])
        cells = (name, got.mutants, got.killed, got.survived, got.equivalent, f"{got.score:.1f} %",
                 f"{module['floor']} %")
        if args.markdown:
            print("| " + " | ".join(str(c) for c in cells) + " |")
        else:
            print("{:<16}{:>8}{:>8}{:>9}{:>11}{:>8}{:>7}".format(*cells))
        if got.pending:
            failing.append(f"{name}: {got.pending} mutants not run yet")
        if got.score < module["floor"]:
            failing.append(f"{name}: {got.score:.1f} % < {module['floor']} %")
        if args.survivors:
            for line in got.survivors:
                print("    " + line)
    for line in failing:
        print("FAIL " + line, file=sys.stderr)
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
