"""A local HTTP server for the snapshot: serves ``sites/<host>/<path>`` chosen by the Host header.

URLs stay real (the client sends ``Host: www.miit.gov.cn`` to 127.0.0.1).  It mimics what the
crawler meets on the real sites: the MIIT listing API (stored pages, ``success:false`` on bad
parameters, HTTP 500 on POST), 404s, robots.txt, ETag/Last-Modified with 304 answers, and
deliberate faults from ``sites/_faults.json`` (``"host/path": {"status", "headers", "body"}``).

``python -m scrapers.snapshot.server --port 8800``
"""
from __future__ import annotations

import argparse
import hashlib
import json
import threading
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from scrapers.snapshot.build import API_DIR, FAULTS_FILE, SITES
from scrapers.snapshot.miit_pages import API_PATH, PAGE_SIZE, WEB_ID

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8", ".htm": "text/html; charset=utf-8",
    ".json": "application/json;charset=UTF-8", ".txt": "text/plain; charset=utf-8",
    ".pdf": "application/pdf", ".doc": "application/msword", ".docx":
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xls": "application/vnd.ms-excel", ".js": "application/javascript", ".css": "text/css",
}
_API_FAILURE = {"roles": None, "permissions": None, "code": "200", "success": False, "data": {},
                "message": ""}


def _envelope(message: str = "") -> bytes:
    return json.dumps(dict(_API_FAILURE, message=message), ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    server_version = "nginx"
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; without TCP_NODELAY each keep-alive response
    # waits ~40 ms for the client's delayed ACK.
    disable_nagle_algorithm = True
    root: Path
    faults: dict[str, dict]

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        pass  # quiet: tests and crawls make thousands of requests

    # --- request dispatch
    def _target(self) -> tuple[str, str, str]:
        """(host, path, query) of the request, host from the Host header (port dropped)."""
        parts = urlsplit(self.path)
        host = parts.hostname if parts.scheme else (self.headers.get("Host") or "").rsplit(":", 1)[0]
        return (host or "").lower(), unquote(parts.path) or "/", parts.query

    def do_GET(self) -> None:
        self._serve(head=False)

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_POST(self) -> None:
        host, path, _ = self._target()
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        if path == API_PATH:
            self._send(500, _envelope("不支持的HTTP方法"), "application/json;charset=UTF-8")
        else:
            self._send(405, b"Method Not Allowed", "text/plain")

    def _serve(self, head: bool) -> None:
        host, path, query = self._target()
        fault = self.faults.get(host + path)
        if fault and "status" in fault:
            body = fault.get("body", "").encode("utf-8")
            self._send(fault["status"], body, "text/html; charset=utf-8",
                       fault.get("headers", {}), head=head)
            return
        if path == API_PATH and (self.root / host / API_DIR).is_dir():
            self._send(200, self._api(host, query), "application/json;charset=UTF-8", head=head)
            return
        file = self._file(host, path)
        if file is None:
            self._send(404, b"<html><body><h1>404 Not Found</h1></body></html>",
                       "text/html; charset=utf-8", head=head)
            return
        data = file.read_bytes()
        etag = '"%s"' % hashlib.md5(data).hexdigest()[:16]
        mtime = int(file.stat().st_mtime)
        validators = {"ETag": etag, "Last-Modified": formatdate(mtime, usegmt=True)}
        if self._not_modified(etag, mtime):
            self._send(304, b"", None, validators, head=True)
            return
        headers = dict(validators, **(fault or {}).get("headers", {}))
        ctype = headers.pop("Content-Type", CONTENT_TYPES.get(file.suffix.lower(),
                                                             "application/octet-stream"))
        self._send(200, data, ctype, headers, head=head)

    # --- pieces
    def _file(self, host: str, path: str) -> Path | None:
        if not host or any(seg.startswith((".", "_")) for seg in path.split("/") if seg):
            return None  # no parent escapes, no builder-internal folders (_api)
        file = self.root / host / path.lstrip("/")
        if file.is_dir():
            file = file / "index.html"
        return file if file.is_file() else None

    def _api(self, host: str, query: str) -> bytes:
        """The stored listing page for pageId + paramJson.pageNo, or the success:false answer
        the real API gives for missing or unknown parameters."""
        params = {k: v[0] for k, v in parse_qs(query).items()}
        page_id = params.get("pageId", "")
        if params.get("webId") != WEB_ID or not page_id or not page_id.isalnum():
            return _envelope()
        try:
            paging = json.loads(params.get("paramJson") or '{"pageNo":1}')
            page_no = int(paging.get("pageNo", 1))
            if int(paging.get("pageSize", PAGE_SIZE)) != PAGE_SIZE:
                return _envelope()
        except (ValueError, TypeError, AttributeError):
            return _envelope()
        stored = self.root / host / API_DIR / page_id / f"{page_no}.json"
        return stored.read_bytes() if stored.is_file() else _envelope()

    def _not_modified(self, etag: str, mtime: int) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:  # takes precedence over If-Modified-Since (RFC 9110)
            return etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
        ims = self.headers.get("If-Modified-Since")
        if ims:
            try:
                return mtime <= parsedate_to_datetime(ims).timestamp()
            except (TypeError, ValueError):
                return False
        return False

    def _send(self, status: int, body: bytes, ctype: str | None, headers: dict | None = None,
              head: bool = False) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body) if status != 304 else 0))
        self.end_headers()
        if not head and status != 304:
            self.wfile.write(body)


class SnapshotServer:
    """Serves a snapshot tree on ``host:port`` (port 0: any free port) from a daemon thread."""

    def __init__(self, root: Path | None = None, host: str = "127.0.0.1", port: int = 0):
        self.root = Path(root) if root else SITES
        self.host, self.port = host, port
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("server not started")
        return f"http://{self.host}:{self._httpd.server_address[1]}"

    def start(self) -> "SnapshotServer":
        faults_path = self.root / FAULTS_FILE
        faults = json.loads(faults_path.read_text(encoding="utf-8")) if faults_path.is_file() else {}
        handler = type("SnapshotHandler", (_Handler,), {"root": self.root, "faults": faults})
        self._httpd = ThreadingHTTPServer((self.host, self.port), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="snapshot-server",
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> "SnapshotServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the bundled site snapshot by Host header.")
    parser.add_argument("--port", type=int, default=8800)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--root", type=Path, default=None)
    args = parser.parse_args(argv)
    server = SnapshotServer(args.root, args.host, args.port).start()
    print(f"serving {server.root} at {server.base_url} (route by Host header)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
