"""Snapshot routing end to end, live mode on the same path, cookies, and the always-filled fields."""

from __future__ import annotations

from collections.abc import Callable

from http_testkit import MIIT, closed_port, snapshot_base
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from scrapers.http import ClientConfig, HttpClient

PAGE = "<html><head><meta charset='utf-8'><title>t</title></head><body><p>工业和信息化部</p></body></html>"


def test_real_url_goes_to_snapshot_with_host_header(client: HttpClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request(
        "/a/b.html", query_string="x=1", headers={"Host": "www.miit.gov.cn"}
    ).respond_with_data(PAGE, content_type="text/html; charset=utf-8", headers={"ETag": '"v1"'})
    result = client.get(f"{MIIT}/a/b.html?x=1", source="miit")
    assert result.outcome == "ok", result.error
    assert result.url == f"{MIIT}/a/b.html?x=1"
    assert result.final_url == f"{MIIT}/a/b.html?x=1"
    assert result.status == 200 and result.content_type == "text/html; charset=utf-8"
    assert result.etag == '"v1"' and result.attempts == 1
    assert result.duration_ms > 0 and result.fetched_at.tzinfo is not None
    assert "工业和信息化部" in (result.text or "") and result.encoding == "utf-8"
    assert result.body == PAGE.encode()


def test_params_are_added_to_the_query(client: HttpClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request(
        "/api", query_string={"pageId": "abc", "paramJson": '{"pageNo":2}', "a": "1"}
    ).respond_with_json({"success": True, "data": {"html": "<li/>"}})
    result = client.get(
        f"{MIIT}/api?a=1", source="miit", expect="json", params={"pageId": "abc", "paramJson": '{"pageNo":2}'}
    )
    assert result.outcome == "ok", result.error
    assert result.url == f"{MIIT}/api?a=1"
    assert result.final_url is not None and result.final_url.startswith(
        f"{MIIT}/api?a=1&pageId=abc&paramJson="
    )


def test_redirect_to_real_host_is_mapped_back_to_snapshot(client: HttpClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/xwdt/old.html", headers={"Host": "www.miit.gov.cn"}).respond_with_data(
        "", status=301, headers={"Location": "https://wap.miit.gov.cn/xwfb/new.html"}
    )
    httpserver.expect_request("/xwfb/new.html", headers={"Host": "wap.miit.gov.cn"}).respond_with_data(
        PAGE, content_type="text/html"
    )
    result = client.get(f"{MIIT}/xwdt/old.html", source="miit")
    assert result.outcome == "ok", result.error
    assert result.url == f"{MIIT}/xwdt/old.html"
    assert result.final_url == "https://wap.miit.gov.cn/xwfb/new.html"
    assert result.attempts == 2


def test_redirect_naming_the_snapshot_address_stays_on_the_real_host(
    client: HttpClient, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/r").respond_with_data(
        "", status=302, headers={"Location": f"{snapshot_base(httpserver)}/target"}
    )
    httpserver.expect_request("/target", headers={"Host": "www.miit.gov.cn"}).respond_with_data(
        PAGE, content_type="text/html"
    )
    result = client.get(f"{MIIT}/r", source="miit")
    assert result.outcome == "ok", result.error
    assert result.final_url == f"{MIIT}/target"
    assert "127.0.0.1" not in (result.final_url or "") + result.url


def test_live_mode_sends_the_same_request_straight_to_the_host(httpserver: HTTPServer) -> None:
    httpserver.expect_request(
        "/live.html", headers={"Host": f"127.0.0.1:{httpserver.port}"}
    ).respond_with_data(PAGE, content_type="text/html")
    config = ClientConfig(
        mode="live", allowed_hosts=frozenset({"127.0.0.1"}), rate_limit=0, respect_robots=False
    )
    url = f"{snapshot_base(httpserver)}/live.html"
    with HttpClient(config) as live:
        result = live.get(url, source="test")
    assert result.outcome == "ok", result.error
    assert result.final_url == url


def test_cookies_persist_across_requests(client: HttpClient, httpserver: HTTPServer) -> None:
    seen: list[str | None] = []

    def column(request: Request) -> Response:
        response = Response(PAGE, content_type="text/html")
        response.set_cookie("JSESSIONID", "abc123")
        return response

    def article(request: Request) -> Response:
        seen.append(request.cookies.get("JSESSIONID"))
        return Response(PAGE, content_type="text/html")

    httpserver.expect_request("/column/index.html").respond_with_handler(column)
    httpserver.expect_request("/column/art.html").respond_with_handler(article)
    assert client.get(f"{MIIT}/column/index.html", source="miit").ok
    assert client.get(f"{MIIT}/column/art.html", source="miit").ok
    assert seen == ["abc123"]


def test_result_fields_on_connection_failure(make_client: Callable[..., HttpClient]) -> None:
    client = make_client(f"http://127.0.0.1:{closed_port()}", retries=0)
    result = client.get(f"{MIIT}/x.html", source="miit")
    assert result.outcome == "network_error"
    assert result.status is None and result.body is None
    assert result.error and "connection failed" in result.error
    assert result.url == f"{MIIT}/x.html" and result.final_url == f"{MIIT}/x.html"
    assert result.duration_ms > 0
