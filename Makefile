# innovdb task runner: `make help` lists the targets.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: help demo test test-recipes lint bench calibrate extract-identity extract-identity-record clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "innovdb needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

demo: $(STAMP) ## load seeds/ into the embedded PostgreSQL and compare Chongqing's 2027 targets with Shanghai
	$(BIN)/innovdb db upgrade
	$(BIN)/innovdb etl run seeds/documents seeds/history
	$(BIN)/innovdb report --region Chongqing --against Shanghai --out demo-report.html
	$(BIN)/innovdb compare --region Chongqing --against Shanghai --year 2027

test: $(STAMP) ## lint, then the whole test suite on real PostgreSQL
	$(BIN)/ruff check .
	$(BIN)/pytest

test-recipes: $(STAMP) ## the scheduling recipes run by real Airflow and Dagster (builds their venvs: minutes)
	INNOVDB_RECIPE_TESTS=1 $(BIN)/pytest -m slow tests/recipes

bench: $(STAMP) ## the benchmark of docs/benchmarks.md (10,000 documents)
	$(BIN)/innovdb bench

DEV_CORPUS ?= ../shared/corpus/dev
calibrate: $(STAMP) ## refit the extractor's confidence weights on the annotated development and tuning corpora
	$(BIN)/python -m etl.extract.calibrate --write \
		$(foreach g,$(wildcard $(DEV_CORPUS)/gold_*.jsonl),$(g) $(DEV_CORPUS)/docs) \
		$(foreach d,$(wildcard tests/cases/tune/*/),$(d)gold.jsonl $(d))

extract-identity-record: $(STAMP) ## record the extractor's output on every regression corpus (before a speed change)
	$(BIN)/python tests/extract_identity.py record

extract-identity: $(STAMP) ## check the extractor's output is byte-identical to the recorded one
	$(BIN)/python tests/extract_identity.py check

clean: ## remove the virtual environment
	rm -rf $(VENV)
