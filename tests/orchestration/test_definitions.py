"""The code location as an operator sees it in the UI: groups by layer, descriptions, owners and
kinds on every asset, dbt tests as asset checks, the freshness check, and the daily schedule.

Builds the definitions without running anything (a few seconds).  The warehouse path is a
temporary file named like the default one (``miitwatch.duckdb``), so loading the dbt assets reuses
the parsed manifest instead of re-parsing the project (see ``orchestration.dbt.ensure_manifest``).
"""
from __future__ import annotations

import re

import dagster as dg
import pytest

from warehouse.settings import REPO_ROOT

LAYERS = {"ingest", "stage", "extract", "marts", "exports"}
PYTHON_ASSETS = {
    "ingest": {"raw/listing_items", "raw/pages", "raw/fetch_log", "raw/fetch_failures"},
    "stage": {"raw/documents", "raw/attachments"},
    "extract": {"raw/metric_facts", "raw/event_facts", "raw/extractions"},
    "exports": {"exports/published_marts"},
}


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MIITWATCH_DUCKDB", str(tmp_path_factory.mktemp("defs") / "miitwatch.duckdb"))
        mp.delenv("MIITWATCH_SCHEDULE", raising=False)
        yield mp


@pytest.fixture(scope="module")
def defs(env) -> dg.Definitions:
    from orchestration.definitions import build_definitions

    return build_definitions()


@pytest.fixture(scope="module")
def specs(defs) -> dict[str, dg.AssetSpec]:
    return {spec.key.to_user_string(): spec for spec in defs.resolve_all_asset_specs()}


@pytest.fixture(scope="module")
def manifest(defs) -> dict:
    # The manifest the dbt assets were built from (read when orchestration.dbt was imported), not
    # target/manifest.json now: another process may have re-parsed the project since.
    from dagster_dbt.asset_utils import get_manifest_and_translator_from_dbt_assets

    from orchestration.dbt import dbt_models

    return get_manifest_and_translator_from_dbt_assets([dbt_models])[0]


def test_assets_are_grouped_by_the_five_layers(specs):
    groups: dict[str, set[str]] = {}
    for key, spec in specs.items():
        groups.setdefault(spec.group_name, set()).add(key)
    assert set(groups) == LAYERS
    for layer, keys in PYTHON_ASSETS.items():
        python_keys = {k for k in groups[layer] if "dbt" not in specs[k].kinds}
        assert python_keys == keys, layer
    # dbt: staging models are the stage layer beside the parsed documents; every other dbt node
    # (seeds, intermediate models, marts, the snapshot) is in marts.
    dbt_keys = {k for k, spec in specs.items() if "dbt" in spec.kinds}
    assert {k for k in dbt_keys if k.startswith("staging/")} == dbt_keys & groups["stage"]
    assert dbt_keys - groups["stage"] == groups["marts"]
    assert {"marts/fct_metric_observations", "marts/fct_policy_events"} <= groups["marts"]
    assert not dbt_keys & (groups["ingest"] | groups["extract"] | groups["exports"])


def test_every_asset_has_a_description_owners_and_kinds(specs):
    for key, spec in specs.items():
        assert spec.description and spec.description.strip(), key
        assert spec.owners, key
        assert spec.kinds, key


def test_every_dbt_model_seed_and_snapshot_is_an_asset(specs, manifest):
    built = {n["name"] for n in manifest["nodes"].values() if n["resource_type"] in ("model", "seed", "snapshot")}
    dbt_names = {key.rsplit("/", 1)[-1] for key, spec in specs.items() if "dbt" in spec.kinds}
    assert built and built == dbt_names


def _names_one_node(test: dict) -> bool:
    """Whether dagster-dbt can place a dbt test on one asset: a generic test has an attached node;
    a singular test needs a single upstream node, or `meta: {dagster: {ref: ...}}` naming one."""
    meta = (test.get("config") or {}).get("meta") or test.get("meta") or {}
    return bool(test.get("attached_node") or len(test["depends_on"]["nodes"]) == 1
                or meta.get("dagster", {}).get("ref"))


def test_dbt_data_tests_are_asset_checks_beside_the_freshness_check(defs, manifest):
    checks = defs.resolve_asset_graph().asset_check_keys
    names = [c.name for c in checks]
    assert "miit_pages_fresh" in names
    assert next(c for c in checks if c.name == "miit_pages_fresh").asset_key == dg.AssetKey(["raw", "pages"])
    dbt_checks = sorted(n for n in names if n != "miit_pages_fresh")

    data_tests = [n for n in manifest["nodes"].values() if n["resource_type"] == "test"]
    shown = sorted(t["name"] for t in data_tests if _names_one_node(t))
    assert len(dbt_checks) > 0
    assert dbt_checks == shown
    # A test left out can only be one that spans several models without naming the one it
    # checks; it still runs in `dbt build`, but the UI cannot show it on an asset.
    left_out = [t["unique_id"] for t in data_tests if not _names_one_node(t)]
    assert len(dbt_checks) + len(left_out) == len(data_tests)
    assert all(len(manifest["nodes"][u]["depends_on"]["nodes"]) > 1 for u in left_out)


def test_every_warehouse_writer_and_the_freshness_check_share_the_writer_pool(defs):
    from orchestration.dbt import DUCKDB_POOL

    graph = defs.resolve_asset_graph()
    pooled_assets, pooled_checks, outside = set(), set(), {}
    for node in graph.assets_defs:  # asset checks run as their own ops, listed here too
        if node.node_def.pool == DUCKDB_POOL:
            pooled_assets |= set(node.keys)
            pooled_checks |= {c.name for c in node.check_keys}
        else:
            outside[node.node_def.name] = node.node_def.pool
    assert outside == {}
    assert pooled_assets == set(graph.get_all_asset_keys())
    assert "miit_pages_fresh" in pooled_checks


def test_the_daily_schedule_runs_in_shanghai_time_as_documented_and_is_stopped_by_default(defs):
    schedule = defs.resolve_schedule_def("miitwatch_daily_schedule")
    assert schedule.execution_timezone == "Asia/Shanghai"
    assert schedule.job_name == "miitwatch_daily"
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    hour, minute = re.search(r"runs the daily job at (\d\d):(\d\d) Asia/Shanghai", readme).groups()
    assert schedule.cron_schedule == f"{int(minute)} {int(hour)} * * *"
    assert schedule.default_status == dg.DefaultScheduleStatus.STOPPED


def test_miitwatch_schedule_running_starts_the_schedule_by_default(env):
    from orchestration.definitions import build_definitions

    env.setenv("MIITWATCH_SCHEDULE", "running")
    try:
        schedule = build_definitions().resolve_schedule_def("miitwatch_daily_schedule")
    finally:
        env.delenv("MIITWATCH_SCHEDULE")
    assert schedule.default_status == dg.DefaultScheduleStatus.RUNNING


def test_the_backfill_job_can_be_launched_with_a_date_and_columns(defs):
    job = defs.resolve_job_def("miitwatch_backfill")
    assert set(job.asset_layer.executable_asset_keys) == set(defs.resolve_asset_graph().get_all_asset_keys())
    ingest = job.run_config_schema.config_type.fields["ops"].config_type.fields["ingest_pages"]
    options = ingest.config_type.fields["config"].config_type.fields
    assert {"since", "columns", "sources"} <= set(options)
