"""News-site parsers on the snapshot: each site's listing pages and article template."""
from __future__ import annotations

from datetime import datetime

import pytest

from scrapers.sources.base import ColumnState, ParseError
from scrapers.sources.govcn_en import english_datetime
from scrapers.sources.registry import get_source


def _all_rows(client, source_name, key):
    source = get_source(source_name)
    state = ColumnState(source.columns[key])
    rows, n, pages = [], 1, []
    while True:
        req = source.listing_request(state, n)
        result = client.get(req.url, source=source_name)
        assert result.ok, req.url
        listing = source.parse_listing(state, n, result.text, req.url)
        pages.append(req.url)
        rows += listing.items
        if not listing.has_next:
            return rows, pages
        n += 1


@pytest.mark.parametrize("source_name,key,first_page,third_page", [
    ("chinadaily", "business", "https://www.chinadaily.com.cn/business/index.html",
     "https://www.chinadaily.com.cn/business/page_3.html"),
    ("govcn_en", "news", "https://english.www.gov.cn/news/index.html",
     "https://english.www.gov.cn/news/page_3.html"),
    ("govcn_zh", "zhengce/zhengceku", "https://www.gov.cn/zhengce/zhengceku/index.htm",
     "https://www.gov.cn/zhengce/zhengceku/home_2.htm"),
])
def test_listing_pages_until_the_last(client, source_name, key, first_page, third_page):
    rows, pages = _all_rows(client, source_name, key)
    assert pages[0] == first_page and pages[2] == third_page and len(pages) == 3
    assert len(rows) == 41 and len({r.url for r in rows}) == 41
    host = first_page.split("/")[2]
    assert all(r.url.startswith(f"https://{host}/") and r.title and r.listed_date for r in rows)
    assert all(client.get(r.url, source=source_name).ok for r in rows)  # every row resolves


def test_chinadaily_article(page, url_of):
    url = url_of("chinadaily/2026-01-22-industrial-output")
    assert url.startswith("https://www.chinadaily.com.cn/a/202601/22/WS")
    doc = get_source("chinadaily").parse_article(url, page(url))
    assert doc.title == "China's industrial output rises 5.9% in 2025"
    assert doc.published_at == datetime(2026, 1, 22, 7, 45)
    assert doc.origin == "By Ma Si | chinadaily.com.cn"
    assert doc.column == "business" and doc.language == "en"
    assert doc.body_text.split("\n\n")[1] == "Output of the high-tech manufacturing sector grew 9.4 percent."
    assert "Copyright" not in doc.body_text


def test_govcn_en_article(page, url_of):
    url = url_of("govcn_en/2025-12-08-5g-stations")
    assert "/news/202512/08/content_WS" in url
    doc = get_source("govcn_en").parse_article(url, page(url))
    assert doc.title == "China has 4.6 million 5G base stations"
    assert doc.published_at == datetime(2025, 12, 8, 14, 38)
    assert doc.origin == "Xinhua" and doc.column == "news"
    assert doc.body_text.startswith("China had 4.6 million 5G base stations")


def test_english_date_line():
    assert english_datetime("Updated: December 8, 2025 14:38") == datetime(2025, 12, 8, 14, 38)
    assert english_datetime("Updated: May 1, 2024") == datetime(2024, 5, 1)


def test_govcn_zh_library_article(page, url_of):
    url = url_of("govcn_zh/2026-01-14-platform-plan")
    assert url.startswith("https://www.gov.cn/zhengce/zhengceku/202601/content_")
    doc = get_source("govcn_zh").parse_article(url, page(url))
    assert doc.title == "工业和信息化部关于印发《工业互联网平台行动方案》的通知"
    assert doc.published_at == datetime(2026, 1, 14, 18, 0)
    assert doc.meta["发文机关"] == "工业和信息化部" and doc.meta["主题分类"]
    assert doc.meta["firstpublishedtime"] == "2026-01-14-18:00:00"
    assert doc.column == "zhengce/zhengceku" and doc.origin == "工业和信息化部"
    assert "索引号" not in doc.body_text


def test_republished_article_carries_the_original_text(page, url_of):
    miit_url = url_of("miit/2025-12-10-platform-notice")
    original = get_source("miit").parse_article(miit_url, page(miit_url))
    url = url_of("govcn_zh/2025-12-11-republished-notice")
    doc = get_source("govcn_zh").parse_article(url, page(url))
    assert doc.column == "zhengce" and doc.origin == "工业和信息化部网站"
    assert doc.body_text == "（转载）\n\n" + original.body_text


@pytest.mark.parametrize("source_name", ["chinadaily", "govcn_en", "govcn_zh"])
def test_wrong_template_and_truncation_are_parse_errors(source_name):
    source = get_source(source_name)
    with pytest.raises(ParseError, match="not a"):
        source.parse_article("https://x/a.html", "<html><body><p>hello</p></body></html>")
    with pytest.raises(ParseError, match="truncated"):
        source.parse_article("https://x/a.html", "<html><body><div id='Content'><p>cut he")


def test_parse_any_page_recognises_each_template(client, url_of):
    from scrapers.sources import load_sources, parse_any_page

    assert [s.name for s in load_sources(["govcn_en", "miit"])] == ["govcn_en", "miit"]
    for key, source in [("miit/2026-03-02-software-jan", "miit"),            # GBK bytes
                        ("chinadaily/2026-01-22-industrial-output", "chinadaily"),
                        ("govcn_en/2025-12-08-5g-stations", "govcn_en"),
                        ("govcn_zh/2026-01-14-platform-plan", "govcn_zh")]:
        body = client.get(url_of(key), source=source).body
        by_url = parse_any_page(body, url=url_of(key))
        by_template = parse_any_page(body, url="file:///tmp/saved.html")
        assert by_url.source == by_template.source == source
        assert by_url.title == by_template.title and by_url.title
    with pytest.raises(ParseError, match="not a page of a known source"):
        parse_any_page(b"<html><body>hello</body></html>", url="file:///tmp/x.html")
