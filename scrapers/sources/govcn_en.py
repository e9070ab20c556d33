"""english.www.gov.cn: static listings (``index.html``, ``page_N.html``) and article pages.

Articles live at ``/news/YYYYMM/DD/content_WS….html`` (and ``/policies/latestreleases/…``); the
body is ``div.Artical_Content`` (the site's spelling) and the date line reads
"Updated: December 8, 2025 14:38".
"""
from __future__ import annotations

from datetime import datetime

from lxml import etree

from scrapers.models import Document
from scrapers.sources import pages
from scrapers.sources.base import ParseError
from scrapers.sources.static_listing import StaticListingSource


# (tag, class) of the title's container, the body and the source line (pages.by_class).
_TITLE_DIV = ("div", "Artical_Title")
_BODY_DIV = ("div", "Artical_Content")
_SOURCE_SPAN = ("span", "Artical_Source")


def _title(root: etree._Element, divs: list) -> etree._Element | None:
    """``first(root, "descendant::div[contains(@class,'Artical_Title')]/descendant::h1",
    "descendant::h1")`` given those divs: the first ``<h1>`` below the only one, else the page's
    first ``<h1>``; with several, document order across them needs the XPath."""
    if len(divs) > 1:
        return pages.first(root, "descendant::div[contains(@class,'Artical_Title')]/descendant::h1",
                           "descendant::h1")
    h1 = next(divs[0].iterdescendants("h1"), None) if divs else None
    # (the walk stops at the first <h1>)
    return h1 if h1 is not None else next(root.iterdescendants("h1"), None)


class GovCnEnSource(StaticListingSource):
    listing_class = "list-container"
    row_css = "ul.list-container-ul li"
    link_css = "a"
    date_css = "span.date"

    def parse_tree(self, url: str, root: etree._Element) -> Document:
        # One walk finds the containers that three XPaths used to find (pages.by_class).
        found = pages.by_class(root, _TITLE_DIV, _BODY_DIV, _SOURCE_SPAN)
        title_el = _title(root, found[_TITLE_DIV])
        body_el = found[_BODY_DIV][0] if found[_BODY_DIV] else None
        if title_el is None or body_el is None:
            raise ParseError(f"not an english.gov.cn article page (no h1 / div.Artical_Content): {url}")
        # (any element may carry it: a walk handing Python every element costs more than this)
        time_el = pages.first(root, "descendant-or-self::*/@class[contains(., 'Artical_Time')]/..")
        source_el = found[_SOURCE_SPAN][0] if found[_SOURCE_SPAN] else None
        origin = pages.norm_space(pages.text_content(source_el)) if source_el is not None else ""
        path = url.split("://", 1)[-1].split("/", 1)[-1]
        column = path.split("/20", 1)[0] if "/20" in path else None
        return Document(url=url, source=self.name, title=pages.norm_space(pages.text_content(title_el)),
                        published_at=english_datetime(pages.text_content(time_el) if time_el is not None else ""),
                        language="en", body_text="\n\n".join(pages.paragraphs(body_el)),
                        column=column, origin=origin.removeprefix("Source:").strip() or None,
                        attachments=pages.attachments(body_el, url), meta=pages.meta_tags(root))


def english_datetime(text: str) -> datetime | None:
    """'Updated: December 8, 2025 14:38' → datetime(2025, 12, 8, 14, 38)."""
    text = pages.norm_space(text.replace("Updated:", ""))
    for fmt in ("%B %d, %Y %H:%M", "%B %d, %Y", "%b %d, %Y %H:%M"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return pages.parse_datetime(text)
