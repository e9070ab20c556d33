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

    tables: dict[str, int] = {}
    copy_path = staging / "miitwatch.duckdb"
    con.execute(f"ATTACH '{copy_path}' AS published")
    try:
        for schema in PUBLISHED_SCHEMAS:
            con.execute(f"CREATE SCHEMA IF NOT EXISTS published.{schema}")
            for table in _tables(con, schema):
                con.execute(f"CREATE TABLE published.{schema}.{table} AS SELECT * FROM {schema}.{table}")
                con.execute(
                    f"COPY {schema}.{table} TO '{staging / 'parquet' / f'{table}.parquet'}' "
                    "(FORMAT parquet, COMPRESSION zstd)"
                )
                tables[f"{schema}.{table}"] = con.execute(f"SELECT count(*) FROM {schema}.{table}").fetchone()[0]
    finally:
        con.execute("DETACH published")

    # The search index is built inside the copy, so analysts search the published build.
    copy = duckdb.connect(str(copy_path), config=duckdb_config())  # the same memory cap as the warehouse
    try:
        indexed = search.build_index(copy) if "marts.dim_documents" in tables else 0
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
