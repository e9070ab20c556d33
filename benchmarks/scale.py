"""Scale benchmark: the whole pipeline over a synthetic 10,000-article snapshot.

``.venv/bin/python benchmarks/scale.py [--pages 10000] [--keep] [--profile FILE] [--cold-dbt]``

Builds a synthetic corpus in the snapshot layout (``synthetic.build_corpus``) in a temporary
folder, serves it with ``SnapshotServer(root=...)`` in a separate process (the site is remote in
production, so the server must not share this process's CPU and GIL), and runs the daily job via
``orchestration.runner.run_pipeline`` into a temporary DuckDB with no rate limit.  Prints, per
Dagster step (ingest, parse, extract, dbt, publish), wall seconds, pages per second and peak
memory (RSS of this process plus its children, e.g. dbt, but not the server, sampled every 50 ms
with psutil), then
the whole-path pages/s and the wall time of a second run that finds nothing new.
Targets (2-core machine): whole path ≥ 100 pages/s, peak memory < 1 GB, second run < 30 s.
A benchmark script that prints figures; not a test.
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from synthetic import build_corpus

REPO = Path(__file__).resolve().parent.parent
# Dagster step key → the stage it is, in pipeline order.
STAGES = (("ingest_pages", "ingest"), ("parse_documents", "parse"), ("extract_facts", "extract"),
          ("dbt_models", "dbt"), ("exports__published_marts", "publish"))
TARGET_PAGES_PER_S = 100
TARGET_PEAK_BYTES = 1 << 30
TARGET_SECOND_RUN_S = 30


class MemorySampler:
    """Samples RSS and CPU seconds of this process and all its children in a background thread.

    CPU seconds are recorded because the machine may be shared: wall time then overstates the
    cost of a stage, CPU time does not."""

    def __init__(self, every: float = 0.05, exclude: frozenset[int] = frozenset()) -> None:
        self.every = every
        self.exclude = exclude   # child pids that are not the pipeline (the snapshot server)
        self.samples: list[tuple[float, int, float]] = []   # (time.time(), RSS bytes, CPU seconds)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def _measure(self) -> tuple[int, float]:
        me = psutil.Process()
        rss = me.memory_info().rss
        t = me.cpu_times()
        cpu = t.user + t.system + t.children_user + t.children_system   # children_*: ended children
        for child in me.children(recursive=True):
            if child.pid in self.exclude:
                continue
            try:
                rss += child.memory_info().rss
                ct = child.cpu_times()
                cpu += ct.user + ct.system
            except psutil.Error:   # a child that just ended
                pass
        return rss, cpu

    def _run(self) -> None:
        while not self._stop.is_set():
            self.samples.append((time.time(), *self._measure()))
            self._stop.wait(self.every)

    def __enter__(self) -> "MemorySampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def peak(self, start: float = 0.0, end: float = float("inf")) -> int:
        return max((rss for t, rss, _ in self.samples if start <= t <= end), default=0)

    def cpu(self, start: float, end: float) -> float:
        """CPU seconds used between two times (to the sampling interval)."""
        inside = [cpu for t, _, cpu in self.samples if start <= t <= end]
        return inside[-1] - inside[0] if len(inside) > 1 else 0.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(root: Path) -> tuple[subprocess.Popen, str]:
    """``scrapers.snapshot.server`` (a ``SnapshotServer(root=...)``) in its own process."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "scrapers.snapshot.server", "--root", str(root),
                             "--port", str(port)], stdout=subprocess.PIPE, text=True, cwd=REPO)
    line = proc.stdout.readline()   # "serving … at http://127.0.0.1:PORT …" once it listens
    if "serving" not in line:
        proc.kill()
        raise RuntimeError(f"snapshot server did not start: {line!r}")
    return proc, f"http://127.0.0.1:{port}"


def step_windows(instance, run_id: str) -> dict[str, tuple[float, float]]:
    """Start and end (time.time()) of every step of the run, from its event log."""
    starts, ends = {}, {}
    for entry in instance.all_logs(run_id):
        event = entry.dagster_event
        if event is None or not event.step_key:
            continue
        if event.event_type_value == "STEP_START":
            starts[event.step_key] = entry.timestamp
        elif event.event_type_value in ("STEP_SUCCESS", "STEP_FAILURE"):
            ends[event.step_key] = entry.timestamp
    return {key: (starts[key], ends[key]) for key in starts if key in ends}


def run_once(label: str, server_pid: int, profile: Path | None = None) -> tuple[dict, dict, float, dict]:
    """One run of the daily job; returns (summary, step windows, wall seconds, per-step figures).

    Per-step figures: ``{step: (peak RSS bytes, CPU seconds)}``, and ``"_all"`` for the run."""
    import dagster as dg

    from orchestration.runner import run_pipeline

    instance = dg.DagsterInstance.ephemeral()
    profiler = cProfile.Profile() if profile else None
    with MemorySampler(exclude=frozenset({server_pid})) as mem:
        started = time.time()
        if profiler:
            profiler.enable()
        summary = run_pipeline(progress=False, instance=instance)
        if profiler:
            profiler.disable()
        wall = time.time() - started
    if profiler:
        profiler.dump_stats(profile)
        print(f"[{label}] profile written to {profile}; top functions by cumulative time:")
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    windows = step_windows(instance, summary["run_id"])
    figures = {key: (mem.peak(*window), mem.cpu(*window)) for key, window in windows.items()}
    figures["_all"] = (mem.peak(), mem.cpu(started, started + wall))
    return summary, windows, wall, figures


def raw_state(database: Path) -> dict[str, tuple]:
    """(row count, latest load time) of each raw table whose change makes the dbt step build."""
    from warehouse import build_state
    from warehouse.db import connect

    con = connect(database, read_only=True)
    try:
        return {table: con.execute(f"SELECT count(*), max({column}) FROM {table}").fetchone()
                for table, column in build_state._RAW_TABLES.items()}
    finally:
        con.close()


def print_stages(summary: dict, windows: dict, figures: dict) -> None:
    counts = {"ingest": summary["pages_fetched"], "parse": summary["documents_new"],
              "extract": summary["documents_new"], "dbt": summary["documents_new"],
              "publish": summary["documents_new"]}
    print(f"  {'stage':<8} {'step':<24} {'wall s':>7} {'CPU s':>7} {'pages':>7} {'pages/s':>8} "
          f"{'pages/CPU-s':>11} {'peak RSS MB':>11}")
    for step, stage in STAGES:
        if step not in windows:
            print(f"  {stage:<8} {step:<16} (did not run)")
            continue
        start, end = windows[step]
        seconds = end - start
        peak, cpu = figures[step]
        rate = counts[stage] / seconds if seconds > 0 else 0.0
        cpu_rate = counts[stage] / cpu if cpu > 0 else 0.0
        print(f"  {stage:<8} {step:<24} {seconds:>7.1f} {cpu:>7.1f} {counts[stage]:>7} {rate:>8.1f} "
              f"{cpu_rate:>11.1f} {peak / 2**20:>11.0f}")
    for step in sorted(k for k in windows if k not in dict(STAGES)):
        start, end = windows[step]
        print(f"  {'(other)':<8} {step:<24} {end - start:>7.1f} {figures[step][1]:>7.1f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=10_000, help="synthetic article pages (default 10000)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder and print its path")
    ap.add_argument("--profile", type=Path, help="cProfile the first run into this file and print the top")
    ap.add_argument("--cold-dbt", action="store_true",
                    help="do not prepare dbt's parse state for the temporary warehouse path first")
    args = ap.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="miitwatch-scale-"))
    server = None
    try:
        t0 = time.monotonic()
        counts = build_corpus(tmp / "sites", args.pages)
        print(f"corpus: {counts['articles']} article pages, "
              f"{sum(v for k, v in counts.items() if k != 'articles')} files, built in {time.monotonic() - t0:.1f} s "
              f"({tmp / 'sites'})")
        server, base = start_server(tmp / "sites")
        os.environ.update({
            "MIITWATCH_SOURCE": "snapshot",
            "MIITWATCH_SNAPSHOT_URL": base,
            "MIITWATCH_RATE_LIMIT": "0",
            "MIITWATCH_DUCKDB": str(tmp / "miitwatch.duckdb"),   # stem "miitwatch": the dbt manifest fits
            "MIITWATCH_MAX_LISTING_PAGES": "100000",             # every listing page on the first run
        })
        os.environ.pop("MIITWATCH_PUBLISH_DIR", None)            # publish beside the temp database

        if not args.cold_dbt:
            # A deployment keeps its warehouse at one path, so each daily build starts from the
            # parse state the previous one left; a new path (this temp folder) would make dbt
            # re-parse the whole project (~3-4 s). Prepare it as the previous day would have.
            from orchestration.dbt import parse_project

            parse_project(str(tmp / "miitwatch.duckdb"))
            print("dbt parse state prepared for this warehouse path (--cold-dbt: measure without)")
        print(f"load average before the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        summary, windows, wall, figures = run_once("first run", server.pid, args.profile)
        print(f"first run: success={summary['success']} error={summary['error']} "
              f"articles={summary['articles_fetched']} parts={summary.get('article_parts_fetched', 0)} "
              f"documents={summary['documents_new']} "
              f"failed={summary['pages_failed']} metrics={summary['metrics_extracted']} "
              f"events={summary['events_extracted']} marts: metrics={summary['metrics']} "
              f"events={summary['events']}")
        print_stages(summary, windows, figures)
        # article pages fetched: first pages and the further pages of multi-page articles (the
        # summary counts them apart since the run summary says what articles_fetched is)
        pages = summary["articles_fetched"] + summary.get("article_parts_fetched", 0)
        whole = pages / wall if wall else 0.0
        peak, cpu = figures["_all"]
        print(f"whole path: {pages} article pages ({summary['documents_new']} documents) in {wall:.1f} s wall "
              f"({cpu:.1f} CPU s) = {whole:.1f} pages/s (target ≥ {TARGET_PAGES_PER_S}: "
              f"{'met' if whole >= TARGET_PAGES_PER_S else 'MISSED'}); load average now {os.getloadavg()[0]:.1f}")
        print(f"peak memory (RSS, this process + children but the server, psutil): {peak / 2**20:.0f} MB "
              f"(target < 1024 MB: {'met' if peak < TARGET_PEAK_BYTES else 'MISSED'})")

        before = raw_state(tmp / "miitwatch.duckdb")
        summary2, windows2, wall2, figures2 = run_once("second run", server.pid)
        after = raw_state(tmp / "miitwatch.duckdb")
        changed = [f"{t} ({before[t][0]} -> {after[t][0]} rows)" for t in before if before[t] != after[t]]
        print(f"raw tables the second run changed (each makes dbt build again): {', '.join(changed) or 'none'}")
        print(f"second run (nothing new): {wall2:.1f} s wall, success={summary2['success']}, "
              f"pages fetched={summary2['pages_fetched']}, new documents={summary2['documents_new']} "
              f"(target < {TARGET_SECOND_RUN_S} s: {'met' if wall2 < TARGET_SECOND_RUN_S else 'MISSED'})")
        print_stages(summary2, windows2, figures2)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
