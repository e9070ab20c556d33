"""Crawl logic: which listing pages to fetch and when to stop, fetching and parsing articles.

An article may run over several pages (``Source.continuation_urls``): its further pages are
fetched right after the first (``fetch_parts``) and parsed together with it into one document
(``parse_article_parts``).

Pure: it talks to the web only through the client passed in and stores nothing, so the
orchestration decides what is known (``is_known``) and what to keep.
"""
from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date

from scrapers.models import MISSING_PARTS_META, PARTS_META, Attachment, Document, FetchResult, ListingItem
from scrapers.sources.base import Client, Column, ParseError, Source
from scrapers.sources.registry import get_source


def discover(client: Client, sources: Iterable[Source | str], *, is_known: Callable[[str], bool],
             since: date | None = None, max_pages: int = 5, overlap_pages: int = 1,
             columns: list[str] | None = None) -> Iterator[tuple[FetchResult, list[ListingItem]]]:
    """Walk the columns' listings, yielding ``(fetch result, rows)`` for every page fetched.

    Failed pages (and MIIT column shells, which hold no rows) come with ``[]``; a failed page
    ends that column.  Incremental (``since`` None): stop once a whole page is already known,
    after ``overlap_pages`` further pages (rows published late into an older page), or after
    ``max_pages``.  Backfill (``since`` given): page back until a page's rows are all older than
    ``since``, ignoring ``max_pages`` and what is known.  ``columns`` limits the columns by key.
    """
    for src in sources:
        source = get_source(src) if isinstance(src, str) else src
        for column in source.columns.values():
            if columns is not None and column.key not in columns:
                continue
            yield from _walk_column(client, source, column, is_known, since, max_pages, overlap_pages)


def _walk_column(client: Client, source: Source, column: Column, is_known: Callable[[str], bool],
                 since: date | None, max_pages: int, overlap_pages: int
                 ) -> Iterator[tuple[FetchResult, list[ListingItem]]]:
    opened, state = source.open_column(client, column)
    if opened is not None:
        yield opened, []
        if not opened.ok:
            return
    page_no, overlap_left = 1, None
    while since is not None or page_no <= max_pages:
        req = source.listing_request(state, page_no)
        result = client.get(req.url, source=source.name, expect=req.expect, referer=req.referer,
                            params=req.params)
        if not result.ok:
            yield result, []
            return
        try:
            page = source.parse_listing(state, page_no, result.text or "", req.url)
        except ParseError as exc:
            yield replace(result, outcome="parse_error", error=str(exc)), []
            return
        yield result, page.items
        if not page.items or not page.has_next:
            return
        if since is not None:
            dated = [i.listed_date for i in page.items if i.listed_date]
            if dated and all(d < since for d in dated):
                return
        else:
            # Count overlap pages only while pages stay fully known: a page with new rows (say,
            # behind a listing page that failed last run) starts the count again.
            if all(is_known(i.url) for i in page.items):
                overlap_left = overlap_pages if overlap_left is None else overlap_left - 1
            else:
                overlap_left = None
            if overlap_left is not None and overlap_left <= 0:
                return
        page_no += 1


def fetch_article(client: Client, item: ListingItem, *, etag: str | None = None,
                  last_modified: str | None = None) -> FetchResult:
    """Fetch an article page (conditionally when validators are given), its column as Referer."""
    source = get_source(item.source)
    return client.get(item.url, source=item.source, expect="html",
                      referer=source.column(item.column).url if item.column else None,
                      etag=etag, last_modified=last_modified)


def parse_article(source: str, url: str, html: str) -> Document:
    """Parse an article page of ``source``; raises ``ParseError`` with a clear message."""
    return get_source(source).parse_article(url, html)


def part_urls(first: FetchResult, *, stored: Sequence[str] = ()) -> list[str]:
    """The further pages of the article ``first`` fetched: read from its pager when the page came
    back whole, else (a 304 to a conditional request) the ``stored`` ones.  A page that cannot be
    read has none here; it fails to parse in the parse step and is fetched again."""
    if first.outcome == "not_modified":
        return list(stored)
    if not first.ok:
        return []
    try:
        return get_source(first.source).continuation_urls(first.url, first.text or "")
    except ParseError:
        return []


def fetch_part(client: Client, url: str, *, source: str, first_url: str, etag: str | None = None,
               last_modified: str | None = None) -> FetchResult:
    """Fetch a continuation page of the article at ``first_url`` (its Referer, as a reader's
    browser sends it), conditionally when validators are given."""
    return client.get(url, source=source, expect="html", referer=first_url, etag=etag,
                      last_modified=last_modified)


def fetch_parts(client: Client, first: FetchResult, *, stored: Sequence[str] = (),
                skip: Container[str] = (),
                validators: Mapping[str, tuple[str | None, str | None]] | None = None) -> list[FetchResult]:
    """Fetch the further pages of the article ``first`` (see :func:`part_urls`), except those in
    ``skip`` (already stored), conditionally for those with ``validators``."""
    out = []
    for url in part_urls(first, stored=stored):
        if url in skip:
            continue
        etag, last_modified = (validators or {}).get(url, (None, None))
        out.append(fetch_part(client, url, source=first.source, first_url=first.url, etag=etag,
                              last_modified=last_modified))
    return out


def parse_article_parts(source: str, url: str, html: str, parts: Mapping[str, str] | None = None
                        ) -> tuple[Document, list[tuple[str, str]]]:
    """Parse an article page with the stored bodies of its further pages (``parts``: URL -> HTML).

    One document: the first page's fields, the pages' bodies in the pager's order, their
    attachments.  A multi-page article's ``meta`` lists its pages (``PARTS_META``) and, when any
    is absent or unreadable, those (``MISSING_PARTS_META``: the document is incomplete, and is
    parsed again when they arrive).  Returns the document and ``(part URL, reason)`` for each
    stored part that would not parse.  Raises ``ParseError`` when the first page does not parse.
    """
    src = get_source(source)
    doc = src.parse_article(url, html)
    wanted = src.continuation_urls(url, html)
    if not wanted:
        return doc, []
    parts = parts or {}
    bodies, missing, failures = [doc.body_text], [], []
    seen = {a.url for a in doc.attachments}
    for part_url in wanted:
        if part_url not in parts:
            missing.append(part_url)
            continue
        try:
            part = src.parse_article(part_url, parts[part_url])
        except ParseError as exc:
            missing.append(part_url)
            failures.append((part_url, str(exc)))
            continue
        if part.body_text:
            bodies.append(part.body_text)
        doc.attachments.extend(a for a in part.attachments if a.url not in seen)
        seen.update(a.url for a in part.attachments)
    doc.body_text = "\n\n".join(b for b in bodies if b)
    doc.meta[PARTS_META] = " ".join(wanted)
    if missing:
        doc.meta[MISSING_PARTS_META] = " ".join(missing)
    return doc, failures


def fetch_attachment(client: Client, att: Attachment, *, source: str) -> FetchResult:
    """Download an attachment as bytes."""
    return client.get(att.url, source=source, expect="binary")
