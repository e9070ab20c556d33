"""Readers during writes: BI readers of the published marts never fail and never see a partial build.

A first build is published from a small hand-made warehouse; then a real pipeline run (limited to
one english.gov.cn column) writes the warehouse, runs dbt and publishes a second build, while a
reader process reads ``published/current`` in a loop (see ``published_reader``): its read-only
DuckDB copy and its Parquet files, against the manifest of the build it opened.
"""
from __future__ import annotations

import json
import multiprocessing as mp

import dagster as dg
import duckdb
import pytest

from published_reader import read_until_stopped
from resilience_helpers import run_restricted
from warehouse.publish import publish

pytestmark = pytest.mark.slow

READERS = 1  # one more would mostly compete with the pipeline for the CPU
FIRST_BUILD = "00000000T000000000000Z"  # sorts before any real build id (a UTC timestamp)


def _publish_first_build(tmp_path, publish_dir) -> None:
    con = duckdb.connect(str(tmp_path / "first.duckdb"))
    try:
        con.execute("CREATE SCHEMA marts")
        con.execute("CREATE TABLE marts.fct_industry_metrics AS SELECT range AS industry_metric_id FROM range(3)")
        con.execute("CREATE TABLE marts.fct_policy_events AS SELECT range AS event_id FROM range(2)")
        publish(con, publish_dir, build_id=FIRST_BUILD)
    finally:
        con.close()


@pytest.fixture(scope="module")
def observed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("readers")
    db = tmp / "warehouse" / "miitwatch.duckdb"
    publish_dir = db.parent / "published"
    _publish_first_build(tmp, publish_dir)
    ctx = mp.get_context("spawn")
    stop, results = ctx.Event(), ctx.Queue()
    readers = [ctx.Process(target=read_until_stopped, args=(str(publish_dir), stop, results), daemon=True)
               for _ in range(READERS)]
    for reader in readers:
        reader.start()
    try:
        with pytest.MonkeyPatch.context() as mpatch:
            mpatch.setenv("MIITWATCH_DUCKDB", str(db))
            mpatch.setenv("MIITWATCH_SOURCE", "snapshot")
            mpatch.setenv("MIITWATCH_RATE_LIMIT", "0")
            for name in ("MIITWATCH_SNAPSHOT_URL", "MIITWATCH_PUBLISH_DIR", "MIITWATCH_ALLOWED_HOSTS"):
                mpatch.delenv(name, raising=False)
            summary = run_restricted(sources=["govcn_en"], columns=["news"], instance=dg.DagsterInstance.ephemeral())
        # keep reading the new build for a moment after the switch
        stop.wait(2.0)
    finally:
        stop.set()
        reports = [results.get(timeout=60) for _ in readers]
        for reader in readers:
            reader.join(timeout=30)
    manifests = {p.name: json.loads((p / "manifest.json").read_text(encoding="utf-8"))
                 for p in (publish_dir / "builds").iterdir() if not p.name.startswith(".")}
    return {"summary": summary, "reports": reports, "manifests": manifests}


def test_the_run_succeeds_and_publishes_a_second_build(observed):
    assert observed["summary"]["success"], observed["summary"]["error"]
    assert len(observed["manifests"]) == 2 and FIRST_BUILD in observed["manifests"]


def test_readers_never_fail(observed):
    for report in observed["reports"]:
        assert report["n_errors"] == 0, report["errors"]


def test_readers_saw_both_builds_many_times(observed):
    for report in observed["reports"]:
        assert set(report["reads"]) == set(observed["manifests"]), report["reads"]
        assert sum(report["reads"].values()) > 20


def test_every_read_matches_the_manifest_of_the_build_it_opened(observed):
    for report in observed["reports"]:
        assert report["mismatches"] == []


def test_counts_read_are_only_ever_those_of_a_published_build(observed):
    published = {build: m["tables"] for build, m in observed["manifests"].items()}
    for report in observed["reports"]:
        for build, counts in report["counts"].items():
            assert counts == published[build]
    new = next(m["tables"] for b, m in observed["manifests"].items() if b != FIRST_BUILD)
    assert new["marts.fct_industry_metrics"] != published[FIRST_BUILD]["marts.fct_industry_metrics"]
