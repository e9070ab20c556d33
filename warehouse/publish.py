"""Publishing each successful build for readers: Parquet per mart and a read-only database copy.

DuckDB allows one writing process; a BI tool holding the live file would block the pipeline, and
a reader of the live file could see a half-built state.  So after every successful build the
marts are written to a new folder ``<publish_dir>/builds/<build_id>/`` and the ``current`` symlink
is then switched to it with one atomic rename.  Readers open ``<publish_dir>/current/...``: they
see the previous complete build until the switch, then the new one, never a mixture.  The last
few builds are kept so that a reader with files open is never pulled from under.
"""
from __future__ import annotations

import json
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from warehouse import search
from warehouse.db import duckdb_config

PUBLISHED_SCHEMAS = ("marts",)
KEEP_BUILDS = 3


@dataclass
class PublishResult:
    build_dir: Path
    current: Path
    tables: dict[str, int]       # table -> row count
    documents_indexed: int


def _tables(con: duckdb.DuckDBPyConnection, schema: str) -> list[str]:
    return [
        t for (t,) in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = ? "
            "AND table_catalog = current_database() ORDER BY table_name",
            [schema],
        ).fetchall()
    ]


def _export_marts(con: duckdb.DuckDBPyConnection, copy_path: Path, parquet_dir: Path) -> dict[str, int]:
    """Copy every table of the published schemas into the database at ``copy_path`` and write
    each to ``parquet_dir/<table>.parquet``; returns the row count of each."""
    tables: dict[str, int] = {}
    con.execute(f"ATTACH '{copy_path}' AS published")
    try:
        for schema in PUBLISHED_SCHEMAS:
            con.execute(f"CREATE SCHEMA IF NOT EXISTS published.{schema}")
            for table in _tables(con, schema):
                con.execute(f"CREATE TABLE published.{schema}.{table} AS SELECT * FROM {schema}.{table}")
                con.execute(
                    f"COPY {schema}.{table} TO '{parquet_dir / f'{table}.parquet'}' (FORMAT parquet, COMPRESSION zstd)"
                )
                tables[f"{schema}.{table}"] = con.execute(f"SELECT count(*) FROM {schema}.{table}").fetchone()[0]
    finally:
        con.execute("DETACH published")
    return tables


def publish(con: duckdb.DuckDBPyConnection, publish_dir: Path, *, build_id: str | None = None) -> PublishResult:
    """Export the marts of the open warehouse ``con`` and switch ``current`` to the new build."""
    publish_dir = Path(publish_dir)
    builds = publish_dir / "builds"
    build_id = build_id or datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    final = builds / build_id
    staging = builds / f".{build_id}.partial"
    if staging.exists():
        shutil.rmtree(staging)
    (staging / "parquet").mkdir(parents=True)

    copy_path = staging / "miitwatch.duckdb"
    # The search index's tokens are made in Python (~3.5 CPU s on 10,000 documents), the marts are
    # copied and exported by DuckDB, which releases the GIL: a thread makes the tokens meanwhile,
    # reading over a cursor of its own.
    reader = con.cursor()
    try:
        with ThreadPoolExecutor(1, thread_name_prefix="publish-tokens") as pool:
            tokens = pool.submit(search.document_tokens, reader) if "dim_documents" in _tables(con, "marts") else None
            tables = _export_marts(con, copy_path, staging / "parquet")
            document_tokens = tokens.result() if tokens is not None else None
    finally:
        reader.close()

    # The search index is built inside the copy, so analysts search the published build.
    copy = duckdb.connect(str(copy_path), config=duckdb_config())  # the same memory cap as the warehouse
    try:
        indexed = search.build_index(copy, tokens=document_tokens) if document_tokens is not None else 0
        copy.execute("CHECKPOINT")
    finally:
        copy.close()

    (staging / "manifest.json").write_text(
        json.dumps({"build_id": build_id, "built_at": datetime.now(timezone.utc).isoformat(),
                    "tables": tables, "documents_indexed": indexed}, indent=2),
        encoding="utf-8",
    )
    os.replace(staging, final)
    current = publish_dir / "current"
    tmp_link = publish_dir / f".current.{build_id}"
    if tmp_link.is_symlink() or tmp_link.exists():
        tmp_link.unlink()
    tmp_link.symlink_to(Path("builds") / build_id, target_is_directory=True)
    os.replace(tmp_link, current)  # atomic: readers see the old build or the new one
    _prune(builds, keep=KEEP_BUILDS, protect=final)
    return PublishResult(build_dir=final, current=current, tables=tables, documents_indexed=indexed)


def _prune(builds: Path, *, keep: int, protect: Path) -> None:
    done = sorted((p for p in builds.iterdir() if p.is_dir() and not p.name.startswith(".")), key=lambda p: p.name)
    for old in done[:-keep]:
        if old != protect:
            shutil.rmtree(old, ignore_errors=True)
