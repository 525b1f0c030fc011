# PlanWatch: `make run` serves the demo, `make test` runs the whole suite on real PostgreSQL.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format install system-deps messages demo clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is required ($(PYTHON) not found)"; exit 1; }
	@$(PYTHON) -c "import ensurepip, venv" 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3.11-venv; \
	  else echo "Python's venv module is missing: install python3.11-venv"; exit 1; fi; }
	test -x $(BIN)/pip || $(PYTHON) -m venv --clear $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet ".[dev]"
	touch $(STAMP)

install: $(STAMP)

# What the tests need from Debian's packages, installed when missing (as root): PostgreSQL,
# Redis (the Celery integration test), Chromium (the browser tests), gettext, and LibreOffice
# Writer with a Chinese font (the .docx draft is opened in it).
system-deps:
	@missing=""; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing="$$missing postgresql"; \
	command -v redis-server >/dev/null || missing="$$missing redis-server"; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v msgfmt >/dev/null || missing="$$missing gettext"; \
	command -v soffice >/dev/null || missing="$$missing libreoffice-writer-nogui"; \
	fc-list :lang=zh 2>/dev/null | grep -q . || missing="$$missing fonts-wqy-microhei"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else echo "Please install:$$missing"; exit 1; fi; \
	fi

messages: $(STAMP)
	@if command -v msgfmt >/dev/null; then DEBUG=true $(BIN)/python manage.py compilemessages --ignore=.venv -v 0; \
	else echo "gettext not installed: using the committed .mo files"; fi

run: $(STAMP) messages
	DEBUG=true $(BIN)/python manage.py migrate --no-input -v 0
	DEBUG=true $(BIN)/python manage.py load_demo
	DEBUG=true $(BIN)/python manage.py demo_user --address $(HOST):$(PORT)
	DEBUG=true $(BIN)/python manage.py runserver $(HOST):$(PORT)

# The suite runs in parallel, a worker per core up to four, each with its own PostgreSQL; the tests
# that measure time (marked serial) run alone after it, where the other workers cannot slow them.
test: system-deps $(STAMP) messages lint
	SECRET_KEY=planwatch-test DEBUG=false $(BIN)/pytest -q -n auto --maxprocesses 4 -m "not serial"
	SECRET_KEY=planwatch-test DEBUG=false $(BIN)/pytest -q -p no:xdist -m serial

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
