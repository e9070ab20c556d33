"""Canonical URLs: one spelling per page, so a page linked several ways is stored once.

MIIT links one article in many forms: root-relative or absolute ``http://`` hrefs, the
``wap.`` mirror, the pre-2024 ``/xwdt/`` column tree, and attachments wrapped in the pdf.js viewer
(``viewer.html?file=…``).  ``canonical_url`` folds all of them into one ``https://www…`` URL.
"""
from __future__ import annotations

import posixpath
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Hosts known to serve HTTPS; their http:// links are rewritten so both spellings meet.
HTTPS_HOSTS = frozenset({
    "www.miit.gov.cn",
    "www.gov.cn",
    "english.www.gov.cn",
    "www.chinadaily.com.cn",
})

# Mirrors and bare domains that serve the same paths as the canonical host.
HOST_ALIASES = {
    "wap.miit.gov.cn": "www.miit.gov.cn",
    "miit.gov.cn": "www.miit.gov.cn",
    "gov.cn": "www.gov.cn",
    "english.gov.cn": "english.www.gov.cn",
    "chinadaily.com.cn": "www.chinadaily.com.cn",
}

# Query parameters that only track the visitor; dropping them never changes the page.
_TRACKING_PARAMS = frozenset({
    "spm", "from", "isappinstalled", "share_token", "share_from", "timestamp", "_t", "fbclid",
    "gclid", "tt_from", "wxfrom",
})

_PDF_VIEWER_SUFFIX = "/pdfjs/web/viewer.html"


def canonical_url(href: str | None, base: str | None = None) -> str | None:
    """The canonical absolute form of ``href`` (resolved against ``base``), or None when the link
    is not a fetchable http(s) URL (``javascript:``, ``mailto:``, a bare ``#fragment``, empty)."""
    split = _split(href, base)
    if split is None:
        return None
    scheme, netloc, host, path, query = split
    query_pairs = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True)
                   if k.lower() not in _TRACKING_PARAMS and not k.lower().startswith("utm_")]

    if path.endswith(_PDF_VIEWER_SUFFIX):
        target = dict(query_pairs).get("file")
        if target:
            return canonical_url(target, urlunsplit((scheme, netloc, path, "", "")))

    if host == "www.miit.gov.cn" and path.startswith("/xwdt/") and "/art/" in path:
        # The old column tree: the same article now lives under /xwfb/ with the same file name.
        path = "/xwfb/" + path[len("/xwdt/"):]

    return urlunsplit((scheme, netloc, path, urlencode(query_pairs), ""))


def canonical_host(href: str | None) -> str | None:
    """The host (with a non-default port) of ``canonical_url(href)``, or None when that is None.

    Telling a page's source by its host needs no query or path rewriting, which cost more than
    the rest of recognising the page; only a pdf.js viewer link (whose host is its target's)
    takes the whole way."""
    split = _split(href, None)
    if split is None:
        return None
    if split[3].endswith(_PDF_VIEWER_SUFFIX):
        url = canonical_url(href)
        return url.split("/")[2] if url else None
    return split[1]


def _split(href: str | None, base: str | None) -> tuple[str, str, str, str, str] | None:
    """(scheme, netloc, host, normalised path, query) of the canonical form of ``href`` before
    its query is cleaned, or None when it is not an http(s) URL (malformed ones included: one bad
    link on a page must not fail the page)."""
    if not href:
        return None
    href = href.strip().replace("\\", "/")
    if not href or href.startswith("#") or href.lower().startswith(("javascript:", "mailto:", "tel:")):
        return None
    if href.startswith("//") and not base:
        href = "https:" + href  # protocol-relative with nothing to inherit from
    try:
        url = urljoin(base, href) if base else href
        parts = urlsplit(url)
        port = parts.port  # ValueError when out of range or not a number
    except ValueError:  # "http://[bad/…" (an unclosed IPv6 bracket), "host:99999"
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    host = HOST_ALIASES.get(host, host)
    netloc = host if port in (None, 80, 443) else f"{host}:{port}"
    if host in HTTPS_HOSTS:
        scheme = "https"
    return scheme, netloc, host, _normalise_path(parts.path), parts.query


def _normalise_path(path: str) -> str:
    """Resolve dot segments and duplicate slashes, keeping a trailing slash (a directory)."""
    if not path:
        return "/"
    trailing = path.endswith("/")
    norm = posixpath.normpath(path)
    norm = "/" + norm.lstrip("/")  # normpath keeps a leading '//' as is
    if norm == "/.":
        norm = "/"
    if trailing and not norm.endswith("/"):
        norm += "/"
    return norm

