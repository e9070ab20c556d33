"""Fault injection through the real pipeline: one misbehaving server, two runs of the whole graph.

The snapshot is served with one fault per chosen URL (see ``fault_server.KINDS``) for a first run,
and healed for a second.  The runs are limited to four small columns (two MIIT columns read
through the JSON listing API, two english.gov.cn columns) to stay short.  Checked after each
fault: the run completes, good pages reach the marts, a bad page is in ``raw.fetch_log`` with a
clear reason and is tried again on the next run, transient errors heal within the first run's
retries, and no grain holds a duplicate.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

import dagster as dg
import pytest

from fault_server import OVERSIZE_BYTES, Fault, FaultServer, api_key, article_key
from resilience_helpers import duplicates, read_only, run_restricted
from scrapers import crawl
from scrapers.http import ClientConfig, HttpClient
from scrapers.snapshot.server import SnapshotServer
from scrapers.sources import load_sources

pytestmark = pytest.mark.slow

SOURCES = ["miit", "govcn_en"]
COLUMNS = ["gxsj/tjfx/txy", "gxsj/tjfx/rjy", "news", "policies/latestreleases"]
MIIT = "www.miit.gov.cn"
BLOCKED_COLUMN, FAILING_API_COLUMN = "gxsj/tjfx/txy", "gxsj/tjfx/rjy"
READ_TIMEOUT_S = 2.0  # generous for a loaded machine; the hanging fault waits longer (fault_server)
MAX_BYTES = 2_000_000
# Faults on english.gov.cn articles, in the order the articles are assigned.
ARTICLE_FAULTS = ["http_500_once", "http_429_once", "hang", "reset_mid_body", "truncated_html", "oversize",
                  "redirect_loop", "redirect_offsite", "empty_200"]
TRANSIENT = {"http_500_once", "http_429_once"}


@dataclass
class Truth:
    """The selected columns as a healthy server shows them, read without the pipeline."""

    pages: dict[tuple[str, int], list[str]] = field(default_factory=dict)   # (column, page no) -> URLs
    page_ids: dict[str, str] = field(default_factory=dict)                  # MIIT column -> API pageId
    good: dict[str, object] = field(default_factory=dict)                   # URL -> parsed Document

    def column_urls(self, column: str) -> set[str]:
        return {u for (c, _), urls in self.pages.items() if c == column for u in urls}


def _ground_truth() -> Truth:
    truth = Truth()
    with SnapshotServer() as server, HttpClient(ClientConfig(mode="snapshot", snapshot_base=server.base_url,
                                                             rate_limit=0, retries=0)) as client:
        page_no: dict[str, int] = {}
        for result, items in crawl.discover(client, load_sources(SOURCES), is_known=lambda _: False,
                                            columns=COLUMNS, max_pages=10):
            if not items:
                continue
            column = items[0].column
            page_no[column] = page_no.get(column, 0) + 1
            truth.pages[(column, page_no[column])] = [i.url for i in items]
            if "pageId=" in (result.final_url or ""):
                truth.page_ids[column] = parse_qs(urlsplit(result.final_url).query)["pageId"][0]
            for item in items:
                page = crawl.fetch_article(client, item)
                try:
                    truth.good[item.url] = crawl.parse_article(item.source, item.url, page.text or "")
                except Exception:  # the snapshot's own deliberate faults: not "good" pages
                    pass
    return truth


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    truth = _ground_truth()
    assert set(truth.page_ids) == {BLOCKED_COLUMN, FAILING_API_COLUMN}
    news_page_1 = [u for u in truth.pages[("news", 1)] if u in truth.good]
    targets = dict(zip(ARTICLE_FAULTS, news_page_1))
    rjy_page_1 = [u for u in truth.pages[(FAILING_API_COLUMN, 1)] if u in truth.good]
    targets["gbk_utf8_header"] = rjy_page_1[0]
    plan = {article_key(url): Fault(kind) for kind, url in targets.items()}
    plan[api_key(MIIT, truth.page_ids[BLOCKED_COLUMN], 1)] = Fault("html_block_page")
    plan[api_key(MIIT, truth.page_ids[FAILING_API_COLUMN], 2)] = Fault("api_failure")

    db = tmp_path_factory.mktemp("faults") / "miitwatch.duckdb"
    with FaultServer(plan) as server, pytest.MonkeyPatch.context() as mp:
        for name, value in {"MIITWATCH_DUCKDB": str(db), "MIITWATCH_SOURCE": "snapshot",
                            "MIITWATCH_SNAPSHOT_URL": server.base_url, "MIITWATCH_RATE_LIMIT": "0",
                            "MIITWATCH_TIMEOUT": f"5,{READ_TIMEOUT_S}", "MIITWATCH_RETRIES": "1",
                            "MIITWATCH_MAX_BYTES": str(MAX_BYTES)}.items():
            mp.setenv(name, value)
        for name in ("MIITWATCH_PUBLISH_DIR", "MIITWATCH_ALLOWED_HOSTS"):
            mp.delenv(name, raising=False)
        instance = dg.DagsterInstance.ephemeral()
        first = run_restricted(sources=SOURCES, columns=COLUMNS, instance=instance)
        con = read_only(db)
        after_first = {
            "documents": {u for (u,) in con.execute("SELECT url FROM marts.dim_documents").fetchall()},
            "listed": {u for (u,) in con.execute("SELECT url FROM raw.listing_items").fetchall()},
            "duplicates": duplicates(con),
        }
        con.close()
        hits_first = dict(server.hits)
        server.active = False
        second = run_restricted(sources=SOURCES, columns=COLUMNS, instance=instance)
    return {"db": db, "truth": truth, "targets": targets, "first": first, "second": second,
            "after_first": after_first, "hits_first": hits_first}


@pytest.fixture(scope="module")
def con(world):
    c = read_only(world["db"])
    yield c
    c.close()


def _log(con, url: str, run_id: str, kind: str = "article") -> list[tuple]:
    """(outcome, attempts, error) of every fetch_log row of ``url`` in run ``run_id``."""
    return con.execute("SELECT outcome, attempts, error FROM raw.fetch_log WHERE url = ? AND run_id = ? "
                       "AND kind = ? ORDER BY fetched_at", [url, run_id, kind]).fetchall()


def _documents(con) -> set[str]:
    return {u for (u,) in con.execute("SELECT url FROM marts.dim_documents").fetchall()}


# --- the runs as a whole

def test_both_runs_complete_and_count_the_failures(world):
    first, second = world["first"], world["second"]
    assert first["success"], first["error"]
    assert second["success"], second["error"]
    assert first["tests_failed"] == 0 and second["tests_failed"] == 0
    # 6 article faults that outlast the retries, 2 listing faults, the truncated page's parse error
    assert first["pages_failed"] >= 9
    assert second["pages_failed"] < first["pages_failed"]


def test_good_pages_reach_the_marts_in_the_faulty_run(world):
    truth, targets = world["truth"], world["targets"]
    failing = {u for k, u in targets.items() if k not in TRANSIENT | {"gbk_utf8_header"}}
    unreachable = truth.column_urls(BLOCKED_COLUMN) | {
        u for (c, n), urls in truth.pages.items() if c == FAILING_API_COLUMN and n >= 2 for u in urls}
    expected = set(truth.good) - failing - unreachable
    assert len(expected) > 80
    missing = expected - world["after_first"]["documents"]
    assert not missing, sorted(missing)[:5]
    assert not (failing & world["after_first"]["documents"])


def test_no_duplicate_rows_after_either_run(world, con):
    assert world["after_first"]["duplicates"] == {}
    assert duplicates(con) == {}


def test_no_stored_article_is_fetched_again(world, con):
    second_ok = {u for (u,) in con.execute(
        "SELECT url FROM raw.fetch_log WHERE run_id = ? AND kind = 'article' AND outcome = 'ok'",
        [world["second"]["run_id"]]).fetchall()}
    healed = {u for k, u in world["targets"].items() if k not in TRANSIENT | {"gbk_utf8_header"}}
    newly_listed = set(world["truth"].good) - world["after_first"]["listed"]
    assert second_ok - healed - newly_listed == set()


# --- one test per fault

def test_http_500_then_success_heals_within_the_first_runs_retries(world, con):
    url = world["targets"]["http_500_once"]
    assert _log(con, url, world["first"]["run_id"]) == [("ok", 2, None)]
    assert world["hits_first"][article_key(url)] == 2
    assert url in world["after_first"]["documents"]
    assert _log(con, url, world["second"]["run_id"]) == []


def test_429_with_retry_after_heals_within_the_first_runs_retries(world, con):
    url = world["targets"]["http_429_once"]
    assert _log(con, url, world["first"]["run_id"]) == [("ok", 2, None)]
    waited_ms = con.execute("SELECT duration_ms FROM raw.fetch_log WHERE url = ? AND run_id = ?",
                            [url, world["first"]["run_id"]]).fetchone()[0]
    assert waited_ms >= 1000  # Retry-After: 1 was honoured
    assert url in world["after_first"]["documents"]


def _failed_then_healed(world, con, kind: str, outcome: str, *words: str) -> None:
    url = world["targets"][kind]
    [(got, _, error)] = _log(con, url, world["first"]["run_id"])
    assert got == outcome, error
    assert error and all(w.lower() in error.lower() for w in words), error
    assert url not in world["after_first"]["documents"]
    assert [o for o, *_ in _log(con, url, world["second"]["run_id"])] == ["ok"]
    assert url in _documents(con)


def test_timeout_is_a_network_error_retried_next_run(world, con):
    _failed_then_healed(world, con, "hang", "network_error", "timed out", f"read {READ_TIMEOUT_S:g} s")


def test_connection_reset_mid_body_is_a_network_error_retried_next_run(world, con):
    url = world["targets"]["reset_mid_body"]
    [(_, attempts, _)] = _log(con, url, world["first"]["run_id"])
    assert attempts == 2  # a network error is worth one more try within the run
    _failed_then_healed(world, con, "reset_mid_body", "network_error")


def test_body_over_the_size_cap_is_refused_and_retried_next_run(world, con):
    _failed_then_healed(world, con, "oversize", "too_large", str(MAX_BYTES), "cap")
    url = world["targets"]["oversize"]
    stored = con.execute("SELECT max(bytes) FROM raw.pages WHERE url = ?", [url]).fetchone()[0]
    assert stored < OVERSIZE_BYTES


def test_redirect_loop_is_recorded_and_retried_next_run(world, con):
    _failed_then_healed(world, con, "redirect_loop", "redirect_loop", "redirect")


def test_redirect_off_the_allow_list_is_refused_and_retried_next_run(world, con):
    _failed_then_healed(world, con, "redirect_offsite", "off_allowlist", "www.example.com", "allow-list")


def test_empty_200_is_recorded_and_retried_next_run(world, con):
    _failed_then_healed(world, con, "empty_200", "empty", "empty body")


def test_truncated_html_is_a_parse_error_and_refetched_next_run(world, con):
    url = world["targets"]["truncated_html"]
    first = world["first"]["run_id"]
    fetched, (outcome, _, error) = _log(con, url, first)
    assert fetched == ("ok", 1, None)  # the transfer itself was complete
    assert outcome == "parse_error" and "truncated" in error, error
    assert url not in world["after_first"]["documents"]
    assert _log(con, url, world["second"]["run_id"])[0] == ("ok", 1, None)
    title, body = con.execute("SELECT title, body_text FROM marts.dim_documents WHERE url = ?", [url]).fetchone()
    truth = world["truth"].good[url]
    assert (title, body) == (truth.title, truth.body_text)


def test_a_healed_truncated_page_is_not_reported_as_failing_again(world, con):
    url = world["targets"]["truncated_html"]
    assert con.execute("SELECT count(*) FROM raw.fetch_log WHERE url = ? AND run_id = ? AND outcome = 'parse_error'",
                       [url, world["second"]["run_id"]]).fetchone()[0] == 0


def test_gbk_page_under_a_utf8_header_is_decoded_from_its_bytes(world, con):
    url = world["targets"]["gbk_utf8_header"]
    assert _log(con, url, world["first"]["run_id"]) == [("ok", 1, None)]
    encoding, = con.execute("SELECT encoding FROM raw.pages WHERE url = ?", [url]).fetchone()
    assert encoding in ("gb18030", "gbk", "gb2312"), encoding
    title, body = con.execute("SELECT title, body_text FROM marts.dim_documents WHERE url = ?", [url]).fetchone()
    truth = world["truth"].good[url]
    assert (title, body) == (truth.title, truth.body_text)
    assert "\ufffd" not in body


def _listing_failures(con, run_id: str) -> list[tuple[str, str]]:
    return con.execute("SELECT outcome, error FROM raw.fetch_log WHERE run_id = ? AND kind = 'listing' "
                       "AND outcome <> 'ok' ORDER BY error", [run_id]).fetchall()


def test_html_block_page_instead_of_json_listing_is_blocked_and_retried(world, con):
    failures = _listing_failures(con, world["first"]["run_id"])
    assert any(o == "blocked" and "expected JSON but got HTML" in e and "访问受限" in e for o, e in failures), failures
    column = world["truth"].column_urls(BLOCKED_COLUMN)
    assert not (column & world["after_first"]["listed"])
    assert column & set(world["truth"].good) <= _documents(con)


def test_success_false_listing_is_blocked_and_retried(world, con):
    failures = _listing_failures(con, world["first"]["run_id"])
    assert any(o == "blocked" and "success:false" in e for o, e in failures), failures
    assert _listing_failures(con, world["second"]["run_id"]) == []
    page_2 = set(world["truth"].pages[(FAILING_API_COLUMN, 2)])
    assert not (page_2 & world["after_first"]["listed"])
    assert page_2 & set(world["truth"].good) <= _documents(con)


def test_listing_rows_behind_a_failed_listing_page_are_found_next_run(world, con):
    column = world["truth"].column_urls(FAILING_API_COLUMN) & set(world["truth"].good)
    missing = column - _documents(con)
    assert not missing, f"{len(missing)} of {len(column)} articles never discovered: {sorted(missing)[:3]}"


def test_a_failed_listing_api_page_says_which_column_and_page(world, con):
    page_id = world["truth"].page_ids[FAILING_API_COLUMN]
    rows = con.execute("SELECT url, error FROM raw.fetch_log WHERE run_id = ? AND kind = 'listing' AND outcome <> 'ok' "
                       "AND error LIKE '%success:false%'", [world["first"]["run_id"]]).fetchall()
    assert rows and all(page_id in f"{url} {error}" for url, error in rows), rows
