# Set-up is part of every target: a fresh machine needs only python3 (3.11+ for generation).
#
# User-supplied variables are data, never shell or make code: each is frozen unexpanded (so
# `$(shell ...)` in a value stays text), exported, and read by recipes as "$$NAME" (so quotes and
# `;` stay text too).  Add any new user variable to USER_VARS.
USER_VARS := SPEC OLD NEW SUMMARY OUTPUTS EXTRACT FAIL_ON_BREAKING DEMO_ARGS TAGS CHAOS_ARGS MODULES
$(foreach v,$(USER_VARS),$(eval override $(v) := $$(value $(v))))
export $(USER_VARS)

VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,testing,docs]'
	touch $(STAMP)

venv: $(STAMP)

generate: $(STAMP)
	$(PY) tools/generate.py

check-generated: $(STAMP)
	$(PY) tools/generate.py --check

# On every CPU (pytest-xdist; loadgroup keeps the real-time tests on one worker, tests/conftest.py);
# the ten slowest tests are listed, to keep the suite fast (issue 16).
# PYTHONDONTWRITEBYTECODE emptied: where the environment sets it (this machine does), every worker and every
# subprocess would compile the generated package and re-rewrite the test modules' asserts on each import.
test: $(STAMP)
	PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -q -n auto --dist loadgroup --durations=10

lint: $(STAMP)
	$(VENV)/bin/ruff check soracom_client tools tests examples benchmarks chaos
	$(VENV)/bin/mypy
	$(MAKE) typecheck

# The public surface as users type-check it: tests/typing/ and the docs' Python blocks under
# mypy --strict and pyright strict, the negative cases failing, pyright --verifytypes at 100 %.
typecheck: $(STAMP)
	$(PY) tools/typecheck.py

# Every chaos scenario on every transport, with plain httpx beside it; prints the table and writes
# build/chaos.json (every figure) and build/chaos.md (the table for docs/reliability.md). Exit 1 if an invariant breaks.
chaos: $(STAMP)
	set -f; timeout 900 $(PY) -m chaos --json build/chaos.json --markdown build/chaos.md $$CHAOS_ARGS

bench: $(STAMP)
	timeout 600 $(PY) benchmarks/run.py

# `make bench`, then docs/performance.md's table and chart (docs/assets/bench-ratios.svg) from its figures.
bench-docs: $(STAMP)
	timeout 600 $(PY) benchmarks/run.py --json build/bench.json
	$(PY) tools/bench_chart.py build/bench.json --page docs/performance.md

# The documentation site (mkdocs.yml) into build/site. Strict: a broken link, reference or nav entry fails
# (no --quiet: it hides the warnings --strict counts). NO_MKDOCS_2_WARNING silences Material's notice
# about MkDocs 2.0, which is not about these docs.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict

# Soracom's full API document (path or URL) -> openapi.yaml (our four tags), change summary,
# version bump (__version__, pyproject.toml, CHANGELOG.md), regenerated client, tests.
# TAGS="Sim Group ..." (or TAGS=all) takes other tags of Soracom's API than our four.
# SUMMARY=file.md also writes the summary as Markdown (a PR body); OUTPUTS=file appends
# changed=/breaking=/bump=/version=/labels= lines (the workflow passes $GITHUB_OUTPUT).
update-spec: $(STAMP)
	@test -n "$$SPEC" || { echo "usage: make update-spec SPEC=<path or URL of Soracom's OpenAPI document> [SUMMARY=file.md]" >&2; exit 2; }
	$(PY) tools/update_spec.py "$$SPEC" $(if $(SUMMARY),--summary-file "$$SUMMARY") $(if $(OUTPUTS),--outputs "$$OUTPUTS") $(if $(TAGS),--tags "$$TAGS")
	$(MAKE) test

# The same summary for any two specs.  FAIL_ON_BREAKING=1: exit 1 on a breaking change;
# EXTRACT=1: NEW is Soracom's full document, compare only our four tags of it.
spec-diff: $(STAMP)
	@test -n "$$OLD" && test -n "$$NEW" || { echo "usage: make spec-diff OLD=<spec> NEW=<spec> [FAIL_ON_BREAKING=1] [EXTRACT=1]" >&2; exit 2; }
	$(PY) tools/spec_diff.py "$$OLD" "$$NEW" $(if $(EXTRACT),--extract) $(if $(FAIL_ON_BREAKING),--fail-on-breaking) $(if $(TAGS),--tags "$$TAGS")

# Append the update's summary (SUMMARY=file.md) to the CI job summary, if there is one to append.
job-summary:
	@if test -n "$$GITHUB_STEP_SUMMARY" && test -f "$$SUMMARY"; then cat "$$SUMMARY" >> "$$GITHUB_STEP_SUMMARY"; \
	else echo "job-summary: no summary file or no GITHUB_STEP_SUMMARY; nothing to attach"; fi

# Mutation testing of the safety core (docs/mutation.md): every module of mutation/modules.toml, one mutant
# at a time against its own tests; then the figures, exit 1 below a module's floor. MODULES="_retry _auth"
# runs only those. Not part of `make test`: it takes long (about 10 s per mutant).
mutation: $(STAMP)
	$(PY) tools/mutation_run.py $$MODULES
	$(PY) tools/mutation_report.py --survivors $$MODULES

# The main job: start FakeSoracom on a free loopback port, run examples/demo.py against it, stop it.
# DEMO_ARGS=--real runs the read-only steps against the real API (credentials from env or profile).
demo: $(STAMP)
	set -f; $(PY) examples/demo.py $$DEMO_ARGS

.PHONY: typecheck venv generate check-generated test lint chaos bench bench-docs docs mutation update-spec spec-diff job-summary demo
