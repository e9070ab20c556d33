"""The ingest step's two non-daily modes through the pipeline, against the snapshot server:

* a backfill (``since``) stopped part-way and launched again with the same ``since`` finishes the
  backfill without fetching again any article the stopped run stored;
* a conditional re-fetch (``refetch=True``) asks for every stored article with its stored ETag /
  Last-Modified, gets 304 for the unchanged ones and stores only the page that changed, as a new
  version beside the old one.

The stop is a ``BaseException`` raised from inside ``client.get``, as Dagster stops a step (its
``DagsterExecutionInterruptedError`` is a ``BaseException`` raised into the running code); a
SIGKILL of a whole ``miitwatch run`` is covered by ``tests/resilience/test_crash_resume.py``.
"""
from __future__ import annotations

import shutil
from collections import Counter
from datetime import date

import duckdb
import pytest

from orchestration import steps
from scrapers.http import ClientConfig, HttpClient
from scrapers.snapshot.build import FAULTS_FILE, MIIT_HOST, SITES
from scrapers.snapshot.server import SnapshotServer
from warehouse.db import ensure_schema

# Eight MIIT columns of 49 rows (listing pages of 24, 24, 1).  Every row of page 1 is newer than
# SINCE and every row of page 2 older, so a backfill to SINCE reads each column's shell and pages
# 1-2, never page 3: 24 listing fetches (the listing rows are committed every 20 fetches, so a
# stop can land after some of them are committed) and 192 articles.
COLUMNS = ["xwfb/zxzc", "zwgk/zcjd", "gxsj/tjfx/rjy", "gxsj/tjfx/txy", "gxsj/tjfx/dzxx",
           "gxsj/tjfx/yclgy", "gxsj/tjfx/zbgy", "gxsj/tjfx/xfpgy"]
SINCE = date(2026, 6, 20)
BATCH = 10  # pages stored per transaction here, so a stop lands between commits
# The re-fetch test's column: 49 articles, one of them the GBK page served with a misleading
# Content-Type from _faults.json (a fault's headers must not cost it its 304).
REFETCH_COLUMN = ["gxsj/tjfx/rjy"]


class StopRun(BaseException):
    """Stands for a run stopped from outside (Dagster's interrupt, Ctrl-C)."""


class RecordingClient:
    """Wraps the real client: records every ``get`` and raises :class:`StopRun` instead of the
    request for which ``stop_before(kind, count_of_that_kind_so_far)`` is true."""

    def __init__(self, client: HttpClient, stop_before=lambda kind, n: False):
        self._client = client
        self._stop_before = stop_before
        self.calls: list[tuple[str, str, dict]] = []   # (kind, url, keyword arguments)
        self.outcomes: dict[str, list[str]] = {}       # url -> outcomes of its requests

    def __getattr__(self, name):  # config and anything else the pipeline reads
        return getattr(self._client, name)

    def get(self, url: str, **kwargs):
        kind = "article" if "/art/" in url else "listing"  # MIIT article paths: .../art/<year>/art_<id>.html
        if self._stop_before(kind, sum(1 for k, _, _ in self.calls if k == kind)):
            raise StopRun(f"stopped before {url}")
        self.calls.append((kind, url, kwargs))
        result = self._client.get(url, **kwargs)
        self.outcomes.setdefault(url, []).append(result.outcome)
        return result

    def articles_fetched(self) -> set[str]:
        return {u for k, u, _ in self.calls if k == "article" and "ok" in self.outcomes[u]}


def _con() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    ensure_schema(con)
    return con


def _client(server: SnapshotServer) -> HttpClient:
    return HttpClient(ClientConfig(mode="snapshot", snapshot_base=server.base_url, rate_limit=0, retries=0))


def _set(con, sql: str, params=()) -> set:
    return {r[0] for r in con.execute(sql, list(params)).fetchall()}


def _listing_requests(con, run_id: str) -> list[str]:
    """Listing pages a run fetched (API calls are logged with their query, so pages differ)."""
    return [u for (u,) in con.execute(
        "SELECT url FROM raw.fetch_log WHERE kind = 'listing' AND run_id = ? ORDER BY fetched_at", [run_id]
    ).fetchall()]


@pytest.fixture(scope="module")
def uninterrupted(snapshot_server):
    """What one backfill to SINCE does when nothing stops it: (articles stored, listing pages)."""
    con = _con()
    with _client(snapshot_server) as client:
        stats = steps.ingest(con, client, run_id="whole", sources=["miit"], columns=COLUMNS, since=SINCE)
    assert stats.articles_failed == 0 and stats.listing_failed == 0
    articles = _set(con, "SELECT url FROM raw.pages WHERE kind = 'article'")
    listings = _listing_requests(con, "whole")
    con.close()
    # The fixture itself must be the backfill described above: 24 rows a column, no page 3.
    assert len(articles) == 24 * len(COLUMNS)
    assert len(listings) == 3 * len(COLUMNS) and not any("pageNo%22%3A3" in u for u in listings)
    return articles, listings


# (name, where the stop replaces the request after n of that kind, listing rows committed by then)
STOPS = [
    # before the second column's first listing page: no listing row is committed yet;
    ("listing-before-first-commit", lambda kind, n: kind == "listing" and n == 4, 0),
    # before the last column's page 2: the first 20 listing fetches (seven columns' rows) are
    # committed, the rows of the last column's page 1 are not;
    ("listing-after-a-commit", lambda kind, n: kind == "listing" and n == 23, 7 * 24),
    # before the 25th article: every listing row committed, two batches of 10 articles stored,
    # four fetched articles in flight.
    ("articles", lambda kind, n: kind == "article" and n == 24, 8 * 24),
]


@pytest.mark.parametrize(("stop_before", "committed"), [s[1:] for s in STOPS], ids=[s[0] for s in STOPS])
def test_a_stopped_backfill_resumes_to_the_date_without_refetching_stored_articles(
        snapshot_server, uninterrupted, monkeypatch, stop_before, committed):
    monkeypatch.setattr(steps, "BATCH", BATCH)
    expected_articles, expected_listings = uninterrupted
    con = _con()
    with _client(snapshot_server) as real:
        stopped = RecordingClient(real, stop_before)
        with pytest.raises(StopRun):
            steps.ingest(con, stopped, run_id="stopped", sources=["miit"], columns=COLUMNS, since=SINCE)
        # The stopped run keeps what it read: the listing rows committed before the stop and
        # those of the pages read since, every fetched article, and a log row for every request.
        assert len(_set(con, "SELECT url FROM raw.listing_items")) >= committed
        kept = _set(con, "SELECT url FROM raw.pages")
        fetched_before = stopped.articles_fetched()
        assert kept == fetched_before
        logged = con.execute("SELECT count(*) FROM raw.fetch_log WHERE run_id = 'stopped' "
                             "AND kind IN ('listing', 'article')").fetchone()[0]
        assert logged == len(stopped.calls)

        resumed = RecordingClient(real)
        stats = steps.ingest(con, resumed, run_id="resumed", sources=["miit"], columns=COLUMNS, since=SINCE)

    # The backfill is complete: every article listed back to SINCE is stored, nothing older.
    assert _set(con, "SELECT url FROM raw.pages WHERE kind = 'article'") == expected_articles
    assert _set(con, "SELECT url FROM raw.listing_items") == expected_articles
    assert con.execute("SELECT min(listed_date) FROM raw.listing_items").fetchone()[0] >= SINCE
    assert stats.articles_failed == 0

    # No article fetched by the stopped run is requested again.
    assert not resumed.articles_fetched() & fetched_before
    assert resumed.articles_fetched() == expected_articles - kept
    logged_twice = con.execute(
        "SELECT url, count(*) FROM raw.fetch_log WHERE kind = 'article' AND outcome = 'ok' "
        "GROUP BY url HAVING count(*) > 1").fetchall()
    assert logged_twice == []

    # Listings: a backfill pages by date and ignores what is already known (crawl.discover), so
    # the resumed run reads each column's listing again from page 1 -- by design: the listing
    # rows of a stopped run may not have been committed.  What is promised is the bound: no
    # page beyond what an uninterrupted backfill reads (none past SINCE), each page once.
    again = _listing_requests(con, "resumed")
    assert set(again) <= set(expected_listings)
    assert max(Counter(again).values()) == 1
    con.close()


@pytest.fixture
def editable_snapshot(tmp_path):
    """A copy of the snapshot's MIIT site (and fault list) that a test may change while serving it."""
    shutil.copytree(SITES / MIIT_HOST, tmp_path / MIIT_HOST)
    shutil.copy(SITES / FAULTS_FILE, tmp_path / FAULTS_FILE)
    with SnapshotServer(tmp_path) as server:
        yield tmp_path, server


def test_refetch_asks_with_stored_validators_and_stores_only_the_changed_page(editable_snapshot):
    root, server = editable_snapshot
    column = REFETCH_COLUMN
    con = _con()
    with _client(server) as real:
        first = steps.ingest(con, real, run_id="first", sources=["miit"], columns=column)
        assert first.articles_failed == 0 and first.pages.new == 49
        assert steps.parse_pages(con).parsed == 49
        validators = {u: (e, lm) for u, e, lm in con.execute(
            "SELECT url, etag, last_modified FROM raw.pages").fetchall()}
        assert all(e and lm for e, lm in validators.values())   # the server sends both
        pages_before = con.execute("SELECT count(*) FROM raw.pages").fetchone()[0]

        # The site revises one article between the runs.
        changed = sorted(validators)[-1]
        file = root / MIIT_HOST / changed.split(MIIT_HOST + "/", 1)[1]
        old_hash = con.execute("SELECT content_hash FROM raw.pages WHERE url = ?", [changed]).fetchone()[0]
        html = file.read_bytes()
        file.write_bytes(html.replace(b"</body>", b"<p>(revised)</p></body>", 1))
        assert file.read_bytes() != html

        recording = RecordingClient(real)
        stats = steps.ingest(con, recording, run_id="refetch", sources=["miit"], columns=column, refetch=True)

    # Every stored article was asked for once, conditionally, with the validators stored for it.
    asked = {u: (kw.get("etag"), kw.get("last_modified")) for k, u, kw in recording.calls if k == "article"}
    assert Counter(u for k, u, _ in recording.calls if k == "article") == Counter(set(validators))
    assert asked == validators

    # The server answered 304 for every unchanged page and 200 for the revised one.
    outcomes = dict(con.execute(
        "SELECT outcome, count(*) FROM raw.fetch_log WHERE run_id = 'refetch' AND kind = 'article' GROUP BY 1"
    ).fetchall())
    assert outcomes == {"not_modified": len(validators) - 1, "ok": 1}
    assert stats.articles_fetched == len(validators) and stats.articles_failed == 0
    assert (stats.pages.new, stats.pages.changed) == (0, 1)

    # raw.pages grows by the one new version; the old version of that page is kept.
    assert con.execute("SELECT count(*) FROM raw.pages").fetchone()[0] == pages_before + 1
    versions = _set(con, "SELECT content_hash FROM raw.pages WHERE url = ?", [changed])
    assert len(versions) == 2 and old_hash in versions
    assert con.execute(
        "SELECT count(*) FROM raw.pages WHERE url <> ? GROUP BY url HAVING count(*) > 1", [changed]
    ).fetchall() == []
    # ... and it is the one page the parse step has new work for.
    assert steps.parse_pages(con).parsed == 1
    assert _set(con, "SELECT url FROM raw.documents GROUP BY url HAVING count(*) > 1") == {changed}
    con.close()
