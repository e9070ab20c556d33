"""Parsing a page without knowing its source: decode the bytes, recognise the template.

For pages that arrive outside a crawl (a saved file, a page passed on the command line).
"""
from __future__ import annotations

from functools import cache

from scrapers.http.charset import decode_utf8_page, utf8_if_valid
from scrapers.models import Document
from scrapers.sources.base import ParseError
from scrapers.sources.pages import parse_utf8_page
from scrapers.sources.registry import all_sources, get_source
from scrapers.urls import HOST_ALIASES, canonical_host

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
    if url and (name := _plain_host_source(url)) is not None:
        return name
    host = canonical_host(url) if url else None
    for source in all_sources():
        if host and host in source.hosts:
            return source.name
    for marker, name in _TEMPLATE_MARKERS if isinstance(page, str) else _BYTE_MARKERS:
        if marker in page:
            return name
    return None


def _plain_host_source(url: str) -> str | None:
    """The source of ``url`` when it is ``http(s)://`` + a source's own host written as
    ``canonical_host`` gives it back (lower case, no port, user or alias) + ``/`` or nothing,
    else None (the caller then asks ``canonical_host``, which costs ~30k instructions a page).

    Such a URL's canonical host is exactly that host: ``urlsplit`` ends the host at the first
    ``/``, ``?`` or ``#`` (any of the last two would be in the text compared here), and only a
    pdf.js viewer path, which says ``viewer``, or tab and newline characters, which
    ``urlsplit`` deletes (non-printable), could make it another."""
    if url.startswith("https://"):
        rest = url[8:]
    elif url.startswith("http://"):
        rest = url[7:]
    else:
        return None
    slash = rest.find("/")
    name = _plain_hosts().get(rest if slash < 0 else rest[:slash])
    if name is None or "viewer" in url or not url.isprintable():
        return None
    return name


@cache
def _plain_hosts() -> dict[str, str]:
    """Each configured host that is its own canonical form, with the first source listing it
    (as ``_source_name``'s loop over the sources would find it)."""
    out: dict[str, str] = {}
    for source in all_sources():
        for host in source.hosts:
            plain = host == host.lower() and not host.endswith(".") and ":" not in host
            if plain and host not in HOST_ALIASES and canonical_host(f"https://{host}/") == host:
                out.setdefault(host, source.name)
    return out


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
