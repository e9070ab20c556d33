"""A BI-style reader of the published marts, run in its own process by the readers test.

It does what the README asks of readers: resolve ``<publish dir>/current`` once, then read that
build's ``manifest.json``, its read-only DuckDB copy and its Parquet files.  Every read is checked
against the manifest of the build it opened; the loop runs until told to stop and reports a
summary (never raises: an error is data for the test).
"""
from __future__ import annotations

import json
import os
import traceback
from collections import Counter
from pathlib import Path

import duckdb


def read_once(publish_dir: Path) -> tuple[str, dict[str, int], dict[str, int], dict[str, int]] | None:
    """(build id, manifest counts, DuckDB copy counts, Parquet counts), or None before any build."""
    current = publish_dir / "current"
    if not current.exists():
        return None
    build = Path(os.path.realpath(current))  # pin one build for the whole read
    manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    con = duckdb.connect(str(build / "miitwatch.duckdb"), read_only=True)
    try:
        in_copy = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in manifest["tables"]}
    finally:
        con.close()
    parquet = duckdb.connect()
    try:
        in_parquet = {
            t: parquet.execute(f"SELECT count(*) FROM read_parquet('{build / 'parquet' / (t.split('.', 1)[1] + '.parquet')}')"
                               ).fetchone()[0]
            for t in manifest["tables"]
        }
    finally:
        parquet.close()
    return manifest["build_id"], manifest["tables"], in_copy, in_parquet


PAUSE_S = 0.1  # between reads: readers must not starve the pipeline of CPU on a small machine


def read_until_stopped(publish_dir: str, stop, results) -> None:
    """Loop :func:`read_once` until ``stop`` (an Event) is set; put one summary dict on ``results``."""
    reads: Counter[str] = Counter()
    counts_seen: dict[str, dict[str, int]] = {}
    mismatches: list[str] = []
    errors: list[str] = []
    while not stop.wait(PAUSE_S):
        try:
            got = read_once(Path(publish_dir))
        except Exception:
            errors.append(traceback.format_exc(limit=3))
            continue
        if got is None:
            continue
        build_id, manifest, in_copy, in_parquet = got
        reads[build_id] += 1
        counts_seen.setdefault(build_id, in_copy)
        if in_copy != manifest or in_parquet != manifest or in_copy != counts_seen[build_id]:
            mismatches.append(f"{build_id}: manifest {manifest}, copy {in_copy}, parquet {in_parquet}")
    results.put({"reads": dict(reads), "counts": counts_seen, "mismatches": mismatches[:5],
                 "errors": errors[:5], "n_errors": len(errors)})
