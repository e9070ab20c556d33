"""Browser-like request headers, conditional requests and 304."""

from __future__ import annotations

import pytest
from http_testkit import MIIT
from pytest_httpserver import HTTPServer

from scrapers.http import HttpClient

PAGE = "<html><body><p>x</p></body></html>"


def test_browser_headers_and_referer_are_sent(client: HttpClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/art.html").respond_with_data(PAGE, content_type="text/html")
    column = f"{MIIT}/xwfb/gxdt/sjdt/index.html"
    assert client.get(f"{MIIT}/art.html", source="miit", referer=column).ok
    request, _ = httpserver.log[-1]
    assert (
        "Chrome/" in request.headers["User-Agent"] and "python-requests" not in request.headers["User-Agent"]
    )
    assert request.headers["Accept"].startswith("text/html")
    assert request.headers["Accept-Language"] == "zh-CN,zh;q=0.9,en;q=0.8"
    assert request.headers["Referer"] == column
    assert "If-None-Match" not in request.headers and "If-Modified-Since" not in request.headers


def test_json_requests_look_like_the_pages_own_ajax(client: HttpClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api").respond_with_json({"success": True, "data": {}})
    assert client.get(f"{MIIT}/api", source="miit", expect="json").ok
    request, _ = httpserver.log[-1]
    assert request.headers["Accept"].startswith("application/json")
    assert request.headers["X-Requested-With"] == "XMLHttpRequest"
    assert "Referer" not in request.headers


def test_conditional_request_gets_not_modified(client: HttpClient, httpserver: HTTPServer) -> None:
    etag, stamp = 'W/"66ec5261-14d8"', "Thu, 19 Sep 2024 16:33:37 GMT"
    httpserver.expect_request(
        "/index.html", headers={"If-None-Match": etag, "If-Modified-Since": stamp}
    ).respond_with_data("", status=304, headers={"ETag": 'W/"new"'})
    result = client.get(f"{MIIT}/index.html", source="miit", etag=etag, last_modified=stamp)
    assert result.outcome == "not_modified", result.error
    assert result.status == 304 and result.error is None
    assert result.etag == 'W/"new"' and result.last_modified == stamp  # the response's wins
    assert result.body is None and result.text is None
    assert not result.ok


def test_304_without_validators_keeps_the_ones_sent(client: HttpClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/index.html").respond_with_data("", status=304)
    result = client.get(
        f"{MIIT}/index.html", source="miit", etag='"e1"', last_modified="Mon, 01 Jan 2024 00:00:00 GMT"
    )
    assert result.outcome == "not_modified"
    assert result.etag == '"e1"' and result.last_modified == "Mon, 01 Jan 2024 00:00:00 GMT"


def test_validators_are_recorded_from_a_full_response(client: HttpClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/index.html").respond_with_data(
        PAGE,
        content_type="text/html",
        headers={"ETag": '"abc"', "Last-Modified": "Thu, 19 Sep 2024 16:33:37 GMT"},
    )
    result = client.get(f"{MIIT}/index.html", source="miit")
    assert result.ok
    assert result.etag == '"abc"' and result.last_modified == "Thu, 19 Sep 2024 16:33:37 GMT"


def test_unknown_expect_is_a_programming_error(client: HttpClient) -> None:
    with pytest.raises(ValueError, match="expect"):
        client.get(f"{MIIT}/a", source="miit", expect="xml")
