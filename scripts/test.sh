#!/usr/bin/env bash
# One command on a fresh machine: set up .venv (and Chromium for the browser test), run every test.
# Extra arguments go to pytest (e.g. -m "not slow" for the fast subset; -n 0 for one process).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -f scripts/install_browser.sh ]; then
  bash scripts/install_browser.sh || echo "test: Chromium could not be installed; the browser test will be skipped"
fi
# Two pytest-xdist workers: CI has two cores, and most of the suite's time is spent waiting on
# Dagster runs, dbt builds and subprocesses, which one process leaves the second core idle for.
# One test file (or xdist_group) is one unit of work and the slow files start first, in
# collection order (--no-loadscope-reorder): see tests/conftest.py.  Arguments given here come
# after these, so they win (-n 0 runs everything in this process, as before).
exec .venv/bin/python -m pytest -n 2 --dist loadgroup --no-loadscope-reorder "$@"
