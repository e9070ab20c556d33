"""Server-rendered listings paged as ``index.html``, ``page_2.html``, … (the news sites).

A subclass names the CSS selector of a row container and, inside it, of its link and date.
"""
from __future__ import annotations

from bs4 import BeautifulSoup, SoupStrainer

from scrapers.models import ListingItem
from scrapers.sources import pages
from scrapers.sources.base import ColumnState, ListingPage, ListingRequest, ParseError, Source
from scrapers.urls import canonical_url


class StaticListingSource(Source):
    row_css: str = "li"          # one listing row
    link_css: str = "a"          # the article link inside a row
    date_css: str = "span"       # the row's date inside a row
    listing_class: str = ""      # class of the element that holds all rows (parse only that)

    def listing_url(self, state: ColumnState, page_no: int) -> str:
        base = state.column.url.rsplit("/", 1)[0]
        return state.column.url if page_no == 1 else f"{base}/page_{page_no}.html"

    def listing_request(self, state: ColumnState, page_no: int) -> ListingRequest:
        return ListingRequest(url=self.listing_url(state, page_no), expect="html",
                              referer=state.column.url if page_no > 1 else None)

    def parse_listing(self, state: ColumnState, page_no: int, text: str, page_url: str) -> ListingPage:
        strainer = SoupStrainer(class_=[self.listing_class, "pagination"]) if self.listing_class else None
        soup = BeautifulSoup(text, "lxml", parse_only=strainer)
        rows = soup.select(self.row_css)
        if not rows and soup.find(class_=self.listing_class) is None:
            raise ParseError(f"no listing ({self.listing_class or self.row_css}) on {page_url}")
        items: list[ListingItem] = []
        for row in rows:
            a = row.select_one(self.link_css)
            url = canonical_url(a.get("href"), page_url) if a else None
            if not url:
                continue
            when = row.select_one(self.date_css)
            listed = pages.parse_datetime(when.get_text()) if when else None
            items.append(ListingItem(url=url, source=self.name, column=state.column.key,
                                     title=pages.norm_space(a.get("title") or a.get_text()) or None,
                                     listed_date=listed.date() if listed else None))
        next_url = canonical_url(self.listing_url(state, page_no + 1))
        has_next = any(canonical_url(a.get("href"), page_url) == next_url
                       for a in soup.select(".pagination a[href]"))
        return ListingPage(items=items, has_next=has_next)
