"""Speed pass 13c, page parsing: each cheaper path gives what the path it replaced gave.

pages.by_class (one tag-filtered walk) against the ``descendant::tag[contains(@class, …)]``
XPaths it replaces; the per-source helpers built on it (China Daily's title and breadcrumb,
english.gov.cn's title, www.gov.cn's field cells and source line) against their old XPaths, on
random HTML where containers repeat and nest; MIIT's 来源 spans against the ElementPath query;
and detect's plain-host shortcut against canonical_host."""
from __future__ import annotations

import random

from lxml import etree

from scrapers.sources import chinadaily, detect, govcn_en, govcn_zh, pages
from scrapers.sources.registry import all_sources
from scrapers.urls import canonical_host

_TAGS = ["div", "span", "h1", "a", "table", "td", "p", "b"]
_CLASSES = [None, "", "lft_art", "x lft_art y", "lft_artx", "da-bre", "info_l", "info_r", "Artical_Title",
            "Artical_Content", "Artical_Source", "share-title", "pages_content", "bd1", "bd10 z",
            "pages-date", "font", "font x", "cinfo center", "cinfo", "LFT_ART",
            # (repeated: a span.font child of a div.pages-date must come up often enough)
            "pages-date", "font", "font", "da-bre"]
_TEXTS = ["", "来源：工信部", "Updated: 2026-01-02", "t", " x ", "发文机关："]


def _element(rng: random.Random, depth: int) -> str:
    tag = rng.choice(_TAGS)
    cls = rng.choice(_CLASSES)
    attrs = "" if cls is None else f' class="{cls}"'
    if tag == "a" and rng.random() < 0.8:
        attrs += f' href="{rng.choice(["", "/", "//www.chinadaily.com.cn/china", "/a/b/"])}"'
    inner = "".join(_element(rng, depth - 1) for _ in range(rng.randint(0, 3))) if depth else ""
    return f"<{tag}{attrs}>{rng.choice(_TEXTS)}{inner}</{tag}>{rng.choice(_TEXTS)}"


def _pages(seed: int, n: int = 400) -> list[etree._Element]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        body = "".join(_element(rng, 4) for _ in range(rng.randint(0, 4)))
        out.append(etree.fromstring(f"<html><head></head><body>{body}</body></html>", pages._PARSER))
    return out


_SPECS = list(dict.fromkeys((tag, cls) for tag in ("div", "span", "table") for cls in _CLASSES if cls))


def test_by_class_finds_what_each_contains_xpath_finds() -> None:
    several = 0
    for root in _pages(seed=1):
        found = pages.by_class(root, *_SPECS)
        for tag, cls in _SPECS:
            assert found[(tag, cls)] == root.xpath(f"descendant::{tag}[contains(@class,'{cls}')]")
            several += len(found[(tag, cls)]) > 1
    assert several > 100  # (the inputs repeat containers, the case where order matters)


def _old_and_new(root: etree._Element) -> list[tuple[object, object]]:
    """(old, new) results of every helper that replaced an XPath."""
    cd = pages.by_class(root, chinadaily._TITLE_DIV, chinadaily._CRUMB_DIV)
    en = pages.by_class(root, govcn_en._TITLE_DIV)
    zh = pages.by_class(root, govcn_zh._FIELDS_TABLE, govcn_zh._DATE_DIV)
    return [
        (pages.first(root, "descendant::div[contains(@class,'lft_art')]/h1"),
         chinadaily._title(root, cd[chinadaily._TITLE_DIV])),
        (root.xpath("descendant::div[contains(@class,'da-bre')]/descendant::a/@href"),
         chinadaily._crumb_links(root, cd[chinadaily._CRUMB_DIV])),
        (pages.first(root, "descendant::div[contains(@class,'Artical_Title')]/descendant::h1", "descendant::h1"),
         govcn_en._title(root, en[govcn_en._TITLE_DIV])),
        (root.xpath("descendant::table[contains(@class,'bd1')]/descendant::td"),
         govcn_zh._field_cells(root, zh[govcn_zh._FIELDS_TABLE])),
        (pages.first(root, "descendant::div[contains(@class,'pages-date')]/span[@class='font']"),
         govcn_zh._source_span(root, zh[govcn_zh._DATE_DIV])),
    ]


def test_source_helpers_find_what_their_xpaths_found() -> None:
    found = [0] * 5
    for root in _pages(seed=2, n=1500):
        for i, (old, new) in enumerate(_old_and_new(root)):
            assert new == old
            found[i] += old is not None and old != []
    # (each helper meets pages where its XPath finds something; a span.font child of a
    # div.pages-date is rare in random pages, and the hand-written page below has one)
    assert min(found[:4]) > 20 and found[4] > 0


def test_source_helpers_on_hand_written_pages() -> None:
    html = ('<html><body><div class="lft_art"><div class="lft_art"><h1>inner</h1></div><h1>outer</h1></div>'
            '<div class="da-bre"><a href="/x/">x</a><div class="da-bre"><a href="/y/">y</a></div><a>no</a></div>'
            '<div class="pages-date"><span>a</span><span class="font x">b</span><span class="font">c</span></div>'
            '<table class="bd1"><tr><td>1</td><td><table class="bd1"><tr><td>2</td></tr></table></td></tr></table>'
            '</body></html>')
    root = etree.fromstring(html, pages._PARSER)
    pairs = _old_and_new(root)
    assert [new == old for old, new in pairs] == [True] * 5
    assert pairs[0][1].text == "inner" and pairs[1][1] == ["/x/", "/y/"] and pairs[4][1].text == "c"
    assert len(pairs[3][1]) == 3  # (the nested table's cell once, as XPath's node-set has it)


def test_miit_origin_spans_are_the_elementpath_query() -> None:
    # miit.parse_tree walks div.cinfo center spans itself rather than through iterfind.
    for root in _pages(seed=3, n=200):
        old = list(root.iterfind(".//div[@class='cinfo center']//span"))
        new = [span for div in root.iterdescendants("div") if div.get("class") == "cinfo center"
               for span in div.iterdescendants("span")]
        assert new == old


def _old_source_name(url: str) -> str | None:
    host = canonical_host(url)
    return next((s.name for s in all_sources() if host and host in s.hosts), None)


def test_plain_host_shortcut_agrees_with_canonical_host() -> None:
    rng = random.Random(4)
    hosts = ["www.miit.gov.cn", "wap.miit.gov.cn", "miit.gov.cn", "WWW.GOV.CN", "www.gov.cn", "www.gov.cn.",
             "english.www.gov.cn", "english.gov.cn", "www.chinadaily.com.cn", "www.gov.cn:8080", "www.gov.cn:443",
             "u@www.gov.cn", "example.com", "www.gov.cn?q", "www.gov.cn#f", "www.gov.cn\t", ""]
    schemes = ["https://", "http://", "HTTPS://", "ftp://", " https://", "//", ""]
    paths = ["", "/", "/a/b.html", "/pdfjs/web/viewer.html?file=https://www.miit.gov.cn/x.pdf",
             "/pdfjs\\web\\viewer.html?file=https://www.miit.gov.cn/x.pdf", "/pdfjs/web/vie\twer.html?file=/x.pdf",
             "/a\nb", "?x=1", "#top", "/中文.html"]
    taken = 0
    for _ in range(3000):
        url = rng.choice(schemes) + rng.choice(hosts) + rng.choice(paths)
        fast = detect._plain_host_source(url)
        if fast is not None:
            taken += 1
            assert fast == _old_source_name(url), url
        assert detect._source_name(url, "") == _old_source_name(url), url
    assert taken > 40
    # The shortcut takes the plain URLs of every source; never an alias, port or viewer link.
    assert detect._plain_host_source("https://www.miit.gov.cn/a/art/2026/x.html") == "miit"
    assert detect._plain_host_source("http://english.www.gov.cn") == "govcn_en"
    for url in ("https://wap.miit.gov.cn/x", "https://www.gov.cn:8443/x", "https://www.gov.cn/pdfjs/web/viewer.html"):
        assert detect._plain_host_source(url) is None
