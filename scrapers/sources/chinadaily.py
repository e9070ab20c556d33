"""China Daily (www.chinadaily.com.cn): section listings and the ``/a/YYYYMM/DD/WS….html`` article.

Title ``div.lft_art > h1``; byline and date in ``span.info_l`` ("By … | China Daily | Updated:
YYYY-MM-DD HH:MM"); body ``div#Content p``.  A long article runs over several pages
(``WS…_2.html``, ``_3.html``): the pager ``#div_currpage`` of its first page links them (numbered
links plus "Next"), and ``continuation_urls`` lists them.
"""
from __future__ import annotations

import re

from lxml import etree

from scrapers.models import Document
from scrapers.sources import pages
from scrapers.sources.base import ParseError
from scrapers.sources.static_listing import StaticListingSource
from scrapers.urls import canonical_url

_UPDATED = re.compile(r"\|?\s*Updated:.*$", re.IGNORECASE)
# The pager of a one-page article is an empty <div id="div_currpage"></div>: telling that apart
# with a regular expression spares the HTML parse of every such page at fetch time.
_EMPTY_PAGER = re.compile(r"""div_currpage["']?[^>]*>\s*</div>""", re.IGNORECASE)


# (tag, class) of the title's container, the byline and the breadcrumb (pages.by_class).
_TITLE_DIV = ("div", "lft_art")
_INFO_SPAN = ("span", "info_l")
_CRUMB_DIV = ("div", "da-bre")


def _title(root: etree._Element, divs: list) -> etree._Element | None:
    """``first(root, "descendant::div[contains(@class,'lft_art')]/h1")`` given those divs: the
    first ``<h1>`` child of the only one; with several, document order across them needs the
    XPath."""
    if len(divs) > 1:
        return pages.first(root, "descendant::div[contains(@class,'lft_art')]/h1")
    return next(divs[0].iterchildren("h1"), None) if divs else None


def _crumb_links(root: etree._Element, divs: list) -> list[str]:
    """``descendant::div[contains(@class,'da-bre')]/descendant::a/@href`` given those divs: the
    links of the only one; several (perhaps nested) need the XPath's document order and
    de-duplication."""
    if len(divs) > 1:
        return pages.xpath(root, "descendant::div[contains(@class,'da-bre')]/descendant::a/@href")
    if not divs:
        return []
    return [href for a in divs[0].iterdescendants("a") if (href := a.get("href")) is not None]


class ChinaDailySource(StaticListingSource):
    listing_class = "main_art"
    row_css = "div.tw3_01_2"
    link_css = "h4 a"
    date_css = "b"

    def parse_tree(self, url: str, root: etree._Element) -> Document:
        # One walk finds the containers that three XPaths used to find (pages.by_class).
        found = pages.by_class(root, _TITLE_DIV, _INFO_SPAN, _CRUMB_DIV)
        title_el = _title(root, found[_TITLE_DIV])
        body_el = pages.by_id(root, "div", "Content")
        if title_el is None or body_el is None:
            raise ParseError(f"not a China Daily article page (no div.lft_art>h1 / div#Content): {url}")
        info_el = found[_INFO_SPAN][0] if found[_INFO_SPAN] else None
        info = pages.norm_space(pages.text_content(info_el)) if info_el is not None else ""
        updated = info.split("Updated:", 1)[-1] if "Updated:" in info else ""
        origin = pages.norm_space(_UPDATED.sub("", info)).strip(" |") or None
        crumb = _crumb_links(root, found[_CRUMB_DIV])
        column = crumb[-1].strip("/").rsplit("/", 1)[-1] if crumb else None
        return Document(url=url, source=self.name, title=pages.norm_space(pages.text_content(title_el)),
                        published_at=pages.parse_datetime(updated), language="en",
                        body_text="\n\n".join(pages.paragraphs(body_el)), column=column or None,
                        origin=origin, attachments=pages.attachments(body_el, url),
                        meta=pages.meta_tags(root))

    def continuation_urls(self, url: str, html: str) -> list[str]:
        """Links of the first page's pager ``#div_currpage``, in page order: each page once (the
        "Next" link repeats page 2), not the page itself, and only on the article's own host
        (an off-site link in the pager is not part of the article)."""
        at = html.find("div_currpage")
        if at < 0 or _EMPTY_PAGER.match(html, at):
            return []
        root = pages.parse_html(html, url)
        own = canonical_url(url)
        host = own.split("/")[2] if own else None
        out: list[str] = []
        for href in pages.xpath(root, "descendant::*[@id='div_currpage']/descendant::a/@href"):
            part = canonical_url(href, url)
            if part and part != own and part.split("/")[2] == host and part not in out:
                out.append(part)
        return out
