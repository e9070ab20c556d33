"""parse_any_page hands lxml the page's own bytes when they are exactly the decoded text in UTF-8
(charset.decode_utf8_page): the parsed tree and the Document must be what parsing the text gives."""
from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest
from lxml import etree

from scrapers.http.charset import decode_body, decode_utf8_page
from scrapers.snapshot.build import SITES
from scrapers.sources import pages, parse_any_page
from scrapers.sources.base import ParseError
from scrapers.sources.detect import source_of
from scrapers.sources.registry import get_source

_PAGE = ('<html><head>{meta}<title>t</title></head><body><div id="con_con"><p>工业和信息化部 5.1%</p>'
         "<p>caf\u00e9 &amp; &#x4e2d; &nbsp;x</p><!-- c --><script>var a = '<p>';</script></div></body></html>")
_METAS = ["", '<meta charset="utf-8">', '<meta charset="gb2312">', '<meta http-equiv="Content-Type" content="text/html; charset=gbk">',
          '<meta charset="iso-8859-1">']


@pytest.mark.parametrize("meta", _METAS)
def test_utf8_bytes_are_handed_on_only_when_they_are_the_text(meta: str) -> None:
    html = _PAGE.format(meta=meta)
    body = html.encode("utf-8")
    text, utf8 = decode_utf8_page(body)
    assert text == decode_body(body)[0]
    if utf8 is not None:
        assert utf8 is body and utf8 == text.encode("utf-8")
    assert (utf8 is not None) == (decode_body(body)[1] == "utf-8")


@pytest.mark.parametrize("body", [
    codecs.BOM_UTF8 + _PAGE.format(meta="").encode("utf-8"),           # the BOM is not part of the text
    _PAGE.format(meta="").encode("utf-8") + b"\xff\xfe broken",         # replaced bytes
    _PAGE.format(meta='<meta charset="gb2312">').encode("gb18030"),     # another codec
])
def test_no_bytes_when_the_text_is_not_them(body: bytes) -> None:
    text, utf8 = decode_utf8_page(body)
    assert utf8 is None and text == decode_body(body)[0]


def _tree(root: etree._Element) -> bytes:
    return etree.tostring(root.getroottree())


@pytest.mark.parametrize("meta", _METAS)
def test_same_tree_from_bytes_and_from_text(meta: str) -> None:
    html = _PAGE.format(meta=meta)
    assert _tree(pages.parse_html(html, "https://x/", html.encode("utf-8"))) == _tree(pages.parse_html(html, "https://x/"))


def _snapshot_articles() -> list[Path]:
    return [p for p in sorted(SITES.rglob("*.htm*")) if re.search(r"/art/|/a/\d{6}/|content_", str(p))]


def test_snapshot_articles_parse_the_same_from_bytes() -> None:
    compared = 0
    for path in _snapshot_articles():
        raw = path.read_bytes()
        url = "https://" + str(path.relative_to(SITES))
        html, utf8 = decode_utf8_page(raw)
        source = get_source(source_of(url, html))
        try:
            want = source.parse_article(url, html)
        except ParseError as exc:
            with pytest.raises(ParseError, match=re.escape(str(exc))):
                parse_any_page(raw, url=url)
            continue
        assert parse_any_page(raw, url=url) == want, url
        if utf8 is not None:
            assert _tree(pages.parse_html(html, url, utf8)) == _tree(pages.parse_html(html, url)), url
            compared += 1
    assert compared > 500
