"""Parsing a page without knowing its source: decode the bytes, recognise the template.

For pages that arrive outside a crawl (a saved file, a page passed on the command line).
"""
from __future__ import annotations

from scrapers.http.charset import decode_utf8_page
from scrapers.models import Document
from scrapers.sources.base import ParseError
from scrapers.sources.registry import all_sources, get_source
from scrapers.urls import canonical_host

# A marker only one source's article template carries (checked in this order).
_TEMPLATE_MARKERS = (
    ('id="con_title"', "miit"),
    ('class="lft_art"', "chinadaily"),
    ("Artical_Content", "govcn_en"),
    ("share-title", "govcn_zh"),
)


def source_of(url: str | None, html: str) -> str:
    """The source whose page this is: by host when the URL names one, else by template."""
    host = canonical_host(url) if url else None
    for source in all_sources():
        if host and host in source.hosts:
            return source.name
    for marker, name in _TEMPLATE_MARKERS:
        if marker in html:
            return name
    raise ParseError(f"not a page of a known source: {url}")


def parse_any_page(raw: bytes, *, url: str) -> Document:
    """Decode ``raw`` (bytes and <meta> charset win over guesses) and parse it as its source's
    article page; ParseError when no source recognises it."""
    html, utf8 = decode_utf8_page(raw)
    return get_source(source_of(url, html)).parse_article(url, html, raw=utf8)
