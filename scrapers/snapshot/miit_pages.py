"""HTML and JSON of www.miit.gov.cn as the real site lays it out: column shells, listing-API
fragments, the server-rendered press-conference index and article pages.

Structure, ids, classes, meta tags and boilerplate follow the recorded fragments in
/work/shared/reference/miit-samples/ and the notes in miit-site.md.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from html import escape

WEB_ID = "8d828e408d90447786ddbe128d495e9e"
TPL_SET_ID = "209741b2109044b5b7695700b2bec37e"
API_PATH = "/api-gateway/jpaas-publish-server/front/page/build/unit"
PAGE_SIZE = 24

_HEAD_SCRIPTS = "".join(
    f' <script src="{src}"></script>\r\n' for src in (
        "/cms_files/default/script/jslib/jquery.js", "/cms_files/default/script/jslib/jquery.cookie.js",
        "/cms_files/default/script/layui/layui.all.js", "/cms_files/default/script/layui/layer/layer.js",
        "/script/webglobal.js", "/plugins/libs/require.js", "/plugins/libs/load.js",
        "/script/webgray.js"))
_TPL = "/cms_files/webmiit/tplobject/gxbsy/4bdaeb5e04be42ba8fe159b8f7e26868/images"
_HEADER = (f'<div class="w1100 head clearfix"><script src="/cms_files/filemanager/script/201911/'
           f'6b79016112cc4d66aeb22aa6d9d999dc.js" type="text/javascript" charset="utf-8"></script>\n</div>\n'
           f'<script src="/cms_files/filemanager/script/20201/f77a47db235946388a3ee648b566c5ac.js" '
           f'type="text/javascript" charset="utf-8"></script>\n')
# The real footer is written by a script; its text is what a scraper must not take for content.
_FOOTER = ('<div class="footer"><script type="text/javascript">document.write(\'<div class="w1100 '
           'center foot">主办单位：中华人民共和国工业和信息化部 地址：北京市西长安街13号 邮编：100804 '
           '<a href="https://beian.miit.gov.cn/">京ICP备04000001号-2</a></div>\');</script></div>\n')


@dataclass
class Row:
    """One listing row as rendered."""

    href: str
    title: str
    day: str        # YYYY-MM-DD


def query_data(page_id: str, tag_id: str = "右侧内容") -> str:
    """The shell's queryData attribute (single-quoted JSON, as on the real site)."""
    return ("{'parseType':'buildstatic','webId':'%s','tplSetId':'%s','pageType':'column',"
            "'tagId':'%s','editType':'null','pageId':'%s'}" % (WEB_ID, TPL_SET_ID, tag_id, page_id))


def _head(title: str, metas: list[tuple[str, str]], charset: str = "utf-8") -> str:
    meta_html = "".join(f'<meta name="{n}" content="{escape(v)}">\n' for n, v in metas)
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
            f'    <meta http-equiv="Content-Type" content="text/html; charset={charset}" />\n'
            '    <meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            '    <meta http-equiv="X-UA-Compatible" content="IE=8">\n'
            '\t<META HTTP-EQUIV="pragma" CONTENT="no-cache"><META HTTP-EQUIV="Cache-Control" '
            'CONTENT="no-store, must-revalidate">\n'
            f'{_HEAD_SCRIPTS} <link rel="stylesheet" href="/cms_files/default/css/iconfont.css" />\r\n'
            '<link rel="stylesheet" href="/cms_files/default/script/layui/css/layui.css" />\r\n'
            f'<title>{escape(title)}</title>\n{meta_html}')


def _site_metas(column_name: str) -> list[tuple[str, str]]:
    return [("SiteName", "中华人民共和国工业和信息化部"), ("SiteDomain", "www.miit.gov.cn"),
            ("SiteIDCode", "bm07000001"), ("ColumnName", column_name), ("ColumnType", column_name),
            ("ColumnDescription", column_name), ("ColumnKeywords", column_name)]


def breadcrumb(trail: list[tuple[str, str]]) -> str:
    """``div.w980.center.mnav`` from (href, name) pairs, 首页 first."""
    links = " &#xa0;>&#xa0; \n\t\t\t".join(f'<a href="{h}">{escape(n)}</a>' for h, n in trail)
    return f'<div class="w980 center mnav">\n\t<span>\n\t\t\t{links}\n\t</span>\n</div>\n'


def column_shell(name: str, page_id: str, trail: list[tuple[str, str]], made: datetime) -> str:
    """An empty column page whose script element names the listing API and page id."""
    return (_head(name, [("MakeTime", f"{made:%Y-%m-%d %H:%M:%S}")] + _site_metas(name))
            + '<meta id="pagetype" content="2">\n</head>\n'
            '<body id="page_type" alt="列表页" class="lmy-wrapper ty_lmy">\n'
            f'<link type="text/css" href="{_TPL}/layout.css" rel="stylesheet" />\n'
            f'<link href="{_TPL}/main.css" type="text/css" rel="stylesheet">\n'
            f'<div id="barrierfree_container">\n{_HEADER}'
            f'<div style="background:url({_TPL}/7037090.png) repeat-x; width:100%; height:10px;"></div>\n\n'
            f'{breadcrumb(trail)}\n'
            '<div class="clist w1100 center">\n    <table width="100%" cellpadding="0" cellspacing="0">\n'
            '        <tr>\n            <td width="249" valign="top">\n'
            f'                <div class="clist_l"><div class="clist_r_title">{escape(name)}</div></div>\n'
            '            </td>\n            <td valign="top">\n'
            f'                <div class="clist_con" id="{page_id[:8]}">\n'
            f'<script id="{page_id[::-1]}" url="{API_PATH}" queryData="{query_data(page_id)}" '
            'src="/cms_files/default/script/AuthorizedRead/unitbuild.js?v=3.1.3-GXB" '
            'type="text/javascript"></script>\n'
            '                </div>\n            </td>\n        </tr>\n    </table>\n</div>\n'
            f'{_FOOTER}</div>\n</body>\n</html>\n')


def _rows_html(rows: list[Row]) -> str:
    out = []
    for r in rows:
        shown = r.title if len(r.title) <= 40 else r.title[:40] + "..."
        out.append('\t\t\t<li class="cf">\n'
                   f'\t\t\t\t<a class="fl" href="{escape(r.href)}" target="_blank" '
                   f'title="{escape(r.title)}"><i></i>{escape(shown)}</a>\n'
                   f'\t\t\t\t<span class="fr">{r.day}</span>\n\t\t\t</li>\n')
    return "".join(out)


def listing_response(rows: list[Row], *, page_no: int, count: int, page_id: str) -> str:
    """The listing API's JSON answer for one page (fragment as in the recorded response)."""
    html = ('\t\n<div id="右侧内容">\n  <div class="page-content">\n\t<ul>\n'
            f'{_rows_html(rows)}\t</ul>\n  </div>\n'
            f'<div class="pagination" rows="{PAGE_SIZE}" count="{count}" pageno="{page_no}" '
            f'unitid="{page_id[::-1]}" uniturl="{API_PATH}" '
            f'querydata="{escape(query_data(page_id))}"></div>\n</div>')
    return json.dumps({"roles": None, "permissions": None, "code": "200", "success": True,
                       "data": {"html": html}, "message": ""}, ensure_ascii=False)


def press_index(blocks: list[tuple[str, str, list[Row]]], trail: list[tuple[str, str]]) -> str:
    """The server-rendered 新闻发布会 page: one block (href, name, rows) per sub-column."""
    parts = []
    for href, name, rows in blocks:
        parts.append(f'<div class="fbh_block">\n<div class="clist_r_title"><a href="{href}">'
                     f'{escape(name)}</a><a class="more" href="{href}">更多</a></div>\n'
                     f'<div class="page-content">\n\t<ul>\n{_rows_html(rows)}\t</ul>\n</div>\n</div>\n')
    return (_head("新闻发布会", _site_metas("新闻发布会")) + '<meta id="pagetype" content="2">\n</head>\n'
            '<body id="page_type" alt="列表页" class="lmy-wrapper ty_lmy">\n'
            f'<div id="barrierfree_container">\n{_HEADER}{breadcrumb(trail)}'
            '<div class="clist w1100 center">\n<div class="clist_con">\n' + "".join(parts)
            + f'</div>\n</div>\n{_FOOTER}</div>\n</body>\n</html>\n')


def article_page(*, url: str, title: str, column_name: str, trail: list[tuple[str, str]],
                 shown_time: datetime, meta_time: datetime, origin: str, paragraphs: list[str],
                 attachment_links: list[tuple[str, str]], charset: str = "utf-8") -> str:
    """An article page; ``meta_time`` feeds the PubDate meta (it may differ from the shown time)."""
    description = paragraphs[0][:120] if paragraphs else title
    metas = _site_metas(column_name) + [
        ("ArticleTitle", title), ("PubDate", f"{meta_time:%Y-%m-%d %H:%M}"), ("ContentSource", origin),
        ("Keywords", column_name), ("Description", description), ("Url", url)]
    body = "".join(f"<p style=\"text-indent: 2em;\">{escape(p)}</p>\n" for p in paragraphs)
    if attachment_links:
        links = "".join(f'<p>附件：<a href="{escape(h)}" target="_blank">{escape(t)}</a></p>\n'
                        for h, t in attachment_links)
        body += links
    return (_head(title, metas, charset) + '<meta id="pagetype" content="1">\n</head>\n'
            '<body id="page_type" alt="文章页" class="lmy-wrapper ty_xxy">\n'
            f'<div id="barrierfree_container">\n{_HEADER}{breadcrumb(trail)}'
            '<div class="w980 center cmain">\n'
            f'<h1 id="con_title">{escape(title)}</h1>\n'
            '<div class="cinfo center">\n'
            f'<span id="con_time">发布时间：{shown_time:%Y-%m-%d %H:%M}</span>\n'
            f'<span>来源：{escape(origin)}</span>\n'
            '<span class="fontsize">【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> '
            '<a href="javascript:;">小</a>】</span>\n</div>\n'
            f'<div id="con_con" class="ccontent center">\n{body}</div>\n'
            '<div class="cprint center"><a href="javascript:window.print();">【打印本页】</a>'
            '<a href="javascript:window.close();">【关闭窗口】</a></div>\n'
            f'</div>\n{_FOOTER}</div>\n</body>\n</html>\n')
