"""Jobs and schedules: the daily incremental run, and a backfill job launched from the UI."""
from __future__ import annotations

import dagster as dg

DAILY_JOB = dg.define_asset_job(
    "miitwatch_daily",
    selection=dg.AssetSelection.all(),
    description="Incremental run of the whole graph: new listing rows, new articles, facts, dbt build, publish.",
    tags={"miitwatch/kind": "incremental"},
)

BACKFILL_JOB = dg.define_asset_job(
    "miitwatch_backfill",
    selection=dg.AssetSelection.all(),
    description=(
        "History: crawl listings back to a date, per column if wanted. In the Launchpad set "
        "ops.ingest_pages.config.since (YYYY-MM-DD) and optionally .columns / .sources. "
        "Stopping and relaunching resumes: stored articles are never fetched again."
    ),
    config={"ops": {"ingest_pages": {"config": {"since": "2024-01-01", "columns": None, "sources": None,
                                                "max_pages": None, "refetch": False}}}},
    tags={"miitwatch/kind": "backfill"},
)

# 07:30 Beijing time: MIIT publishes statistics and notices during the working day; a morning
# run picks up everything from the day before.  Stopped by default so that opening the UI on a
# laptop never starts scraping by itself; switch it on in the UI (Automation) or set
# MIITWATCH_SCHEDULE=running for a deployment.
DAILY_SCHEDULE_CRON = "30 7 * * *"


def daily_schedule(default_running: bool) -> dg.ScheduleDefinition:
    return dg.ScheduleDefinition(
        name="miitwatch_daily_schedule",
        job=DAILY_JOB,
        cron_schedule=DAILY_SCHEDULE_CRON,
        execution_timezone="Asia/Shanghai",
        default_status=dg.DefaultScheduleStatus.RUNNING if default_running else dg.DefaultScheduleStatus.STOPPED,
        description="Daily incremental run at 07:30 Asia/Shanghai.",
    )
