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
# Written by miitwatch (orchestration/instance.py).
# Every DuckDB writer (Python assets and dbt) runs in one pool; limit 1 means two runs launched
# together take turns instead of failing on the database lock.
concurrency:
  pools:
    default_limit: 1
telemetry:
  enabled: false
"""


def ensure_dagster_home(environ: os._Environ | dict | None = None) -> Path:
    env = os.environ if environ is None else environ
    home = Path(env.get("DAGSTER_HOME") or REPO_ROOT / ".dagster_home").resolve()
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        config.write_text(DAGSTER_YAML, encoding="utf-8")
    env["DAGSTER_HOME"] = str(home)
    return home
