"""Fixtures for pipeline tests: a running snapshot server, a client for it, an in-memory warehouse."""
from __future__ import annotations

import pytest

from scrapers.http import ClientConfig, HttpClient
from scrapers.snapshot.server import SnapshotServer
from warehouse.db import memory_warehouse


@pytest.fixture(scope="module")
def snapshot_server():
    with SnapshotServer() as server:
        yield server


@pytest.fixture
def snapshot_client(snapshot_server):
    config = ClientConfig(mode="snapshot", snapshot_base=snapshot_server.base_url, rate_limit=0, retries=0)
    with HttpClient(config) as client:
        yield client


@pytest.fixture
def con():
    """An empty in-memory warehouse with the raw schema (tests that need a file make their own)."""
    c = memory_warehouse()
    yield c
    c.close()
