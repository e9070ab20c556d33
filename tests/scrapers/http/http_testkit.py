"""Test helpers for the HTTP client tests: a fake clock and a raw socket server for misbehaviour
pytest-httpserver cannot produce (cut-short bodies, resets, silence). 127.0.0.1 only.

A uniquely named module rather than ``conftest`` imports: several test folders have a conftest.
"""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from pytest_httpserver import HTTPServer

MIIT = "https://www.miit.gov.cn"


class FakeTime:
    """A monotonic clock that only moves when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def snapshot_base(server: HTTPServer) -> str:
    """The server's base URL on 127.0.0.1 (url_for says "localhost", which may resolve to ::1)."""
    return f"http://127.0.0.1:{server.port}"


def closed_port() -> int:
    """A local port nothing listens on (bound briefly to find it, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _read_request_head(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


@contextmanager
def raw_server(respond: Callable[[socket.socket, threading.Event], None]) -> Iterator[str]:
    """Serve each connection by ``respond(conn, stop)`` after reading the request head; yields
    the base URL. ``stop`` is set at teardown so slow responders can give up."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.05)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except (TimeoutError, OSError):
                continue
            with conn:
                _read_request_head(conn)
                respond(conn, stop)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(timeout=2)
        listener.close()


def reset(conn: socket.socket) -> None:
    """Close with a TCP RST (SO_LINGER 0) rather than a clean FIN."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
