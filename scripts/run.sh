#!/usr/bin/env bash
# One command on a fresh machine: set up .venv, then run the main job on the bundled snapshot.
# Extra arguments go to `miitwatch run` (e.g. --json, --source live).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/miitwatch run "$@"
