"""Dagster resources: the warehouse connection and the scraping client, configured from the
environment in one place (:func:`resources_from_env`).

| variable | meaning | default |
| --- | --- | --- |
| MIITWATCH_SOURCE | `snapshot` (bundled pages on a local server) or `live` (the real sites) | snapshot |
| MIITWATCH_DUCKDB | warehouse file, shared with dbt | data/miitwatch.duckdb |
| MIITWATCH_SNAPSHOT_URL | use an already running snapshot server instead of starting one | (start one) |
| MIITWATCH_RATE_LIMIT | requests per second per host; 0 = no limit | 1 live, 0 snapshot |
| MIITWATCH_ALLOWED_HOSTS | comma-separated hosts the client may fetch | the five known hosts |
| MIITWATCH_MAX_LISTING_PAGES | listing pages per column on an incremental run | 5 |
| MIITWATCH_DUCKDB_MEMORY_LIMIT | DuckDB memory_limit of the pipeline's connections and of dbt | 256MB |
| MIITWATCH_WORKERS | worker processes for parsing and extraction (1 = none) | one per core, at most 4 |
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource
from pydantic import Field

from scrapers.http import ClientConfig, HttpClient
from warehouse import settings
from warehouse.db import connect, ensure_schema


class WarehouseResource(DuckDBResource):
    """The DuckDB warehouse, opened with lock retries and the raw schema ensured."""

    lock_wait_seconds: float = Field(default=30.0, description="how long to wait for another writer's lock")

    @contextmanager
    def get_connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        con = connect(self.database, wait_seconds=self.lock_wait_seconds)
        try:
            ensure_schema(con)
            yield con
        finally:
            con.close()


class ScrapeResource(dg.ConfigurableResource):
    """How pages are fetched.  In snapshot mode without a URL, the bundled snapshot server is
    started for the duration of each step, so a run launched from the UI needs nothing else."""

    source_mode: str = Field(default="snapshot", description="snapshot | live")
    snapshot_url: str | None = Field(default=None, description="running snapshot server; None starts one")
    rate_limit: float | None = Field(default=None, description="requests/s per host; None = mode default")
    allowed_hosts: str | None = Field(default=None, description="comma-separated allow-list override")
    max_listing_pages: int = Field(default=5, description="listing pages per column on an incremental run")

    def client_config(self, snapshot_base: str | None) -> ClientConfig:
        env = {
            "MIITWATCH_SOURCE": self.source_mode,
            "MIITWATCH_SNAPSHOT_URL": snapshot_base or "",
            "MIITWATCH_RATE_LIMIT": str(self.rate_limit if self.rate_limit is not None
                                        else (1.0 if self.source_mode == "live" else 0.0)),
        }
        if self.allowed_hosts:
            env["MIITWATCH_ALLOWED_HOSTS"] = self.allowed_hosts
        return ClientConfig.from_env({**os.environ, **env})

    @contextmanager
    def client(self) -> Iterator[HttpClient]:
        if self.source_mode not in ("snapshot", "live"):
            raise ValueError(f"MIITWATCH_SOURCE must be 'snapshot' or 'live', not {self.source_mode!r}")
        server = nullcontext(None)
        if self.source_mode == "snapshot" and not self.snapshot_url:
            from scrapers.snapshot.server import SnapshotServer

            server = SnapshotServer()
        with server as running:
            base = self.snapshot_url or (running.base_url if running else None)
            with HttpClient(self.client_config(base)) as client:
                yield client


def resources_from_env(environ: os._Environ | dict | None = None) -> dict[str, dg.ConfigurableResource]:
    """Build every resource from environment variables — the only place that reads them."""
    env = os.environ if environ is None else environ
    rate = env.get("MIITWATCH_RATE_LIMIT")
    from orchestration.dbt import dbt_resource

    return {
        "warehouse": WarehouseResource(database=str(settings.database_path(env))),
        "scrape": ScrapeResource(
            source_mode=env.get("MIITWATCH_SOURCE", "snapshot"),
            snapshot_url=env.get("MIITWATCH_SNAPSHOT_URL") or None,
            rate_limit=float(rate) if rate else None,
            allowed_hosts=env.get("MIITWATCH_ALLOWED_HOSTS") or None,
            max_listing_pages=int(env.get("MIITWATCH_MAX_LISTING_PAGES", "5")),
        ),
        "dbt": dbt_resource(),
    }
