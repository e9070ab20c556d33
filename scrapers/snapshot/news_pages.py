"""HTML of the news sites in the snapshot: China Daily, english.www.gov.cn and the www.gov.cn
policy library, each a listing page template and an article template laid out like the real site
(selectors as in /work/shared/reference/miit-site.md)."""
from __future__ import annotations

from datetime import datetime
from html import escape

# (row href, title, datetime) as listed
ListRow = tuple[str, str, datetime]


def _paras(paragraphs: list[str]) -> str:
    return "".join(f"<p>{escape(p)}</p>\n" for p in paragraphs)


def _pager(prev_href: str | None, next_href: str | None, page_no: int, extra: str = "") -> str:
    links = []
    if prev_href:
        links.append(f'<a href="{prev_href}">Previous</a>')
    links.append(f"<span>{page_no}</span>")
    if next_href:
        links.append(f'<a href="{next_href}">Next</a>')
    return f'<div class="pagination"{extra}>{" ".join(links)}</div>\n'


def chinadaily_listing(section: str, rows: list[ListRow], prev_href: str | None,
                       next_href: str | None, page_no: int) -> str:
    items = "".join(
        '<div class="mb10 tw3_01_2">\n<span class="tw3_01_2_t">\n'
        f'<h4><a target="_top" shape="rect" href="{escape(h)}">{escape(t)}</a></h4>\n'
        f"<b>{d:%Y-%m-%d %H:%M}</b>\n</span>\n</div>\n" for h, t, d in rows)
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="UTF-8">\n'
            f"<title>{escape(section.title())} - Chinadaily.com.cn</title>\n</head>\n<body>\n"
            '<div class="topNav"><a href="//www.chinadaily.com.cn">HOME</a></div>\n'
            f'<div class="main_art">\n<div class="lft_art">\n{items}'
            + _pager(prev_href, next_href, page_no, ' id="div_currpage"')
            + "</div>\n</div>\n<div class=\"footer\">Copyright 1995 - 2026. All rights reserved. "
            "The content (including but not limited to text, photo, multimedia information, etc) "
            "published in this site belongs to China Daily Information Co (CDIC).</div>\n</body>\n</html>\n")


def chinadaily_article_pager(hrefs: list[str], current: int) -> str:
    """The inside of ``#div_currpage`` on page ``current`` (1-based) of an article whose pages are
    at ``hrefs``, as China Daily writes it: "Previous", the page numbers (the current one not a
    link) and "Next", protocol-relative links, so page 2 is linked twice from page 1."""
    links = []
    if current > 1:
        links.append(f'<a href="{hrefs[current - 2]}" class="pagestyle">Previous</a>')
    for n, href in enumerate(hrefs, 1):
        links.append(f'<span class="current">{n}</span>' if n == current else f'<a href="{href}">{n}</a>')
    if current < len(hrefs):
        links.append(f'<a href="{hrefs[current]}" class="pagestyle">Next</a>')
    return "\n" + "\n".join(links) + "\n"


def chinadaily_article(*, title: str, section: str, origin: str, updated: datetime,
                       paragraphs: list[str], description: str, pager: str = "") -> str:
    """An article page; ``pager``: the inside of ``#div_currpage`` (empty on a one-page article)."""
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="UTF-8">\n'
            f"<title>{escape(title)} - Chinadaily.com.cn</title>\n"
            f'<meta name="description" content="{escape(description)}">\n'
            f'<meta name="keywords" content="{escape(section)}">\n</head>\n<body>\n'
            '<div class="topNav"><a href="//www.chinadaily.com.cn">HOME</a></div>\n'
            '<div class="main_art">\n<div class="lft_art" id="lft-art">\n'
            '<div class="da-bre"><a href="//www.chinadaily.com.cn">HOME</a> | '
            f'<a href="//www.chinadaily.com.cn/{section}">{escape(section.upper())}</a></div>\n'
            f"<h1>{escape(title)}</h1>\n"
            f'<div class="info"><span class="info_l">{escape(origin)} | Updated: {updated:%Y-%m-%d %H:%M}'
            '</span><span class="info_r"><a href="javascript:;">Share</a></span></div>\n'
            f'<div id="Content">\n{_paras(paragraphs)}</div>\n<div id="div_currpage">{pager}</div>\n'
            "</div>\n</div>\n<div class=\"footer\">Copyright 1995 - 2026. All rights reserved.</div>\n"
            "</body>\n</html>\n")


def english_date(d: datetime) -> str:
    """'December 8, 2025 14:38', the english.www.gov.cn date line."""
    return f"{d:%B} {d.day}, {d.year} {d:%H:%M}"


def govcn_en_listing(section_name: str, rows: list[ListRow], prev_href: str | None,
                     next_href: str | None, page_no: int) -> str:
    items = "".join(f'<li><a href="{escape(h)}" target="_blank">{escape(t)}</a>'
                    f'<span class="date">{d:%Y-%m-%d}</span></li>\n' for h, t, d in rows)
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(section_name)} - english.gov.cn</title>\n</head>\n<body>\n"
            '<div class="header"><a href="/">The State Council of the People\'s Republic of China</a></div>\n'
            f'<div class="list-container">\n<ul class="list-container-ul">\n{items}</ul>\n'
            + _pager(prev_href, next_href, page_no)
            + '</div>\n<div class="footer">Copyright© www.gov.cn | Contact us</div>\n</body>\n</html>\n')


def govcn_en_article(*, title: str, section_name: str, section_href: str, origin: str,
                     updated: datetime, paragraphs: list[str]) -> str:
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(title)}</title>\n"
            f'<meta name="keywords" content="{escape(section_name)}">\n'
            f'<meta name="description" content="{escape(paragraphs[0][:160] if paragraphs else title)}">\n'
            "</head>\n<body>\n"
            '<div class="header"><a href="/">The State Council of the People\'s Republic of China</a></div>\n'
            f'<div class="BreadcrumbNav"><a href="/">HOME</a> &gt; <a href="{section_href}">'
            f"{escape(section_name.upper())}</a></div>\n"
            f'<div class="Artical_Title"><h1>{escape(title)}</h1></div>\n'
            f'<div class="Artical_Info"><span class="Artical_Time">Updated: {english_date(updated)}</span> '
            f'<span class="Artical_Source">Source: {escape(origin)}</span></div>\n'
            f'<div class="Artical_Content">\n{_paras(paragraphs)}</div>\n'
            '<div class="footer">Copyright© www.gov.cn | Contact us</div>\n</body>\n</html>\n')


def govcn_zh_listing(column_name: str, rows: list[ListRow], prev_href: str | None,
                     next_href: str | None, page_no: int) -> str:
    items = "".join(f'<li><a href="{escape(h)}" target="_blank">{escape(t)}</a>'
                    f'<span class="date">{d:%Y-%m-%d}</span></li>\n' for h, t, d in rows)
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(column_name)}_中国政府网</title>\n</head>\n<body>\n"
            '<div class="header"><a href="/">中国政府网</a></div>\n'
            f'<div class="list">\n<ul>\n{items}</ul>\n' + _pager(prev_href, next_href, page_no)
            + '</div>\n<div class="footer">版权所有：中国政府网 | 京ICP备05070218号</div>\n</body>\n</html>\n')


def govcn_zh_article(*, title: str, column_name: str, origin: str, published: datetime,
                     paragraphs: list[str], manuscript_id: str, library: bool) -> str:
    """A policy page; ``library`` pages (政策文件库) carry the ``table.bd1`` document fields."""
    fields = ""
    if library:
        fields = ('<table class="bd1" width="100%" cellspacing="1" cellpadding="0">\n'
                  f"<tr><td>索引号：</td><td>000014349/{published.year}-{manuscript_id[-5:]}</td>"
                  "<td>主题分类：</td><td>工业、交通\\其他</td></tr>\n"
                  f"<tr><td>发文机关：</td><td>{escape(origin)}</td>"
                  f"<td>成文日期：</td><td>{published:%Y年%m月%d日}</td></tr>\n"
                  f'<tr><td>标题：</td><td colspan="3">{escape(title)}</td></tr>\n'
                  f"<tr><td>发布日期：</td><td>{published:%Y年%m月%d日}</td><td></td><td></td></tr>\n"
                  "</table>\n")
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(title)}_{escape(column_name)}_中国政府网</title>\n"
            f'<meta name="firstpublishedtime" content="{published:%Y-%m-%d-%H:%M:%S}">\n'
            f'<meta name="lastmodifiedtime" content="{published:%Y-%m-%d-%H:%M:%S}">\n'
            f'<meta name="manuscriptId" content="{manuscript_id}">\n'
            f'<meta name="keywords" content="{escape(column_name)}">\n</head>\n<body>\n'
            '<div class="header"><a href="/">中国政府网</a></div>\n'
            f'<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/zhengce/">政策</a> &gt; '
            f"{escape(column_name)}</div>\n{fields}"
            f'<div class="article">\n<div class="share-title">{escape(title)}</div>\n'
            f'<div class="pages-date">{published:%Y-%m-%d %H:%M} <span class="font">来源： {escape(origin)}'
            "</span></div>\n"
            f'<div class="pages_content" id="UCAP-CONTENT">\n{_paras(paragraphs)}</div>\n</div>\n'
            '<div class="footer">版权所有：中国政府网 | 京ICP备05070218号</div>\n</body>\n</html>\n')
