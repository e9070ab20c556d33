"""Only allow-listed hosts are fetched; redirects are followed by the client and checked per hop."""

from __future__ import annotations

import socket
import threading

import pytest
from http_testkit import MIIT, raw_server
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from scrapers.http import HttpClient


def test_host_off_the_list_is_not_fetched(client: HttpClient, httpserver: HTTPServer) -> None:
    result = client.get("https://evil.example.com/a.html", source="x")
    assert result.outcome == "off_allowlist"
    assert "evil.example.com" in (result.error or "")
    assert result.attempts == 0
    assert len(httpserver.log) == 0


def test_the_snapshot_address_itself_is_not_a_valid_url(client: HttpClient, httpserver: HTTPServer) -> None:
    result = client.get(f"http://127.0.0.1:{httpserver.port}/a.html", source="x")
    assert result.outcome == "off_allowlist"
    assert len(httpserver.log) == 0


def test_non_http_scheme_is_refused(client: HttpClient) -> None:
    result = client.get("ftp://www.miit.gov.cn/a.pdf", source="miit")
    assert result.outcome == "off_allowlist"
    assert "http(s)" in (result.error or "")


@pytest.mark.parametrize("url", ["http://[::1/a", "www.miit.gov.cn/a.html", ""])
def test_malformed_urls_are_refused_not_raised(client: HttpClient, url: str) -> None:
    assert client.get(url, source="miit").outcome == "off_allowlist"


def test_malformed_redirect_location_is_an_http_error(make_client) -> None:
    def bad_redirect(conn: socket.socket, stop: threading.Event) -> None:  # werkzeug refuses to send this
        conn.sendall(b"HTTP/1.1 302 Found\r\nLocation: http://[::1/x\r\nContent-Length: 0\r\n\r\n")

    with raw_server(bad_redirect) as base:
        result = make_client(base).get(f"{MIIT}/bad", source="miit")
    assert result.outcome == "http_error"
    assert "malformed response" in (result.error or "") and "Invalid IPv6 URL" in (result.error or "")
    assert result.attempts == 1


def test_redirect_leaving_the_list_is_refused(client: HttpClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/go").respond_with_data(
        "", status=302, headers={"Location": "https://tracker.example.net/x"}
    )
    result = client.get(f"{MIIT}/go", source="miit")
    assert result.outcome == "off_allowlist"
    assert "redirect target" in (result.error or "") and "tracker.example.net" in (result.error or "")
    assert result.status == 302
    assert len(httpserver.log) == 1  # the off-list target was never requested


def test_redirect_loop(client: HttpClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("", status=301, headers={"Location": f"{MIIT}/a"})
    result = client.get(f"{MIIT}/a", source="miit")
    assert result.outcome == "redirect_loop"
    assert "loop" in (result.error or "")
    assert [request.path for request, _ in httpserver.log] == ["/a", "/b", "/a", "/b"]


def test_cookie_redirect_to_the_same_url_is_followed(client: HttpClient, httpserver: HTTPServer) -> None:
    def challenge(request: Request) -> Response:
        if request.cookies.get("__jsl_ok") == "1":
            return Response("<p>article</p>", content_type="text/html")
        response = Response("", status=302, headers={"Location": "/art.html"})
        response.set_cookie("__jsl_ok", "1")
        return response

    httpserver.expect_request("/art.html").respond_with_handler(challenge)
    result = client.get(f"{MIIT}/art.html", source="miit")
    assert result.outcome == "ok", result.error
    assert result.attempts == 2


def test_more_than_max_redirects(make_client, httpserver: HTTPServer) -> None:
    client = make_client(f"http://127.0.0.1:{httpserver.port}", max_redirects=2)
    for n in range(5):
        httpserver.expect_request(f"/r{n}").respond_with_data(
            "", status=307, headers={"Location": f"/r{n + 1}"}
        )
    result = client.get(f"{MIIT}/r0", source="miit")
    assert result.outcome == "redirect_loop"
    assert "more than 2 redirects" in (result.error or "")
    assert len(httpserver.log) == 3  # r0 -> r1 -> r2 -> (r3 refused)


def test_exactly_max_redirects_is_fine(make_client, httpserver: HTTPServer) -> None:
    client = make_client(f"http://127.0.0.1:{httpserver.port}", max_redirects=2)
    httpserver.expect_request("/r0").respond_with_data("", status=302, headers={"Location": "/r1"})
    httpserver.expect_request("/r1").respond_with_data("", status=302, headers={"Location": "/end"})
    httpserver.expect_request("/end").respond_with_data("<p>done</p>", content_type="text/html")
    result = client.get(f"{MIIT}/r0", source="miit")
    assert result.outcome == "ok", result.error
    assert result.final_url == f"{MIIT}/end"


def test_redirect_without_location_is_an_http_error(client: HttpClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/odd").respond_with_data("", status=302)
    result = client.get(f"{MIIT}/odd", source="miit")
    assert result.outcome == "http_error"
    assert "Location" in (result.error or "")
