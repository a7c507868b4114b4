# The two commands a newcomer needs: `make demo` and `make test`.
# Python 3.11, under whichever name this machine has it.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
# Two workers: the machines this runs on have two cores.
PYTEST_ARGS ?= -n 2

.PHONY: demo test install lint messages compilemessages clean

# Reinstall only when the pinned requirements change. constraints.txt pins every
# indirect dependency too, so two installs get the same versions.
$(VENV)/.installed: requirements.txt requirements-dev.txt constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null || { echo "Python 3.11 is required (found: $(PYTHON))."; exit 1; }
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt -c constraints.txt
	touch $@

# axe-core for the accessibility checks; no lock file, since lock files name
# the registry's host (the version is pinned in package.json).
node_modules/axe-core/axe.min.js: package.json
	@if command -v npm >/dev/null; then \
		npm install --no-package-lock --no-audit --no-fund --silent && touch $@; \
	else echo "npm not found: the browser accessibility tests will be skipped."; fi

install: $(VENV)/.installed

demo: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	@echo "Serving the demo network on http://localhost:8000/ (lappilaiset.localhost:8000, jelli.localhost:8000, ...)"
	$(MANAGE) runserver 0.0.0.0:8000

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
	rm -rf $(VENV) node_modules var/db.sqlite3 staticfiles
