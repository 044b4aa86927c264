# Two commands set up everything on a fresh machine: `make demo` and `make test`.
# Both create .venv at the repository root and install the package with its dependencies;
# torch is pinned to the CPU build in the same pip command as everything that needs it.
SHELL := /bin/bash
PYTHON ?= python3
VENV := $(CURDIR)/.venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
TORCH := torch==2.13.0
# the suite runs on every core (at most 4 processes; one torch thread each when they share the cores):
# tests that share a trained judge stay on one worker (xdist_group); PYTEST_WORKERS= runs it in one process
PYTEST_WORKERS ?= -n auto --maxprocesses 4 --dist loadgroup

.PHONY: demo test venv clean benchmark suite

venv: $(STAMP)

# Debian packages: chromium, for the report's browser test (Playwright drives it; never
# `playwright install`); wordnet-base and wordnet-sense-index, for METEOR (nltk's WordNet);
# dataset-fashion-mnist, the Fashion-MNIST images (--dataset fashion-mnist, the held-out suite)
DEBS := chromium wordnet-base wordnet-sense-index dataset-fashion-mnist
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

$(STAMP): pyproject.toml Makefile
	dpkg -s $(DEBS) >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(DEBS) >/dev/null; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet "$(TORCH)" -e ".[embedding,metrics,diffusion,test]"
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/latentexplainer demo --out $(CURDIR)/runs/demo

test: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/lint-imports
	$(PY) -m pytest -q $(PYTEST_WORKERS)

benchmark: $(STAMP)
	$(VENV)/bin/latentexplainer benchmark --dataset shapes --out $(CURDIR)/runs/bench-shapes
	$(VENV)/bin/latentexplainer benchmark --dataset scenes --out $(CURDIR)/runs/bench-scenes

# the held-out suite (docs/benchmark.md): a model per data set, trained here (about 10 minutes each on
# 2 cores); Fashion-MNIST comes from Debian's dataset-fashion-mnist (in DEBS)
suite: $(STAMP)
	$(PY) benchmarks/suite.py --suite heldout --out $(CURDIR)/runs/suite-heldout

clean:
	rm -rf $(VENV) runs .pytest_cache
