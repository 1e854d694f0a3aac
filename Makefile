# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# The examples are dated around this day; the demo judges them as of it so its output is stable.
DEMO_DAY ?= 2026-11-26

.PHONY: demo test lint typecheck clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	@for facts in examples/*/trustladder.yaml; do \
	  echo "== $$facts"; \
	  $(BIN)/trustladder status --facts $$facts --today $(DEMO_DAY) || exit $$?; \
	  echo; \
	done
	@echo "== what Cobalt CRM may say today (examples/review-period-type1-held)"
	@$(BIN)/trustladder say --facts examples/review-period-type1-held/trustladder.yaml --today $(DEMO_DAY)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench examples
	$(BIN)/ruff format --check src tests bench examples

typecheck: $(STAMP)
	$(BIN)/mypy

test: lint typecheck
	$(BIN)/pytest

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
