# giftkit — every target is a thin call into scripts/; providers are discovered from specs/*.yaml.
SHELL := /bin/bash
.DEFAULT_GOAL := all
.SUFFIXES:

export UV_PYTHON_DOWNLOADS := never
export UV_NO_PROGRESS := 1
UV_VERSION := 0.13.9
BOOTSTRAP := .make/bootstrap
export UV := $(or $(shell command -v uv 2>/dev/null),$(CURDIR)/$(BOOTSTRAP)/bin/uv)
PY := .venv/bin/python
CLIENT_PYPROJECTS := $(wildcard generated/*_client/pyproject.toml)
BASE ?= HEAD

.PHONY: all setup lint generate check diff release-notes typecheck test pytest contract \
        contract-deep reliability bench help

all: setup lint generate contract ## the main job: set up, lint specs, regenerate, contract-check every provider

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

setup: .make/venv.stamp .make/node.stamp ## install uv (pinned, if missing), Python deps from uv.lock, Node tools from package-lock.json

$(CURDIR)/$(BOOTSTRAP)/bin/uv:
	python3 -m venv $(BOOTSTRAP)
	$(BOOTSTRAP)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

.make/venv.stamp: $(UV) pyproject.toml uv.lock $(CLIENT_PYPROJECTS)
	$(UV) sync --locked --all-packages --quiet
	@touch $@

.make/node.stamp: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@mkdir -p .make && touch $@

lint: setup ## spec quality gate: openapi-spec-validator, Spectral, Redocly, openapi-python-client --fail-on-warning
	$(PY) scripts/lint_specs.py

generate: setup ## regenerate clients, wire models and specs/README.md (incremental)
	@$(PY) scripts/generate.py
	@$(PY) scripts/spec_readme.py
	@$(UV) lock --check --quiet 2>/dev/null || { $(UV) lock --quiet && $(UV) sync --locked --all-packages --quiet; }

check: setup ## fail if generated/ or specs/README.md is not exactly what the specs produce
	$(PY) scripts/generate.py --check
	$(PY) scripts/spec_readme.py --check
	$(PY) scripts/official_diff.py

diff: setup ## classify spec and Python API changes since BASE=<git ref> as breaking / non-breaking
	$(PY) scripts/diff.py --base $(BASE)

release-notes: setup ## append `make diff` to CHANGELOG.md
	$(PY) scripts/diff.py --base $(BASE) --changelog CHANGELOG.md

typecheck: setup ## ruff on hand-written code; mypy --strict on generated/, the overlay and the typing tests
	$(PY) scripts/typecheck.py

pytest: setup
	$(PY) -m pytest -q

test: lint check typecheck pytest ## everything CI runs: lint, check, typecheck, pytest

contract: setup ## in-process schemathesis contract suite against every simulator
	$(PY) scripts/contract.py

contract-deep: setup ## the contract suite with more examples and random seeds
	$(PY) scripts/contract.py --deep

reliability: setup ## fault campaign, sabotage control, hostile responses, secrets scan
	$(PY) scripts/reliability.py

bench: setup ## measure and write BENCHMARKS.md
	$(PY) scripts/bench.py
