"""canonical_url: one spelling per page across link forms."""
from __future__ import annotations

import pytest

from scrapers.urls import canonical_host, canonical_url

ART = "https://www.miit.gov.cn/xwfb/gxdt/sjdt/art/2026/art_7f856663a2584c56a0f88dda36f8eaca.html"
COLUMN = "https://www.miit.gov.cn/xwfb/gxdt/sjdt/index.html"


@pytest.mark.parametrize("href", [
    "/xwfb/gxdt/sjdt/art/2026/art_7f856663a2584c56a0f88dda36f8eaca.html",          # root-relative
    "http://www.miit.gov.cn/xwfb/gxdt/sjdt/art/2026/art_7f856663a2584c56a0f88dda36f8eaca.html",
    "https://wap.miit.gov.cn/xwfb/gxdt/sjdt/art/2026/art_7f856663a2584c56a0f88dda36f8eaca.html",
    "/xwdt/gxdt/sjdt/art/2026/art_7f856663a2584c56a0f88dda36f8eaca.html",          # old generation
    "http://www.miit.gov.cn/xwdt/gxdt/sjdt/art/2026/art_7f856663a2584c56a0f88dda36f8eaca.html#top",
    "art/2026/art_7f856663a2584c56a0f88dda36f8eaca.html",                          # relative
    "  HTTPS://WWW.MIIT.GOV.CN:443/xwfb/gxdt/sjdt/art/2026/art_7f856663a2584c56a0f88dda36f8eaca.html ",
    "/xwfb/gxdt/sjdt/./art/2026/../2026/art_7f856663a2584c56a0f88dda36f8eaca.html?utm_source=wx&spm=1",
])
def test_all_forms_of_one_article_meet(href):
    assert canonical_url(href, COLUMN) == ART


def test_pdf_viewer_link_becomes_the_file():
    href = ("/cms_files/demo/pdfjs/web/viewer.html?file=/cms_files/filemanager/1226211233/attach/"
            "20243/0a1b2c3d4e5f60718293a4b5c6d7e8f9.pdf")
    assert canonical_url(href, ART) == ("https://www.miit.gov.cn/cms_files/filemanager/1226211233/"
                                        "attach/20243/0a1b2c3d4e5f60718293a4b5c6d7e8f9.pdf")


def test_protocol_relative_and_other_hosts():
    assert canonical_url("//www.chinadaily.com.cn/a/202601/22/WS0123456789abcdef01234567.html") == \
        "https://www.chinadaily.com.cn/a/202601/22/WS0123456789abcdef01234567.html"
    assert canonical_url("./202601/content_7051234.htm", "https://www.gov.cn/zhengce/zhengceku/home_1.htm") == \
        "https://www.gov.cn/zhengce/zhengceku/202601/content_7051234.htm"
    # An unknown host keeps its own scheme: we cannot know it serves https.
    assert canonical_url("http://www.example.org/a.html") == "http://www.example.org/a.html"


def test_meaningful_query_is_kept_junk_dropped():
    url = canonical_url("/api?pageId=1&utm_medium=x&paramJson=%7B%7D", "https://www.miit.gov.cn/")
    assert url == "https://www.miit.gov.cn/api?pageId=1&paramJson=%7B%7D"


@pytest.mark.parametrize("href", ["", "#", "#top", "javascript:void(0)", "mailto:a@b.cn", "ftp://x.cn/f"])
def test_non_links_give_none(href):
    assert canonical_url(href, COLUMN) is None


def test_directory_paths_keep_trailing_slash():
    assert canonical_url("http://english.www.gov.cn/news/") == "https://english.www.gov.cn/news/"
    assert canonical_url("https://www.gov.cn") == "https://www.gov.cn/"


@pytest.mark.parametrize("href", [
    "http://wap.miit.gov.cn/xwfb/a.html?spm=1", "https://WWW.GOV.CN./zhengce/content_1.htm",
    "http://www.example.org:8080/a.html", "https://www.miit.gov.cn:443/a.html", "//chinadaily.com.cn/a/1.html",
    "https://www.miit.gov.cn/cms_files/demo/pdfjs/web/viewer.html?file=https://english.gov.cn/f.pdf",
    "https://www.miit.gov.cn/cms_files/demo/pdfjs/web/viewer.html?file=javascript:alert(1)",
    "https://www.miit.gov.cn/cms_files/demo/pdfjs/web/viewer.html", "file:///tmp/page.html", "", "#top",
])
def test_canonical_host_is_the_host_of_the_canonical_url(href):
    # source_of tells a page's source by this host; it must be exactly canonical_url's.
    url = canonical_url(href)
    assert canonical_host(href) == (url.split("/")[2] if url else None)


@pytest.mark.parametrize("href", ["http://[2001:db8::1/a.html", "https://www.miit.gov.cn:99999/a.html",
                                  "https://www.miit.gov.cn:port/a.html", "//[bad/x.pdf"])
def test_a_malformed_link_is_no_url_rather_than_an_error(href):
    assert canonical_url(href, COLUMN) is None
    assert canonical_host(href) is None
