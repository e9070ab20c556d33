"""The Dagster instance folder (DAGSTER_HOME) used by the CLI and `dagster dev`.

Without DAGSTER_HOME, `dagster dev` keeps run history in a temporary folder that disappears on
exit, and concurrency pools have no limit.  We default it to a git-ignored `.dagster_home/` in the
repository and write a `dagster.yaml` that limits the DuckDB writer pool to one step at a time.
"""
from __future__ import annotations

import os
from pathlib import Path

from warehouse.settings import REPO_ROOT

DAGSTER_YAML = """\
# Written by miitwatch (orchestration/instance.py); rewritten when that file changes.
# DuckDB allows one writing process and every job writes the warehouse, so runs take turns: the
# run queue starts a run only when the previous one has ended.  The writer pool (limit 1) alone
# is not enough across runs (its slot is created lazily on first use, and with SQLite storage two
# runs launched together can both claim it); it still keeps writer steps one at a time.
concurrency:
  runs:
    max_concurrent_runs: 1
  pools:
    default_limit: 1
# Runs whose process died are marked failed (and their pool slot freed) by the daemon.
run_monitoring:
  enabled: true
telemetry:
  enabled: false
"""
_OURS = "# Written by miitwatch"


def ensure_dagster_home(environ: os._Environ | dict | None = None) -> Path:
    env = os.environ if environ is None else environ
    home = Path(env.get("DAGSTER_HOME") or REPO_ROOT / ".dagster_home").resolve()
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    # A file someone wrote by hand is left alone; ours is kept up to date.
    if not config.exists() or (config.read_text(encoding="utf-8").startswith(_OURS)
                               and config.read_text(encoding="utf-8") != DAGSTER_YAML):
        config.write_text(DAGSTER_YAML, encoding="utf-8")
    env["DAGSTER_HOME"] = str(home)
    return home
