# Two commands on a fresh clone with only python3:
#   make run   set everything up and open the designer on a sample map
#   make test  set everything up and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE ?= samples/zapatillas-omnicanal.journey

.PHONY: run test check lint typecheck contracts setup system-deps benchmark clean translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,dev]"
	touch $(STAMP)

setup: $(STAMP) translations

# The interface's translations: .qm catalogues compiled from the .ts sources by Qt's lrelease.
translations: $(STAMP) system-deps
	$(BIN)/python -m journeydesigner.ui.i18n

system-deps:
	@bash tools/system-deps.sh

run: setup system-deps
	$(BIN)/journeydesigner $(SAMPLE)

lint: setup
	$(BIN)/ruff check journeydesigner tests benchmarks tools
	$(BIN)/ruff format --check journeydesigner

typecheck: setup
	$(BIN)/mypy

contracts: setup
	$(BIN)/lint-imports

check: lint typecheck contracts

# pytest exits 5 when it collects no test: make treats that as the failure it is.
test: setup system-deps check
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

benchmark: setup system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
