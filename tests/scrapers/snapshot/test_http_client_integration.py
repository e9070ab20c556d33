"""The crawl end to end through the real HttpClient (snapshot mode) and the snapshot server."""
from __future__ import annotations

import pytest

from scrapers import crawl
from scrapers.attachments import pdf_text
from scrapers.http import ClientConfig, HttpClient
from scrapers.models import ListingItem
from scrapers.snapshot.build import OFFSITE_URL
from scrapers.sources.base import ParseError


@pytest.fixture(scope="module")
def http(server):
    with HttpClient(ClientConfig(mode="snapshot", snapshot_base=server.base_url, rate_limit=0,
                                 retries=0)) as client:
        yield client


def test_discover_fetch_parse_through_the_client(http):
    results = list(crawl.discover(http, ["miit"], columns=["xwfb/gxdt", "xwfb/gxdt/sjdt",
                                                              "zwgk/zcwj/wjfb/tz"],
                                  is_known=lambda u: False, max_pages=5))
    assert all(r.ok for r, _ in results), [(r.url, r.outcome, r.error) for r, _ in results if not r.ok]
    items = [i for _, rows in results for i in rows]
    assert len(items) == 49 * 3 + 2                      # + the 404 row and the off-site row
    outcomes: dict[str, int] = {}
    docs = []
    for item in items:
        res = crawl.fetch_article(http, item)
        outcomes[res.outcome] = outcomes.get(res.outcome, 0) + 1
        if res.ok:
            docs.append(crawl.parse_article(item.source, item.url, res.text))
        elif item.url == OFFSITE_URL:
            assert res.outcome == "off_allowlist"
        else:
            assert (res.outcome, res.status) == ("http_error", 404)
    assert outcomes == {"ok": 49 * 3, "off_allowlist": 1, "http_error": 1}
    notice = next(d for d in docs if d.title == "工业和信息化部关于印发《工业互联网平台行动方案》的通知")
    pdf = next(a for a in notice.attachments if a.kind == "pdf")
    fetched = crawl.fetch_attachment(http, pdf, source="miit")
    assert fetched.ok and "培育50个跨行业跨领域工业互联网平台" in pdf_text(fetched.body)


def test_gbk_page_decoded_despite_the_header(http, server):
    results = list(crawl.discover(http, ["miit"], columns=["gxsj/tjfx/rjy"], is_known=lambda u: False))
    item = next(i for _, rows in results for i in rows if i.title == "2026年1月软件业经济运行情况")
    res = crawl.fetch_article(http, item)
    assert res.ok and res.encoding.lower().replace("-", "") in ("gbk", "gb2312", "gb18030")
    doc = crawl.parse_article("miit", item.url, res.text)
    assert "10325亿元" in doc.body_text


def test_conditional_refetch_is_not_modified(http):
    item = ListingItem(url="https://www.chinadaily.com.cn/business/index.html", source="chinadaily",
                       column="business")
    first = crawl.fetch_article(http, item)
    assert first.ok and first.etag
    again = crawl.fetch_article(http, item, etag=first.etag, last_modified=first.last_modified)
    assert again.outcome == "not_modified"


def test_truncated_page_is_fetched_but_not_parsed(http):
    results = list(crawl.discover(http, ["miit"], columns=["zwgk/zcwj/wjfb/gg"], is_known=lambda u: False))
    item = next(i for _, rows in results for i in rows if "乘用车企业平均燃料消耗量" in (i.title or ""))
    res = crawl.fetch_article(http, item)
    with pytest.raises(ParseError, match="truncated"):
        crawl.parse_article("miit", item.url, res.text)
