# congdoan-archive: `make help` lists the targets.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= data/archive.db
SITE   ?=
HOST   ?= 127.0.0.1
PORT   ?= 8001

.DEFAULT_GOAL := help
.PHONY: help install test lint fmt extract sites sites-readme crawl crawl-all demo serve fixture fixtures-update shell migrate bench check-live clean

help: ## list the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-16s %s\n", $$1, $$2}'

$(BIN)/congdoan: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "make: $(PYTHON) not found: install Python 3.11 (or run make PYTHON=python3)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

install: $(BIN)/congdoan ## create .venv and install the project with its test tools

test: install ## run the test suite (offline)
	$(BIN)/pytest

lint: install ## ruff check + format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

fmt: install ## ruff fix + format
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

sites: install ## list the described sites
	$(BIN)/congdoan sites

sites-readme: install ## regenerate the README's site table from the site modules
	$(BIN)/congdoan sites --update-readme README.md

crawl: install ## crawl the live sites into $(DB) (SITE=slug for one; SITE=generic START_URL=...)
	$(BIN)/congdoan crawl $(SITE) --db $(DB) $(if $(START_URL),--start-url $(START_URL))

crawl-all: install ## crawl every described site into $(DB)
	$(BIN)/congdoan crawl --db $(DB)

demo: install ## offline demo: crawl the bundled mirror on 127.0.0.1 into data/demo.db
	$(BIN)/congdoan demo --db data/demo.db

serve: install ## explore $(DB) in Datasette on $(HOST):$(PORT): ranked search, articles, dashboard
	$(BIN)/congdoan serve $(DB) --host $(HOST) --port $(PORT)

fixture: install ## save a live page as a fixture: make fixture SITE=slug URL=https://...
	$(BIN)/congdoan fixture $(SITE) $(URL)

fixtures-update: install ## rewrite fixture JSON from the current code: make fixtures-update SITE=slug
	$(BIN)/python -m tests.regenerate $(SITE)

shell: install ## scrapy shell on a saved page: make shell FILE=tests/sites/.../page.html
	$(BIN)/scrapy shell ./$(FILE)

migrate: install ## create or upgrade the archive schema at $(DB)
	$(BIN)/sqlite-utils migrate $(DB) storage/migrations.py

bench: install ## measure extraction and crawl speed; writes BENCHMARKS.md
	$(BIN)/python -m tests.bench

check-live: install ## (needs network) fetch each site's start page and report which selectors match
	$(BIN)/congdoan check-live $(SITE)

clean: ## remove the virtualenv, caches and data/
	rm -rf $(VENV) .pytest_cache .ruff_cache data *.egg-info
