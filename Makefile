# Huiwu runbook. `make run` serves the demo on embedded SQLite; `make test` runs every test.
SWIFT ?= swift
PORT ?= 8080

.PHONY: run build test bench deps clean fleet install dist fmt lint graph

run:
	bash scripts/deps.sh --build
	$(SWIFT) run huiwu serve --demo --port $(PORT)

build:
	bash scripts/deps.sh --build
	$(SWIFT) build

# Installs what the tests need (PostgreSQL, Chromium + chromedriver, a Python venv), starts a
# throwaway PostgreSQL on 127.0.0.1, runs the Swift tests on SQLite and PostgreSQL, then the
# contract (schemathesis) and browser (Selenium + Chromium) tests.
test:
	bash scripts/test.sh

deps:
	bash scripts/deps.sh

# Formats every Swift file in place (.swift-format, swift-format from the toolchain).
fmt:
	$(SWIFT) format format --in-place --recursive --parallel Sources Tests Package.swift

# The check CI runs: formatting unchanged, then a build of everything, where a warning in project
# code is an error (Package.swift: treatAllWarnings).
lint:
	bash scripts/deps.sh --build
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Package.swift
	$(SWIFT) build --build-tests

# nginx on 127.0.0.1:$(PORT) before two `huiwu serve --no-dispatch` and a `huiwu worker`, on one
# PostgreSQL (DATABASE_URL, or a throwaway one), demo organisation loaded; Ctrl-C stops it all.
fleet:
	PORT=$(PORT) bash scripts/fleet.sh

bench:
	bash scripts/bench.sh

# The README's dependency graph of the package's targets, written from Package.swift.
graph:
	python3 scripts/graph.py

# A release build installed under PREFIX: PREFIX/bin/huiwu and PREFIX/share/huiwu (templates,
# catalogs, stylesheets). Runs from any directory: `PREFIX/bin/huiwu serve --data-dir DIR`.
PREFIX ?= /usr/local
install:
	bash scripts/deps.sh --build
	$(SWIFT) build -c release --product huiwu
	bash scripts/install.sh .build/release/huiwu $(PREFIX)

# The same layout as a release archive, dist/huiwu-linux-<arch>.tar.gz, with the Swift runtime
# linked in so it runs on a machine without a Swift toolchain.
dist:
	bash scripts/dist.sh

clean:
	rm -rf .build .venv data test-artifacts bench-results dist
