# The front door. `make run` serves the portal with demo content; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
PIM_PORT ?= 8765
PIM_URL = http://127.0.0.1:$(PIM_PORT)/pim/v1/items

.PHONY: run test lint bench install frontend catalogues clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

install: $(VENV)/.installed frontend catalogues

frontend: node_modules/.package-lock.json
	npm run --silent build

catalogues: $(VENV)/.installed
	$(BIN)/python manage.py compile_catalogues

run: export PORTAL_BASE_URL ?= http://127.0.0.1:$(PORT)
# A local PIM beside the portal: publishing a shared page shows up at $(PIM_URL).
run: export PIM_ENDPOINT_URL ?= http://127.0.0.1:$(PIM_PORT)/pim/v1/items
run: export PIM_SECRET ?= embedded-default-pim-secret
run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py pim_receiver --port $(PIM_PORT) & receiver=$$!; \
	trap 'kill $$receiver 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py load_demo_content && \
	$(BIN)/python manage.py ensure_admin && \
	echo "ER Integrazione: http://127.0.0.1:$(PORT)/  (PIM receiver: $(PIM_URL))" && \
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: install
	$(BIN)/python -m pytest -n auto --dist loadgroup

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py makemigrations --check --dry-run

bench: install
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) node_modules static staticfiles db.sqlite3 test-artifacts
