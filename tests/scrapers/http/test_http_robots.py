"""robots.txt: fetched once per host via the snapshot, honoured, and RFC 9309 for failures."""

from __future__ import annotations

import threading
from collections.abc import Callable

from http_testkit import MIIT, FakeTime, snapshot_base
from pytest_httpserver import HTTPServer

from scrapers.http import HttpClient
from scrapers.http.robots import CACHE_TTL_S, UNREACHABLE_RECHECK_S

PAGE = "<html><body><p>内容 content</p></body></html>"
ROBOTS = "User-agent: *\nDisallow: /private/\nAllow: /private/open/\nDisallow: /*.doc$\n"


def robots_client(
    make_client: Callable[..., HttpClient], server: HTTPServer, **overrides: object
) -> HttpClient:
    return make_client(snapshot_base(server), respect_robots=True, **overrides)


def robots_requests(server: HTTPServer, host: str = "www.miit.gov.cn") -> int:
    return sum(1 for request, _ in server.log if request.path == "/robots.txt" and request.host == host)


def test_disallowed_path_is_not_fetched_and_robots_is_fetched_once(
    make_client, httpserver: HTTPServer
) -> None:
    client = robots_client(make_client, httpserver)
    httpserver.expect_request("/robots.txt", headers={"Host": "www.miit.gov.cn"}).respond_with_data(
        ROBOTS, content_type="text/plain"
    )
    httpserver.expect_request("/public.html").respond_with_data(PAGE, content_type="text/html")
    httpserver.expect_request("/private/open/a.html").respond_with_data(PAGE, content_type="text/html")

    refused = client.get(f"{MIIT}/private/secret.html", source="miit")
    assert refused.outcome == "disallowed"
    assert "robots.txt" in (refused.error or "")
    # Longest match wins (RFC 9309), so the more specific Allow beats the earlier Disallow.
    assert client.get(f"{MIIT}/private/open/a.html", source="miit").outcome == "ok"
    assert client.get(f"{MIIT}/public.html", source="miit").outcome == "ok"
    assert client.get(f"{MIIT}/files/a.doc", source="miit").outcome == "disallowed"
    assert robots_requests(httpserver) == 1
    assert not any(request.path.startswith("/private/secret") for request, _ in httpserver.log)


def test_robots_is_per_host(make_client, httpserver: HTTPServer) -> None:
    client = robots_client(make_client, httpserver)
    httpserver.expect_request("/robots.txt", headers={"Host": "www.miit.gov.cn"}).respond_with_data(
        "User-agent: *\nDisallow: /\n"
    )
    httpserver.expect_request("/robots.txt", headers={"Host": "www.gov.cn"}).respond_with_data(
        "User-agent: *\nAllow: /\n"
    )
    httpserver.expect_request("/p.html").respond_with_data(PAGE, content_type="text/html")
    assert client.get(f"{MIIT}/p.html", source="miit").outcome == "disallowed"
    assert client.get("https://www.gov.cn/p.html", source="govcn").outcome == "ok"


def test_redirect_target_is_checked_against_its_own_hosts_robots(make_client, httpserver: HTTPServer) -> None:
    client = robots_client(make_client, httpserver)
    httpserver.expect_request("/robots.txt", headers={"Host": "www.miit.gov.cn"}).respond_with_data(
        "User-agent: *\nAllow: /\n"
    )
    httpserver.expect_request("/robots.txt", headers={"Host": "wap.miit.gov.cn"}).respond_with_data(
        "User-agent: *\nDisallow: /m/\n"
    )
    httpserver.expect_request("/go").respond_with_data(
        "", status=302, headers={"Location": "https://wap.miit.gov.cn/m/p.html"}
    )
    result = client.get(f"{MIIT}/go", source="miit")
    assert result.outcome == "disallowed"
    assert "wap.miit.gov.cn" in (result.error or "")
    assert not any(request.path == "/m/p.html" for request, _ in httpserver.log)


def test_missing_robots_allows_everything(make_client, httpserver: HTTPServer) -> None:
    client = robots_client(make_client, httpserver)
    httpserver.expect_request("/robots.txt").respond_with_data("not found", status=404)
    httpserver.expect_request("/private/x.html").respond_with_data(PAGE, content_type="text/html")
    assert client.get(f"{MIIT}/private/x.html", source="miit").outcome == "ok"
    assert client.get(f"{MIIT}/private/x.html", source="miit").outcome == "ok"
    assert robots_requests(httpserver) == 1


def test_unreachable_robots_refuses_for_a_while_then_is_fetched_again(
    make_client, httpserver: HTTPServer, fake_time: FakeTime
) -> None:
    client = robots_client(make_client, httpserver, retries=1)
    httpserver.expect_ordered_request("/robots.txt").respond_with_data("down", status=503)
    httpserver.expect_ordered_request("/robots.txt").respond_with_data("down", status=503)
    httpserver.expect_ordered_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
    httpserver.expect_request("/a.html").respond_with_data(PAGE, content_type="text/html")

    first = client.get(f"{MIIT}/a.html", source="miit")
    assert first.outcome == "disallowed"
    assert (
        "unreachable" in (first.error or "")
        and "503" in (first.error or "")
        and "RFC 9309" in (first.error or "")
    )
    assert robots_requests(httpserver) == 2  # the robots fetch itself was retried once
    # Within the recheck window the failure is remembered, not re-fetched.
    assert client.get(f"{MIIT}/a.html", source="miit").outcome == "disallowed"
    assert robots_requests(httpserver) == 2
    fake_time.now += UNREACHABLE_RECHECK_S + 1
    assert client.get(f"{MIIT}/a.html", source="miit").outcome == "ok"
    assert robots_requests(httpserver) == 3


def test_robots_off_skips_it(client: HttpClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/a.html").respond_with_data(PAGE, content_type="text/html")
    assert client.get(f"{MIIT}/a.html", source="miit").outcome == "ok"
    assert robots_requests(httpserver) == 0


def test_crawl_delay_slows_the_host_when_rate_limiting(
    make_client, httpserver: HTTPServer, fake_time: FakeTime
) -> None:
    client = robots_client(make_client, httpserver, rate_limit=1.0)
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nCrawl-delay: 5\n")
    httpserver.expect_request("/a.html").respond_with_data(PAGE, content_type="text/html")
    for _ in range(3):
        assert client.get(f"{MIIT}/a.html", source="miit").ok
    # robots.txt at t0 (then Crawl-delay applies), first page 1 s later (slot booked before the
    # delay was known), then 5 s between pages.
    assert fake_time.sleeps == [1.0, 5.0, 5.0]


def test_robots_is_fetched_once_when_threads_race(make_client, httpserver: HTTPServer) -> None:
    client = robots_client(make_client, httpserver)
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /x/\n")
    httpserver.expect_request("/a.html").respond_with_data(PAGE, content_type="text/html")
    outcomes: list[str] = []
    threads = [
        threading.Thread(target=lambda: outcomes.append(client.get(f"{MIIT}/a.html", source="miit").outcome))
        for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes == ["ok"] * 8
    assert robots_requests(httpserver) == 1


def test_robots_is_refreshed_after_a_day(make_client, httpserver: HTTPServer, fake_time: FakeTime) -> None:
    client = robots_client(make_client, httpserver)
    httpserver.expect_oneshot_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
    httpserver.expect_oneshot_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /\n")
    httpserver.expect_request("/a.html").respond_with_data(PAGE, content_type="text/html")
    assert client.get(f"{MIIT}/a.html", source="miit").outcome == "ok"
    fake_time.now += CACHE_TTL_S - 1
    assert client.get(f"{MIIT}/a.html", source="miit").outcome == "ok"
    fake_time.now += 2
    assert client.get(f"{MIIT}/a.html", source="miit").outcome == "disallowed"
    assert robots_requests(httpserver) == 2
