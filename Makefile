# Set-up is part of every target: a fresh machine needs only python3.
PY := .venv/bin/python

.venv/bin/python:
	python3 -m venv .venv
	$(PY) -m pip install -q pyyaml==6.0.2 pytest==8.3.3

test: .venv/bin/python
	$(PY) -m pytest -q tests

demo: .venv/bin/python
	@echo "make demo: not built yet (issue 6); the embedded fake API and demo do not exist." >&2
	@exit 1

.PHONY: test demo
