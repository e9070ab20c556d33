"""A tiny stand-in Dagster code location for the UI tests: two DuckDB writers in pool `duckdb_writer`.

It mirrors what matters in `orchestration.definitions` for these tests — a job named
`miitwatch_daily` whose steps all write the one DuckDB file named by ``MIITWATCH_DUCKDB`` and run
in the `duckdb_writer` pool — and loads in a second, so the `dagster dev` fixture, the browser
checks and the two-runs-at-once check can be exercised without the scrapers or dbt.  Select it with
``MIITWATCH_UI_LOCATION=stub``.

Unlike the real warehouse connection, it opens DuckDB *without* lock retries and holds the write
lock for a while: if the pool did not make two runs take turns, the second writer fails at once.
"""

import os
import time

import dagster as dg
import duckdb

POOL = "duckdb_writer"
HOLD_SECONDS = 4.0  # two unpooled runs certainly overlap; a run outlasts the queue's 5 s start window


def _write(table: str, run_id: str) -> int:
    con = duckdb.connect(os.environ["MIITWATCH_DUCKDB"])  # raises at once when another process holds the lock
    try:
        con.execute(f"CREATE TABLE IF NOT EXISTS {table} (run_id VARCHAR, written_at TIMESTAMP DEFAULT now())")
        con.execute(f"INSERT INTO {table} (run_id) VALUES (?)", [run_id])
        time.sleep(HOLD_SECONDS)
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


@dg.asset(key=["raw", "pages"], group_name="ingest", pool=POOL, kinds={"duckdb"})
def pages(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    """Stand-in for the fetched pages table."""
    return dg.MaterializeResult(metadata={"rows": _write("pages", context.run_id)})


@dg.asset(key=["marts", "fct_metric_observations"], deps=[pages], group_name="marts", pool=POOL, kinds={"duckdb"})
def fct_metric_observations(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    """Stand-in for the metric observations mart."""
    return dg.MaterializeResult(metadata={"rows": _write("fct_metric_observations", context.run_id)})


defs = dg.Definitions(
    assets=[pages, fct_metric_observations],
    jobs=[dg.define_asset_job("miitwatch_daily", selection=dg.AssetSelection.all())],
    executor=dg.in_process_executor,
)
