"""The `miitwatch_backfill` job as launched from the UI: one MIIT column, back to a date.

Runs the real job (ingest → parse → extract → dbt → publish) in-process against the bundled
snapshot, into a temporary warehouse.  What the crawl should store is read from the snapshot's
own listing files (the MIIT `build/unit` API responses), not from the crawler.
"""
from __future__ import annotations

import json
import re
from datetime import date
from urllib.parse import urlsplit

import dagster as dg
import duckdb
import pytest

from scrapers.snapshot.build import API_DIR, MIIT_HOST, SITES
from scrapers.sources import load_sources

pytestmark = pytest.mark.slow

COLUMN = "gxsj/tjfx/txy"  # 通信业 statistics: one of the smallest columns (3 listing pages)
_ROW = re.compile(r'href="([^"]+)"[^>]*>.*?<span class="fr">(\d{4}-\d\d-\d\d)</span>', re.S)


def snapshot_listing(column: str) -> tuple[dict[str, date], int]:
    """The column's rows in the snapshot (canonical URL → listed date) and its listing pages."""
    rows, pages = {}, 0
    for page in sorted((SITES / MIIT_HOST / API_DIR).glob("*/*.json")):
        found = {urlsplit(href).path: day for href, day in _ROW.findall(json.loads(page.read_text("utf-8"))["data"]["html"])
                 if f"/{column}/art/" in href}
        if found:
            pages += 1
            rows.update({f"https://{MIIT_HOST}{path}": date.fromisoformat(day) for path, day in found.items()})
    return rows, pages


@pytest.fixture(scope="module")
def backfill(tmp_path_factory, snapshot_server):
    listed, listing_pages = snapshot_listing(COLUMN)
    assert len(listed) > 30 and listing_pages >= 3
    # A date inside the first listing page: the crawl has to stop at the next page, whose rows
    # are all older, and keep none of them.
    since = sorted(listed.values(), reverse=True)[9]  # ~10 of the first page's 24 rows
    db = tmp_path_factory.mktemp("backfill") / "miitwatch.duckdb"  # the default stem: no dbt re-parse
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MIITWATCH_DUCKDB", str(db))
        mp.delenv("MIITWATCH_PUBLISH_DIR", raising=False)
        from orchestration.dbt import dbt_resource
        from orchestration.definitions import build_definitions
        from orchestration.resources import ScrapeResource, WarehouseResource

        defs = build_definitions({
            "warehouse": WarehouseResource(database=str(db)),
            "scrape": ScrapeResource(source_mode="snapshot", snapshot_url=snapshot_server.base_url),
            "dbt": dbt_resource(),
        })
        job = defs.resolve_job_def("miitwatch_backfill")
        result = job.execute_in_process(
            run_config={"ops": {"ingest_pages": {"config": {"since": since.isoformat(), "columns": [COLUMN]}}}},
            instance=dg.DagsterInstance.ephemeral(), raise_on_error=False,
        )
    return {"result": result, "db": db, "since": since, "listed": listed, "listing_pages": listing_pages}


@pytest.fixture(scope="module")
def con(backfill):
    c = duckdb.connect(str(backfill["db"]), read_only=True)
    yield c
    c.close()


def test_the_backfill_job_succeeds(backfill):
    result = backfill["result"]
    assert result.success
    assert result.dagster_run.job_name == "miitwatch_backfill"


def test_every_article_of_the_column_back_to_the_date_is_stored_and_nothing_older(backfill, con):
    since, listed = backfill["since"], backfill["listed"]
    wanted = {url for url, day in listed.items() if day >= since}
    older = set(listed) - wanted
    assert wanted and older
    listing = con.execute("SELECT url, column_key, listed_date FROM raw.listing_items").fetchall()
    assert {url for url, _, _ in listing} == wanted
    assert all(day >= since for _, _, day in listing)
    assert {url for (url,) in con.execute("SELECT url FROM raw.pages").fetchall()} == wanted
    assert {url for (url,) in con.execute("SELECT url FROM raw.documents").fetchall()} == wanted
    assert all(published.date() >= since for (published,) in con.execute("SELECT published_at FROM raw.documents").fetchall())


def test_no_other_column_was_crawled(backfill, con):
    assert {key for (key,) in con.execute("SELECT DISTINCT column_key FROM raw.listing_items").fetchall()} == {f"miit:{COLUMN}"}
    fetched = {url for (url,) in con.execute("SELECT url FROM raw.fetch_log WHERE kind = 'listing'").fetchall()}
    others = {c.url for s in load_sources(None) for c in s.columns.values() if c.key != COLUMN}
    assert fetched and not fetched & others
    articles = {url for (url,) in con.execute("SELECT url FROM raw.fetch_log WHERE kind = 'article'").fetchall()}
    assert articles <= set(backfill["listed"])


def test_the_crawl_stopped_once_a_listing_page_was_older_than_the_date(backfill, con):
    shell_and_pages = con.execute("SELECT count(*) FROM raw.fetch_log WHERE kind = 'listing'").fetchone()[0]
    assert shell_and_pages < 1 + backfill["listing_pages"]  # the column shell, then not every page


def test_the_marts_are_built_from_the_backfilled_documents(backfill, con):
    documents = con.execute("SELECT count(*) FROM marts.dim_documents").fetchone()[0]
    assert documents == len([d for d in backfill["listed"].values() if d >= backfill["since"]])
