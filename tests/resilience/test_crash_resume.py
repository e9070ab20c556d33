"""Crash and resume: `miitwatch run` killed with SIGKILL mid-fetch, mid-staging and mid-dbt, then
run again to completion, ends with the marts of an uninterrupted run and refetches nothing stored.

The runs are kept small with ``MIITWATCH_ALLOWED_HOSTS=english.www.gov.cn`` (the other sources'
listings are refused by the client at once, without a request) — about 80 articles.  ``MIITWATCH_RATE_LIMIT`` slows the
fetching so that it has a middle to be killed in.  The kills are chained on one warehouse (and one
DAGSTER_HOME, as on an analyst's machine): each run resumes from the previous crash and is killed
in a later step; the last completes.  An uninterrupted run on its own warehouse runs alongside.
The process group is killed, so dbt's subprocess dies too.

Each run of the chain gets a fresh DAGSTER_HOME; a probe run started once on the DAGSTER_HOME of
a killed run checks that the dead run's `duckdb_writer` pool slot is released
(``orchestration.runner.free_slots_of_dead_runs``) instead of blocking every later run.
"""
from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

from resilience_helpers import (MIITWATCH_BIN, REPO_ROOT, cli_env, duplicates, mart_contents, read_only,
                                refetched_stored_urls)

pytestmark = pytest.mark.slow

# Small batches: extraction commits every 10 documents, so the staging kill lands between commits
# (a resumed run must finish a half-stored step) rather than before the step's only commit.
ENV = {"MIITWATCH_ALLOWED_HOSTS": "english.www.gov.cn", "MIITWATCH_RATE_LIMIT": "15",
       "MIITWATCH_BATCH_ROWS": "10"}
RUN_TIMEOUT_S = 240.0
# (where, log line that says the run got there, seconds to wait before the kill)
KILL_POINTS = [
    ("fetching", "articles to fetch", 2.0),
    # At once: extracting ~80 documents takes well under a second on a fast machine (CI once
    # finished the whole step inside a 0.3 s delay).
    ("staging", '"extract_facts"', 0.0),
    ("dbt", "OK created sql table model marts.dim_dates", 0.0),  # the first model dbt builds
]


INGEST_STARTED = "ingest_pages - STEP_START"
POOL_BLOCKED = "blocked by limit for pool"
PROBE_PATIENCE_S = 5.0


def _start(db: Path, home: Path) -> subprocess.Popen:
    return subprocess.Popen([str(MIITWATCH_BIN), "run", "--json"], env=cli_env(db, home, **ENV), cwd=REPO_ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def _kill_when(db: Path, home: Path, marker: str, delay: float, *, give_up_after: str | None = None) -> bool:
    """Start a run, SIGKILL its process group ``delay`` s after ``marker`` appears on stderr.

    With ``give_up_after``, a run that logged that line and then nothing for PROBE_PATIENCE_S is
    killed too and False returned (it is stuck); otherwise True once ``marker`` was seen.
    """
    proc = _start(db, home)
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        for line in proc.stderr:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    seen: list[str] = []
    deadline = time.monotonic() + RUN_TIMEOUT_S
    stuck_since = None
    try:
        while time.monotonic() < deadline:
            try:
                line = lines.get(timeout=0.5)
            except queue.Empty:
                if stuck_since is not None and time.monotonic() - stuck_since > PROBE_PATIENCE_S:
                    return False
                continue
            if line is None:
                pytest.fail(f"the run ended before {marker!r}:\n{''.join(seen[-30:])}")
            seen.append(line)
            if marker in line:
                time.sleep(delay)
                return True
            if give_up_after is not None and give_up_after in line:
                stuck_since = time.monotonic()
        pytest.fail(f"no {marker!r} within {RUN_TIMEOUT_S} s:\n{''.join(seen[-30:])}")
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()
    raise AssertionError("unreachable")


def _finish(proc: subprocess.Popen) -> dict:
    out, err = proc.communicate(timeout=RUN_TIMEOUT_S)
    assert proc.returncode == 0, err[-3000:]
    return json.loads(out.strip().splitlines()[-1])


def _counts(db: Path) -> dict[str, int]:
    con = read_only(db)
    try:
        counts = {t: con.execute(f"SELECT count(*) FROM raw.{t}").fetchone()[0]
                  for t in ("listing_items", "pages", "documents", "extractions", "fetch_log")}
        counts["marts_tables"] = con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'marts'").fetchone()[0]
        return counts
    finally:
        con.close()


@pytest.fixture(scope="module")
def crashed(tmp_path_factory):
    baseline_db = tmp_path_factory.mktemp("uninterrupted") / "miitwatch.duckdb"
    db = tmp_path_factory.mktemp("crashed") / "miitwatch.duckdb"
    homes = iter(db.parent / f"dagster_home_{i}" for i in range(10))
    baseline = _start(baseline_db, baseline_db.parent / "dagster_home")
    try:
        after_kill, probe_got_the_pool = {}, None
        for where, marker, delay in KILL_POINTS:
            home = next(homes)
            assert _kill_when(db, home, marker, delay)
            after_kill[where] = _counts(db)
            if probe_got_the_pool is None:  # once: a new run on the killed run's DAGSTER_HOME
                probe_got_the_pool = _kill_when(db, home, INGEST_STARTED, 0.0, give_up_after=POOL_BLOCKED)
        final = _finish(_start(db, next(homes)))
        uninterrupted = _finish(baseline)
    finally:
        if baseline.poll() is None:
            os.killpg(baseline.pid, signal.SIGKILL)
            baseline.wait()
    return {"db": db, "baseline_db": baseline_db, "after_kill": after_kill, "final": final,
            "uninterrupted": uninterrupted, "probe_got_the_pool": probe_got_the_pool}


def test_each_kill_landed_in_the_middle_of_its_step(crashed):
    fetching, staging, dbt = (crashed["after_kill"][w] for w, *_ in KILL_POINTS)
    assert fetching["listing_items"] > 50 and fetching["pages"] < fetching["listing_items"]
    assert fetching["documents"] == 0
    assert staging["documents"] > 50 and staging["marts_tables"] == 0
    assert staging["extractions"] < staging["documents"]
    assert 0 < dbt["marts_tables"]


def test_a_run_after_a_kill_is_not_blocked_by_the_dead_runs_pool_slot(crashed):
    assert crashed["probe_got_the_pool"]


def test_the_resumed_run_succeeds(crashed):
    final, uninterrupted = crashed["final"], crashed["uninterrupted"]
    assert uninterrupted["success"], uninterrupted["error"]
    assert final["success"], final["error"]
    assert final["tests_failed"] == 0
    assert uninterrupted["documents_total"] > 50


def test_marts_equal_those_of_an_uninterrupted_run(crashed):
    resumed, reference = mart_contents(crashed["db"]), mart_contents(crashed["baseline_db"])
    assert reference["fct_industry_metrics"] and reference["fct_policy_events"]
    for table in reference:
        assert resumed[table] == reference[table], table


def test_nothing_stored_was_fetched_twice_and_no_duplicates(crashed):
    con = read_only(crashed["db"])
    try:
        assert refetched_stored_urls(con) == []
        assert duplicates(con) == {}
        documents = con.execute("SELECT count(*) FROM raw.documents").fetchone()[0]
    finally:
        con.close()
    reference = read_only(crashed["baseline_db"])
    try:
        assert documents == reference.execute("SELECT count(*) FROM raw.documents").fetchone()[0]
    finally:
        reference.close()


def test_the_resumed_run_published_a_complete_build(crashed):
    manifest = json.loads((crashed["db"].parent / "published" / "current" / "manifest.json").read_text())
    reference = json.loads((crashed["baseline_db"].parent / "published" / "current" / "manifest.json").read_text())
    assert manifest["tables"] == reference["tables"]
