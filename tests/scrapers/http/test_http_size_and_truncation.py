"""The body size cap, and transfers cut short by the server."""

from __future__ import annotations

import socket
import threading

from http_testkit import MIIT, FakeTime, raw_server, reset, snapshot_base
from pytest_httpserver import HTTPServer
from werkzeug import Response


def test_declared_length_over_the_cap_is_too_large(
    make_client, httpserver: HTTPServer, fake_time: FakeTime
) -> None:
    client = make_client(snapshot_base(httpserver), max_bytes=1000)
    httpserver.expect_request("/big.pdf").respond_with_data(
        b"%PDF" + b"x" * 5000, content_type="application/pdf"
    )
    result = client.get(f"{MIIT}/big.pdf", source="miit", expect="binary")
    assert result.outcome == "too_large"
    assert "1000-byte cap" in (result.error or "")
    assert result.body is None and result.status == 200
    assert result.attempts == 1 and fake_time.sleeps == []  # not retried


def test_streamed_body_without_length_stops_at_the_cap(make_client, httpserver: HTTPServer) -> None:
    client = make_client(snapshot_base(httpserver), max_bytes=100_000)
    sent = []

    def endless():  # chunked, no Content-Length: only counting can stop it
        for _ in range(1000):
            sent.append(1)
            yield b"y" * 10_000

    httpserver.expect_request("/stream").respond_with_response(Response(endless(), content_type="text/html"))
    result = client.get(f"{MIIT}/stream", source="miit")
    assert result.outcome == "too_large"
    assert "download stopped" in (result.error or "")
    assert len(sent) < 1000  # the client hung up well before the server finished


def test_body_exactly_at_the_cap_is_fine(make_client, httpserver: HTTPServer) -> None:
    client = make_client(snapshot_base(httpserver), max_bytes=1000)
    httpserver.expect_request("/fit").respond_with_data(
        b"<p>" + b"z" * 993 + b"</p>", content_type="text/html"
    )
    assert client.get(f"{MIIT}/fit", source="miit").outcome == "ok"


def test_short_body_against_content_length_is_a_network_error(make_client) -> None:
    def short(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n<p>only a little"
        )

    with raw_server(short) as base:
        result = make_client(base, retries=1).get(f"{MIIT}/cut.html", source="miit")
    assert result.outcome == "network_error"
    assert "cut short" in (result.error or "")
    assert result.body is None and result.text is None
    assert result.attempts == 2  # a cut transfer is transient: retried


def test_connection_reset_mid_body_is_a_network_error(make_client) -> None:
    def reset_mid_body(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
            b"10\r\n<p>first chunk..\r\n"
        )
        reset(conn)

    with raw_server(reset_mid_body) as base:
        result = make_client(base, retries=0).get(f"{MIIT}/reset.html", source="miit")
    assert result.outcome == "network_error"
    assert "cut short" in (result.error or "") or "reset" in (result.error or "").lower()
    assert result.body is None
