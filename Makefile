# Two commands: `make run` serves the demo portal, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST_PORT ?= 127.0.0.1:8000

.PHONY: run test lint messages migrations-check install install-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# The stamp files make a second `make run` skip the installation unless pyproject.toml changed.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# The admin's e-mails (moderation, workflow) link to WAGTAILADMIN_BASE_URL. Beside the server,
# a loop does what cron does in production: publish scheduled pages, send event reminders
# and the e-mails of members who chose each new item.
run: export WAGTAILADMIN_BASE_URL ?= http://$(HOST_PORT)
run: install
	mkdir -p var
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo --address $(HOST_PORT)
	@echo "Every minute, scheduled pages are published, due reminders and new items e-mailed (var/scheduler.log)."
	( while true; do \
	    $(MANAGE) publish_scheduled; $(MANAGE) send_event_reminders; \
	    $(MANAGE) send_digests each; sleep 60; \
	  done ) >> var/scheduler.log 2>&1 & \
	scheduler=$$!; trap 'kill $$scheduler' EXIT INT TERM; \
	$(MANAGE) runserver $(HOST_PORT)

test: install-test
	$(BIN)/pytest

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

messages: install
	$(MANAGE) makemessages -l fr --no-obsolete --no-location --ignore=.venv --ignore=var --ignore=tests
	$(MANAGE) compilemessages -l fr --ignore=.venv

migrations-check: install
	$(MANAGE) makemigrations --check --dry-run

clean:
	rm -rf $(VENV) var/db.sqlite3 var/static
