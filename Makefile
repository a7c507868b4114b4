# The two commands a newcomer needs: `make demo` and `make test`.
# Python 3.11, 3.12 or 3.13, under whichever name this machine has it; another
# interpreter in its own virtualenv with e.g. `make test PYTHON=python3.13 VENV=.venv313`.
PYTHON ?= $(shell command -v python3.11 || command -v python3.12 || command -v python3.13 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
# Two workers: the machines this runs on have two cores.
PYTEST_ARGS ?= -n 2
# Voikko's Finnish morphology for the search (GPL-3.0, optional): `make install VOIKKO=0` leaves it out.
VOIKKO ?= 1

.PHONY: demo test install lint messages compilemessages clean production search-index

# Reinstall only when the pinned requirements change. constraints.txt pins every
# indirect dependency too, so two installs get the same versions.
$(VENV)/.installed: requirements.txt requirements-dev.txt requirements-voikko.txt constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] <= (3, 13))' 2>/dev/null || { echo "Python 3.11, 3.12 or 3.13 is required (found: $(PYTHON))."; exit 1; }
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt -c constraints.txt
	if [ "$(VOIKKO)" != 0 ]; then $(BIN)/pip install --quiet -r requirements-voikko.txt -c constraints.txt; fi
	touch $@

# axe-core for the accessibility checks; no lock file, since lock files name
# the registry's host (the version is pinned in package.json).
node_modules/axe-core/axe.min.js: package.json
	@if command -v npm >/dev/null; then \
		npm install --no-package-lock --no-audit --no-fund --silent && touch $@; \
	else echo "npm not found: the browser accessibility tests will be skipped."; fi

install: $(VENV)/.installed

HAS_VOIKKO = $(BIN)/python -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("pyvoikko") is None)'

demo: install
	@$(HAS_VOIKKO) || echo "Voikko is not installed: search matches Finnish by Snowball stems only (no compound words). Install it (GPL-3.0) with: $(BIN)/pip install -r requirements-voikko.txt -c constraints.txt"
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	@$(MAKE) --no-print-directory search-index
	@echo "Serving the demo network on http://localhost:8000/ (lappilaiset.localhost:8000, jelli.localhost:8000, ...)"
	$(MANAGE) runserver 0.0.0.0:8000

# The search index holds the analyser's base forms (core/search_terms.py): rebuild it once when the
# analyser changes or Voikko comes or goes; saving a row indexes it, so new demo rows need no rebuild.
search-index: install
	@stamp=var/.search-index-$$($(HAS_VOIKKO) && echo voikko || echo snowball); \
	if [ ! -e $$stamp ] || [ core/search_terms.py -nt $$stamp ]; then \
		echo "Rebuilding the search index..."; \
		$(MANAGE) update_index --verbosity 0 && rm -f var/.search-index-* && touch $$stamp; \
	fi

# The production processes (Procfile: gunicorn, the task worker, the scheduler) on this machine, with the
# production settings, against PostgreSQL and Redis on 127.0.0.1 (trust authentication, user postgres).
# Plain HTTP on PORT: the HTTPS redirect is off; cookies stay HTTPS-only, so logging in needs HTTPS in front.
PORT ?= 8000
PRODUCTION_DB ?= toimeksi_production
PRODUCTION_ENV = DJANGO_ENV=production DJANGO_SETTINGS_MODULE=config.settings.production \
	SECRET_KEY=$${SECRET_KEY:-local-production-run-only-never-deployed-0123456789abcdefghij} \
	ALLOWED_HOSTS=$${ALLOWED_HOSTS:-localhost,.localhost,127.0.0.1} \
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/$(PRODUCTION_DB)} \
	REDIS_URL=$${REDIS_URL:-redis://127.0.0.1:6379/0} \
	WAGTAILADMIN_BASE_URL=http://localhost:$(PORT) \
	STATIC_ROOT=$(CURDIR)/var/production-static \
	SECURE_SSL_REDIRECT=false SECURE_HSTS_SECONDS=0 TRUSTED_PROXY_COUNT=0 \
	EMAIL_BACKEND=django.core.mail.backends.console.EmailBackend \
	PORT=$(PORT) WEB_CONCURRENCY=$${WEB_CONCURRENCY:-2} PATH=$(CURDIR)/$(BIN):$$PATH

production: install
	psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$(PRODUCTION_DB)'" | grep -q 1 \
		|| createdb -h 127.0.0.1 -U postgres $(PRODUCTION_DB)
	$(PRODUCTION_ENV) $(BIN)/python manage.py migrate --noinput
	$(PRODUCTION_ENV) $(BIN)/python manage.py collectstatic --noinput --verbosity 0
	@echo "Serving with the production settings on http://localhost:$(PORT)/ (health: /healthz); Ctrl-C stops it."
	$(PRODUCTION_ENV) exec deploy/run-procfile

# ruff, then import-linter: the apps' layers and no import circles (contracts in pyproject.toml).
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

test: install node_modules/axe-core/axe.min.js lint
	$(MANAGE) makemigrations --check --dry-run --settings=config.settings.test
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/pytest $(PYTEST_ARGS)

# Refresh the translation catalogues after changing interface strings.
messages: install
	$(MANAGE) makemessages --locale fi --locale sv --no-obsolete --ignore '.venv/*' --ignore 'node_modules/*' --ignore 'var/*' --ignore 'staticfiles/*'
	$(MANAGE) compilemessages --ignore '.venv/*' --ignore 'node_modules/*'

compilemessages: install
	$(MANAGE) compilemessages --ignore '.venv/*' --ignore 'node_modules/*'

clean:
	rm -rf $(VENV) node_modules var/db.sqlite3 var/.search-index-* staticfiles
