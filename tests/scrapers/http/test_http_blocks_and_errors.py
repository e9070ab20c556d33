"""Blocks (refusals, JS challenges, wrong or failed JSON) and plain HTTP errors and empty bodies."""

from __future__ import annotations

import json

import pytest
from http_testkit import MIIT, FakeTime
from pytest_httpserver import HTTPServer

from scrapers.http import HttpClient
from scrapers.http.blocks import challenge_reason

# Recorded envelopes of MIIT's listing API (shared/reference/miit-samples/api-error-envelopes.json).
BAD_PARAMS = '{"roles":null,"permissions":null,"code":"200","success":false,"data":{},"message":""}'
POST_REFUSED = (
    '{"roles":null,"permissions":null,"code":"200","success":false,"data":{},"message":"不支持的HTTP方法"}'
)
JSL_CHALLENGE = (
    "<html><script>document.cookie=('_')+('_j')+('sl_clearance_s=1700000000.1|0|abc');"
    "location.href=location.pathname+location.search</script></html>"
)
TINY_SCRIPT_PAGE = (
    "<html><head><script>document.cookie='ok=1';window.location.reload();location.href='/x'</script>"
    "</head><body></body></html>"
)
ARTICLE = (
    "<html><head><script src='/jquery.js'></script>"
    "<script>var c=document.cookie; if(!c){location.href='/a'}</script></head>"
    "<body><h1 id='con_title'>工业和信息化部召开新闻发布会</h1>"
    + "<p>规模以上工业增加值同比增长5.9%，高技术制造业增加值增长9.6%。</p>" * 5
    + "</body></html>"
)


@pytest.mark.parametrize("status", [403, 521])
def test_refusal_statuses_are_blocked_and_not_retried(
    client: HttpClient, httpserver: HTTPServer, fake_time: FakeTime, status: int
) -> None:
    httpserver.expect_request("/p.html").respond_with_data(
        "<html>denied</html>", status=status, content_type="text/html"
    )
    result = client.get(f"{MIIT}/p.html", source="miit")
    assert result.outcome == "blocked" and result.status == status
    assert str(status) in (result.error or "")
    assert result.body is None and result.text is None
    assert result.attempts == 1 and fake_time.sleeps == []


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><script>var __jsluid_s='x';</script></head><body>"
        + "padding " * 2000
        + "</body></html>",
        JSL_CHALLENGE.replace("('_')+('_j')+('sl_clearance_s", "('__jsl_clearance_s"),
        TINY_SCRIPT_PAGE,
    ],
)
def test_js_challenge_pages_on_200_are_blocked(client: HttpClient, httpserver: HTTPServer, page: str) -> None:
    httpserver.expect_request("/p.html").respond_with_data(page, content_type="text/html")
    result = client.get(f"{MIIT}/p.html", source="miit")
    assert result.outcome == "blocked", result.error
    assert "challenge" in (result.error or "")
    assert result.body is None and result.text is None


def test_challenge_page_instead_of_a_pdf_is_blocked(client: HttpClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/a.pdf").respond_with_data(JSL_CHALLENGE, status=200, content_type="text/html")
    result = client.get(f"{MIIT}/a.pdf", source="miit", expect="binary")
    assert result.outcome == "blocked"
    assert result.body is None


def test_challenge_detection_spares_real_pages_with_scripts() -> None:
    assert challenge_reason(ARTICLE.encode()) is None
    # Obfuscated challenge without the marker names is still caught by its shape.
    assert challenge_reason(JSL_CHALLENGE.encode()) is not None
    assert challenge_reason(b"<html><body><p>short but real</p></body></html>") is None


def test_html_where_json_was_expected_is_blocked(client: HttpClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api").respond_with_data(
        "<!DOCTYPE html><html><body>请开启JavaScript</body></html>", content_type="text/html"
    )
    result = client.get(f"{MIIT}/api", source="miit", expect="json")
    assert result.outcome == "blocked"
    assert "expected JSON but got HTML" in (result.error or "")


def test_non_json_body_is_blocked(client: HttpClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api").respond_with_data(
        "{'single': 'quotes'}", content_type="application/json"
    )
    result = client.get(f"{MIIT}/api", source="miit", expect="json")
    assert result.outcome == "blocked"
    assert "does not parse" in (result.error or "")


def test_success_false_envelope_is_blocked(client: HttpClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api-gateway/jpaas-publish-server/front/page/build/unit").respond_with_data(
        BAD_PARAMS, content_type="application/json;charset=UTF-8"
    )
    result = client.get(
        f"{MIIT}/api-gateway/jpaas-publish-server/front/page/build/unit",
        source="miit",
        expect="json",
        params={"webId": "8d828e408d90447786ddbe128d495e9e"},
    )
    assert result.outcome == "blocked" and result.status == 200
    assert "success:false" in (result.error or "")
    assert result.text is None


def test_success_true_envelope_is_ok(client: HttpClient, httpserver: HTTPServer) -> None:
    envelope = {"code": "200", "success": True, "data": {"html": '<div id="右侧内容"></div>'}}
    httpserver.expect_request("/api").respond_with_data(
        json.dumps(envelope, ensure_ascii=False).encode(), content_type="application/json;charset=UTF-8"
    )
    result = client.get(f"{MIIT}/api", source="miit", expect="json")
    assert result.outcome == "ok", result.error
    assert json.loads(result.text or "")["data"]["html"] == '<div id="右侧内容"></div>'


def test_unsupported_method_500_is_an_http_error_not_retried(
    client: HttpClient, httpserver: HTTPServer, fake_time: FakeTime
) -> None:
    httpserver.expect_request("/api").respond_with_data(
        POST_REFUSED, status=500, content_type="application/json"
    )
    result = client.get(f"{MIIT}/api", source="miit", expect="json")
    assert result.outcome == "http_error" and result.status == 500
    assert "不支持的HTTP方法" in (result.error or "")
    assert result.attempts == 1 and fake_time.sleeps == []


@pytest.mark.parametrize("expect", ["html", "json", "binary"])
def test_empty_200_is_empty(client: HttpClient, httpserver: HTTPServer, expect: str) -> None:
    httpserver.expect_request("/e").respond_with_data(b"", content_type="text/html")
    result = client.get(f"{MIIT}/e", source="miit", expect=expect)
    assert result.outcome == "empty" and result.status == 200
    assert "empty" in (result.error or "")


def test_whitespace_only_page_is_empty(client: HttpClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/e").respond_with_data(b" \r\n\t ", content_type="text/html")
    assert client.get(f"{MIIT}/e", source="miit").outcome == "empty"


def test_binary_is_not_decoded_or_sniffed(client: HttpClient, httpserver: HTTPServer) -> None:
    pdf = b"%PDF-1.7\n" + bytes(range(256)) * 4
    httpserver.expect_request("/a.pdf").respond_with_data(pdf, content_type="application/pdf")
    result = client.get(f"{MIIT}/a.pdf", source="miit", expect="binary")
    assert result.outcome == "ok", result.error
    assert result.body == pdf
    assert result.text is None and result.encoding is None
