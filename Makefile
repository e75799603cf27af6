# Set-up is part of every target: a fresh machine needs only python3 (3.11+ for generation).
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,testing]'
	touch $(STAMP)

venv: $(STAMP)

generate: $(STAMP)
	$(PY) tools/generate.py

check-generated: $(STAMP)
	$(PY) tools/generate.py --check

test: $(STAMP)
	$(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check soracom_client tools tests
	$(VENV)/bin/mypy

bench: $(STAMP)
	$(PY) benchmarks/bench_parse.py

demo: $(STAMP)
	@echo "make demo: not built yet (issue 6); the embedded fake API and demo do not exist." >&2
	@exit 1

.PHONY: venv generate check-generated test lint bench demo
