"""Retries with backoff and Retry-After, on 5xx/429, connection errors and timeouts."""

from __future__ import annotations

import random
import socket
import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from http_testkit import MIIT, FakeTime, closed_port, raw_server, snapshot_base
from pytest_httpserver import HTTPServer

from scrapers.http.retry import backoff_delay, parse_retry_after

PAGE = "<p>ok</p>"


def test_backoff_grows_exponentially_with_jitter_and_cap() -> None:
    rng = random.Random(3)
    for retry, full in [(1, 1.0), (2, 2.0), (3, 4.0), (8, 60.0)]:
        delays = [backoff_delay(retry, 1.0, 60.0, rng) for _ in range(50)]
        assert all(full / 2 <= d <= full for d in delays)
        assert len(set(delays)) > 1  # jittered


def test_retry_after_seconds_and_http_date() -> None:
    now = datetime(2026, 11, 27, 4, 0, tzinfo=UTC)
    assert parse_retry_after("120", now) == 120
    assert parse_retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), now) == 30
    assert parse_retry_after(format_datetime(now - timedelta(seconds=30), usegmt=True), now) == 0
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None


def test_5xx_is_retried_until_success(client, httpserver: HTTPServer, fake_time: FakeTime) -> None:
    for _ in range(2):
        httpserver.expect_ordered_request("/flaky").respond_with_data("busy", status=503)
    httpserver.expect_ordered_request("/flaky").respond_with_data(PAGE, content_type="text/html")
    result = client.get(f"{MIIT}/flaky", source="miit")
    assert result.outcome == "ok", result.error
    assert result.attempts == 3
    # backoff_base 0.5: first wait in [0.25, 0.5], second in [0.5, 1.0]
    assert len(fake_time.sleeps) == 2
    assert 0.25 <= fake_time.sleeps[0] <= 0.5 and 0.5 <= fake_time.sleeps[1] <= 1.0


def test_retries_exhausted_give_http_error(make_client, httpserver: HTTPServer, fake_time: FakeTime) -> None:
    client = make_client(snapshot_base(httpserver), retries=2)
    httpserver.expect_request("/down").respond_with_data("bad gateway", status=502)
    result = client.get(f"{MIIT}/down", source="miit")
    assert result.outcome == "http_error"
    assert result.status == 502 and result.attempts == 3
    assert "HTTP 502" in (result.error or "") and "after 3 attempts" in (result.error or "")
    assert len(httpserver.log) == 3 and len(fake_time.sleeps) == 2


def test_429_honours_retry_after_seconds(client, httpserver: HTTPServer, fake_time: FakeTime) -> None:
    httpserver.expect_ordered_request("/slow").respond_with_data("", status=429, headers={"Retry-After": "7"})
    httpserver.expect_ordered_request("/slow").respond_with_data(PAGE, content_type="text/html")
    result = client.get(f"{MIIT}/slow", source="miit")
    assert result.outcome == "ok" and result.attempts == 2
    assert fake_time.sleeps == [7.0]


def test_retry_after_date_is_honoured_and_capped(
    make_client, httpserver: HTTPServer, fake_time: FakeTime
) -> None:
    client = make_client(snapshot_base(httpserver), max_retry_after=30.0)
    later = format_datetime(datetime.now(UTC) + timedelta(hours=2), usegmt=True)
    httpserver.expect_ordered_request("/x").respond_with_data("", status=503, headers={"Retry-After": later})
    httpserver.expect_ordered_request("/x").respond_with_data(PAGE, content_type="text/html")
    assert client.get(f"{MIIT}/x", source="miit").ok
    assert fake_time.sleeps == [30.0]


@pytest.mark.parametrize("status", [404, 410, 400])
def test_client_errors_are_not_retried(
    client, httpserver: HTTPServer, fake_time: FakeTime, status: int
) -> None:
    httpserver.expect_request("/gone").respond_with_data("no", status=status)
    result = client.get(f"{MIIT}/gone", source="miit")
    assert result.outcome == "http_error" and result.status == status
    assert result.attempts == 1 and fake_time.sleeps == []
    assert f"HTTP {status}" in (result.error or "")


def test_connection_refused_is_retried_then_network_error(make_client, fake_time: FakeTime) -> None:
    client = make_client(f"http://127.0.0.1:{closed_port()}", retries=2)
    result = client.get(f"{MIIT}/a.html", source="miit")
    assert result.outcome == "network_error"
    assert result.attempts == 3 and len(fake_time.sleeps) == 2
    assert "connection failed" in (result.error or "")


def test_read_timeout_is_a_network_error(make_client) -> None:
    def silent(conn: socket.socket, stop: threading.Event) -> None:
        stop.wait(2)  # never answer

    with raw_server(silent) as base:
        client = make_client(base, retries=1, timeout=(1.0, 0.2))
        result = client.get(f"{MIIT}/a.html", source="miit")
    assert result.outcome == "network_error"
    assert "timed out" in (result.error or "") and result.attempts == 2
