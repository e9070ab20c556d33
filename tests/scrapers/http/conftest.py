"""Fixtures for the HTTP client tests: a fake clock and snapshot-mode client factories."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from http_testkit import FakeTime, snapshot_base
from pytest_httpserver import HTTPServer

from scrapers.http import ClientConfig, HttpClient


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def make_client(fake_time: FakeTime) -> Iterator[Callable[..., HttpClient]]:
    """Build a snapshot-mode client on a given base URL; fast test defaults, overridable.

    robots.txt is off by default so each test serves only what it is about; the robots tests
    turn it on.
    """
    clients: list[HttpClient] = []

    def make(base: str, **overrides: object) -> HttpClient:
        config = ClientConfig(
            mode="snapshot",
            snapshot_base=base,
            rate_limit=0,
            respect_robots=False,
            timeout=(2.0, 2.0),
            backoff_base=0.5,
        )
        client = HttpClient(
            replace(config, **overrides),
            clock=fake_time.clock,
            sleep=fake_time.sleep,
            rng=random.Random(7),
        )
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def client(make_client: Callable[..., HttpClient], httpserver: HTTPServer) -> HttpClient:
    """A snapshot-mode client on pytest-httpserver."""
    return make_client(snapshot_base(httpserver))
