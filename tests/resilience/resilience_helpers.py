"""Shared by the resilience tests: a restricted in-process pipeline run, the `miitwatch run`
command line with its environment, and read-only checks of a warehouse file.

Runs are restricted to a few small columns (the ingest config's ``sources``/``columns``, as the
backfill job's Launchpad offers) so that a full graph run, dbt included, stays well under a minute.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import dagster as dg
import duckdb

from warehouse.db import connect

REPO_ROOT = Path(__file__).resolve().parents[2]
MIITWATCH_BIN = Path(sys.executable).with_name("miitwatch")

# (table, grain) pairs that must never hold a duplicate, raw layer and marts alike.
GRAINS = [
    ("raw.pages", "url, content_hash"),
    ("raw.documents", "url, content_hash"),
    ("raw.listing_items", "url, column_key"),
    ("raw.extractions", "url, content_hash, extractor_version"),
    ("marts.dim_documents", "url"),
    ("marts.fct_metric_observations", "observation_id"),
    ("marts.fct_industry_metrics", "industry_metric_id"),
    ("marts.fct_policy_events", "event_id"),
]

# The content analysts read, without run-dependent columns (timestamps of fetching and parsing).
MART_CONTENT = {
    "fct_industry_metrics": "SELECT metric_key, sector, measure, status, period, as_of, geography, value, value_high, "
                            "unit, qualifier, quote, chosen_document_url, n_sources, n_documents, n_observations "
                            "FROM marts.fct_industry_metrics ORDER BY ALL",
    "fct_policy_events": "SELECT event_id, event_type, subtype, event_date, date_precision, title, agency, doc_number, "
                         "sector, quote, document_url, source, n_reporting_pages, n_sources "
                         "FROM marts.fct_policy_events ORDER BY ALL",
    "fct_metric_observations": "SELECT observation_id, document_url, content_hash, seq, metric_key, value, unit, quote "
                               "FROM marts.fct_metric_observations ORDER BY ALL",
}


def run_restricted(*, sources: list[str], columns: list[str] | None,
                   instance: dg.DagsterInstance | None = None) -> dict:
    """One run of the daily job's whole graph in this process, limited to ``sources``/``columns``;
    resources come from the environment as it is now.  Returns the CLI's summary dict."""
    from orchestration.definitions import build_definitions
    from orchestration.runner import summarize

    job = build_definitions().resolve_job_def("miitwatch_daily")
    run_config = {"ops": {"ingest_pages": {"config": {"sources": sources, "columns": columns}}}}
    result = job.execute_in_process(run_config=run_config, instance=instance or dg.DagsterInstance.ephemeral(),
                                    raise_on_error=False)
    return summarize(result)


def cli_env(db: Path, dagster_home: Path, **extra: str) -> dict[str, str]:
    """Environment for a `miitwatch run` subprocess on warehouse ``db``: snapshot source, and a
    DAGSTER_HOME of the test's own so that no run history lands in the repository."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MIITWATCH_")}
    env.update({"MIITWATCH_DUCKDB": str(db), "MIITWATCH_SOURCE": "snapshot",
                "DAGSTER_HOME": str(dagster_home), "PYTHONUNBUFFERED": "1"})
    env.update(extra)
    return env


def read_only(db: Path) -> duckdb.DuckDBPyConnection:
    # With retries: right after a SIGKILL, a child (dbt) of the killed run may hold the lock a moment longer.
    return connect(db, read_only=True, wait_seconds=30)


def duplicates(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Surplus rows per table over its grain (only tables that have any)."""
    out = {}
    for table, key in GRAINS:
        extra = con.execute(f"SELECT count(*) - count(DISTINCT ({key})) FROM {table}").fetchone()[0]
        if extra:
            out[table] = extra
    return out


def mart_contents(db: Path) -> dict[str, list]:
    con = read_only(db)
    try:
        return {name: con.execute(sql).fetchall() for name, sql in MART_CONTENT.items()}
    finally:
        con.close()


def refetched_stored_urls(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Article URLs with a parsed document that were nevertheless fetched successfully twice."""
    return [u for (u,) in con.execute(
        "SELECT url FROM raw.fetch_log WHERE kind = 'article' AND outcome = 'ok' "
        "AND url IN (SELECT url FROM raw.documents) GROUP BY url HAVING count(*) > 1 ORDER BY url"
    ).fetchall()]
