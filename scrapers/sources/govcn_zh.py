"""www.gov.cn policy library (``/zhengce/zhengceku/YYYYMM/content_<id>.htm``).

Title ``div.share-title``; body ``#UCAP-CONTENT`` / ``.pages_content``; publication time from the
``firstpublishedtime`` meta ("YYYY-MM-DD-HH:mm:ss"); ``table.bd1`` holds 发文机关, 主题分类 and
other document fields, kept in ``meta``.
"""
from __future__ import annotations

from lxml import etree

from scrapers.models import Document
from scrapers.sources import pages
from scrapers.sources.base import ParseError
from scrapers.sources.static_listing import StaticListingSource

_FIELDS = ("索引号", "主题分类", "发文机关", "成文日期", "标题", "发文字号", "发布日期")


# (tag, class) of the title, the body (without its id), the document-fields table and the date
# line (pages.by_class).
_TITLE_DIV = ("div", "share-title")
_CONTENT_DIV = ("div", "pages_content")
_FIELDS_TABLE = ("table", "bd1")
_DATE_DIV = ("div", "pages-date")


def _field_cells(root: etree._Element, tables: list) -> list:
    """``descendant::table[contains(@class,'bd1')]/descendant::td`` given those tables: the cells
    of the only one; several (perhaps nested) need the XPath's document order and
    de-duplication."""
    if len(tables) > 1:
        return pages.xpath(root, "descendant::table[contains(@class,'bd1')]/descendant::td")
    return list(tables[0].iterdescendants("td")) if tables else []


def _source_span(root: etree._Element, divs: list) -> etree._Element | None:
    """``first(root, "descendant::div[contains(@class,'pages-date')]/span[@class='font']")``
    given those divs: the first such child of the only one; with several, the XPath."""
    if len(divs) > 1:
        return pages.first(root, "descendant::div[contains(@class,'pages-date')]/span[@class='font']")
    if not divs:
        return None
    return next((span for span in divs[0].iterchildren("span") if span.get("class") == "font"), None)


class GovCnZhSource(StaticListingSource):
    listing_class = "list"
    row_css = "ul li"
    link_css = "a"
    date_css = "span.date"

    def column_url(self, key: str) -> str:
        return f"{self.base_url}/{key}/index.htm"

    def listing_url(self, state, page_no: int) -> str:
        base = state.column.url.rsplit("/", 1)[0]
        return state.column.url if page_no == 1 else f"{base}/home_{page_no - 1}.htm"

    def parse_tree(self, url: str, root: etree._Element) -> Document:
        # One walk finds the containers that up to five XPaths used to find (pages.by_class).
        found = pages.by_class(root, _TITLE_DIV, _CONTENT_DIV, _FIELDS_TABLE, _DATE_DIV)
        title_el = found[_TITLE_DIV][0] if found[_TITLE_DIV] else None
        body_el = pages.by_id(root, "*", "UCAP-CONTENT")
        if body_el is None and found[_CONTENT_DIV]:
            body_el = found[_CONTENT_DIV][0]
        if title_el is None or body_el is None:
            raise ParseError(f"not a gov.cn policy page (no div.share-title / #UCAP-CONTENT): {url}")
        meta = pages.meta_tags(root)
        for cell in _field_cells(root, found[_FIELDS_TABLE]):
            label = pages.norm_space(pages.text_content(cell)).rstrip("：:")
            value = cell.getnext()
            if label in _FIELDS and value is not None:
                meta[label] = pages.norm_space(pages.text_content(value))
        date_el = found[_DATE_DIV][0] if found[_DATE_DIV] else None
        published = (pages.parse_datetime(meta.get("firstpublishedtime"))
                     or pages.parse_datetime(meta.get("发布日期"))
                     or pages.parse_datetime(pages.text_content(date_el) if date_el is not None else None))
        origin = meta.get("发文机关")
        source_el = _source_span(root, found[_DATE_DIV])
        if not origin and source_el is not None:
            origin = pages.norm_space(pages.text_content(source_el)).split("：", 1)[-1].strip()
        path = url.split("://", 1)[-1].split("/", 1)[-1]
        return Document(url=url, source=self.name, title=pages.norm_space(pages.text_content(title_el)),
                        published_at=published, language="zh",
                        body_text="\n\n".join(pages.paragraphs(body_el)),
                        column=path.split("/20", 1)[0] if "/20" in path else None, origin=origin or None,
                        attachments=pages.attachments(body_el, url), meta=meta)
