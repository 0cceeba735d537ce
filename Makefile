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
# what each step of `make` reads: a step whose inputs did not change is not run again
SPECS := $(wildcard specs/*.yaml)
LINT_INPUTS := $(SPECS) redocly.yaml package-lock.json $(wildcard scripts/lint_*.py) scripts/speclib.py
GENERATE_INPUTS := $(SPECS) $(wildcard overlays/templates/*) scripts/generate.py scripts/derive_spec.py \
        scripts/speclib.py scripts/spec_readme.py scripts/extras.py pyproject.toml
CONTRACT_INPUTS := uv.lock scripts/contract.py $(shell find overlays generated tests/contract -name '*.py' 2>/dev/null)

.PHONY: all setup lint generate regenerate check diff release-notes typecheck test pytest contract \
        contract-deep reliability bench dist help check-new-provider

all: setup .make/lint.stamp .make/generate.stamp .make/contract.stamp ## the main job: set up, lint specs, regenerate, contract-check every provider (each only when its inputs changed)

.make/lint.stamp: $(LINT_INPUTS) | setup
	$(PY) scripts/lint_specs.py
	@touch $@

.make/generate.stamp: $(GENERATE_INPUTS) | setup
	@$(MAKE) --no-print-directory generate
	@touch $@

.make/contract.stamp: $(CONTRACT_INPUTS) .make/generate.stamp | setup
	$(PY) scripts/contract.py
	@touch $@

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

lint: setup ## spec quality gate (openapi-spec-validator, Spectral, Redocly, openapi-python-client --fail-on-warning) and ruff format --check
	$(PY) scripts/lint_specs.py
	$(PY) -m ruff format --check --quiet overlays scripts tests

generate: setup ## regenerate clients, wire models, specs/README.md and the provider extras (incremental)
	@$(PY) scripts/generate.py
	@$(PY) scripts/spec_readme.py
	@$(PY) scripts/extras.py
	@$(UV) lock --check --quiet 2>/dev/null || { $(UV) lock --quiet && $(UV) sync --locked --all-packages --quiet; }

regenerate: setup ## forced regeneration of every spec: undoes hand edits in generated/
	@$(PY) scripts/generate.py --force
	@$(MAKE) --no-print-directory generate

check: setup ## fail if generated/, specs/README.md or the provider extras are not exactly what the specs produce
	$(PY) scripts/generate.py --check
	$(PY) scripts/spec_readme.py --check
	$(PY) scripts/extras.py --check
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
	$(PY) scripts/reliability_bulk.py --rows 2000 --kills 100

dist: setup ## giftkit and every generated client as lock-stepped sdists and wheels in dist/
	$(PY) scripts/dist.py

bench: setup ## measure and write BENCHMARKS.md
	$(PY) scripts/bench.py
	$(PY) scripts/bench_bulk.py

check-new-provider: setup ## acceptance: a copied provider (spec, profile, simulator only) gets every test the original has
	$(PY) scripts/check_new_provider.py
