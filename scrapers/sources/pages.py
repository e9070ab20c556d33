"""Helpers shared by the article parsers: parsing HTML fast, paragraphs, dates, meta, attachments.

Article pages are parsed with lxml directly rather than BeautifulSoup: on real pages
BeautifulSoup(lxml) manages ~50 pages/s against ~780 for lxml.html, and the target is ≥ 200
article pages/s per core.  Listings (small fragments, few per run) use BeautifulSoup.

The parser is a plain ``etree.HTMLParser``, not ``lxml.html``'s: the tree is the same, but
``lxml.html`` picks the Python class of every element it hands out by calling a Python lookup
function (~1 µs an element; the <meta> scan of an MIIT page took 24 µs with it, 18 without).
The two ``HtmlElement`` methods the parsers need are :func:`text_content` and :func:`drop_tree`.
"""
from __future__ import annotations

import re
import threading
from datetime import datetime
from functools import lru_cache
from urllib.parse import urlsplit

from lxml import etree

from scrapers.models import Attachment
from scrapers.urls import canonical_url


class ParseError(ValueError):
    """A page could not be read as the kind of page it should be (truncated, wrong template)."""


ATTACHMENT_KINDS = ("pdf", "doc", "docx", "wps", "xls", "xlsx", "zip", "rar", "et", "ofd")

# "2026-05-18 10:19", "2026-05-18-10:19:00", "2026年5月18日 10:19"
_DATE_RE = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT-]*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?")
_END_RE = re.compile(r"</html\s*>", re.IGNORECASE)
_END_RE_BYTES = re.compile(rb"</html\s*>", re.IGNORECASE)
# How far from the end a complete page's ``</html>`` may sit (scripts and comments follow it).
_END_WINDOW = 4096
# lxml.html's own parser is this one with its element-class lookup added (same options).
_PARSER = etree.HTMLParser()
# For the page's own bytes when they are the text in UTF-8: lxml encodes a str to UTF-8 before
# libxml2 parses it, so the tree is the same, without encoding the page again.
_UTF8_PARSER = etree.HTMLParser(encoding="utf-8")


def parse_html(html: str, url: str, raw: bytes | None = None) -> etree._Element:
    """Parse a whole page, refusing one that was cut off in transfer or on the server.

    A complete page ends with ``</html>``; a truncated one (cut mid-body or mid-tag) would
    otherwise parse "successfully" into a shortened article, so it is an error here.
    ``raw``, when given, must be exactly ``html.encode("utf-8")`` (the bytes it was decoded
    from, see ``charset.decode_utf8_page``); it is parsed instead of ``html``.
    """
    # (isspace, not strip: stripping copies the whole page)
    if not html or html.isspace():
        raise ParseError(f"empty page: {url}")
    if not _ends_html(html, _END_RE):
        raise ParseError(f"truncated page (no closing </html>): {url}")
    try:
        # (what lxml.html.document_fromstring does)
        root = etree.fromstring(html, _PARSER) if raw is None else etree.fromstring(raw, _UTF8_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(f"unparseable HTML at {url}: {exc}") from exc
    if root is None:
        raise ParseError(f"unparseable HTML at {url}: Document is empty")
    return root


def _ends_html(text: str | bytes, end_re: re.Pattern) -> bool:
    """``end_re.search(text[-_END_WINDOW:])``, trying only where a match can start (at a ``</``),
    from the end: a case-insensitive pattern is otherwise tried at every position of the window."""
    tail = text[-_END_WINDOW:]
    lt = "</" if isinstance(tail, str) else b"</"
    at = len(tail)
    while (at := tail.rfind(lt, 0, at + 1)) >= 0:
        if end_re.match(tail, at):
            return True
    return False


# One parser per thread for parse_utf8_page, which reads the parser's error log after parsing.
_THREAD = threading.local()


def parse_utf8_page(raw: bytes, url: str) -> etree._Element | None:
    """``parse_html(raw.decode("utf-8"), url, raw)`` without decoding ``raw`` when it is UTF-8;
    None when it may not be, or the page would not parse (the caller then decodes the page and
    calls ``parse_html``, which raises the error).

    Decoding a 40 KB page only to learn that it is valid UTF-8 costs about a twentieth of parsing
    it, and libxml2 checks the same while parsing: it reports every malformed sequence
    (``ERR_INVALID_ENCODING``) except inside a ``<!DOCTYPE …>`` outside its quoted literals,
    which are checked here. A page with any parser error at all takes the decoding way."""
    if not _ends_html(raw, _END_RE_BYTES) or not _doctypes_are_utf8(raw):
        return None
    parser = getattr(_THREAD, "parser", None)
    if parser is None:
        parser = _THREAD.parser = etree.HTMLParser(encoding="utf-8")
    try:
        root = etree.fromstring(raw, parser)
    except (etree.ParserError, ValueError):
        return None
    return root if root is not None and not len(parser.error_log) else None


def _doctypes_are_utf8(raw: bytes) -> bool:
    """Whether every ``<!DOCTYPE`` (any case) up to its ``>`` is valid UTF-8: libxml2 skips
    what follows the doctype's name without checking it."""
    # Found by "!" (a single byte: memchr) rather than "<!", which bytes.find scans for far
    # more slowly; "!" is rare in a page outside comments and scripts.
    at = raw.find(b"!")
    while at >= 0:
        if raw[at - 1:at] == b"<" and raw[at + 1:at + 8].upper() == b"DOCTYPE":
            end = raw.find(b">", at)
            part = raw[at:] if end < 0 else raw[at:end]
            if not part.isascii():
                try:
                    part.decode("utf-8")
                except UnicodeDecodeError:
                    return False
        at = raw.find(b"!", at + 1)
    return True


def text_content(el: etree._Element) -> str:
    """The text of ``el`` and its descendants (``lxml.html``'s ``HtmlElement.text_content``).

    That is XPath's ``string()``; evaluating an XPath costs ~9k instructions a call, mostly
    setting up its context. An element without children holds only its ``text``; otherwise
    lxml's text serialiser gives the same string (both are libxml2's ``xmlBufGetNodeContent``)
    for less than half of that."""
    if not len(el):
        return el.text or ""
    return etree.tostring(el, method="text", encoding=str, with_tail=False)


def drop_tree(el: etree._Element) -> None:
    """Remove ``el`` with its children, keeping its tail text (``HtmlElement.drop_tree``)."""
    parent = el.getparent()
    assert parent is not None
    if el.tail:
        previous = el.getprevious()
        if previous is None:
            parent.text = (parent.text or "") + el.tail
        else:
            previous.tail = (previous.tail or "") + el.tail
    parent.remove(el)


def norm_space(text: str | None) -> str:
    """Whitespace (incl. ideographic spaces and NBSP) collapsed to single spaces, stripped."""
    return " ".join(text.split()) if text else ""


@lru_cache(maxsize=None)
def _compiled(xpath: str) -> etree.XPath:
    """``root.xpath(expr)`` compiles ``expr`` on every call; the parsers use a few fixed ones."""
    return etree.XPath(xpath)


def xpath(root: etree._Element, expr: str) -> list:
    """``root.xpath(expr)`` with ``expr`` compiled once.

    The parsers write ``descendant::div[…]`` rather than ``//div[…]``: the same elements in the
    same order (the context is the root element), but ``//`` first collects every node of the
    page and then the children of each, about twice the work on a 40 KB page."""
    return _compiled(expr)(root)


def first(root: etree._Element, *xpaths: str) -> etree._Element | None:
    """The first element matched by the first of ``xpaths`` that matches anything."""
    # Not `a or b`: an lxml element without children is falsy.
    for xpath in xpaths:
        found = _compiled(xpath)(root)
        if found:
            return found[0]
    return None


def by_id(root: etree._Element, tag: str, id_: str) -> etree._Element | None:
    """``first(root, f"//{tag}[@id='{id_}']")`` (``tag`` may be ``*``) without walking the tree.

    Each such XPath visits every node of a 40 KB page (about a tenth of parsing it, for the three
    MIIT needs); libxml2 keeps a table of the ``id`` values it parsed, first occurrence in
    document order winning, which XPath's ``id()`` reads. When the element it names is not
    one the plain expression would take first, the plain expression decides."""
    found = _compiled(f"id('{id_}')")(root)
    if found and found[0].get("id") == id_ and (tag == "*" or found[0].tag == tag):
        return found[0]
    return first(root, f"//{tag}[@id='{id_}']")


def by_class(root: etree._Element, *specs: tuple[str, str]) -> dict[tuple[str, str], list]:
    """For each ``(tag, cls)`` of ``specs``: the ``tag`` elements below ``root`` whose class
    attribute contains ``cls`` (XPath's ``descendant::tag[contains(@class, 'cls')]``), in
    document order, all from one walk of the tree.

    Each such XPath costs a walk of every node of the page plus ~9k instructions of set-up
    (~65k instructions on a 40 KB page); lxml's tag-filtered iterator walks the tree in C and
    hands Python only the elements of the tags asked for, so one walk serves every lookup."""
    found: dict[tuple[str, str], list] = {spec: [] for spec in specs}
    tags = tuple({tag for tag, _ in specs})
    for el in root.iterdescendants(*tags):
        cls = el.get("class")
        if cls:  # (contains('', x) is false for the non-empty names looked for)
            tag = el.tag
            for spec in specs:
                if spec[0] == tag and spec[1] in cls:
                    found[spec].append(el)
    return found


def paragraphs(container: etree._Element, *, drop: tuple[str, ...] = ()) -> list[str]:
    """Text blocks of a body container in order: each ``<p>`` and each table row (cells joined by
    spaces).  Script/style are ignored; blocks equal to or starting with a ``drop`` entry go."""
    # (these are raw text to libxml2: none holds another, so dropping them in order is safe)
    for junk in list(container.iterdescendants("script", "style", "iframe")):
        drop_tree(junk)
    blocks: list[str] = []
    # A <p> inside a table row is emitted with its row. Rather than walking up from every <p>:
    # all of them when the container sits in a row, else those below a row met before them
    # (rows come before their contents in document order).
    in_row = next(container.iterancestors("tr"), None) is not None
    row_ps: set[etree._Element] = set()
    for el in container.iter("p", "tr", "h2", "h3", "h4"):
        tag = el.tag
        if tag == "tr":
            row_ps.update(el.iterdescendants("p"))
            text = norm_space(" ".join(norm_space(text_content(td)) for td in el.iter("td", "th")))
        elif tag == "p" and (in_row or el in row_ps):
            continue
        else:
            text = norm_space(text_content(el))
        if text and not text.startswith(drop):
            blocks.append(text)
    if not blocks:
        # Some pages put text straight into the container without <p>.
        text = norm_space(text_content(container))
        if text:
            blocks.append(text)
    return blocks


def parse_datetime(text: str | None) -> datetime | None:
    """The first date (and time, when given) in ``text``; None when there is none."""
    if not text:
        return None
    m = _DATE_RE.search(text)
    if not m:
        return None
    y, mo, d, h, mi, s = (int(g) if g else 0 for g in m.groups())
    try:
        return datetime(y, mo, d, h, mi, s)
    except ValueError:
        return None


def meta_tags(root: etree._Element) -> dict[str, str]:
    """Named ``<meta>`` values of the page (first occurrence of each name wins)."""
    out: dict[str, str] = {}
    # (iterdescendants: what iterfind(".//meta") does, without ElementPath's Python generators)
    for m in root.iterdescendants("meta"):
        name = m.get("name")
        if name and name not in out:
            out[name] = (m.get("content") or "").strip()
    return out


def attachment_kind(url: str) -> str | None:
    """The attachment kind of a URL from its extension, or None for an ordinary page."""
    path = urlsplit(url).path.lower()
    ext = path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else ""
    return ext if ext in ATTACHMENT_KINDS else None


def attachments(container: etree._Element, base_url: str) -> list[Attachment]:
    """Attachment links in ``container``, including pdf.js viewer links, de-duplicated."""
    seen: dict[str, Attachment] = {}
    for a in container.iterdescendants("a"):  # (iterfind(".//a[@href]"))
        href = a.get("href")
        if href is None:
            continue
        url = canonical_url(href, base_url)
        if not url or url in seen:
            continue
        kind = attachment_kind(url)
        if kind:
            title = norm_space(text_content(a)) or a.get("title") or None
            seen[url] = Attachment(url=url, kind=kind, title=title)
    return list(seen.values())
