"""Failures seen from Dagster: page failures are reported and the run goes on; systemic failures
(every request failing, the database unreachable) fail the run with a message that says why."""
from __future__ import annotations

import subprocess
import sys
import time

import dagster as dg

from orchestration.assets.ingest import ingest_pages
from orchestration.resources import ScrapeResource, WarehouseResource


def materialize_ingest(db, scrape: ScrapeResource, lock_wait: float = 30.0, sources=("chinadaily",), columns=None):
    return dg.materialize(
        [ingest_pages],
        resources={"scrape": scrape, "warehouse": WarehouseResource(database=str(db), lock_wait_seconds=lock_wait)},
        run_config={"ops": {"ingest_pages": {"config": {"sources": list(sources), "columns": columns, "max_pages": 1}}}},
        instance=dg.DagsterInstance.ephemeral(),
        raise_on_error=False,
    )


def failure_message(result) -> str:
    failure = next(e for e in result.all_events if e.is_step_failure)
    return failure.step_failure_data.error.to_string()


def test_page_failures_are_metadata_not_a_failed_run(tmp_path):
    result = materialize_ingest(tmp_path / "w.duckdb", ScrapeResource(source_mode="snapshot"),
                                sources=("miit",), columns=["xwfb/gxdt/sjdt"])
    assert result.success
    log_meta = {e.asset_key.path[-1]: e.metadata for e in
                (ev.event_specific_data.materialization for ev in result.get_asset_materialization_events())}
    assert log_meta["pages"]["pages_fetched"].value > 0
    assert log_meta["fetch_log"]["pages_failed"].value >= 1  # the column links a page that 404s


def test_every_request_failing_fails_the_run_with_a_clear_message(tmp_path):
    dead = ScrapeResource(source_mode="snapshot", snapshot_url="http://127.0.0.1:9")
    result = materialize_ingest(tmp_path / "w.duckdb", dead)
    assert not result.success
    assert "every one of" in failure_message(result)


def test_an_unreachable_database_fails_the_run_with_a_clear_message(tmp_path):
    db = tmp_path / "w.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}); print('locked', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        result = materialize_ingest(db, ScrapeResource(source_mode="snapshot"), lock_wait=1.0)
        assert time.monotonic() - started < 30
        assert not result.success
        message = failure_message(result)
        assert "cannot open the warehouse" in message and "write lock" in message
    finally:
        holder.kill()
        holder.wait()
