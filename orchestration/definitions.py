"""The Dagster code location: every asset, check, job and schedule of miitwatch.

Load with ``dagster dev -m orchestration.definitions`` (see README).  Resources come from the
environment through :func:`orchestration.resources.resources_from_env`.
"""
from __future__ import annotations

import os

import dagster as dg

from orchestration.assets.documents import parse_documents
from orchestration.assets.exports import published_marts
from orchestration.assets.facts import extract_facts
from orchestration.assets.ingest import ingest_pages, miit_pages_fresh
from orchestration.dbt import dbt_models
from orchestration.jobs import BACKFILL_JOB, DAILY_JOB, daily_schedule
from orchestration.resources import resources_from_env

ASSETS = [ingest_pages, parse_documents, extract_facts, dbt_models, published_marts]


def build_definitions(resources: dict | None = None) -> dg.Definitions:
    return dg.Definitions(
        assets=ASSETS,
        asset_checks=[miit_pages_fresh],
        jobs=[DAILY_JOB, BACKFILL_JOB],
        schedules=[daily_schedule(os.environ.get("MIITWATCH_SCHEDULE", "stopped") == "running")],
        resources=resources if resources is not None else resources_from_env(),
        executor=dg.in_process_executor,  # one process: DuckDB allows a single writer anyway
    )


defs = build_definitions()
