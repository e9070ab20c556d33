"""The retry policy (the view raw.fetch_failures) and the work lists that follow it: a URL that
keeps failing waits longer before each try, a good fetch ends its streak, re-parsing a stored page
is not a fetch, and ``retry_all`` tries everything now."""
from __future__ import annotations

import itertools
import json
from datetime import datetime, timedelta, timezone

import duckdb
import pytest

from warehouse import queries
from warehouse.db import ensure_schema

URL = "https://www.miit.gov.cn/xwfb/gxdt/sjdt/art/2025/art_dead.html"
NOW = datetime.now(timezone.utc)
_ids = itertools.count()


def log(con, outcome: str, at: datetime, *, url: str = URL, kind: str = "article", status: int | None = None,
        error: str | None = None) -> None:
    con.execute("INSERT INTO raw.fetch_log (attempt_id, url, source, kind, fetched_at, outcome, http_status, error) "
                "VALUES (?, ?, 'miit', ?, ?, ?, ?, ?)", [f"a{next(_ids)}", url, kind, at, outcome, status, error])


def failures(con, url: str = URL) -> dict | None:
    cur = con.execute("SELECT * FROM raw.fetch_failures WHERE url = ?", [url])
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row)) if row else None


def failed_in_a_row(con, n: int, last: datetime, *, url: str = URL, kind: str = "article") -> None:
    for i in range(n):
        log(con, "http_error", last - timedelta(hours=n - 1 - i), url=url, kind=kind, status=404, error="HTTP 404 Not Found")


@pytest.mark.parametrize("n, wait", [(1, timedelta(0)), (2, timedelta(0)), (3, timedelta(days=1)), (4, timedelta(days=2)),
                                     (5, timedelta(days=4)), (7, timedelta(days=16)), (8, timedelta(days=30)),
                                     (20, timedelta(days=30))])
def test_the_wait_doubles_after_three_failures_in_a_row_up_to_30_days(con, n, wait):
    failed_in_a_row(con, n, NOW)
    row = failures(con)
    assert row["consecutive_failures"] == n
    assert row["retry_after"] - row["last_failed_at"] == wait
    assert (row["last_outcome"], row["last_http_status"], row["last_error"]) == ("http_error", 404, "HTTP 404 Not Found")
    assert row["first_failed_at"] == NOW - timedelta(hours=n - 1)


@pytest.mark.parametrize(("outcome", "status"), [("network_error", None), ("blocked", 403), ("http_error", 503),
                                              ("http_error", 429), ("http_error", None)])
def test_failures_of_the_site_at_the_moment_never_make_a_page_wait(con, outcome, status):
    # an outage or a block of the whole site must not send every page it touched into a long wait
    for hours in range(10, 0, -1):
        log(con, outcome, NOW - timedelta(hours=hours), status=status, error="site trouble")
    row = failures(con)
    assert (row["consecutive_failures"], row["page_failures"]) == (10, 0)
    assert row["retry_after"] == row["last_failed_at"]


def test_the_wait_counts_the_page_failures_only(con):
    failed_in_a_row(con, 3, NOW - timedelta(days=2))  # three 404s: wait a day after the third
    for hours in (30, 20, 10):  # then timeouts on the next runs
        log(con, "network_error", NOW - timedelta(hours=hours), error="timed out")
    row = failures(con)
    assert (row["consecutive_failures"], row["page_failures"]) == (6, 3)
    assert row["last_outcome"] == "network_error"
    assert row["retry_after"] == NOW - timedelta(hours=10)  # the wait after the 404s is over
    log(con, "http_error", NOW, status=404, error="HTTP 404 Not Found")  # a fourth 404: two days
    assert failures(con)["retry_after"] == NOW + timedelta(days=2)


def test_a_good_fetch_ends_the_streak(con):
    failed_in_a_row(con, 5, NOW - timedelta(days=3))
    log(con, "ok", NOW - timedelta(days=2), status=200)
    assert failures(con) is None
    log(con, "network_error", NOW - timedelta(days=1), error="timed out")
    log(con, "not_modified", NOW - timedelta(hours=1), status=304)
    assert failures(con) is None
    log(con, "blocked", NOW, status=403, error="403 Forbidden")
    assert failures(con)["consecutive_failures"] == 1


def test_a_page_that_came_but_did_not_parse_is_a_failed_fetch_and_reparsing_it_does_not_move_the_clock(con):
    fetched = NOW - timedelta(days=5)
    for day in range(3):  # fetched three times, each copy truncated
        log(con, "ok", fetched + timedelta(days=day), status=200)
        log(con, "parse_error", fetched + timedelta(days=day, seconds=5), error="ParseError: truncated page")
    # later runs re-parse the stored copy (no fetch): more parse_error rows, same streak and clock
    log(con, "parse_error", NOW - timedelta(hours=2), error="ParseError: truncated page")
    row = failures(con)
    assert row["consecutive_failures"] == 3
    assert row["last_failed_at"] == fetched + timedelta(days=2)
    assert (row["last_outcome"], row["last_http_status"], row["last_error"]) == ("parse_error", 200, "ParseError: truncated page")
    # a copy that parses ends the streak
    log(con, "ok", NOW - timedelta(hours=1), status=200)
    assert failures(con) is None


def test_attachments_and_parts_have_streaks_extractor_failures_and_listings_do_not(con):
    pdf = "https://www.miit.gov.cn/cms_files/a.pdf"
    log(con, "parse_error", NOW, url=pdf, kind="attachment", status=200, error="not a PDF")
    part = "https://www.chinadaily.com.cn/a/202511/20/WS1_2.html"
    failed_in_a_row(con, 2, NOW, url=part, kind="part")
    log(con, "parse_error", NOW, url=URL, kind="extraction", error="extractor failed")
    log(con, "http_error", NOW, url="https://www.miit.gov.cn/xwfb/index.html", kind="listing", status=500)
    assert {r[0]: r[1:] for r in con.execute("SELECT url, kind, consecutive_failures FROM raw.fetch_failures").fetchall()} == {
        pdf: ("attachment", 1), part: ("part", 2)}


def test_the_view_is_replaced_on_every_open_of_an_existing_file(tmp_path):
    db = tmp_path / "w.duckdb"
    with duckdb.connect(str(db)) as c:
        ensure_schema(c)
        c.execute("CREATE OR REPLACE VIEW raw.fetch_failures AS SELECT 1 AS stale")
    with duckdb.connect(str(db)) as c:
        ensure_schema(c)
        assert "retry_after" in [d[0] for d in c.execute("SELECT * FROM raw.fetch_failures").description]


# --- the work lists ---------------------------------------------------------------------------------

def listed(con, url: str = URL) -> None:
    con.execute("INSERT INTO raw.listing_items VALUES (?, 'miit:xwfb/gxdt/sjdt', 'miit', 't', NULL, ?)", [url, NOW])


def test_pending_articles_leave_out_urls_whose_retry_is_not_due(con):
    listed(con)
    failed_in_a_row(con, 2, NOW)
    assert [r[0] for r in queries.pending_articles(con)] == [URL]
    failed_in_a_row(con, 1, NOW)  # the third failure in a row: wait a day
    assert queries.pending_articles(con) == []
    assert queries.backing_off(con) == 1
    assert [r[0] for r in queries.pending_articles(con, retry_all=True)] == [URL]
    assert [r[0] for r in queries.pending_articles(con, include_stored=True)] == [URL]
    # a day and more later the retry is due
    con.execute("UPDATE raw.fetch_log SET fetched_at = fetched_at - INTERVAL 25 HOUR")
    assert [r[0] for r in queries.pending_articles(con)] == [URL]
    assert queries.backing_off(con) == 0


def test_pending_attachments_and_parts_follow_the_same_policy(con):
    pdf, part = "https://www.miit.gov.cn/cms_files/a.pdf", URL.replace(".html", "_2.html")
    con.execute(
        "INSERT INTO raw.documents (url, content_hash, source, parser_version, parsed_at, title, body_text, attachments, meta) "
        "VALUES (?, 'h', 'miit', 'p', ?, 't', 'b', ?, ?)",
        [URL, NOW, json.dumps([{"url": pdf, "kind": "pdf", "title": "附件"}]),
         json.dumps({"miitwatch:missing_parts": part})])
    assert [r[2] for r in queries.pending_attachments(con)] == [pdf]
    assert [r[0] for r in queries.pending_parts(con)] == [part]
    failed_in_a_row(con, 3, NOW, url=pdf, kind="attachment")
    failed_in_a_row(con, 3, NOW, url=part, kind="part")
    assert queries.pending_attachments(con) == [] and queries.pending_parts(con) == []
    assert [r[2] for r in queries.pending_attachments(con, retry_all=True)] == [pdf]
    assert [r[0] for r in queries.pending_parts(con, retry_all=True)] == [part]


# --- the policy's numbers (raw.retry_policy) ---------------------------------------------------------

def set_policy(con, **values) -> None:
    con.execute("UPDATE raw.retry_policy SET " + ", ".join(f"{k} = {int(v)}" for k, v in values.items()))


@pytest.mark.parametrize("n, wait", [(1, timedelta(days=2)), (2, timedelta(days=4)), (3, timedelta(days=5)),
                                     (9, timedelta(days=5))])
def test_the_policy_row_sets_when_the_wait_starts_its_first_length_and_its_cap(con, n, wait):
    set_policy(con, wait_after_failures=1, first_wait_days=2, max_wait_days=5)
    failed_in_a_row(con, n, NOW)
    row = failures(con)
    assert row["retry_after"] - row["last_failed_at"] == wait


def test_the_policy_row_is_created_with_the_defaults_and_kept_when_the_schema_is_applied_again(con):
    assert con.execute("SELECT wait_after_failures, first_wait_days, max_wait_days FROM raw.retry_policy").fetchall() \
        == [(3, 1, 30)]
    set_policy(con, max_wait_days=7)
    ensure_schema(con)  # (every open applies schema.sql: an operator's change must survive it)
    assert con.execute("SELECT max_wait_days FROM raw.retry_policy").fetchall() == [(7,)]
    failed_in_a_row(con, 12, NOW)
    assert failures(con)["retry_after"] - NOW == timedelta(days=7)


def test_a_deleted_policy_row_means_the_defaults_not_no_waiting(con):
    con.execute("DELETE FROM raw.retry_policy")
    failed_in_a_row(con, 4, NOW)
    assert failures(con)["retry_after"] - NOW == timedelta(days=2)
    ensure_schema(con)
    assert con.execute("SELECT count(*) FROM raw.retry_policy").fetchone() == (1,)


@pytest.mark.parametrize("statement", [
    "UPDATE raw.retry_policy SET max_wait_days = 0",            # a cap below the first wait
    "UPDATE raw.retry_policy SET wait_after_failures = 0",      # a wait before any failure
    "INSERT INTO raw.retry_policy (max_wait_days) VALUES (9)",  # a second row: which would count?
])
def test_a_policy_that_makes_no_sense_is_refused(con, statement):
    with pytest.raises(duckdb.ConstraintException):
        con.execute(statement)
