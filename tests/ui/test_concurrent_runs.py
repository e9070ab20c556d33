"""Two runs of the daily job launched at the same moment both succeed.

Every step that writes the DuckDB warehouse runs in the `duckdb_writer` pool, limited to 1 by the
project's instance config; that must make the two runs take turns instead of failing on (or
deadlocking over) the file's single write lock.  Launched over GraphQL against the shared
`dagster dev` fixture, as a user clicking "Materialize" twice would.
"""
from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone

import duckdb
import pytest

from conftest import DagsterDev, launch_run, run_failure_messages, wait_for_runs

pytestmark = pytest.mark.slow


def _clock(timestamp: float | None) -> str:
    return f"{datetime.fromtimestamp(timestamp, timezone.utc):%H:%M:%S.%f}"[:-3] if timestamp else "-"


def test_two_runs_launched_together_both_succeed(dagster_dev: DagsterDev) -> None:
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=2) as pool:
        run_ids = list(pool.map(lambda _: launch_run(dagster_dev), range(2)))
    assert len(set(run_ids)) == 2

    runs = wait_for_runs(dagster_dev, run_ids)
    print(f"\ntwo runs launched together finished in {time.monotonic() - started:.1f}s")
    for run_id, run in runs.items():
        print(f"  {run_id[:8]} {run['status']}: created {_clock(run['creationTime'])} "
              f"started {_clock(run['startTime'])} ended {_clock(run['endTime'])}")
    failures = {run_id: run_failure_messages(dagster_dev, run_id)
                for run_id, run in runs.items() if run["status"] != "SUCCESS"}
    assert not failures, f"runs did not all succeed: {failures}"

    # The runs were really in flight together (otherwise this proves nothing about the pool): the
    # second was created before the first ended.  Whether their steps then overlap depends on the
    # pool granularity: with "op" they interleave, with "run" the second waits in the queue.
    created = sorted(run["creationTime"] for run in runs.values())
    first_end = min(run["endTime"] for run in runs.values())
    assert created[1] < first_end, f"the second run was created {created[1] - first_end:.1f}s after the first ended"

    # Both wrote to the one warehouse (read after every writer has finished).
    table = dagster_dev.location.run_log_table
    with duckdb.connect(str(dagster_dev.database), read_only=True) as con:
        written = {row[0] for row in con.execute(f"SELECT DISTINCT run_id FROM {table}").fetchall()}
    assert set(run_ids) <= written, f"runs without rows in {table}: {set(run_ids) - written}"
