"""The cheaper ways of parsing a page must give exactly what the plain ones give:

- ``pages.parse_utf8_page`` (parse the bytes, let libxml2 vouch that they are UTF-8) against
  decoding first: whenever Python's strict UTF-8 decoder refuses the bytes, it must refuse too;
- ``pages.text_content`` against XPath ``string()``;
- ``pages.paragraphs``' row bookkeeping against walking up from every ``<p>``;
- ``pages._ends_html`` against searching the page's tail with the regular expression.
"""
from __future__ import annotations

import random
import re

import pytest
from lxml import etree

from scrapers.http.charset import decode_utf8_page, utf8_if_valid
from scrapers.snapshot.build import SITES
from scrapers.sources import pages, parse_any_page
from scrapers.sources.base import ParseError
from scrapers.sources.detect import source_of
from scrapers.sources.registry import get_source

_STRING = etree.XPath("string()", smart_strings=False)
_URL = "https://www.miit.gov.cn/xwfb/gxdt/sjdt/art/2026/art_x.html"
_PAGE = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://x/y.dtd">\n'
         '<html><head><meta charset="utf-8"><title>标题</title><style>.a{{b:c}}</style>'
         '<script>var s = "<p>x</p>";</script></head><body><div class="cinfo center">'
         '<span>来源：工业和信息化部</span></div><h1 id="con_title">标题{x}</h1>'
         '<span id="con_time">2026-05-18 10:19</span><div id="con_con"><p title="t{x}">第一段{x}</p>'
         '<!-- c{x} --><table><tr><td>a{x}</td><td><p>b</p></td></tr></table></div></body></html>\n')
# Malformed UTF-8: stray continuation and invalid lead bytes, overlongs, surrogates, beyond
# U+10FFFF, truncated sequences.
_BAD = [b"\x80", b"\xbf", b"\xc0\xaf", b"\xc1\xbf", b"\xe0\x80\x80", b"\xed\xa0\x80", b"\xf0\x80\x80\x80",
        b"\xf4\x90\x80\x80", b"\xf5\x80\x80\x80", b"\xff", b"\xe4\xb8", b"\xf0\x9f\x98", b"\xc3"]


def _plain(raw: bytes, url: str):
    """parse_any_page as it was: decode, then parse (the bytes only when they are the text)."""
    html, utf8 = decode_utf8_page(raw)
    return get_source(source_of(url, html)).parse_article(url, html, raw=utf8)


def _outcome(fn, raw: bytes, url: str):
    try:
        return fn(raw, url)
    except ParseError as exc:
        return f"ParseError {exc}"


def test_a_clean_utf8_page_is_parsed_from_its_bytes() -> None:
    raw = _PAGE.format(x="").encode("utf-8")
    assert utf8_if_valid(raw)
    root = pages.parse_utf8_page(raw, _URL)
    assert root is not None
    assert etree.tostring(root) == etree.tostring(pages.parse_html(raw.decode("utf-8"), _URL))


@pytest.mark.parametrize("bad", _BAD)
def test_malformed_utf8_anywhere_is_refused(bad: bytes) -> None:
    template = _PAGE.format(x="\x00").encode("utf-8")
    places = [m.start() for m in re.finditer(rb"\x00", template)]
    # also every position of the doctype, where libxml2 itself does not check
    places += range(2, template.index(b">"))
    for at in places:
        raw = template[:at] + bad + template[at + 1:] if template[at:at + 1] == b"\x00" else \
            template[:at] + bad + template[at:]
        raw = raw.replace(b"\x00", b"x")
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        assert pages.parse_utf8_page(raw, _URL) is None, raw
        assert _outcome(lambda r, u: parse_any_page(r, url=u), raw, _URL) == _outcome(_plain, raw, _URL)


def test_random_malformed_bytes_in_snapshot_pages_are_refused() -> None:
    rng = random.Random(20261127)
    paths = sorted(SITES.rglob("*.htm*"))
    tried = 0
    for _ in range(400):
        raw = rng.choice(paths).read_bytes()
        if not utf8_if_valid(raw):
            continue
        at = rng.randrange(len(raw))
        while at < len(raw) and 0x80 <= raw[at] < 0xC0:  # not inside a character
            at += 1
        raw = raw[:at] + rng.choice(_BAD) + raw[at:]
        try:
            raw.decode("utf-8")
            continue
        except UnicodeDecodeError:
            pass
        tried += 1
        assert pages.parse_utf8_page(raw, "https://x/") is None, raw[max(0, at - 40):at + 20]
    assert tried > 300


@pytest.mark.parametrize("meta,expected", [
    ("", True), ('<meta charset="utf-8">', True), ('<meta charset="UTF8">', True),
    ('<meta charset="no-such-charset">', True), ('<meta charset="gb2312">', False),
    ('<meta http-equiv="Content-Type" content="text/html; charset=gbk">', False),
])
def test_utf8_if_valid_follows_decode_utf8_page(meta: str, expected: bool) -> None:
    raw = f"<html><head>{meta}</head><body><p>工业</p></body></html>".encode("utf-8")
    assert utf8_if_valid(raw) is expected
    assert (decode_utf8_page(raw)[1] is raw) is expected
    assert not utf8_if_valid(b"\xef\xbb\xbf" + raw)  # a byte-order mark is not part of the text


def test_pages_with_template_markers_only_are_recognised_from_bytes() -> None:
    raw = _PAGE.format(x="").encode("utf-8")
    url = "file:///tmp/saved.html"  # no host: the template decides
    assert parse_any_page(raw, url=url) == _plain(raw, url)


def _snapshot_trees():
    for path in sorted(SITES.rglob("*.htm*"))[::7]:
        html, _ = decode_utf8_page(path.read_bytes())
        try:
            yield pages.parse_html(html, "https://x/")
        except ParseError:
            continue


def test_text_content_is_xpath_string() -> None:
    checked = 0
    for root in _snapshot_trees():
        for el in root.iter(etree.Element):
            assert pages.text_content(el) == _STRING(el)
            checked += 1
    mixed = etree.fromstring("<html><body><p>a<b>b<!-- c --></b>&amp;<i></i>d<?pi x?></p></body></html>",
                             etree.HTMLParser())
    for el in mixed.iter(etree.Element):
        assert pages.text_content(el) == _STRING(el)
    assert checked > 1000


def _paragraphs_walking_up(container, drop=()):
    for junk in container.xpath(".//script|.//style|.//iframe"):
        pages.drop_tree(junk)
    blocks = []
    for el in container.iter("p", "tr", "h2", "h3", "h4"):
        if el.tag == "p" and any(a.tag == "tr" for a in el.iterancestors("tr")):
            continue
        if el.tag == "tr":
            text = pages.norm_space(" ".join(pages.norm_space(_STRING(td)) for td in el.iter("td", "th")))
        else:
            text = pages.norm_space(_STRING(el))
        if text and not any(text.startswith(d) for d in drop):
            blocks.append(text)
    if not blocks and (text := pages.norm_space(_STRING(container))):
        blocks.append(text)
    return blocks


@pytest.mark.parametrize("body", [
    "<div id='c'><p>a</p><table><tr><td><p>b</p><p>c</p></td><td>d</td></tr></table><p>e</p></div>",
    "<table><tr><td><div id='c'><p>a</p><h2>h</h2><p>b</p></div></td></tr></table>",
    "<div id='c'><table><tr><td><table><tr><td><p>x</p></td></tr></table></td></tr></table><p>y</p></div>",
    "<div id='c'><p>a<script>s</script></p><style>t</style><h3>【打印本页】</h3>plain</div>",
    "<div id='c'>only text<span> here</span></div>",
])
def test_paragraphs_match_walking_up_from_every_p(body: str) -> None:
    html = f"<html><body>{body}</body></html>"
    ours, theirs = (etree.fromstring(html, etree.HTMLParser()) for _ in range(2))
    drop = ("【打印本页】",)
    assert pages.paragraphs(pages.by_id(ours, "*", "c"), drop=drop) == \
        _paragraphs_walking_up(pages.by_id(theirs, "*", "c"), drop=drop)


@pytest.mark.parametrize("tail", ["</html>", "</HTML >\n", "</html>\n<script>x</script>\n", "</body>",
                                  "</html\n>" + "</p>" * 2000, "</htm>", "x" * 5000 + "</html>", ""])
def test_end_check_is_the_regex_search(tail: str) -> None:
    for text in ("<html><body>" + tail, "</html>" + "y" * 4093 + tail):
        want = bool(re.search(r"</html\s*>", text[-4096:], re.IGNORECASE))
        assert pages._ends_html(text, pages._END_RE) is want
        assert pages._ends_html(text.encode(), pages._END_RE_BYTES) is want
