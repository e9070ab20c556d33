"""Parsing a page without knowing its source: decode the bytes, recognise the template.

For pages that arrive outside a crawl (a saved file, a page passed on the command line).
"""
from __future__ import annotations

from scrapers.http.charset import decode_utf8_page, utf8_if_valid
from scrapers.models import Document
from scrapers.sources.base import ParseError
from scrapers.sources.pages import parse_utf8_page
from scrapers.sources.registry import all_sources, get_source
from scrapers.urls import canonical_host

# A marker only one source's article template carries (checked in this order).
_TEMPLATE_MARKERS = (
    ('id="con_title"', "miit"),
    ('class="lft_art"', "chinadaily"),
    ("Artical_Content", "govcn_en"),
    ("share-title", "govcn_zh"),
)
_BYTE_MARKERS = tuple((marker.encode("ascii"), name) for marker, name in _TEMPLATE_MARKERS)


def source_of(url: str | None, html: str) -> str:
    """The source whose page this is: by host when the URL names one, else by template."""
    name = _source_name(url, html)
    if name is None:
        raise ParseError(f"not a page of a known source: {url}")
    return name


def _source_name(url: str | None, page: str | bytes) -> str | None:
    """``source_of``, None for an unknown page. ``page`` may be the page's UTF-8 bytes: the
    markers are ASCII, found in the bytes exactly when they are in the text."""
    host = canonical_host(url) if url else None
    for source in all_sources():
        if host and host in source.hosts:
            return source.name
    for marker, name in _TEMPLATE_MARKERS if isinstance(page, str) else _BYTE_MARKERS:
        if marker in page:
            return name
    return None


def parse_any_page(raw: bytes, *, url: str) -> Document:
    """Decode ``raw`` (bytes and <meta> charset win over guesses) and parse it as its source's
    article page; ParseError when no source recognises it.

    A UTF-8 page is parsed from its bytes without being decoded, when ``parse_utf8_page`` can
    tell that it is UTF-8; any other page takes the decoding way (which raises the errors)."""
    if utf8_if_valid(raw) and (name := _source_name(url, raw)) is not None:
        root = parse_utf8_page(raw, url)
        if root is not None:
            return get_source(name).parse_tree(url, root)
    html, utf8 = decode_utf8_page(raw)
    return get_source(source_of(url, html)).parse_article(url, html, raw=utf8)
