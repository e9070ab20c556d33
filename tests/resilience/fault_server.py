"""A misbehaving snapshot server for resilience tests: the bundled snapshot, plus chosen faults.

It reuses the snapshot server's request handler for every normal answer and intercepts only the
URLs given a :class:`Fault`: errors that heal (500 then success, 429 with Retry-After), answers
that hang, connections reset mid-body, truncated or mis-labelled pages, bodies over the size cap,
redirect loops and off-site redirects, and listing-API answers that are not the JSON asked for.

Faults are active while ``FaultServer.active`` is true, so a test can break the sites for a first
run and heal them for a second.  Listens on 127.0.0.1 only.
"""
from __future__ import annotations

import json
import socket
import struct
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from scrapers.snapshot.build import FAULTS_FILE, SITES
from scrapers.snapshot.miit_pages import API_PATH
from scrapers.snapshot.server import _envelope, _Handler

KINDS = (
    "http_500_once",    # HTTP 500 on the first request, then the real page
    "http_429_once",    # HTTP 429 with Retry-After: 1 on the first request, then the real page
    "hang",             # answers only after HANG_SECONDS: longer than the client's read timeout
    "reset_mid_body",   # announces the whole page, sends half of it, then resets the connection
    "truncated_html",   # a complete HTTP answer whose HTML stops half-way (no </html>)
    "gbk_utf8_header",  # the page re-encoded in GBK, its <meta charset> removed, header says UTF-8
    "oversize",         # a page larger than the client's size cap
    "redirect_loop",    # 302 back to itself, forever
    "redirect_offsite", # 302 to a host that is not on the allow-list
    "api_failure",      # listing API: HTTP 200 with the {"success": false} envelope
    "html_block_page",  # listing API: HTTP 200 with an HTML "access denied" page instead of JSON
    "empty_200",        # HTTP 200 with an empty body
)
HANG_SECONDS = 5.0  # longer than the read timeout the tests give the client
OVERSIZE_BYTES = 3_000_000
OFFSITE_URL = "https://www.example.com/landing.html"
BLOCK_PAGE = ("<!DOCTYPE html><html><head><title>访问受限</title></head><body><h1>访问受限</h1>"
              "<p>您的访问过于频繁，请稍后再试。</p></body></html>").encode("utf-8")


@dataclass(frozen=True)
class Fault:
    kind: str

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}")


def article_key(url: str) -> str:
    """Fault key of a canonical article URL: ``host/path``."""
    parts = urlsplit(url)
    return f"{parts.hostname}{parts.path}"


def api_key(host: str, page_id: str, page_no: int) -> str:
    """Fault key of one page of the MIIT listing API for one column (its pageId)."""
    return f"{host}{API_PATH}#{page_id}:{page_no}"


class _FaultHandler(_Handler):
    plan: dict[str, Fault]
    state: "FaultServer"

    def do_GET(self) -> None:
        key = self._fault_key()
        fault = self.plan.get(key) if self.state.active else None
        if fault is not None:
            with self.state.lock:
                self.state.hits[key] += 1
                hit = self.state.hits[key]
            if not (fault.kind.endswith("_once") and hit > 1):
                getattr(self, "_" + fault.kind)()
                return
        self._serve(head=False)

    def _fault_key(self) -> str:
        host, path, query = self._target()
        if path == API_PATH:
            params = {k: v[0] for k, v in parse_qs(query).items()}
            page_no = 1
            if '"pageNo"' in params.get("paramJson", ""):
                page_no = int(json.loads(params["paramJson"]).get("pageNo", 1))
            return api_key(host, params.get("pageId", ""), page_no)
        return host + path

    def _page(self) -> bytes:
        host, path, _ = self._target()
        file = self._file(host, path)
        assert file is not None, f"fault planted on a URL the snapshot does not have: {host}{path}"
        return file.read_bytes()

    # --- the faults, one method per kind
    def _http_500_once(self) -> None:
        self._send(500, b"<html><body><h1>500 Internal Server Error</h1></body></html>",
                   "text/html; charset=utf-8")

    def _http_429_once(self) -> None:
        self._send(429, b"<html><body><h1>429 Too Many Requests</h1></body></html>",
                   "text/html; charset=utf-8", {"Retry-After": "1"})

    def _hang(self) -> None:
        time.sleep(HANG_SECONDS)
        try:
            self._serve(head=False)
        except OSError:
            pass  # the client gave up long ago

    def _reset_mid_body(self) -> None:
        body = self._page()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[: len(body) // 2])
        self.wfile.flush()
        # SO_LINGER 0: close() sends a TCP RST instead of a clean FIN.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()

    def _truncated_html(self) -> None:
        body = self._page()
        self._send(200, body[: int(len(body) * 0.4)], "text/html; charset=utf-8")

    def _gbk_utf8_header(self) -> None:
        self._send(200, gbk_version(self._page()), "text/html; charset=utf-8")

    def _oversize(self) -> None:
        body = self._page()
        padding = b"<!--" + b"x" * (OVERSIZE_BYTES - len(body)) + b"-->"
        self._send(200, body.replace(b"</body>", padding + b"</body>", 1), "text/html; charset=utf-8")

    def _redirect_loop(self) -> None:
        _, path, _ = self._target()
        self._send(302, b"", "text/html", {"Location": path})

    def _redirect_offsite(self) -> None:
        self._send(302, b"", "text/html", {"Location": OFFSITE_URL})

    def _api_failure(self) -> None:
        self._send(200, _envelope("系统繁忙，请稍后再试"), "application/json;charset=UTF-8")

    def _html_block_page(self) -> None:
        self._send(200, BLOCK_PAGE, "text/html; charset=utf-8")

    def _empty_200(self) -> None:
        self._send(200, b"", "text/html; charset=utf-8")


def gbk_version(utf8_page: bytes) -> bytes:
    """The page in GBK with every ``charset=`` declaration in it removed: only bytes remain to
    tell the encoding (the HTTP header will lie and say UTF-8)."""
    text = utf8_page.decode("utf-8")
    for declared in ("; charset=utf-8", ";charset=utf-8", "charset=utf-8", 'charset="utf-8"'):
        text = text.replace(declared, "").replace(declared.upper(), "")
    assert "charset" not in text.lower().split("</head>", 1)[0], "a charset declaration survived"
    return text.encode("gbk")


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        # Connections a fault cut (or the client gave up on) are expected; anything else is shown.
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)


class FaultServer:
    """The bundled snapshot on 127.0.0.1 (any free port) with ``plan`` injected; a context manager."""

    def __init__(self, plan: dict[str, Fault], root: Path | None = None):
        self.plan = dict(plan)
        self.root = Path(root) if root else SITES
        self.active = True
        self.hits: Counter[str] = Counter()
        self.lock = threading.Lock()
        self._httpd: _QuietServer | None = None

    @property
    def base_url(self) -> str:
        assert self._httpd is not None, "server not started"
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def __enter__(self) -> "FaultServer":
        faults_path = self.root / FAULTS_FILE
        snapshot_faults = json.loads(faults_path.read_text(encoding="utf-8")) if faults_path.is_file() else {}
        handler = type("FaultHandler", (_FaultHandler,),
                       {"root": self.root, "faults": snapshot_faults, "plan": self.plan, "state": self})
        self._httpd = _QuietServer(("127.0.0.1", 0), handler)
        threading.Thread(target=self._httpd.serve_forever, name="fault-server", daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
