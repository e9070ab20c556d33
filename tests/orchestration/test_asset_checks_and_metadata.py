"""Single assets and checks run through Dagster on a small temporary warehouse: the MIIT freshness
check, and what the parse asset reports about new and changed documents."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import dagster as dg
import pytest

from orchestration.assets.documents import parse_documents
from orchestration.assets.ingest import miit_pages_fresh
from orchestration.resources import ScrapeResource, WarehouseResource
from scrapers.models import FetchResult
from scrapers.snapshot.build import SITES
from warehouse import load
from warehouse.db import connect, ensure_schema


def store_page(db, url: str, source: str, body: bytes, fetched_at: datetime) -> None:
    con = connect(db)
    try:
        ensure_schema(con)
        page = FetchResult(url=url, source=source, outcome="ok", fetched_at=fetched_at, status=200,
                           content_type="text/html; charset=utf-8", body=body, text=body.decode("utf-8"),
                           encoding="utf-8")
        load.store_pages(con, [page], kind="article")
    finally:
        con.close()


def run_freshness_check(db, monkeypatch, days: int = 7) -> dg.AssetCheckEvaluation:
    monkeypatch.setenv("MIITWATCH_FRESHNESS_DAYS", str(days))
    # The check alone, as "Execute check" in the UI launches it (raw.pages itself is not built).
    defs = dg.Definitions(asset_checks=[miit_pages_fresh],
                          jobs=[dg.define_asset_job("fresh", selection=dg.AssetSelection.checks(miit_pages_fresh))],
                          resources={"warehouse": WarehouseResource(database=str(db))})
    result = defs.resolve_job_def("fresh").execute_in_process(instance=dg.DagsterInstance.ephemeral())
    assert result.success
    (evaluation,) = result.get_asset_check_evaluations()
    assert evaluation.check_name == "miit_pages_fresh"
    return evaluation


MIIT_URL = "https://www.miit.gov.cn/xwfb/gxdt/sjdt/art/2026/art_{}.html"
NOW = datetime.now(UTC)


def test_an_old_miit_page_only_fails_the_freshness_check_with_a_warning(tmp_path, monkeypatch):
    db = tmp_path / "w.duckdb"
    store_page(db, MIIT_URL.format("old"), "miit", b"<html>old</html>", NOW - timedelta(days=30))
    # A recent page of another source must not hide that MIIT went quiet.
    store_page(db, "https://www.chinadaily.com.cn/a/202611/20/WS1.html", "chinadaily", b"<html>new</html>", NOW)
    evaluation = run_freshness_check(db, monkeypatch, days=7)
    assert not evaluation.passed
    assert evaluation.severity == dg.AssetCheckSeverity.WARN
    assert "no new MIIT page for more than 7 days" in evaluation.description
    assert evaluation.metadata["age_days"].value >= 29
    assert evaluation.metadata["threshold_days"].value == 7


def test_a_recent_miit_page_passes_the_freshness_check(tmp_path, monkeypatch):
    db = tmp_path / "w.duckdb"
    store_page(db, MIIT_URL.format("old"), "miit", b"<html>old</html>", NOW - timedelta(days=30))
    store_page(db, MIIT_URL.format("new"), "miit", b"<html>new</html>", NOW - timedelta(hours=1))
    evaluation = run_freshness_check(db, monkeypatch, days=7)
    assert evaluation.passed
    assert evaluation.metadata["age_days"].value == 0


def test_age_is_whole_days_elapsed_not_midnights_crossed(tmp_path, monkeypatch):
    # (counting calendar days, a page fetched 23 hours ago is a day old at any hour but the last)
    db = tmp_path / "w.duckdb"
    store_page(db, MIIT_URL.format("new"), "miit", b"<html>new</html>", NOW - timedelta(hours=23))
    assert run_freshness_check(db, monkeypatch, days=7).metadata["age_days"].value == 0
    db2 = tmp_path / "w2.duckdb"
    store_page(db2, MIIT_URL.format("old"), "miit", b"<html>old</html>", NOW - timedelta(days=3, hours=1))
    assert run_freshness_check(db2, monkeypatch, days=7).metadata["age_days"].value == 3


def test_the_threshold_comes_from_miitwatch_freshness_days(tmp_path, monkeypatch):
    db = tmp_path / "w.duckdb"
    store_page(db, MIIT_URL.format("old"), "miit", b"<html>old</html>", NOW - timedelta(days=10))
    assert run_freshness_check(db, monkeypatch, days=14).passed
    assert not run_freshness_check(db, monkeypatch, days=5).passed


def test_an_empty_warehouse_fails_the_freshness_check(tmp_path, monkeypatch):
    evaluation = run_freshness_check(tmp_path / "w.duckdb", monkeypatch)
    assert not evaluation.passed and evaluation.severity == dg.AssetCheckSeverity.WARN


def parse_metadata(db) -> dict:
    result = dg.materialize(
        [parse_documents],
        resources={"warehouse": WarehouseResource(database=str(db)), "scrape": ScrapeResource(source_mode="snapshot")},
        instance=dg.DagsterInstance.ephemeral(),
    )
    assert result.success
    return {k: v.value for k, v in result.asset_materializations_for_node("parse_documents")[0].metadata.items()}


@pytest.fixture
def two_articles() -> list[tuple[str, bytes]]:
    pages = sorted((SITES / "www.chinadaily.com.cn" / "a").rglob("*.html"))[:2]
    assert len(pages) == 2
    return [("https://" + p.relative_to(SITES).as_posix(), p.read_bytes()) for p in pages]


def test_the_parse_asset_reports_new_and_changed_documents(tmp_path, two_articles):
    db = tmp_path / "w.duckdb"
    first_seen = NOW - timedelta(days=1)
    for url, body in two_articles:
        store_page(db, url, "chinadaily", body, first_seen)
    first = parse_metadata(db)
    assert (first["documents_new"], first["documents_changed"], first["documents_parsed"]) == (2, 0, 2)

    # The first article is edited on the site: same URL, new content, a new version to parse.
    url, body = two_articles[0]
    edited = body.replace(b"</p>", b" (Updated with a correction.)</p>", 1)
    assert edited != body
    store_page(db, url, "chinadaily", edited, NOW)
    second = parse_metadata(db)
    assert (second["documents_new"], second["documents_changed"], second["documents_parsed"]) == (0, 1, 1)

    third = parse_metadata(db)  # nothing left to parse
    assert (third["documents_new"], third["documents_changed"], third["documents_parsed"]) == (0, 0, 0)
    for meta in (first, second, third):
        assert isinstance(meta["documents_new"], int) and isinstance(meta["documents_changed"], int)
