"""The pipeline steps as plain functions against the snapshot server: incremental and idempotent."""
from __future__ import annotations

import duckdb
import pytest

from orchestration import steps
from scrapers.http import ClientConfig, HttpClient
from warehouse.db import ensure_schema


def rows(con, sql: str) -> int:
    return con.execute(sql).fetchone()[0]


def test_ingest_parse_extract_then_second_run_fetches_no_article_again(con, snapshot_client):
    first = steps.ingest(con, snapshot_client, sources=["chinadaily"], max_pages=5)
    assert first.articles_fetched > 10 and first.pages.new == first.articles_fetched
    parsed = steps.parse_pages(con, snapshot_client)
    # one document per article: the further pages of a multi-page article are part of its first
    assert first.parts_fetched >= 2
    assert parsed.parsed == first.articles_fetched - first.parts_fetched and parsed.failed == 0
    facts = steps.extract_facts(con)
    assert facts.documents == parsed.parsed and facts.metrics > 0

    second = steps.ingest(con, snapshot_client, sources=["chinadaily"], max_pages=5)
    assert second.articles_fetched == 0 and second.discovered == 0
    assert steps.parse_pages(con, snapshot_client).parsed == 0
    assert steps.extract_facts(con).documents == 0
    # No duplicates anywhere.
    assert rows(con, "SELECT count(*) - count(DISTINCT (url, content_hash)) FROM raw.pages") == 0
    assert rows(con, "SELECT count(*) - count(DISTINCT url) FROM raw.listing_items") == 0


def test_seed_facts_reach_the_raw_layer_from_the_china_daily_reprint(con, snapshot_client):
    steps.ingest(con, snapshot_client, sources=["chinadaily"], max_pages=5)
    steps.parse_pages(con, snapshot_client)
    steps.extract_facts(con)
    values = {(v, u) for v, u in con.execute(
        "SELECT value, unit FROM raw.metric_facts WHERE url LIKE '%chinadaily%' AND metric_key LIKE 'ai_%'").fetchall()}
    assert {(4.0e11, "CNY"), (3000.0, "count"), (40.0, "count"), (8.0, "count")} <= values


def test_failed_pages_are_recorded_and_retried_but_never_stop_the_run(con, snapshot_client):
    stats = steps.ingest(con, snapshot_client, sources=["miit"], columns=["xwfb/gxdt/sjdt"], max_pages=5)
    parsed = steps.parse_pages(con, snapshot_client)
    assert stats.articles_fetched > 40
    reasons = dict(con.execute("SELECT outcome, count(*) FROM raw.fetch_log WHERE outcome <> 'ok' GROUP BY 1").fetchall())
    assert reasons.get("http_error", 0) >= 1 or reasons.get("off_allowlist", 0) >= 1 or parsed.failed >= 1
    retry = steps.ingest(con, snapshot_client, sources=["miit"], columns=["xwfb/gxdt/sjdt"], max_pages=5)
    # Only the failures are tried again.
    assert retry.articles_fetched + retry.articles_failed == stats.articles_failed + parsed.failed


def test_every_request_failing_is_a_systemic_failure(con):
    dead = ClientConfig(mode="snapshot", snapshot_base="http://127.0.0.1:9", rate_limit=0, retries=0, timeout=(0.5, 0.5))
    with HttpClient(dead) as client, pytest.raises(steps.SystemicFailure, match="every one of"):
        steps.ingest(con, client, sources=["chinadaily"], max_pages=1)


def test_backfill_stops_at_the_date_and_stores_nothing_older(con, snapshot_client):
    from datetime import date

    since = date(2024, 1, 1)
    stats = steps.ingest(con, snapshot_client, sources=["miit"], columns=["gxsj/tjfx/rjy"], since=since)
    assert stats.discovered > 0
    oldest = con.execute("SELECT min(listed_date) FROM raw.listing_items").fetchone()[0]
    assert oldest >= since
    # Resuming the same backfill fetches no stored article again.
    again = steps.ingest(con, snapshot_client, sources=["miit"], columns=["gxsj/tjfx/rjy"], since=since)
    assert again.articles_fetched == 0


def test_a_step_checkpoints_once_at_its_end_and_restores_the_duckdb_settings(tmp_path, monkeypatch):
    from datetime import datetime

    from scrapers.models import Document
    from warehouse import load

    db = tmp_path / "w.duckdb"
    con = duckdb.connect(str(db))
    ensure_schema(con)
    con.execute("SET threads = 2")
    settings = "SELECT current_setting('threads'), current_setting('checkpoint_threshold')"
    before = con.execute(settings).fetchone()
    doc = Document(url="https://www.miit.gov.cn/a.html", source="miit", title="t", language="zh",
                   published_at=datetime(2024, 1, 2), body_text="2023年，我国软件业务收入123258亿元，同比增长13.4%。")
    load.store_documents(con, [(doc, "h")], "p1")
    seen = []
    store = load.store_extractions

    def spy(*args):
        seen.append(con.execute(settings).fetchone())
        return store(*args)

    monkeypatch.setattr(load, "store_extractions", spy)
    assert steps.extract_facts(con).metrics > 0
    step_threshold = duckdb.connect().execute(
        f"SET checkpoint_threshold = '{steps.STEP_CHECKPOINT_THRESHOLD}'; "
        "SELECT current_setting('checkpoint_threshold')").fetchone()[0]
    assert seen[0] == (1, step_threshold) != before
    assert con.execute(settings).fetchone() == before
    # Checkpointed: the write-ahead log holds nothing left to replay.
    wal = tmp_path / "w.duckdb.wal"
    assert not wal.exists() or wal.stat().st_size == 0
    con.close()
