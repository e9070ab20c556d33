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


class ChinaDailySource(StaticListingSource):
    listing_class = "main_art"
    row_css = "div.tw3_01_2"
    link_css = "h4 a"
    date_css = "b"

    def parse_tree(self, url: str, root: etree._Element) -> Document:
        title_el = pages.first(root, "descendant::div[contains(@class,'lft_art')]/h1")
        body_el = pages.by_id(root, "div", "Content")
        if title_el is None or body_el is None:
            raise ParseError(f"not a China Daily article page (no div.lft_art>h1 / div#Content): {url}")
        info_el = pages.first(root, "descendant::span[contains(@class,'info_l')]")
        info = pages.norm_space(pages.text_content(info_el)) if info_el is not None else ""
        updated = info.split("Updated:", 1)[-1] if "Updated:" in info else ""
        origin = pages.norm_space(_UPDATED.sub("", info)).strip(" |") or None
        crumb = pages.xpath(root, "descendant::div[contains(@class,'da-bre')]/descendant::a/@href")
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
