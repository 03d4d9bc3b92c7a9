# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1:8000

.PHONY: run test lint format messages ci install migrate demo clean e2e-deps

$(STAMP): requirements.txt requirements-dev.txt package-lock.json
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	# The HTML checker the tests use (needs Java); skipped where npm is absent.
	if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --loglevel=error; fi
	touch $(STAMP)

install: $(STAMP)

# Serves the site on SQLite with the demo content and debugging on.
run: export DJANGO_DEBUG ?= 1
run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) runserver $(HOST)

# The whole suite: SQLite by default, PostgreSQL when DATABASE_URL is set.
test: install
	$(BIN)/pytest

# ruff's rules and its formatting, and bandit's security checks (bandit.yaml); CI runs this once, before the suite.
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/bandit -c bandit.yaml -r . -q

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Extract interface strings into the four catalogues, then compile them.
messages: install
	DJANGO_DEBUG=1 $(MANAGE) makemessages --no-obsolete --no-location -l ar -l zgh -l fr -l en --ignore=.venv --ignore=node_modules --ignore=staticfiles
	DJANGO_DEBUG=1 $(MANAGE) compilemessages --ignore=.venv

ci:
	bash .ci/run

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
