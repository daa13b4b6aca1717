# Two commands do everything on a fresh machine: `make run` and `make test`.
# See README.md. Recipes use the project's own virtualenv in .venv/.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# The address every absolute link is written with (config/settings/base.py): `make run`'s own.
PUBLIC_URL ?= http://$(HOST):$(PORT)
PYTEST_ARGS ?=
APPS = core taxonomy security home notices guides orgdirectory search ops demo
HTML_FILES = $(shell find site $(APPS) -name '*.html' 2>/dev/null)
PY_DIRS = config $(APPS) tests manage.py

.PHONY: run test lint format messages catalogs setup setup-dev browser vnu clean bench-search backup restore serve loadtest bench bench-data bench-open-data profile wrk

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt $(VENV)/.runtime
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

setup: $(VENV)/.runtime catalogs

setup-dev: $(VENV)/.dev catalogs

# Translation catalogs are compiled with polib: no GNU gettext needed.
catalogs: $(VENV)/.runtime
	@$(MANAGE) compile_catalogs >/dev/null

## make run: set up, migrate, load the demo site (setup_site, then the demo; idempotent) and serve it.
run: setup
	$(MANAGE) migrate --noinput
	PUBLIC_URL="$(PUBLIC_URL)" $(MANAGE) load_demo
	@echo "Site: http://$(HOST):$(PORT)/   Admin: http://$(HOST):$(PORT)/admin/ (editor / demo-editor-2026)"
	@# --insecure: runserver serves the static files without DEBUG too (DEBUG=1 for the debug pages).
	PUBLIC_URL="$(PUBLIC_URL)" $(MANAGE) runserver --insecure $(HOST):$(PORT)

## make test: set up and run the whole suite (SQLite; PostgreSQL when DATABASE_URL points at one).
test: setup-dev browser vnu wrk
	$(BIN)/pytest $(PYTEST_ARGS)

# Browser tests drive Debian's Chromium (with CJK fonts for readable screenshots).
# Installed here when missing and we are root; otherwise the browser tests fail
# and say what to install.
browser:
	@if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "Installing Debian's chromium and fonts-noto-cjk for the browser tests"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
		else \
			echo "Chromium is missing: run 'sudo apt-get install chromium fonts-noto-cjk'"; \
		fi; \
	fi

# The W3C Nu HTML checker of tests/browser/test_html_validity.py: vnu.jar from npm's vnu-jar
# (the checker's official distribution), pinned, in .tools/vnu/; run by Java (Debian's
# default-jre-headless, installed when missing and we are root, as for chromium).
VNU_VERSION := 26.9.27
VNU_DIR := .tools/vnu
vnu:
	@if ! grep -qsE '"version": ?"$(VNU_VERSION)"' $(VNU_DIR)/node_modules/vnu-jar/package.json; then \
		if ! command -v npm >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
			echo "Installing Debian's npm to fetch the Nu HTML checker"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; \
		fi; \
		echo "Installing the Nu HTML checker (vnu-jar $(VNU_VERSION)) in $(VNU_DIR)"; \
		npm install --prefix $(VNU_DIR) --ignore-scripts --no-audit --no-fund --silent vnu-jar@$(VNU_VERSION) \
			|| echo "The Nu HTML checker is missing: install npm, then run 'make vnu'"; \
	fi
	@if ! command -v java >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "Installing Debian's default-jre-headless for the Nu HTML checker"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null; \
		else \
			echo "Java is missing: run 'sudo apt-get install default-jre-headless'"; \
		fi; \
	fi

## make bench-search: our search backend against Wagtail's stock one, relevance and speed, in a
## throwaway SQLite database (PostgreSQL: BENCH_ARGS="--database-url postgres://…/new_db_name").
bench-search: setup
	$(MANAGE) bench_search --items 100000 $(BENCH_ARGS)

## make backup: the database and media files in one dated archive, BACKUP_DIR/socialorg-YYYYMMDD-HHMMSS.tar.gz
## (default backups/); safe while the site runs.
backup: setup
	$(MANAGE) backup

## make restore ARCHIVE=backups/socialorg-….tar.gz: into an empty database and an empty or absent MEDIA_ROOT.
restore: setup
	@test -n "$(ARCHIVE)" || { echo "Usage: make restore ARCHIVE=path/to/socialorg-YYYYMMDD-HHMMSS.tar.gz"; exit 2; }
	$(MANAGE) restore "$(ARCHIVE)"

## make serve: the production server, Gunicorn (config/gunicorn.py) with production settings,
## after collectstatic, migrate and setup_site (the section tree, groups and reviews). Needs
## SECRET_KEY, ALLOWED_HOSTS and PUBLIC_URL (docs/configuration.md); listens on BIND (default $(HOST):$(PORT)); WEB_CONCURRENCY workers, default 2 x cores + 1.
BIND ?= $(HOST):$(PORT)
PRODUCTION := DJANGO_SETTINGS_MODULE=config.settings.production
serve: setup
	@if [ -z "$$SECRET_KEY" ] || [ -z "$$ALLOWED_HOSTS" ] || [ -z "$$PUBLIC_URL" ]; then \
		echo "make serve runs the production settings: set SECRET_KEY, ALLOWED_HOSTS and PUBLIC_URL first, e.g."; \
		echo "  export SECRET_KEY=\"\$$(python3 -c 'import secrets; print(secrets.token_urlsafe(50))')\""; \
		echo "  export ALLOWED_HOSTS=www.example.gov.cn"; \
		echo "  export PUBLIC_URL=https://www.example.gov.cn"; \
		echo "(also DATABASE_URL, REDIS_URL...; SECURE_SSL_REDIRECT=0 to test over plain HTTP: see docs/configuration.md)"; \
		exit 1; \
	fi
	$(PRODUCTION) $(MANAGE) collectstatic --noinput -v 0
	$(PRODUCTION) $(MANAGE) scan_content --record-static
	$(PRODUCTION) $(MANAGE) migrate --noinput
	$(PRODUCTION) $(MANAGE) setup_site
	$(PRODUCTION) BIND=$(BIND) $(BIN)/gunicorn -c config/gunicorn.py

## make loadtest: `make serve`'s server on a throwaway demo database under 60 s of load from
## this machine (pages, searches, volunteer sign-ups); fails on any 5xx, a lost sign-up or
## p99 >= 1 s. LOADTEST_ARGS="--concurrency 16" or "--target http://127.0.0.1:8000" (loopback only).
loadtest: setup
	$(MANAGE) loadtest $(LOADTEST_ARGS)

## make bench: the pages of issue 8 under wrk on `make serve`'s server, uncached and cached, against a
## static file and a bare Wagtail page, in the benchmark database BENCH_DATABASE_URL (created when
## missing, migrated, seeded with seed_bench --scale BENCH_SCALE); table and targets printed and
## written to bench-output/. BENCH_ARGS="--duration 30 --workers 4" (manage.py bench --help).
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/socialorg_bench
BENCH_SCALE ?= 1
bench: setup wrk bench-data
	DATABASE_URL="$(BENCH_DATABASE_URL)" $(MANAGE) bench $(BENCH_ARGS)

# The benchmark database, created when missing (PostgreSQL; a sqlite:/// file is made by migrate),
# migrated and seeded; nothing to do when already seeded.
bench-data: setup
	@case "$(BENCH_DATABASE_URL)" in postgres*) \
		psql "$(BENCH_DATABASE_URL)" -qAtc "SELECT 1" >/dev/null 2>&1 || \
		createdb --maintenance-db="$(dir $(BENCH_DATABASE_URL))postgres" "$(notdir $(BENCH_DATABASE_URL))";; esac
	DATABASE_URL="$(BENCH_DATABASE_URL)" $(MANAGE) migrate --noinput -v 0
	DATABASE_URL="$(BENCH_DATABASE_URL)" $(MANAGE) seed_bench --scale $(BENCH_SCALE)

## make profile: where each page of make bench spends its time, uncached, on the benchmark database
## (pyinstrument). PROFILE_ARGS="--only directory --tree --requests 50" (manage.py profile_pages --help).
profile: setup-dev bench-data
	DATABASE_URL="$(BENCH_DATABASE_URL)" $(MANAGE) profile_pages $(PROFILE_ARGS)

## make bench-open-data: time and peak memory of writing the open-data extract and every sitemap file on the benchmark
## database (as make bench makes it; BENCH_DATABASE_URL=sqlite:////path/bench.sqlite3 for SQLite).
bench-open-data: bench-data
	DATABASE_URL="$(BENCH_DATABASE_URL)" $(MANAGE) bench_open_data $(BENCH_ARGS)

# The load generator of `make bench` (and of one test of its harness): Debian's wrk, installed
# when missing and we are root; otherwise that test fails and says what to install.
wrk:
	@if ! command -v wrk >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "Installing Debian's wrk for make bench"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; \
		else \
			echo "wrk is missing: run 'sudo apt-get install wrk'"; \
		fi; \
	fi

## make lint: ruff, djhtml, and the import contract of the layers (pyproject.toml, docs/architecture.md).
lint: $(VENV)/.dev
	$(BIN)/ruff check $(PY_DIRS)
	$(BIN)/ruff format --check $(PY_DIRS)
	$(BIN)/djhtml --check $(HTML_FILES)
	$(BIN)/lint-imports --no-cache

format: $(VENV)/.dev
	$(BIN)/ruff format $(PY_DIRS)
	$(BIN)/ruff check --fix $(PY_DIRS)
	$(BIN)/djhtml $(HTML_FILES)

## make messages: extract interface strings (needs GNU gettext), then recompile.
messages: $(VENV)/.dev
	$(MANAGE) makemessages -l zh_Hans -l en --no-obsolete \
		--ignore='.venv/*' --ignore='tests/*' --ignore='staticfiles/*' --ignore='media/*'
	$(MANAGE) compile_catalogs --fill-english

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles test-output .tools
