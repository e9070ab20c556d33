"""Charset decoding: BOM, then <meta>, then header, then detection; GBK served under wrong labels."""

from __future__ import annotations

import codecs

import pytest
from http_testkit import MIIT
from pytest_httpserver import HTTPServer

from scrapers.http import HttpClient
from scrapers.http.charset import codec_for, decode_body

TEXT = (
    "工业和信息化部召开新闻发布会，介绍2026年前三季度工业和信息化发展情况。规模以上工业增加值同比增长5.9%。"
)
# 镕 (U+9555) is in GBK but not GB2312: pages labelled gb2312 use such characters all the time.
GBK_ONLY = "朱镕基"


def page(head: str = "") -> str:
    return f"<html><head>{head}<title>新闻</title></head><body><p>{TEXT}</p></body></html>"


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("GB2312", "gb18030"),
        ("gbk", "gb18030"),
        ("x-gbk", "gb18030"),
        ("UTF8", "utf-8"),
        ("iso-8859-1", "cp1252"),
        ("big5", "big5hkscs"),
        ("no-such-charset", None),
        (None, None),
    ],
)
def test_codec_for_labels(label: str | None, codec: str | None) -> None:
    assert codec_for(label) == codec


def test_bom_wins_over_everything() -> None:
    text, codec = decode_body(
        codecs.BOM_UTF8 + page("<meta charset='gbk'>").encode(), "text/html; charset=gbk"
    )
    assert codec == "utf-8" and TEXT in text and not text.startswith("\ufeff")
    text, codec = decode_body(TEXT.encode("utf-16"), None)
    assert codec == "utf-16" and text == TEXT


def test_meta_wins_over_a_wrong_header() -> None:
    body = page("<meta http-equiv='Content-Type' content='text/html; charset=gb2312'>").encode("gbk")
    text, codec = decode_body(body, "text/html; charset=utf-8")
    assert codec == "gb18030" and TEXT in text


def test_gb2312_label_decodes_gbk_only_characters() -> None:
    body = page("<meta charset='gb2312'>").replace("新闻", GBK_ONLY).encode("gbk")
    text, codec = decode_body(body, None)
    assert GBK_ONLY in text and codec == "gb18030"


@pytest.mark.parametrize(
    "content_type", ["text/html; charset=utf-8", "text/html", None, "text/html; charset=ISO-8859-1"]
)
def test_unlabelled_or_mislabelled_gbk_is_detected(content_type: str | None) -> None:
    text, codec = decode_body(page().encode("gbk"), content_type)
    assert TEXT in text and codec == "gb18030"


def test_header_used_when_the_page_says_nothing() -> None:
    text, codec = decode_body("<p>café crème</p>".encode("cp1252"), "text/html; charset=windows-1252")
    assert text == "<p>café crème</p>" and codec == "cp1252"


def test_json_is_not_sniffed_for_meta() -> None:
    body = '{"html": "<meta charset=\'gbk\'>中文"}'.encode()
    text, codec = decode_body(body, "application/json", html=False)
    assert codec == "utf-8" and "中文" in text


def test_client_decodes_gbk_page_served_as_utf8(client: HttpClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/gbk.html").respond_with_data(
        page().encode("gbk"), content_type="text/html; charset=utf-8"
    )
    result = client.get(f"{MIIT}/gbk.html", source="miit")
    assert result.outcome == "ok", result.error
    assert TEXT in (result.text or "")
    assert result.encoding == "gb18030"
    assert result.body == page().encode("gbk")  # raw bytes kept as received
