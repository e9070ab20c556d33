"""Parse and extract in worker processes, article fetches in threads: same results as one by one,
failures still recorded one page at a time, and a dead worker loses nothing."""
from __future__ import annotations

import multiprocessing
import os
import threading

import duckdb
import pytest

from orchestration import steps, workers
from scrapers.http import ClientConfig, HttpClient
from warehouse.db import ensure_schema


def _square_chunk(items: list[int]) -> list[int]:
    return [i * i for i in items]


def _dies_in_a_worker(items: list[int]) -> list[int]:
    """Kills the worker process it runs in (as the OOM killer would); fine in the main process."""
    if multiprocessing.parent_process() is not None and 7 in items:
        os._exit(1)
    return [i * i for i in items]


def test_map_chunks_in_worker_processes_keeps_input_order():
    items = list(range(230))
    got = list(workers.map_chunks(_square_chunk, items, workers=2, min_items=10))
    assert got == [i * i for i in items]


def test_map_chunks_stays_in_process_below_the_threshold(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("no pool for a few items")

    monkeypatch.setattr(workers, "ProcessPoolExecutor", refuse)
    assert list(workers.map_chunks(_square_chunk, range(5), workers=2, min_items=10)) == [0, 1, 4, 9, 16]


def test_a_dead_worker_loses_no_item():
    items = list(range(200))
    got = list(workers.map_chunks(_dies_in_a_worker, items, workers=2, min_items=10))
    assert got == [i * i for i in items]


@pytest.fixture
def cons():
    made = []

    def make():
        c = duckdb.connect()
        ensure_schema(c)
        made.append(c)
        return c

    yield make
    for c in made:
        c.close()


def _table(con, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


def test_parse_and_extract_in_workers_store_what_one_process_stores(cons, snapshot_client, monkeypatch):
    monkeypatch.setattr(workers, "POOL_MIN_ITEMS", 1)
    one, pooled = cons(), cons()
    for con in (one, pooled):
        steps.ingest(con, snapshot_client, sources=["chinadaily"], max_pages=5)
        # A page that cannot be parsed: recorded as a parse_error, the others still parse.
        con.execute("INSERT INTO raw.pages (url, content_hash, source, kind, fetched_at, body) VALUES "
                    "('https://www.chinadaily.com.cn/a/202601/01/WS0000000000000000000000.html', 'x', "
                    "'chinadaily', 'article', now(), '<html><body>nothing here</body></html>')")
    parsed_one = steps.parse_pages(one, workers=1)
    parsed_pool = steps.parse_pages(pooled, workers=2)
    assert parsed_one.parsed > 10 and parsed_pool.parsed == parsed_one.parsed
    assert parsed_pool.failed == parsed_one.failed == 1
    assert _table(pooled, "SELECT url FROM raw.fetch_log WHERE outcome = 'parse_error'") == \
        [("https://www.chinadaily.com.cn/a/202601/01/WS0000000000000000000000.html",)]

    facts_one = steps.extract_facts(one, workers=1)
    facts_pool = steps.extract_facts(pooled, workers=2)
    assert facts_pool.documents == facts_one.documents == parsed_one.parsed
    assert facts_pool.metrics == facts_one.metrics > 0 and facts_pool.events == facts_one.events
    columns = "url, seq, subject, metric_key, value, unit, measure, period, as_of, quote"
    assert _table(pooled, f"SELECT {columns} FROM raw.metric_facts ORDER BY url, seq") == \
        _table(one, f"SELECT {columns} FROM raw.metric_facts ORDER BY url, seq")


def test_attachment_texts_read_in_the_workers_are_those_read_here(cons, snapshot_client, monkeypatch):
    one, pooled = cons(), cons()
    for con in (one, pooled):
        steps.ingest(con, snapshot_client, sources=["miit"], columns=["zwgk/zcwj/wjfb/tz"], max_pages=2)
    here = steps.parse_pages(one, snapshot_client, workers=1)
    monkeypatch.setattr(workers, "POOL_MIN_ITEMS", 1)
    calls = []
    map_chunks = steps.map_chunks

    def spy(fn, items, **kwargs):
        calls.append((fn, kwargs["pool"].running))
        return map_chunks(fn, items, **kwargs)

    monkeypatch.setattr(steps, "map_chunks", spy)
    pooled_stats = steps.parse_pages(pooled, snapshot_client, workers=2)
    # The workers started for the pages read the PDFs as well.
    assert (workers.attachment_text_chunk, True) in calls
    assert pooled_stats.attachments_fetched == here.attachments_fetched > 0
    assert pooled_stats.attachments_failed == here.attachments_failed
    attachments = "SELECT document_url, url, kind, title, content_hash, text FROM raw.attachments ORDER BY 1, 2"
    assert _table(pooled, attachments) == _table(one, attachments)
    assert any(text for *_, text in _table(pooled, attachments))
    logged = "SELECT url, outcome, error FROM raw.fetch_log WHERE kind = 'attachment' ORDER BY 1"
    assert _table(pooled, logged) == _table(one, logged)


def test_an_unreadable_pdf_gives_its_error_and_the_others_their_text():
    from scrapers.snapshot.pdf import text_pdf

    good = text_pdf("Notice", ["Industrial robots output grew 20 percent."])
    (text, none), (nothing, error), skipped = workers.attachment_text_chunk([good, b"<html>moved</html>", None])
    assert "Industrial robots output grew 20 percent." in text and none is None
    assert nothing is None and error.startswith("PDF text extraction failed: not a PDF")
    assert skipped == (None, None)


def test_threaded_fetch_stores_the_same_pages(cons, snapshot_server):
    config = ClientConfig(mode="snapshot", snapshot_base=snapshot_server.base_url, rate_limit=0, retries=0)
    one, threaded = cons(), cons()
    with HttpClient(config) as client:
        a = steps.ingest(one, client, sources=["chinadaily", "govcn_en"], max_pages=2, fetch_workers=1)
    with HttpClient(config) as client:
        b = steps.ingest(threaded, client, sources=["chinadaily", "govcn_en"], max_pages=2, fetch_workers=4)
    assert b.articles_fetched == a.articles_fetched > 10 and b.articles_failed == a.articles_failed
    pages = "SELECT url, content_hash FROM raw.pages ORDER BY url"
    assert _table(threaded, pages) == _table(one, pages)


def test_hosts_take_turns_when_fetching_in_threads():
    rows = [(f"https://{host}/{i}",) for host, n in (("a.cn", 3), ("b.cn", 1), ("c.cn", 2)) for i in range(n)]
    assert [r[0] for r in steps._by_host_in_turn(rows)] == [
        "https://a.cn/0", "https://b.cn/0", "https://c.cn/0", "https://a.cn/1", "https://c.cn/1", "https://a.cn/2"]


def test_fetch_threads_only_with_a_rate_limit():
    assert steps.fetch_workers_for(HttpClient(ClientConfig(mode="live", rate_limit=1.0))) == steps.FETCH_WORKERS
    assert steps.fetch_workers_for(HttpClient(ClientConfig(mode="live", rate_limit=0))) == 1


def test_each_thread_gets_its_own_session_sharing_cookies():
    client = HttpClient(ClientConfig(mode="live"))
    sessions = []
    thread = threading.Thread(target=lambda: sessions.append(client._session))
    thread.start()
    thread.join()
    sessions.append(client._session)
    assert sessions[0] is not sessions[1] and client._session is sessions[1]
    assert sessions[0].cookies is sessions[1].cookies
    client.close()

