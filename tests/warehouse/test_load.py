"""Raw-layer loading: idempotent, versioned pages, incremental work lists."""
from __future__ import annotations

from datetime import date, datetime, timezone

import duckdb
import pytest

from scrapers.facts import Event, Extraction, Metric
from scrapers.models import Attachment, Document, FetchResult, ListingItem
from warehouse import load, queries
from warehouse.fact_rows import FactRows
from warehouse.db import ensure_schema

NOW = datetime(2026, 1, 5, 8, 0, tzinfo=timezone.utc)  # before "now": failures logged later
URL = "https://www.miit.gov.cn/xwfb/gxdt/sjdt/art/2022/art_0123456789abcdef0123456789abcdef.html"


def page(body: bytes, url: str = URL, outcome: str = "ok") -> FetchResult:
    return FetchResult(url=url, source="miit", outcome=outcome, fetched_at=NOW, status=200,
                       content_type="text/html", body=body if outcome == "ok" else None,
                       text=body.decode() if outcome == "ok" else None, encoding="utf-8")


def count(con, table: str) -> int:
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_schema_is_idempotent(con):
    ensure_schema(con)
    ensure_schema(con)
    assert count(con, "raw.pages") == 0


def test_storing_the_same_page_twice_adds_one_row(con):
    first = load.store_pages(con, [page(b"<html>a</html>")], kind="article")
    second = load.store_pages(con, [page(b"<html>a</html>")], kind="article")
    assert (first.new, first.changed) == (1, 0)
    assert (second.new, second.changed, second.unchanged) == (0, 0, 1)
    assert count(con, "raw.pages") == 1


def test_changed_page_is_a_new_version_and_the_old_one_is_kept(con):
    load.store_pages(con, [page(b"<html>v1</html>")], kind="article")
    stats = load.store_pages(con, [page(b"<html>v2</html>")], kind="article")
    assert stats.changed == 1
    bodies = sorted(b for (b,) in con.execute("SELECT body FROM raw.pages WHERE url = ?", [URL]).fetchall())
    assert bodies == ["<html>v1</html>", "<html>v2</html>"]


def test_failed_fetches_are_logged_not_stored(con):
    bad = page(b"", outcome="http_error")
    bad.error = "HTTP 404"
    load.record_fetches(con, [(bad, "article")], run_id="r1")
    assert load.store_pages(con, [bad], kind="article").new == 0
    assert con.execute("SELECT outcome, error FROM raw.fetch_log").fetchall() == [("http_error", "HTTP 404")]


def test_listing_items_idempotent_and_pending_until_parsed(con):
    item = ListingItem(url=URL, source="miit", column="xwfb/gxdt/sjdt", title="t", listed_date=date(2022, 7, 26))
    assert load.store_listing_items(con, [item]) == 1
    assert load.store_listing_items(con, [item]) == 0
    assert [r[0] for r in queries.pending_articles(con)] == [URL]
    # Stored but not parsed yet: not fetched again (the parse step will handle it).
    load.store_pages(con, [page(b"<html>x</html>")], kind="article")
    assert queries.pending_articles(con) == []
    # It failed to parse after it was stored: fetch it again next run.
    load.record_failure(con, url=URL, source="miit", kind="article", outcome="parse_error", error="truncated", run_id=None)
    assert [r[0] for r in queries.pending_articles(con)] == [URL]


def test_documents_and_facts_round_trip_and_extraction_is_tracked_per_version(con):
    load.store_pages(con, [page(b"<html>x</html>")], kind="article")
    h = load.content_hash(b"<html>x</html>")
    assert [r[0] for b in queries.pages_to_parse(con, "p1") for r in b] == [URL]
    doc = Document(url=URL, source="miit", title="t", published_at=datetime(2022, 7, 26, 15, 0), language="zh",
                   body_text="我国人工智能核心产业规模超过4000亿元。", column="xwfb/xwfbh/bxwfbh",
                   attachments=[Attachment(url="https://www.miit.gov.cn/a.pdf", kind="pdf", title="附件")])
    load.store_documents(con, [(doc, h)], "p1")
    load.store_documents(con, [(doc, h)], "p1")
    assert count(con, "raw.documents") == 1
    assert list(queries.pages_to_parse(con, "p1")) == []
    assert [r[0] for b in queries.pages_to_parse(con, "p2") for r in b] == [URL]  # new parser: re-parse, no refetch
    assert queries.pending_attachments(con)[0][2] == "https://www.miit.gov.cn/a.pdf"

    ex = Extraction(
        metrics=[Metric(subject="AI core industry scale", value=4.0e11, unit="CNY", qualifier="gt", quote="超过4000亿元")],
        events=[Event(type="press_conference", date="2022-07-26", quote="举行新闻发布会")],
    )
    assert [r[0] for b in queries.documents_to_extract(con, "x1") for r in b] == [URL]
    assert load.store_extractions(con, facts(URL, h, ex), "x1") == (1, 1)
    assert load.store_extractions(con, facts(URL, h, ex), "x1") == (0, 0)
    assert list(queries.documents_to_extract(con, "x1")) == []
    assert sum(map(len, queries.documents_to_extract(con, "x2"))) == 1
    assert con.execute("SELECT date_precision FROM raw.event_facts").fetchone() == ("day",)


def facts(url: str, h: str, ex: Extraction) -> FactRows:
    rows = FactRows()
    rows.add_extraction(url, h, ex.metrics, ex.events)
    return rows


EX = Extraction(
    metrics=[Metric(subject="AI core industry scale", value=4.0e11, unit="CNY", qualifier="gt", quote="超过4000亿元",
                    metric_key="ai_core_industry_scale", period="2021", start=12),
             Metric(subject="5G base stations", value=2310000, unit="count", quote="231万个", counted="base stations"),
             Metric(subject="Electronics value added", value=4.0, unit="percentage_points", measure="pp_change",
                    quote="比工业高4个百分点", comparison="gap", compared_with="all industry")],
    events=[Event(type="press_conference", date="2022-07", agency="MIIT", quote="举行新闻发布会", start=0)],
)


def test_stored_fact_rows_hold_every_field_of_the_facts(con):
    load.store_extractions(con, facts(URL, "h1", EX), "x1")
    metrics = con.execute(
        "SELECT url, content_hash, extractor_version, seq, subject, subject_source, metric_key, value, value_high, "
        "unit, counted, qualifier, measure, status, period, as_of, geography, quote, quote_start, comparison, "
        "compared_with FROM raw.metric_facts ORDER BY seq").fetchall()
    assert metrics == [
        (URL, "h1", "x1", 0, "AI core industry scale", None, "ai_core_industry_scale", 4.0e11, None, "CNY", None,
         "gt", "level", "actual", "2021", None, "China", "超过4000亿元", 12, None, None),
        (URL, "h1", "x1", 1, "5G base stations", None, None, 2310000.0, None, "count", "base stations",
         "eq", "level", "actual", None, None, "China", "231万个", None, None, None),
        (URL, "h1", "x1", 2, "Electronics value added", None, None, 4.0, None, "percentage_points", None,
         "eq", "pp_change", "actual", None, None, "China", "比工业高4个百分点", None, "gap", "all industry"),
    ]
    assert con.execute(
        "SELECT url, content_hash, extractor_version, seq, event_type, subtype, event_date, date_precision, title, "
        "agency, doc_number, quote, quote_start FROM raw.event_facts").fetchall() == [
        (URL, "h1", "x1", 0, "press_conference", None, "2022-07", "month", None, "MIIT", None, "举行新闻发布会", 0)]
    assert con.execute("SELECT url, content_hash, extractor_version, metrics, events FROM raw.extractions").fetchall() \
        == [(URL, "h1", "x1", 3, 1)]
    # One timestamp for the whole batch, in every table.
    assert con.execute("SELECT count(DISTINCT extracted_at) FROM (SELECT extracted_at FROM raw.metric_facts UNION ALL "
                       "SELECT extracted_at FROM raw.event_facts UNION ALL SELECT extracted_at FROM raw.extractions)"
                       ).fetchone() == (1,)


def test_a_batch_with_facts_already_stored_adds_only_the_missing_rows(con):
    # Facts of a document without its raw.extractions row: what a crash between separate commits
    # (older versions stored the three tables one after another) leaves behind.
    load.store_extractions(con, facts(URL, "h1", EX), "x1")
    con.execute("DELETE FROM raw.extractions")
    con.execute("DELETE FROM raw.metric_facts WHERE seq = 1")
    batch = facts(URL, "h1", EX)
    batch.add_extraction(URL, "h2", EX.metrics, [])
    assert load.store_extractions(con, batch, "x1") == (1 + 3, 0)
    assert count(con, "raw.metric_facts") == 6 and count(con, "raw.event_facts") == 1
    assert count(con, "raw.extractions") == 2


def test_a_batch_of_facts_is_stored_whole_or_not_at_all(con):
    batch = facts(URL, "h1", EX)
    batch.documents.append((URL, None, 0, 0))  # content_hash NOT NULL: the last insert fails
    with pytest.raises(duckdb.ConstraintException):
        load.store_extractions(con, batch, "x1")
    assert count(con, "raw.metric_facts") == count(con, "raw.event_facts") == count(con, "raw.extractions") == 0
    assert load.store_extractions(con, facts(URL, "h1", EX), "x1") == (3, 1)  # the connection is usable


def test_an_empty_batch_stores_nothing(con):
    assert load.store_extractions(con, FactRows(), "x1") == (0, 0)
    assert load.store_extractions(con, facts(URL, "h1", Extraction()), "x1") == (0, 0)
    assert con.execute("SELECT metrics, events FROM raw.extractions").fetchall() == [(0, 0)]


def test_insert_counts_only_new_rows(con):
    item = ListingItem(url=URL, source="miit", column="a", title="t")
    other = ListingItem(url=URL + "?x", source="miit", column="a", title="t")
    assert load.store_listing_items(con, [item]) == 1
    assert load.store_listing_items(con, [item, other, other]) == 1  # a stored row, a repeated one
    assert count(con, "raw.listing_items") == 2


def test_all_validators_are_those_of_each_urls_newest_version(con):
    other = URL.replace("0123456789abcdef0123", "fedcba98765432100123")
    old = page(b"<html>v1</html>")
    old.etag, old.last_modified = '"v1"', "Mon, 05 Jan 2026 07:00:00 GMT"
    new = page(b"<html>v2</html>")
    new.etag, new.last_modified = '"v2"', "Tue, 06 Jan 2026 07:00:00 GMT"
    new.fetched_at = datetime(2026, 1, 6, 8, 0, tzinfo=timezone.utc)
    plain = page(b"<html>x</html>", url=other)
    for result in (old, new, plain):
        load.store_pages(con, [result], kind="article")
    everything = queries.all_validators(con)
    assert everything[URL] == ('"v2"', "Tue, 06 Jan 2026 07:00:00 GMT") == queries.validators(con, URL)
    assert everything[other] == (None, None) == queries.validators(con, other)
    assert set(everything) == {URL, other}


def test_an_existing_warehouse_file_gains_the_part_of_column(tmp_path):
    """A warehouse created before multi-page articles (raw.pages without part_of) is migrated
    when opened: its rows stay, and parts can be stored and found."""
    from warehouse.db import SCHEMA_SQL, open_warehouse

    path = tmp_path / "old.duckdb"
    old_schema = SCHEMA_SQL.read_text(encoding="utf-8").split("ALTER TABLE raw.pages")[0]
    with duckdb.connect(str(path)) as old:
        old.execute(old_schema)
        assert "part_of" not in [c for (c,) in old.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'pages'").fetchall()]
        old.execute(
            "INSERT INTO raw.pages (url, content_hash, source, kind, fetched_at, body) "
            "VALUES (?, 'h', 'miit', 'article', now(), '<html>old</html>')", [URL])
    with open_warehouse(path) as con:
        assert con.execute("SELECT url, part_of FROM raw.pages").fetchall() == [(URL, None)]
        part = URL.replace(".html", "_2.html")
        load.store_pages(con, [page(b"<html>part</html>", url=part)], kind="article", part_of={part: URL})
        assert queries.stored_parts(con) == {URL: [part]}
        assert con.execute("SELECT kind FROM raw.pages WHERE url = ?", [part]).fetchone()[0] == "part"
        # the part is handed over with its article's page, never on its own
        [(url, _, _, _, parts)] = [r for b in queries.pages_to_parse(con, "p1") for r in b]
        assert url == URL and parts == [{"url": part, "body": "<html>part</html>"}]
