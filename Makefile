# The two commands a newcomer needs: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Where the demo's web chat listens: PORT=8090 make demo
PORT ?= 8081
# pytest-xdist workers for `make test` (TEST_WORKERS=0 runs the suite in this process).
TEST_WORKERS ?= 2

.PHONY: demo test install lint format clean lock

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/rapport demo --port $(PORT)

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest -q -n $(TEST_WORKERS)

format: $(STAMP)
	$(BIN)/ruff format .

# requirements.lock: the runtime dependencies pinned with their hashes, for production installs
# (docs/deploy.md). Run after changing pyproject.toml's dependencies; commit the result.
lock: $(STAMP)
	$(BIN)/pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe \
		--no-emit-index-url --no-emit-find-links --output-file requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) rapport.db rapport-demo.db*
