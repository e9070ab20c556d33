"""Running the whole graph once in-process (what `miitwatch run` does) and summarising it."""
from __future__ import annotations

import contextlib
import os
import socket
import sys
import time
from pathlib import Path

import dagster as dg

from warehouse import settings
from warehouse.db import connect


def run_pipeline(*, full_refresh: bool = False, since: str | None = None, progress: bool = True,
                 instance: dg.DagsterInstance | None = None, sources: list[str] | None = None,
                 columns: list[str] | None = None, retry_failed: bool = False) -> dict:
    """Materialize every asset once (the daily job) and return a summary of what happened."""
    from orchestration.definitions import build_definitions

    defs = build_definitions()  # resources from the environment as it is now
    started = time.monotonic()
    job = defs.resolve_job_def("miitwatch_daily")
    run_config = {"ops": {"ingest_pages": {"config": {"since": since, "sources": sources, "columns": columns,
                                                      "retry_failed": retry_failed}},
                          "parse_documents": {"config": {"retry_failed": retry_failed}},
                          "dbt_models": {"config": {"full_refresh": full_refresh}}}}
    instance = instance or (dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral())
    if progress:
        print(f"miitwatch: running the whole graph (source: {os.environ.get('MIITWATCH_SOURCE', 'snapshot')}) …", flush=True)
    free_slots_of_dead_runs(instance)
    # dbt's console log is written to stdout by dagster-dbt; keep stdout for our own summary.
    with contextlib.redirect_stdout(sys.stderr):
        result = job.execute_in_process(run_config=run_config, instance=instance, raise_on_error=False,
                                        tags={PID_TAG: str(os.getpid()), HOST_TAG: socket.gethostname()})
    summary = summarize(result)
    summary["seconds"] = round(time.monotonic() - started, 1)
    return summary


PID_TAG, HOST_TAG = "miitwatch/pid", "miitwatch/host"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def free_slots_of_dead_runs(instance: dg.DagsterInstance) -> list[str]:
    """Release the writer-pool slots held by CLI runs whose process died (killed, crashed).

    A killed in-process run never gives its pool slot back, and every later run would wait for it
    forever.  Runs launched by `dagster dev` are left to its run monitoring.
    """
    storage = instance.event_log_storage
    freed = []
    for run_id in storage.get_concurrency_run_ids():
        run = instance.get_run_by_id(run_id)
        if run is not None and not run.is_finished:
            pid, host = run.tags.get(PID_TAG), run.tags.get(HOST_TAG)
            if not pid or host != socket.gethostname() or _alive(int(pid)):
                continue
            instance.report_run_failed(run)
        storage.free_concurrency_slots_for_run(run_id)
        freed.append(run_id)
    return freed


def _metadata(result: dg.ExecuteInProcessResult) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for event in result.get_asset_materialization_events():
        mat = event.event_specific_data.materialization
        out["/".join(mat.asset_key.path)] = {k: getattr(v, "value", v) for k, v in mat.metadata.items()}
    return out


def summarize(result: dg.ExecuteInProcessResult) -> dict:
    meta = _metadata(result)
    listing = meta.get("raw/listing_items", {})
    pages = meta.get("raw/pages", {})
    log = meta.get("raw/fetch_log", {})
    facts = meta.get("raw/metric_facts", {})
    events = meta.get("raw/event_facts", {})
    docs = meta.get("raw/documents", {})
    checks = result.get_asset_check_evaluations()
    dbt_built = any(k.startswith(("marts/", "staging/", "intermediate/", "seeds/")) for k in meta)
    error = None
    if not result.success:
        failure = next((e for e in result.all_events if e.is_step_failure), None)
        if failure is not None and failure.step_failure_data and failure.step_failure_data.error:
            err = failure.step_failure_data.error
            error = f"{failure.step_key}: {(err.cause.message if err.cause else err.message).strip()}"
    summary = {
        "success": result.success,
        "run_id": result.run_id,
        "source": os.environ.get("MIITWATCH_SOURCE", "snapshot"),
        "pages_fetched": int(listing.get("listing_pages_fetched", 0)) + int(pages.get("pages_fetched", 0)),
        # article pages: first pages, without the further pages of multi-page articles
        "articles_fetched": int(pages.get("pages_fetched", 0)) - int(pages.get("article_parts_fetched", 0)),
        "article_parts_fetched": int(pages.get("article_parts_fetched", 0)),
        "pages_failed": int(log.get("pages_failed", 0)) + int(docs.get("documents_failed", 0)),
        "pages_retry_later": int(log.get("pages_retry_later", 0)),
        "documents_new": int(docs.get("documents_new", docs.get("documents_parsed", 0))),
        "metrics_extracted": int(facts.get("metrics_extracted", 0)),
        "events_extracted": int(events.get("events_extracted", 0)),
        "tests_passed": sum(1 for c in checks if c.passed),
        "tests_failed": sum(1 for c in checks if not c.passed and c.severity == dg.AssetCheckSeverity.ERROR),
        "tests_warned": sum(1 for c in checks if not c.passed and c.severity == dg.AssetCheckSeverity.WARN),
        "database": str(settings.database_path()),
        "published": str(settings.publish_dir() / "current"),
        "dbt": "built" if dbt_built else "skipped (nothing new since the last build)",
        "error": error,
    }
    summary.update(_warehouse_totals(settings.database_path()))
    return summary


def _warehouse_totals(path: Path) -> dict:
    """Row counts of the marts after the run (0 where a table does not exist yet)."""
    totals = {"metrics": 0, "events": 0, "documents_total": 0}
    if not path.exists():
        return totals
    con = connect(path, read_only=True, wait_seconds=10)
    try:
        for key, table in (("metrics", "marts.fct_metric_observations"), ("events", "marts.fct_policy_events"),
                           ("documents_total", "raw.documents")):
            try:
                totals[key] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            except Exception:
                pass
    finally:
        con.close()
    return totals
