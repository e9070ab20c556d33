"""China Daily (www.chinadaily.com.cn): section listings and the ``/a/YYYYMM/DD/WS….html`` article.

Title ``div.lft_art > h1``; byline and date in ``span.info_l`` ("By … | China Daily | Updated:
YYYY-MM-DD HH:MM"); body ``div#Content p``.
"""
from __future__ import annotations

import re

from scrapers.models import Document
from scrapers.sources import pages
from scrapers.sources.base import ParseError
from scrapers.sources.static_listing import StaticListingSource

_UPDATED = re.compile(r"\|?\s*Updated:.*$", re.IGNORECASE)


class ChinaDailySource(StaticListingSource):
    listing_class = "main_art"
    row_css = "div.tw3_01_2"
    link_css = "h4 a"
    date_css = "b"

    def parse_article(self, url: str, html: str, *, raw: bytes | None = None) -> Document:
        root = pages.parse_html(html, url, raw)
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
