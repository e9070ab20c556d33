"""Fixtures for the snapshot tests: a snapshot built from this folder's small article set (so
expectations do not move when the bundled articles change) and a server over it."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests

from scrapers.snapshot.build import build
from scrapers.snapshot.server import SnapshotServer

ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("snapshot") / "sites"
    build(ARTICLES, out)
    return out


@pytest.fixture(scope="session")
def server(site: Path) -> Iterator[SnapshotServer]:
    with SnapshotServer(site) as srv:
        yield srv


@pytest.fixture(scope="session")
def fetch(server: SnapshotServer) -> Callable[..., requests.Response]:
    """``fetch(url, method="GET", **kwargs)``: request a real URL from the snapshot server."""
    session = requests.Session()
    session.trust_env = False

    def _fetch(url: str, method: str = "GET", headers: dict | None = None, **kwargs) -> requests.Response:
        scheme_host, _, path = url.partition("://")[2].partition("/")
        return session.request(method, f"{server.base_url}/{path}",
                               headers={"Host": scheme_host, **(headers or {})}, **kwargs)
    return _fetch
