"""The one interface every source implements, and the records it exchanges with the crawler.

A source knows its hosts and columns, how to ask for page N of a column's listing, how to read a
listing page into ``ListingItem``s, and how to parse an article page into a ``Document``.
Sources whose listings need a first request (MIIT's column shells name the listing API and page
id) override ``open_column``; sources whose articles can run over several pages override
``continuation_urls``.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, Protocol

from lxml import etree

from scrapers.models import Document, FetchResult, ListingItem
# ParseError is defined with the page helpers (which raise it and must not import this module).
from scrapers.sources.pages import ParseError, parse_html

__all__ = ["Client", "Column", "ColumnState", "ListingPage", "ListingRequest", "ParseError", "Source"]


class Client(Protocol):
    """What the crawler needs of ``scrapers.http.HttpClient``."""

    def get(self, url: str, *, source: str, expect: str = "html", referer: str | None = None,
            etag: str | None = None, last_modified: str | None = None,
            params: dict[str, str] | None = None) -> FetchResult: ...


@dataclass(frozen=True)
class Column:
    """One listing entry point of a source."""

    key: str                      # column path / section, e.g. "xwfb/gxdt/sjdt", "business"
    name: str                     # human name, e.g. 司局动态
    url: str                      # the column page (MIIT: the shell; news: listing page 1)
    listing: str = "api"          # "api" (MIIT JSON listing) or "static" (server-rendered pages)
    page_id: str | None = None    # snapshot-builder hint only


@dataclass(frozen=True)
class ListingRequest:
    """How to fetch one listing page."""

    url: str
    expect: str = "html"
    params: dict[str, str] | None = None
    referer: str | None = None


@dataclass
class ListingPage:
    """One listing page read into rows, with whether a further page exists."""

    items: list[ListingItem]
    has_next: bool
    total: int | None = None      # total rows of the column when the page says so


@dataclass
class ColumnState:
    """What ``open_column`` learnt that later listing requests need (e.g. the MIIT API query)."""

    column: Column
    data: dict[str, Any] = field(default_factory=dict)


class Source(ABC):
    """A site we crawl.  Built from its ``sources.toml`` table by the registry."""

    default_listing = "static"    # listing kind of a column whose configuration names none

    def __init__(self, name: str, config: dict[str, Any]):
        self.name = name
        self.hosts: tuple[str, ...] = tuple(config["hosts"])
        self.language: str = config["language"]
        self.base_url: str = config["base_url"].rstrip("/")
        self.columns: dict[str, Column] = {
            c["key"]: Column(key=c["key"], name=c["name"], url=self.column_url(c["key"]),
                             listing=c.get("listing", self.default_listing),
                             page_id=c.get("page_id"))
            for c in config.get("columns", [])
        }

    def column_url(self, key: str) -> str:
        """The column's own page (listing page 1 or shell)."""
        return f"{self.base_url}/{key}/index.html"

    def column(self, key: str) -> Column:
        """The configured column, or an ad-hoc one for a key not in the configuration."""
        return self.columns.get(key) or Column(key=key, name=key, url=self.column_url(key),
                                               listing="static")

    def open_column(self, client: Client, column: Column) -> tuple[FetchResult | None, ColumnState]:
        """Fetch whatever a column needs before its listing pages; most sources need nothing."""
        return None, ColumnState(column)

    @abstractmethod
    def listing_request(self, state: ColumnState, page_no: int) -> ListingRequest:
        """The request for listing page ``page_no`` (1-based)."""

    @abstractmethod
    def parse_listing(self, state: ColumnState, page_no: int, text: str, page_url: str) -> ListingPage:
        """Rows of one listing page; raises ``ParseError`` when the page is not a listing."""

    def parse_article(self, url: str, html: str, *, raw: bytes | None = None) -> Document:
        """The article page as a ``Document``; raises ``ParseError`` (truncated, no title/body).

        ``raw``: the page's bytes when they are exactly ``html`` in UTF-8 (``pages.parse_html``)."""
        return self.parse_tree(url, parse_html(html, url, raw))

    @abstractmethod
    def parse_tree(self, url: str, root: etree._Element) -> Document:
        """The article page ``url`` from its parsed tree (``pages.parse_html``); raises
        ``ParseError`` when it is not this source's article template (no title/body)."""

    def continuation_urls(self, url: str, html: str) -> list[str]:
        """The further pages of a multi-page article, in reading order, read from its first page
        (``url``, ``html``): canonical URLs, each once, never ``url`` itself.  Most sources keep an
        article on one page: none.  Called on every fetched article page, so it must be cheap
        when the page has no pager."""
        return []
