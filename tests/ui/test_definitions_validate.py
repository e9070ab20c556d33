"""`dagster definitions validate` accepts the code location, under the project's own instance config.

This is the check a deployment runs before `dagster dev`/the webserver starts: every asset, check,
job, schedule and resource of `orchestration.definitions` must load, and `dagster.yaml`
(`orchestration.instance.DAGSTER_YAML`) must be valid instance configuration.
"""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

from conftest import DAGSTER_BIN, REPO_ROOT, prepare_dagster_home


def test_definitions_validate_succeeds(tmp_path: Path) -> None:
    home = prepare_dagster_home(tmp_path / "dagster_home")
    # Named like the default warehouse, so loading the dbt assets reuses the parsed manifest (as in
    # test_definitions) instead of re-parsing the shared dbt_project/target/ for another catalog
    # name while another xdist worker reads it (tests/orchestration/test_dbt_targets.py covers
    # when a parse is needed).
    env = {**os.environ, "DAGSTER_HOME": str(home), "MIITWATCH_DUCKDB": str(tmp_path / "miitwatch.duckdb"),
           "MIITWATCH_DATA_DIR": str(tmp_path), "MIITWATCH_SOURCE": "snapshot"}
    result = subprocess.run(
        [str(DAGSTER_BIN), "definitions", "validate", "-m", "orchestration.definitions"],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=180,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"validate failed ({result.returncode}):\n{output[-4000:]}"
    assert "All code locations passed validation" in output, output[-2000:]
