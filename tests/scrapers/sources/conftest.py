"""Fixtures for the parser and crawl tests: a snapshot built from the small article set in
``../snapshot/articles`` and a fake client that reads it straight from disk."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from scrapers.models import FetchResult
from scrapers.snapshot.build import API_DIR, article_url, build
from scrapers.snapshot.miit_pages import API_PATH
from scrapers.snapshot.textfiles import read_article

ARTICLES = Path(__file__).parent.parent / "snapshot" / "articles"


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("snapshot") / "sites"
    build(ARTICLES, out)
    return out


class DiskClient:
    """Stands in for ``HttpClient``: answers from a built site tree, records every request."""

    def __init__(self, root: Path):
        self.root = root
        self.calls: list[tuple[str, dict | None, str | None]] = []

    def file_for(self, url: str, params: dict | None = None) -> Path:
        parts = urlsplit(url)
        if parts.path == API_PATH:
            page_no = json.loads((params or {}).get("paramJson", '{"pageNo":1}'))["pageNo"]
            return self.root / parts.netloc / API_DIR / (params or {}).get("pageId", "") / f"{page_no}.json"
        path = self.root / parts.netloc / parts.path.lstrip("/")
        return path / "index.html" if path.is_dir() else path

    def get(self, url: str, *, source: str, expect: str = "html", referer: str | None = None,
            etag: str | None = None, last_modified: str | None = None,
            params: dict | None = None) -> FetchResult:
        self.calls.append((url, params, referer))
        now = datetime.now(timezone.utc)
        file = self.file_for(url, params)
        if not file.is_file():
            return FetchResult(url=url, source=source, outcome="http_error", fetched_at=now,
                               status=404, error="HTTP 404")
        body = file.read_bytes()
        if expect == "binary":
            return FetchResult(url=url, source=source, outcome="ok", fetched_at=now, status=200, body=body)
        encoding = "gbk" if b"charset=gb2312" in body[:1000] else "utf-8"
        return FetchResult(url=url, source=source, outcome="ok", fetched_at=now, status=200,
                           body=body, text=body.decode(encoding), encoding=encoding)


@pytest.fixture
def client(site: Path) -> DiskClient:
    return DiskClient(site)


@pytest.fixture
def page(client: DiskClient):
    """``page(url)``: the decoded text of a built page, by its real URL."""
    def _page(url: str) -> str:
        result = client.get(url, source="test")
        assert result.ok, f"no page at {url}"
        return result.text
    return _page


@pytest.fixture(scope="session")
def url_of():
    """``url_of("miit/<file stem>")``: the URL the builder gives a fixture article."""
    def _url_of(key: str) -> str:
        source, name = key.split("/", 1)
        return article_url(read_article(ARTICLES / source / f"{name}.txt", source))
    return _url_of
