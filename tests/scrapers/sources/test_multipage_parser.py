"""Multi-page China Daily articles: the first page's pager names the further pages, and the
pages are parsed together into one document (``crawl.parse_article_parts``)."""
from __future__ import annotations

from datetime import datetime

from scrapers import crawl
from scrapers.models import MISSING_PARTS_META, PARTS_META
from scrapers.snapshot import news_pages
from scrapers.snapshot.build import SITES, part_url
from scrapers.sources.registry import get_source

URL = "https://www.chinadaily.com.cn/a/202511/20/WS0123456789abcdef01234567.html"
P2, P3 = part_url(URL, 2), part_url(URL, 3)
CD = get_source("chinadaily")


def page(paragraphs: list[str], pager: str = "", url: str = URL) -> str:
    return news_pages.chinadaily_article(
        title="Robot makers gain momentum", section="business", origin="By Zhong Nan | China Daily",
        updated=datetime(2025, 11, 20, 7, 45), paragraphs=paragraphs,
        description=paragraphs[0], pager=pager)


def test_pager_links_in_page_order_each_once_without_the_page_itself():
    # What China Daily writes on page 1 of 3: the current number, 2 and 3, and "Next" (= page 2).
    hrefs = [f"//www.chinadaily.com.cn{u.split('.cn', 1)[1]}" for u in (URL, P2, P3)]
    html = page(["One."], news_pages.chinadaily_article_pager(hrefs, 1))
    assert CD.continuation_urls(URL, html) == [P2, P3]


def test_pager_self_links_relative_urls_duplicates_and_off_host_links():
    pager = (
        '<a href="WS0123456789abcdef01234567.html">1</a>'             # relative self-link
        '<a href="/a/202511/20/WS0123456789abcdef01234567_3.html">3</a>'  # root-relative, out of order
        '<a href="WS0123456789abcdef01234567_2.html?from=timeline">2</a>'  # relative, tracking query
        '<a href="http://www.chinadaily.com.cn/a/202511/20/WS0123456789abcdef01234567_3.html">Next</a>'
        '<a href="https://www.example.com/a/202511/20/WS0123456789abcdef01234567_4.html">4</a>'
        '<a href="javascript:;">Share</a>'
        '<a href="http://[www.chinadaily.com.cn/bad">5</a>'             # malformed: skipped, not fatal
    )
    assert CD.continuation_urls(URL, page(["One."], pager)) == [P3, P2]


def test_no_pager_or_an_empty_one_means_one_page():
    assert CD.continuation_urls(URL, page(["One."])) == []            # <div id="div_currpage"></div>
    assert CD.continuation_urls(URL, page(["One."]).replace("div_currpage", "x")) == []
    assert get_source("govcn_en").continuation_urls(URL, page(["One."], '<a href="WS_2.html">2</a>')) == []


def _three_pages() -> dict[str, str]:
    hrefs = [URL, P2, P3]
    texts = [["Page one opens.", "Page one ends."], ["Page two, with 470 units per 10,000 workers."],
             ["Page three closes."]]
    return {u: page(t, news_pages.chinadaily_article_pager(hrefs, n), url=u)
            for n, (u, t) in enumerate(zip(hrefs, texts), 1)}


def test_parts_are_joined_in_pager_order_into_one_document():
    pages = _three_pages()
    # handed over in another order than the pager's: the pager decides
    doc, failures = crawl.parse_article_parts("chinadaily", URL, pages[URL], {P3: pages[P3], P2: pages[P2]})
    assert failures == []
    assert doc.url == URL and doc.title == "Robot makers gain momentum"
    assert doc.body_text.split("\n\n") == ["Page one opens.", "Page one ends.",
                                           "Page two, with 470 units per 10,000 workers.", "Page three closes."]
    assert doc.meta[PARTS_META] == f"{P2} {P3}" and MISSING_PARTS_META not in doc.meta


def test_a_missing_or_unreadable_part_leaves_the_document_incomplete():
    pages = _three_pages()
    doc, failures = crawl.parse_article_parts("chinadaily", URL, pages[URL], {P3: pages[P3]})
    assert doc.body_text.split("\n\n") == ["Page one opens.", "Page one ends.", "Page three closes."]
    assert doc.meta[MISSING_PARTS_META] == P2 and failures == []

    cut = pages[P2][: len(pages[P2]) // 2]                      # a truncated stored part
    doc, failures = crawl.parse_article_parts("chinadaily", URL, pages[URL], {P2: cut, P3: pages[P3]})
    assert doc.meta[MISSING_PARTS_META] == P2
    assert [u for u, _ in failures] == [P2] and "truncated" in failures[0][1]


def test_a_one_page_article_parses_as_before():
    html = page(["Only page."])
    doc, failures = crawl.parse_article_parts("chinadaily", URL, html)
    assert doc == CD.parse_article(URL, html) and failures == []


def test_the_bundled_snapshot_has_a_multi_page_china_daily_article():
    firsts = [p for p in SITES.glob("www.chinadaily.com.cn/a/*/*/WS*.html") if "_" not in p.name]
    multi = {}
    for path in firsts:
        url = "https://" + path.relative_to(SITES).as_posix()
        parts = CD.continuation_urls(url, path.read_text(encoding="utf-8"))
        if parts:
            multi[url] = parts
    assert multi and all(2 <= len(parts) + 1 <= 3 for parts in multi.values())
    for url, parts in multi.items():
        assert all((SITES / p.split("://", 1)[1]).is_file() for p in parts)
