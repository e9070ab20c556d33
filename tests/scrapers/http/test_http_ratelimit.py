"""Per-host request spacing, measured on a fake clock (no real sleeping)."""

from __future__ import annotations

import itertools
import threading

from http_testkit import MIIT, FakeTime, snapshot_base
from pytest_httpserver import HTTPServer

from scrapers.http.ratelimit import HostRateLimiter


def test_requests_to_one_host_are_spaced_by_the_interval(fake_time: FakeTime) -> None:
    limiter = HostRateLimiter(2.0, clock=fake_time.clock, sleep=fake_time.sleep)
    starts = []
    for _ in range(4):
        limiter.wait("www.miit.gov.cn")
        starts.append(fake_time.now)
    assert [b - a for a, b in itertools.pairwise(starts)] == [0.5, 0.5, 0.5]


def test_hosts_do_not_wait_for_each_other(fake_time: FakeTime) -> None:
    limiter = HostRateLimiter(1.0, clock=fake_time.clock, sleep=fake_time.sleep)
    assert limiter.wait("www.miit.gov.cn") == 0
    assert limiter.wait("www.gov.cn") == 0
    assert limiter.wait("www.miit.gov.cn") == 1.0


def test_time_already_passed_counts(fake_time: FakeTime) -> None:
    limiter = HostRateLimiter(1.0, clock=fake_time.clock, sleep=fake_time.sleep)
    limiter.wait("h")
    fake_time.now += 0.75  # e.g. the download took 0.75 s
    assert limiter.wait("h") == 0.25
    fake_time.now += 3
    assert limiter.wait("h") == 0


def test_zero_rate_means_unlimited(fake_time: FakeTime) -> None:
    limiter = HostRateLimiter(0, clock=fake_time.clock, sleep=fake_time.sleep)
    limiter.slow_down("h", 10)
    assert [limiter.wait("h") for _ in range(5)] == [0] * 5
    assert fake_time.sleeps == []


def test_threads_on_one_host_queue_for_distinct_slots() -> None:
    slept: list[float] = []
    lock = threading.Lock()

    def sleep(seconds: float) -> None:
        with lock:
            slept.append(seconds)

    limiter = HostRateLimiter(1.0, clock=lambda: 50.0, sleep=sleep)  # frozen clock: slots must still differ
    threads = [threading.Thread(target=limiter.wait, args=("h",)) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(slept) == [1.0, 2.0, 3.0, 4.0]


def test_client_spaces_real_requests(make_client, httpserver: HTTPServer, fake_time: FakeTime) -> None:
    client = make_client(snapshot_base(httpserver), rate_limit=4.0)
    httpserver.expect_request("/a.html").respond_with_data("<p>x</p>", content_type="text/html")
    for _ in range(3):
        assert client.get(f"{MIIT}/a.html", source="miit").ok
    assert client.get("https://www.gov.cn/a.html", source="govcn").ok  # another host: no wait
    assert fake_time.sleeps == [0.25, 0.25]
