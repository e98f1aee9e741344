# One task runner for people and CI. `make run` and `make test` are the whole setup.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: install run test lint bench eval installer clean distclean screenshots

# A .venv left by an older Python (pyproject wants 3.11+) is rebuilt, not reused: an earlier
# `make` with a too-old python3 would otherwise pin every later `make PYTHON=python3.11 run` to it.
$(STAMP): pyproject.toml
	$(PY) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || rm -rf $(VENV)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev,cluster]"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(VENV)/bin/workbench

test: install lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check workbench tests
	$(VENV)/bin/lint-imports

eval: install
	$(PY) tests/eval/eval_quotes.py
	$(PY) tests/eval/eval_wikinews_quotes.py
	$(PY) tests/eval/eval_entities.py
	$(PY) tests/eval/eval_claim_suggestions.py
	$(PY) tests/eval/eval_timex.py

bench: install
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/run_all.py
	$(PY) tests/benchmarks/bench_reanchor.py

# The picture check: every main screen at 1440x900 and 1024x640, light and dark (look at them).
SCREENSHOTS_DIR ?= screenshots
screenshots: install
	QT_QPA_PLATFORM=offscreen $(PY) -m workbench.ui.app.screenshot_tour $(SCREENSHOTS_DIR)

installer: install
	$(PY) -m pip install --quiet "pyinstaller>=6.6"
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN build_installer.spec

clean:
	rm -rf build dist .pytest_cache .ruff_cache

# Also the virtual environment: the next `make run` or `make test` builds it again from scratch.
distclean: clean
	rm -rf $(VENV)
