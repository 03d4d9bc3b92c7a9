# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1:8000

.PHONY: run superuser test lint format messages ci install clean

$(STAMP): requirements.txt requirements-dev.txt package-lock.json
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	# The HTML checker the tests use (needs Java) and the headers checker of scripts/observatory.mjs;
	# no install scripts: one of them downloads certificates, and only the registry is reachable.
	if command -v npm >/dev/null 2>&1; then npm ci --ignore-scripts --no-audit --no-fund --loglevel=error; fi
	touch $(STAMP)

install: $(STAMP)

# Serves the site on SQLite with the demo content and debugging on. Mail is printed
# on the console (no SMTP server needed) and links in it point at HOST.
run: export DJANGO_DEBUG ?= 1
run: export DJANGO_EMAIL_BACKEND ?= django.core.mail.backends.console.EmailBackend
run: export DJANGO_SITE_URL ?= http://$(HOST)
run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) runserver $(HOST)

# A staff account for the local site of `make run` (asks for a name and a password).
superuser: export DJANGO_DEBUG ?= 1
superuser: install
	$(MANAGE) migrate --noinput
	$(MANAGE) createsuperuser

# The whole suite: SQLite by default, PostgreSQL when DATABASE_URL is set.
test: install
	$(BIN)/pytest

# ruff's rules and its formatting, bandit's security checks (bandit.yaml) and hadolint on the
# Dockerfile; CI runs this once, before the suite.
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/bandit -c bandit.yaml -r . -q
	$(BIN)/hadolint Dockerfile

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
