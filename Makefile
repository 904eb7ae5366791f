# CentreDesk — `make run` and `make test` are the only commands a fresh machine needs.
PYTHON ?= python3
VENV ?= .venv
ifeq ($(OS),Windows_NT)
BIN := $(VENV)/Scripts
else
BIN := $(VENV)/bin
endif
PY := $(BIN)/python
STAMP := $(VENV)/.installed-test
RUN_STAMP := $(VENV)/.installed
TS := resources/i18n/centredesk_en.ts resources/i18n/centredesk_id.ts resources/i18n/centredesk_pl.ts
QM := $(TS:.ts=.qm)
SOURCES := $(shell find desktop -name '*.py' 2>/dev/null)
PYTEST_WORKERS ?= 2

.PHONY: run test lint translations qm bench build clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@ $(RUN_STAMP)

resources/i18n/%.qm: resources/i18n/%.ts | $(RUN_STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

qm: $(QM)

run: $(RUN_STAMP) qm
	$(BIN)/centredesk

lint: $(STAMP)
	$(BIN)/ruff check desktop tests migrations tools
	$(BIN)/mypy desktop

test: $(STAMP) qm lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(PYTEST_WORKERS) -p no:cacheprovider --reruns 1 -rR

# Re-extract every string from the code into the .ts files, then compile them.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations relative $(SOURCES) -ts $(TS)
	$(PY) tools/i18n_check.py
	$(MAKE) qm

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/benchmarks -s -p no:cacheprovider -o timeout=0

build: $(STAMP) qm
	$(PY) -m pip install --quiet -e ".[build]"
	$(BIN)/pyinstaller --noconfirm installer/centredesk.spec

clean:
	rm -rf $(VENV) build dist resources/i18n/*.qm
