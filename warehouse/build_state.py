"""Whether the dbt build has anything to do: a fingerprint of its inputs, stored per build.

The inputs of the dbt build are the raw tables and the dbt project's own files.  When neither
changed since the last successful build, a new build would produce the same marts, so the
pipeline skips it (a daily run with nothing new then takes seconds, not a full dbt build).
"""
from __future__ import annotations

import hashlib
import os
from datetime import datetime, timezone
from pathlib import Path

import duckdb

# Each raw table that feeds a materialised model, with the column that grows when rows are added.
# raw.fetch_log is left out: it grows on every run (retries of failed pages) but only feeds a
# staging *view*, which is current without a build.
_RAW_TABLES = {
    "raw.pages": "fetched_at", "raw.documents": "parsed_at", "raw.attachments": "fetched_at",
    "raw.extractions": "extracted_at", "raw.metric_facts": "extracted_at", "raw.event_facts": "extracted_at",
    "raw.listing_items": "first_seen_at",
}
_PROJECT_SKIP = {"target", "logs", "dbt_packages"}


def project_files(project_dir: Path) -> list[Path]:
    """The project's own files, sorted; dbt's output folders are not walked at all (``target/``
    gains a folder of artifacts with every build: walking it took ~1.6 s after a day of builds)."""
    files = []
    for folder, subfolders, names in os.walk(project_dir, followlinks=False):
        if Path(folder) == project_dir:
            subfolders[:] = [d for d in subfolders if d not in _PROJECT_SKIP]
        files.extend(Path(folder) / name for name in names)
    return sorted(files, key=lambda p: p.relative_to(project_dir).parts)


def _project_digest(project_dir: Path) -> str:
    digest = hashlib.sha256()
    for path in project_files(project_dir):
        if not path.is_file():  # a dangling symlink
            continue
        digest.update(str(path.relative_to(project_dir)).encode())
        digest.update(path.read_bytes())  # follows the dictionary seed's symlink on purpose
    return digest.hexdigest()


def fingerprint(con: duckdb.DuckDBPyConnection, project_dir: Path) -> str:
    parts = []
    for table, column in _RAW_TABLES.items():
        count, latest = con.execute(f"SELECT count(*), max({column}) FROM {table}").fetchone()
        parts.append(f"{table}:{count}:{latest}")
    parts.append(_project_digest(project_dir))
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def last_build(con: duckdb.DuckDBPyConnection) -> str | None:
    row = con.execute("SELECT fingerprint FROM meta.dbt_builds ORDER BY built_at DESC LIMIT 1").fetchone()
    return row[0] if row else None


def record_build(con: duckdb.DuckDBPyConnection, value: str, run_id: str | None) -> None:
    con.execute("INSERT INTO meta.dbt_builds VALUES (?, ?, ?)", [value, datetime.now(timezone.utc), run_id])
