"""discover(): paging, the incremental stop, backfill to a date, and failures — with a fake
client answering from a built snapshot on disk.  Every MIIT column there has 49 rows (3 pages)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from scrapers import crawl
from scrapers.models import Attachment, ListingItem
from scrapers.snapshot.miit_pages import API_PATH
from scrapers.sources.miit import MiitSource

RJY = ["gxsj/tjfx/rjy"]


def _pages(results):
    """The row URLs of each listing page (shells left out) among discover()'s yields."""
    out = []
    for res, items in results:
        if res.url.endswith(API_PATH) or not res.url.endswith("index.html"):
            out.append([i.url for i in items])
    return out


def _run(client, **kwargs):
    kwargs.setdefault("is_known", lambda url: False)
    return list(crawl.discover(client, ["miit"], columns=RJY, **kwargs))


def test_first_run_pages_to_the_end_or_max_pages(client):
    results = _run(client, max_pages=5)
    shell, *listing = results
    assert shell[0].url == "https://www.miit.gov.cn/gxsj/tjfx/rjy/index.html" and shell[1] == []
    assert [len(items) for _, items in listing] == [24, 24, 1]  # stops when there is no next page
    assert len(_run(client, max_pages=2)) == 1 + 2


def test_incremental_stops_after_a_known_page_plus_overlap(client):
    everything = {u for page in _pages(_run(client)) for u in page}
    assert len(everything) == 49
    all_known = _run(client, is_known=everything.__contains__, overlap_pages=1)
    assert len(_pages(all_known)) == 2         # page 1 known, then one overlap page
    assert len(_pages(_run(client, is_known=everything.__contains__, overlap_pages=0))) == 1

    page1 = _pages(_run(client))[0]
    new = set(page1[:2])                        # two rows published since the last run
    partly = _run(client, is_known=lambda u: u in everything and u not in new, overlap_pages=0)
    assert len(_pages(partly)) == 2             # page 1 had news, page 2 was all known: stop


def test_backfill_pages_back_to_a_date_ignoring_max_pages(client):
    first = _run(client)
    page1_items = first[1][1]
    since = min(i.listed_date for i in page1_items)
    backfill = _run(client, since=since, max_pages=1, is_known=lambda u: True)
    assert len(_pages(backfill)) == 2          # page 2 is entirely older than `since`
    assert all(i.listed_date < since for i in backfill[-1][1])
    assert len(_pages(_run(client, since=date(2000, 1, 1), max_pages=1))) == 3  # to the end


def test_a_failed_page_is_yielded_and_ends_the_column(client):
    real_get = client.get

    def flaky_get(url, **kw):
        params = kw.get("params") or {}
        if '"pageNo":2' in params.get("paramJson", ""):
            return replace(real_get(url, **kw), outcome="http_error", status=503, body=None, text=None)
        return real_get(url, **kw)

    client.get = flaky_get
    results = _run(client, max_pages=5)
    assert [(r.outcome, len(items)) for r, items in results] == [("ok", 0), ("ok", 24), ("http_error", 0)]


def test_unreadable_listing_becomes_parse_error(client):
    real_get = client.get

    def bad_api(url, **kw):
        res = real_get(url, **kw)
        if url.endswith(API_PATH):
            return replace(res, text='{"success":false,"data":{}}')
        return res

    client.get = bad_api
    results = _run(client)
    assert results[-1][0].outcome == "parse_error" and "success:false" in results[-1][0].error
    assert len(results) == 2


def test_missing_shell_is_yielded_and_skips_the_column(client):
    assert list(crawl.discover(client, ["miit"], columns=["xwfb/unconfigured"],
                               is_known=lambda u: False)) == []
    # A configured column whose shell has gone: its 404 is reported, nothing else is asked.
    gone = MiitSource("miit", {"hosts": ["www.miit.gov.cn"], "language": "zh",
                               "base_url": "https://www.miit.gov.cn",
                               "columns": [{"key": "xwfb/gone", "name": "gone"}]})
    results = list(crawl.discover(client, [gone], is_known=lambda u: False))
    assert [(r.outcome, r.status, items) for r, items in results] == [("http_error", 404, [])]
    assert len(client.calls) == 1


def test_every_source_and_column_is_walked(client):
    results = list(crawl.discover(client, ["miit", "chinadaily", "govcn_en", "govcn_zh"],
                                  is_known=lambda u: False, max_pages=1))
    assert all(r.ok for r, _ in results)
    columns = {i.column for _, items in results for i in items}
    assert {"xwfb/gxdt/sjdt", "zwgk/zcwj/wjfb/tz", "business", "news", "zhengce/zhengceku"} <= columns


def test_fetch_and_parse_article_and_attachment(client, url_of):
    url = url_of("miit/2025-12-10-platform-notice")
    item = ListingItem(url=url, source="miit", column="zwgk/zcwj/wjfb/tz")
    result = crawl.fetch_article(client, item, etag='"x"')
    assert result.ok
    assert client.calls[-1][2] == "https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/index.html"  # Referer
    doc = crawl.parse_article("miit", url, result.text)
    pdf = next(a for a in doc.attachments if a.kind == "pdf")
    fetched = crawl.fetch_attachment(client, pdf, source="miit")
    assert fetched.ok and fetched.body.startswith(b"%PDF")
    missing = crawl.fetch_attachment(client, Attachment(url=pdf.url + "x", kind="pdf"), source="miit")
    assert missing.outcome == "http_error"
