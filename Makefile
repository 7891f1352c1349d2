# IL-2: an executable textbook. GNU make.
#
#   make book    build the site into _build/html (then: make serve)
#   make test    run the whole pytest suite, including the book build
#   make bench   run the benchmarks
#   make student write the student notebooks and answer keys into _build/student, _build/answer-key
#   make book-student  build the site without solutions into _build/html-student
#   make nbgrader  write the nbgrader course (assignments with solutions) into _build/nbgrader
#   make nbgrader-venv  install nbgrader and il2lib into .venv-nbgrader (make test needs it)
#   make pdf     the PDF editions: _build/pdf/il2-textbook.pdf and il2-textbook-instructor.pdf
#   make linkcheck  check the external links of the book and its bibliography (needs the internet)
#   make answers record the expected answers of the checked exercises (after changing an exercise)
#   make clean   remove build outputs (_build, caches); make distclean also .venv and node_modules
#
# Every target bootstraps what it needs: .venv from requirements.txt (re-installed when
# requirements.txt or pyproject.toml change), .venv-nbgrader from requirements-nbgrader.txt (for
# the nbgrader tests; likewise) and node_modules from package-lock.json (`npm ci`, re-run when the
# lock file changes).

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-builtin-rules

PYTHON ?= python3
VENV := .venv
VPY := $(VENV)/bin/python
VENV_STAMP := $(VENV)/.installed
NBG_VENV := .venv-nbgrader
NBG_STAMP := $(NBG_VENV)/.installed
NODE_STAMP := node_modules/.installed
VENDOR_STAMP := _build/vendor-extra/vendor/VERSIONS.json
PORT ?= 8000
# Playwright (tests/test_browser.py) uses Debian's chromium; never let it fetch a browser build.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: help venv node vendor book serve test lint bench clean distclean student \
	book-student answers nbgrader nbgrader-venv linkcheck pdf

help:
	@echo "make book       build the book into _build/html"
	@echo "make serve      serve _build/html on http://127.0.0.1:$(PORT)/"
	@echo "make test       run the test suite (unit tests and the book build)"
	@echo "make lint       check the Python code with ruff (part of make test)"
	@echo "make bench      run the benchmarks"
	@echo "make student    write student notebooks (_build/student) and answer keys (_build/answer-key)"
	@echo "make book-student  build the site without solutions into _build/html-student"
	@echo "make nbgrader   write the nbgrader course into _build/nbgrader (see book/instructors.md)"
	@echo "make nbgrader-venv  install nbgrader and il2lib into .venv-nbgrader"
	@echo "make pdf        the PDF editions (student, instructor) into _build/pdf"
	@echo "make linkcheck  check the external links (needs the internet; not part of make test)"
	@echo "make answers    record the answers of the checked exercises (il2lib/_exercise_answers.py)"
	@echo "make clean      remove _build and caches (make distclean: also the venvs, node_modules)"

# ---- bootstrap ------------------------------------------------------------------------
venv: $(VENV_STAMP)
$(VENV_STAMP): requirements.txt pyproject.toml
	@test -x $(VPY) || $(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install --disable-pip-version-check --progress-bar off -r requirements.txt
	@touch $@

# nbgrader with il2lib and nothing of the book build: the grading environment of the tests.
nbgrader-venv: $(NBG_STAMP)
$(NBG_STAMP): requirements-nbgrader.txt pyproject.toml
	@test -x $(NBG_VENV)/bin/python || $(PYTHON) -m venv $(NBG_VENV)
	$(NBG_VENV)/bin/python -m pip install --disable-pip-version-check --progress-bar off \
	    -r requirements-nbgrader.txt
	@touch $@

node: $(NODE_STAMP)
$(NODE_STAMP): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	@touch $@

# MathJax, require.js and the widget manager, copied where html_extra_path finds them.
vendor: $(VENDOR_STAMP)
$(VENDOR_STAMP): $(NODE_STAMP) scripts/vendor_js.py scripts/widgets_setup.js
	$(PYTHON) scripts/vendor_js.py

# ---- targets --------------------------------------------------------------------------
book: $(VENV_STAMP) $(VENDOR_STAMP)
	$(VPY) scripts/build_book.py

student: $(VENV_STAMP)
	$(VPY) scripts/student_notebooks.py

book-student: $(VENV_STAMP) $(VENDOR_STAMP)
	$(VPY) scripts/build_student_site.py

nbgrader: $(VENV_STAMP)
	$(VPY) scripts/nbgrader_course.py

# The site printed by Debian's chromium (scripts/build_pdf.py), after a fresh build of the site.
pdf: $(VENV_STAMP) $(VENDOR_STAMP)
	$(VPY) scripts/build_book.py
	$(VPY) scripts/build_pdf.py

# Sphinx's linkcheck builder: every external link of the pages and the bibliography (DOIs, URLs),
# reported in _build/linkcheck/output.txt. Internal links are checked offline by make test.
linkcheck: $(VENV_STAMP) $(VENDOR_STAMP)
	$(VENV)/bin/jupyter-book build book --config $(CURDIR)/_config.yml --toc $(CURDIR)/_toc.yml \
	    --path-output . --builder linkcheck

answers: $(VENV_STAMP)
	$(VPY) scripts/record_answers.py

serve:
	@test -f _build/html/index.html || { echo "no site yet: run make book"; exit 1; }
	$(PYTHON) -m http.server --bind 127.0.0.1 --directory _build/html $(PORT)

test: lint $(VENDOR_STAMP) $(NBG_STAMP)
	$(VPY) -m pytest

lint: $(VENV_STAMP)
	$(VENV)/bin/ruff check il2lib tests benchmarks scripts

bench: $(VENV_STAMP) $(VENDOR_STAMP)
	$(VPY) benchmarks/run.py

clean:
	rm -rf _build .pytest_cache .hypothesis .ruff_cache
	find . -path ./$(VENV) -prune -o -path ./node_modules -prune -o \
	    -name __pycache__ -type d -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV) $(NBG_VENV) node_modules *.egg-info
