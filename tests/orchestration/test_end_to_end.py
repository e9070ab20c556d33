"""End to end: the real Dagster graph on the bundled snapshot, into a temporary DuckDB file.

Runs the daily job twice (in-process executor, ephemeral instance) and checks what analysts rely
on: the seed article's facts in the marts, cross-source dedup, no duplicates, incremental second
run, published read-only build, and the README's example queries.
"""
from __future__ import annotations

import re
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from warehouse.settings import REPO_ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("e2e")
    db = tmp / "miitwatch.duckdb"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MIITWATCH_DUCKDB", str(db))
        mp.setenv("MIITWATCH_SOURCE", "snapshot")
        mp.delenv("MIITWATCH_SNAPSHOT_URL", raising=False)
        mp.delenv("MIITWATCH_PUBLISH_DIR", raising=False)
        from orchestration.runner import run_pipeline

        instance = dg.DagsterInstance.ephemeral()
        first = run_pipeline(progress=False, instance=instance)
        marts_after_first = _marts_snapshot(db)
        second = run_pipeline(progress=False, instance=instance)
    return {"db": db, "first": first, "second": second, "marts_after_first": marts_after_first}


def _marts_snapshot(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "metrics": con.execute("SELECT metric_key, measure, status, coalesce(period, as_of), geography, value, n_sources "
                                   "FROM marts.fct_industry_metrics ORDER BY ALL").fetchall(),
            "events": con.execute("SELECT event_type, event_date, title, n_reporting_pages FROM marts.fct_policy_events "
                                  "ORDER BY ALL").fetchall(),
        }
    finally:
        con.close()


@pytest.fixture(scope="module")
def con(runs):
    c = duckdb.connect(str(runs["db"]), read_only=True)
    yield c
    c.close()


def test_both_runs_succeed_and_report_what_they_did(runs):
    first, second = runs["first"], runs["second"]
    assert first["success"], first["error"]
    assert second["success"], second["error"]
    assert first["articles_fetched"] > 1000 and first["documents_new"] > 1000
    assert first["metrics"] > 500 and first["events"] > 30
    assert first["tests_passed"] > 50 and first["tests_failed"] == 0
    assert first["database"] == str(runs["db"])
    for key in ("pages_fetched", "articles_fetched", "pages_failed", "documents_new", "metrics", "events",
                "tests_passed", "tests_failed", "database"):
        assert key in first


def test_second_run_fetches_no_stored_article_again_and_changes_nothing(runs, con):
    second = runs["second"]
    # Only the deliberate faults (404, off-site link, truncated page) are tried again.
    assert second["articles_fetched"] + second["pages_failed"] <= 5
    assert second["documents_new"] == 0
    assert _marts_snapshot(runs["db"]) == runs["marts_after_first"]
    refetched = con.execute(
        "SELECT count(*) FROM (SELECT url FROM raw.fetch_log WHERE kind = 'article' AND outcome = 'ok' "
        "GROUP BY url HAVING count(*) > 1) WHERE url IN (SELECT url FROM raw.documents)"
    ).fetchone()[0]
    assert refetched == 0


@pytest.mark.parametrize(
    ("metric_key", "value", "unit", "qualifier"),
    [
        ("ai_core_industry_scale", 4.0e11, "CNY", "gt"),
        ("ai_enterprises", 3000, "count", "gt"),
        ("ai_medical_class3_certificates", 40, "count", "gt"),
        ("ai_pilot_zones", 8, "count", "eq"),
        ("intelligent_manufacturing_standards", 30, "count", "eq"),
    ],
)
def test_seed_facts_are_in_every_fact_mart(con, metric_key, value, unit, qualifier):
    obs = con.execute(
        "SELECT qualifier, quote, document_url, published_at FROM marts.fct_metric_observations "
        "WHERE metric_key = ? AND value = ? AND unit = ?", [metric_key, value, unit]).fetchall()
    assert obs, f"{metric_key} {value} {unit} missing from fct_metric_observations"
    assert any(q == qualifier for q, *_ in obs)
    assert all(quote and url.startswith("https://") and published for _, quote, url, published in obs)
    assert con.execute("SELECT count(*) FROM marts.fct_industry_metrics WHERE metric_key = ? AND value = ? AND unit = ?",
                       [metric_key, value, unit]).fetchone()[0] >= 1
    assert con.execute("SELECT count(*) FROM marts.mart_metric_timeseries WHERE metric_key = ? AND value = ? AND unit = ?",
                       [metric_key, value, unit]).fetchone()[0] >= 1


def test_the_reprinted_fact_is_one_row_with_two_sources(con):
    rows = con.execute(
        "SELECT n_sources, n_documents FROM marts.fct_industry_metrics "
        "WHERE metric_key = 'ai_core_industry_scale' AND value = 4.0e11 AND unit = 'CNY' ORDER BY n_sources DESC"
    ).fetchall()
    assert rows[0][0] >= 2, rows


def test_seed_press_conference_is_one_event_reported_by_several_pages(con):
    rows = con.execute(
        "SELECT date_precision, n_reporting_pages, title, agency, document_url FROM marts.fct_policy_events "
        "WHERE event_type = 'press_conference' AND event_date = '2022-07-26'").fetchall()
    assert len(rows) == 1
    precision, pages, title, agency, url = rows[0]
    assert precision == "day" and pages >= 2 and "MIIT" in agency and url.startswith("https://")


def test_no_duplicate_rows_on_any_grain(con):
    for table, key in [("raw.pages", "url, content_hash"), ("raw.documents", "url, content_hash"),
                       ("raw.listing_items", "url, column_key"), ("marts.fct_metric_observations", "observation_id"),
                       ("marts.fct_industry_metrics", "industry_metric_id"), ("marts.fct_policy_events", "event_id")]:
        dupes = con.execute(f"SELECT count(*) - count(DISTINCT ({key})) FROM {table}").fetchone()[0]
        assert dupes == 0, table


def test_failures_are_recorded_with_a_reason(con):
    reasons = dict(con.execute(
        "SELECT outcome, any_value(error) FROM raw.fetch_log WHERE outcome NOT IN ('ok', 'not_modified') GROUP BY 1").fetchall())
    assert {"http_error", "off_allowlist", "parse_error"} <= set(reasons)
    assert all(reasons.values())


def test_published_build_is_readable_and_searchable(runs):
    current = runs["db"].parent / "published" / "current"
    reader = duckdb.connect(str(current / "miitwatch.duckdb"), read_only=True)
    try:
        assert reader.execute("SELECT count(*) FROM marts.fct_metric_observations").fetchone()[0] == runs["first"]["metrics"]
        from warehouse import search

        assert search.search(reader, "人工智能核心产业", limit=5)
    finally:
        reader.close()
    assert (current / "parquet" / "fct_industry_metrics.parquet").exists()


def test_readme_example_queries_run_and_return_rows(con):
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sql\n(.*?)```", readme, re.S).group(1)
    queries = [q.strip() for q in block.split(";") if q.strip() and not q.strip().startswith("--") or "SELECT" in q]
    queries = [q for q in queries if "SELECT" in q]
    assert len(queries) >= 3
    for q in queries:
        assert con.execute(q).fetchall(), q
