# The two commands: `make run` and `make test`. Both set everything up on a fresh machine.

# llama-cpp-python (a test dependency: a real LLM server in the tests) compiles llama.cpp once,
# in ~3-5 min; pip keeps the wheel in its cache (~/.cache/pip/wheels), so later installs are instant.
export CMAKE_BUILD_PARALLEL_LEVEL ?= $(shell nproc 2>/dev/null || echo 2)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test lint typecheck layers unit bench system-deps clean

run: $(VENV)/.installed
	$(BIN)/sparring serve --demo

test: system-deps
	$(MAKE) $(VENV)/.installed-dev
	$(MAKE) lint typecheck layers unit

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests benchmarks scripts

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy

layers: $(VENV)/.installed-dev
	$(BIN)/lint-imports --no-cache

unit: $(VENV)/.installed-dev
	$(BIN)/pytest -q

bench: $(VENV)/.installed-dev
	$(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/check_speed.py
	$(BIN)/python benchmarks/deal_speed.py
	$(BIN)/python benchmarks/language_speed.py
	$(BIN)/python benchmarks/practice.py
	$(BIN)/python benchmarks/web_load.py

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev,voice]'
	touch $@ $(VENV)/.installed

# System packages the tests use: PostgreSQL (store tests against a real server), Chromium and
# poppler-utils (the brief is printed and measured in a real browser), Pango (WeasyPrint PDF),
# eSpeak NG (the voice tests synthesize speech with known rates and pauses).
SYSTEM_PACKAGES := postgresql chromium poppler-utils libpango-1.0-0 libpangoft2-1.0-0 g++ cmake espeak-ng

system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "installing Debian packages for the tests:$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
		else \
			echo "not root: missing$$missing; the tests that need them will be skipped"; \
		fi; \
	fi

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
