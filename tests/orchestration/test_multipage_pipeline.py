"""Multi-page articles through the pipeline steps, on the bundled snapshot's three-page China
Daily article: every page is fetched once and stored as a raw page, the article becomes one
document, and a page that fails is retried while the article is kept, marked incomplete."""
from __future__ import annotations

import json
import shutil
from contextlib import contextmanager

import pytest

from orchestration import steps
from scrapers.http import ClientConfig, HttpClient
from scrapers.models import MISSING_PARTS_META, PARTS_META
from scrapers.snapshot.build import FAULTS_FILE, SITES, part_url
from scrapers.snapshot.server import SnapshotServer

FIRST = "https://www.chinadaily.com.cn/a/202511/20/WS926c3ff51b8e2f7e3b8d2004.html"
P2, P3 = part_url(FIRST, 2), part_url(FIRST, 3)
COLUMN = dict(sources=["chinadaily"], columns=["business"], max_pages=5)
PAGE_1 = "The country produced 595,000 industrial robots in the first 10 months"
PAGE_2 = "Robot density in manufacturing reached 470 units per 10,000 workers in 2024"
PAGE_3 = "The country now has more than 150 humanoid robot makers"


@contextmanager
def client_for(root):
    with SnapshotServer(root) as server, HttpClient(ClientConfig(
            mode="snapshot", snapshot_base=server.base_url, rate_limit=0, retries=0)) as client:
        yield client


def run(con, client):
    return steps.ingest(con, client, **COLUMN), steps.parse_pages(con, client), steps.extract_facts(con)


def documents(con, url=FIRST):
    return con.execute("SELECT content_hash, body_text, meta FROM raw.documents WHERE url = ? ORDER BY parsed_at",
                       [url]).fetchall()


def test_continuation_pages_are_fetched_once_stored_as_parts_and_parsed_into_one_document(con, snapshot_client):
    ingested, parsed, _ = run(con, snapshot_client)
    assert ingested.parts_fetched == 2 and ingested.parts_failed == 0
    pages = con.execute("SELECT url, kind, part_of FROM raw.pages WHERE url LIKE ? ORDER BY url",
                        [FIRST.removesuffix(".html") + "%"]).fetchall()
    assert pages == [(FIRST, "article", None), (P2, "part", FIRST), (P3, "part", FIRST)]
    log = con.execute("SELECT url, kind, outcome FROM raw.fetch_log WHERE url IN (?, ?) ORDER BY url",
                      [P2, P3]).fetchall()
    assert log == [(P2, "part", "ok"), (P3, "part", "ok")]
    # one document per article: the parts are never documents of their own
    assert parsed.parsed == ingested.articles_fetched - ingested.parts_fetched
    assert con.execute("SELECT count(*) FROM raw.documents WHERE url IN (?, ?)", [P2, P3]).fetchone()[0] == 0
    [(_, body, meta)] = documents(con)
    assert body.index(PAGE_1) < body.index(PAGE_2) < body.index(PAGE_3)
    meta = json.loads(meta)
    assert meta[PARTS_META] == f"{P2} {P3}" and MISSING_PARTS_META not in meta
    # a fact stated on page 2 keeps its provenance: the sentence, the article's URL
    quote = con.execute("SELECT quote FROM raw.metric_facts WHERE url = ? AND metric_key = 'robot_density'",
                        [FIRST]).fetchone()[0]
    assert quote.startswith(PAGE_2)

    again, reparsed, extracted = run(con, snapshot_client)
    assert again.articles_fetched == 0 and again.parts_fetched == 0
    assert reparsed.parsed == 0 and extracted.documents == 0


def test_a_failed_part_is_logged_retried_and_the_article_reparsed_whole(con, tmp_path):
    root = tmp_path / "sites"
    shutil.copytree(SITES, root)
    faults = json.loads((root / FAULTS_FILE).read_text(encoding="utf-8"))
    (root / FAULTS_FILE).write_text(json.dumps(
        {**faults, P2.split("://", 1)[1]: {"status": 500, "body": "Internal Server Error"}}), encoding="utf-8")

    with client_for(root) as client:
        ingested, parsed, _ = run(con, client)
    assert ingested.parts_failed == 1 and ingested.parts_fetched == 1
    assert con.execute("SELECT kind, outcome, http_status FROM raw.fetch_log WHERE url = ?", [P2]).fetchall() == [
        ("part", "http_error", 500)]
    assert con.execute("SELECT count(*) FROM raw.pages WHERE url = ?", [P2]).fetchone()[0] == 0
    # parsed from the pages that are there, marked incomplete
    [(incomplete_hash, body, meta)] = documents(con)
    assert PAGE_1 in body and PAGE_3 in body and PAGE_2 not in body
    assert json.loads(meta)[MISSING_PARTS_META] == P2
    assert parsed.incomplete == 1
    facts = {k for (k,) in con.execute("SELECT metric_key FROM raw.metric_facts WHERE url = ?", [FIRST]).fetchall()}
    assert "humanoid_robot_makers" in facts and "robot_density" not in facts

    (root / FAULTS_FILE).write_text(json.dumps(faults), encoding="utf-8")   # the server heals
    with client_for(root) as client:
        retried, reparsed, extracted = run(con, client)
        # only the missing part is fetched, not the first page nor the part already stored
        assert (retried.articles_fetched, retried.parts_fetched, retried.articles_failed) == (1, 1, 0)
        assert con.execute("SELECT kind, part_of FROM raw.pages WHERE url = ?", [P2]).fetchall() == [("part", FIRST)]
        assert reparsed.parsed == 1 and reparsed.incomplete == 0 and extracted.documents == 1
        # a new version of the document, whole and in page order; the incomplete one is history
        versions = documents(con)
        assert len(versions) == 2 and versions[0][0] == incomplete_hash
        _, body, meta = versions[-1]
        assert body.index(PAGE_1) < body.index(PAGE_2) < body.index(PAGE_3)
        assert MISSING_PARTS_META not in json.loads(meta)
        quote = con.execute("SELECT quote FROM raw.metric_facts WHERE url = ? AND content_hash = ? "
                            "AND metric_key = 'robot_density'", [FIRST, versions[-1][0]]).fetchone()[0]
        assert quote.startswith(PAGE_2)

        third, _, _ = run(con, client)
        assert third.articles_fetched == 0 and third.articles_failed == 0


def test_refetch_asks_for_the_parts_again_with_their_validators(con, snapshot_client):
    run(con, snapshot_client)
    again = steps.ingest(con, snapshot_client, refetch=True, **COLUMN)
    log = con.execute("SELECT outcome FROM raw.fetch_log WHERE url IN (?, ?) ORDER BY fetched_at",
                      [P2, P3]).fetchall()
    assert again.parts_fetched == 2 and log[-2:] == [("not_modified",), ("not_modified",)]
    assert steps.parse_pages(con, snapshot_client).parsed == 0
