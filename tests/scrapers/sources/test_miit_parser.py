"""MIIT parsers on every page kind of the snapshot: column shell, listing API pages, the
server-rendered press-conference index, and article pages (incl. GBK, truncated, PubDate skew)."""
from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from scrapers.sources.base import ParseError
from scrapers.sources.miit import read_shell
from scrapers.sources.registry import get_source

MIIT = get_source("miit")
RJY_SHELL = "https://www.miit.gov.cn/gxsj/tjfx/rjy/index.html"


def test_shell_names_the_listing_api_and_page_id(page):
    shell = read_shell(page(RJY_SHELL), RJY_SHELL)
    assert shell["api_url"] == "https://www.miit.gov.cn/api-gateway/jpaas-publish-server/front/page/build/unit"
    assert shell["query"]["pageId"] == "50bf589f36614b7394522245a13fedae"  # the known real id
    assert shell["query"]["webId"] == "8d828e408d90447786ddbe128d495e9e"
    assert shell["query"]["tagId"] == "右侧内容"


def test_shell_without_script_is_a_parse_error():
    with pytest.raises(ParseError, match="no listing script"):
        read_shell("<html><body><script src='/a.js'></script></body></html>", RJY_SHELL)


def _listing(client, key):
    column = MIIT.columns[key]
    opened, state = MIIT.open_column(client, column)
    assert opened is not None and opened.ok, opened
    out = []
    for n in range(1, 4):
        req = MIIT.listing_request(state, n)
        result = client.get(req.url, source="miit", expect=req.expect, params=req.params, referer=req.referer)
        assert result.ok, (n, result)
        out.append((req, MIIT.parse_listing(state, n, result.text, req.url)))
    return out


def test_listing_pages_are_read_24_rows_at_a_time(client):
    pages = _listing(client, "gxsj/tjfx/rjy")
    req1, first = pages[0]
    assert json.loads(req1.params["paramJson"]) == {"pageNo": 1, "pageSize": "24"}
    assert req1.referer == RJY_SHELL and req1.expect == "json"
    assert [len(p.items) for _, p in pages[:2]] == [24, 24]
    assert first.total == 49 and first.has_next and pages[1][1].has_next and not pages[2][1].has_next
    items = [i for _, p in pages for i in p.items]
    assert len({i.url for i in items}) == 49
    assert all(i.url.startswith("https://www.miit.gov.cn/gxsj/tjfx/rjy/art/") for i in items)
    assert all(i.title and i.listed_date and i.column == "gxsj/tjfx/rjy" for i in items)
    dates = [i.listed_date for i in items]
    assert dates == sorted(dates, reverse=True)
    assert date(2026, 3, 2) in dates  # the fixture article is listed by its day


def test_mixed_link_generations_come_out_canonical(client, site):
    raw = "".join(p.read_text(encoding="utf-8")
                  for p in (site / "www.miit.gov.cn/_api/unit").rglob("*.json"))
    # The snapshot really mixes the forms the real site uses ...
    assert 'href=\\"/xwdt/' in raw and 'href=\\"http://www.miit.gov.cn/' in raw and 'href=\\"/xwfb/' in raw
    items = [i for _, p in _listing(client, "xwfb/gxdt") for i in p.items]
    # ... and every MIIT row comes out in one https /xwfb/ form.
    miit_urls = [i.url for i in items if "miit.gov.cn" in i.url]
    assert miit_urls and all(u.startswith("https://www.miit.gov.cn/xwfb/gxdt/") for u in miit_urls)
    assert any("news.cn" in i.url for i in items)  # the deliberate off-site row


def test_listing_success_false_is_a_parse_error(client):
    _, state = MIIT.open_column(client, MIIT.columns["xwfb/zxzc"])
    bad = '{"roles":null,"permissions":null,"code":"200","success":false,"data":{},"message":""}'
    with pytest.raises(ParseError, match="success:false"):
        MIIT.parse_listing(state, 1, bad, "https://www.miit.gov.cn/api")


def test_press_conference_index_is_server_rendered(client):
    column = MIIT.columns["xwfb/xwfbh"]
    opened, state = MIIT.open_column(client, column)
    assert opened is None  # no shell to read first
    req = MIIT.listing_request(state, 1)
    assert req.url == "https://www.miit.gov.cn/xwfb/xwfbh/index.html" and req.expect == "html"
    listing = MIIT.parse_listing(state, 1, client.get(req.url, source="miit").text, req.url)
    urls = [i.url for i in listing.items]
    assert len(urls) == 24 and not listing.has_next  # 6 latest of each of 4 sub-columns
    newest_bxwfbh = [i.url for i in _listing(client, "xwfb/xwfbh/bxwfbh")[0][1].items[:6]]
    assert urls[:6] == newest_bxwfbh
    assert all(u.startswith("https://www.miit.gov.cn/xwfb/xwfbh/") for u in urls)
    assert all(client.get(u, source="miit").ok for u in urls)


def test_article_fields(page, url_of):
    url = url_of("miit/2025-12-10-platform-notice")
    doc = MIIT.parse_article(url, page(url))
    assert doc.title == "工业和信息化部关于印发《工业互联网平台行动方案》的通知"
    assert doc.published_at == datetime(2025, 12, 10, 16, 5)
    assert doc.origin == "信息技术发展司"
    assert doc.column == "zwgk/zcwj/wjfb/tz" and doc.language == "zh" and doc.source == "miit"
    assert doc.body_text == ("各省、自治区、直辖市工业和信息化主管部门：\n\n现将《工业互联网平台行动方案》印发给你们，"
                             "请结合实际认真贯彻落实。到2028年，培育50个跨行业跨领域工业互联网平台。")
    assert doc.meta["SiteIDCode"] == "bm07000001" and doc.meta["ColumnName"] == "通知"
    kinds = sorted(a.kind for a in doc.attachments)
    assert kinds == ["doc", "pdf"]
    for att in doc.attachments:
        assert att.url.startswith("https://www.miit.gov.cn/cms_files/filemanager/1226211233/attach/202512/")
        assert "viewer.html" not in att.url


def test_gbk_page_parses_after_decoding(client, url_of):
    url = url_of("miit/2026-03-02-software-jan")
    result = client.get(url, source="miit")
    assert result.encoding == "gbk" and b"charset=gb2312" in result.body[:1000]
    doc = MIIT.parse_article(url, result.text)
    assert doc.title == "2026年1月软件业经济运行情况"
    assert "1月，我国软件业务收入10325亿元，同比增长12.5%。" in doc.body_text.split("\n\n")


def test_truncated_page_raises_clear_error(page, url_of):
    url = url_of("miit/2017-06-13-dual-credit-draft")
    html = page(url)
    assert "</html>" not in html  # the builder really cut it
    with pytest.raises(ParseError, match="truncated"):
        MIIT.parse_article(url, html)


def test_visible_time_wins_over_pubdate_meta(page, url_of):
    url = url_of("miit/2023-11-03-robot-interpretation")
    doc = MIIT.parse_article(url, page(url))
    assert doc.meta["PubDate"] == "2023-11-02 10:20"
    assert doc.published_at == datetime(2023, 11, 3, 10, 20)


def test_boilerplate_is_not_body(page, url_of):
    url = url_of("miit/2024-05-06-press-briefing")
    doc = MIIT.parse_article(url, page(url))
    assert doc.body_text.split("\n\n") == ["5月6日，工业和信息化部举行新闻发布会，介绍电动自行车质量安全工作进展。",
                                           "2023年全国电动自行车产量4228万辆。"]
    for furniture in ("打印本页", "关闭窗口", "京ICP备", "主办单位", "首页"):
        assert furniture not in doc.body_text


def test_a_shell_is_not_an_article(page):
    with pytest.raises(ParseError, match="not an MIIT article"):
        MIIT.parse_article(RJY_SHELL, page(RJY_SHELL))


def test_pdf_viewer_attachment_links_are_unwrapped():
    html = ('<html><head><meta name="PubDate" content="2024-03-01 09:00"></head><body>'
            '<h1 id="con_title">T</h1><div id="con_con"><p>正文。</p><p>附件：<a href="/cms_files/demo/pdfjs/'
            'web/viewer.html?file=/cms_files/filemanager/1226211233/attach/20243/abc.pdf">方案.pdf</a></p>'
            '<p><a href="/cms_files/filemanager/1226211233/attach/20243/def.wps">表格</a></p></div></body></html>')
    doc = MIIT.parse_article("https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2024/art_x.html", html)
    assert [(a.kind, a.url) for a in doc.attachments] == [
        ("pdf", "https://www.miit.gov.cn/cms_files/filemanager/1226211233/attach/20243/abc.pdf"),
        ("wps", "https://www.miit.gov.cn/cms_files/filemanager/1226211233/attach/20243/def.wps")]
    assert doc.body_text == "正文。"
    assert doc.published_at == datetime(2024, 3, 1, 9, 0)  # no #con_time: the meta is used


def test_listing_rows_are_read_by_class_even_after_an_xml_declaration():
    from scrapers.sources.miit import parse_rows

    html = ('<?xml version="1.0" encoding="gbk"?><ul><li class="cf x"><a class="fl" href="/a.html">标题&amp;</a>'
            '<span class="fr">2024-01-02</span></li><li class="other"><a href="/b.html">nav</a></li>'
            '<li class="cf"><a>no link</a></li></ul><div class="pagination" count="30" rows="24" pageno="1"></div>')
    page = parse_rows(html, source="miit", column="c", base="https://www.miit.gov.cn/x/y.html", page_no=1)
    assert [(i.url, i.title, str(i.listed_date)) for i in page.items] == [
        ("https://www.miit.gov.cn/a.html", "标题&", "2024-01-02")]
    assert (page.total, page.has_next) == (30, True)
    assert parse_rows("  ", source="miit", column="c", base="https://www.miit.gov.cn/", page_no=1).items == []
