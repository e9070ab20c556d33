"""Opening the warehouse: one writer at a time, schema applied, lock contention retried.

DuckDB lets a single process hold the write lock.  Dagster runs every writer in one concurrency
pool, but a BI user or a second CLI run may still hold the file briefly, so opening retries for a
while and then fails with a message that says what is going on.
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import duckdb

SCHEMA_SQL = Path(__file__).with_name("schema.sql")
DEFAULT_MEMORY_LIMIT = "256MB"  # MIITWATCH_DUCKDB_MEMORY_LIMIT overrides it


class WarehouseUnavailable(RuntimeError):
    """The database file could not be opened (locked by another process, or unreadable)."""


def duckdb_config(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """Settings for every pipeline connection (dbt's profiles.yml reads the same variable).

    DuckDB's default ``memory_limit`` is 80% of RAM, and it keeps what it allocated as buffers:
    on 10,000 pages dbt's process alone reached 750 MB (496 MB with 256MB, no slower), and the
    pipeline process and dbt together 1.3 GB.  Past the limit DuckDB spills to ``<database>.tmp/``.
    """
    env = os.environ if environ is None else environ
    return {"memory_limit": env.get("MIITWATCH_DUCKDB_MEMORY_LIMIT") or DEFAULT_MEMORY_LIMIT}


def connect(path: str | Path, *, read_only: bool = False, wait_seconds: float = 30.0) -> duckdb.DuckDBPyConnection:
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_seconds
    delay = 0.1
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as exc:  # "Could not set lock on file": another writer
            if time.monotonic() >= deadline:
                raise WarehouseUnavailable(
                    f"cannot open the warehouse {path}: {exc}. Another process holds the DuckDB "
                    "write lock (a running job, dbt, or a client opened without read_only). "
                    "BI tools should read the published copy instead (see README)."
                ) from exc
            time.sleep(delay)
            delay = min(delay * 2, 2.0)
    # SET rather than connect(config=...): DuckDB refuses a second connection to a file already
    # open in this process with a different config (a test, or the CLI reading while it runs).
    for name, value in duckdb_config().items():
        con.execute(f"SET {name} = '{value}'")
    return con


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the raw layer if it is missing (idempotent)."""
    con.execute(SCHEMA_SQL.read_text(encoding="utf-8"))


def memory_warehouse() -> duckdb.DuckDBPyConnection:
    """An empty in-memory warehouse with the raw schema: for tests and scratch work."""
    con = duckdb.connect()
    ensure_schema(con)
    return con


@contextmanager
def open_warehouse(path: str | Path, *, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    con = connect(path, read_only=read_only)
    try:
        if not read_only:
            ensure_schema(con)
        yield con
    finally:
        con.close()
