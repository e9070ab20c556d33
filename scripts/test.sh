#!/usr/bin/env bash
# One command on a fresh machine: set up .venv (and Chromium for the browser test), run every test.
# Extra arguments go to pytest (e.g. -m "not slow" for the fast subset).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -f scripts/install_browser.sh ]; then
  bash scripts/install_browser.sh || echo "test: Chromium could not be installed; the browser test will be skipped"
fi
exec .venv/bin/python -m pytest "$@"
