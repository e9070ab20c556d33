"""The dbt project as Dagster assets: models become assets, dbt tests become asset checks.

The manifest is prepared ahead of time (``dbt parse``) when it is missing, so loading the
definitions does not re-parse the project on every run; ``dagster dev`` re-parses through
``prepare_if_dev`` as usual.
"""

import importlib.metadata
import os
import shutil
import sys
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, DbtProject, dbt_assets
from packaging import version

from orchestration.resources import WarehouseResource
from warehouse import build_state, settings

DUCKDB_POOL = "duckdb_writer"  # every writer of the warehouse file runs in this pool (limit 1)

DBT_PROJECT = DbtProject(project_dir=settings.DBT_PROJECT_DIR, profiles_dir=settings.DBT_PROJECT_DIR)


def _export_database_env(database: str | None = None) -> None:
    # dbt's profiles.yml reads MIITWATCH_DUCKDB; make sure it names the same absolute file as the
    # warehouse resource (dbt runs as a subprocess that inherits this environment).
    os.environ["MIITWATCH_DUCKDB"] = str(Path(database).resolve()) if database else str(settings.database_path())


def _manifest_catalog(manifest_path: Path) -> str | None:
    """The DuckDB catalog name the manifest was parsed against (dbt-duckdb uses the file's stem)."""
    import json

    nodes = json.loads(manifest_path.read_text(encoding="utf-8")).get("nodes", {})
    return next((n.get("database") for n in nodes.values() if n.get("resource_type") == "model"), None)


def _project_newer_than(manifest: Path, project_dir: Path = settings.DBT_PROJECT_DIR) -> bool:
    """Whether a file of the dbt project changed after ``manifest`` was written: a test or model
    added since then is unknown to the manifest, and the build then fails on it."""
    built = manifest.stat().st_mtime
    return any(p.stat().st_mtime > built for p in build_state.project_files(project_dir) if p.exists())


def ensure_manifest() -> None:
    """Parse the dbt project when no manifest exists yet (a fresh clone), when a project file is
    newer than it, or when it was parsed against a database file of another name: Dagster reads
    relation names (catalog included) from the manifest to count rows."""
    DBT_PROJECT.prepare_if_dev()
    path = DBT_PROJECT.manifest_path
    if path.exists() and _manifest_catalog(path) == settings.database_path().stem and not _project_newer_than(path):
        return
    parse_project()


def parse_project(database: str | None = None) -> None:
    """``dbt parse`` into ``target/`` for ``database`` (default: the configured warehouse).

    Leaves the manifest Dagster loads and the partial-parse state the next build starts from
    (a build against another database path re-parses the whole project, ~3-4 s)."""
    _export_database_env(database)
    dbt_resource().cli(["parse", "--quiet"], target_path=DBT_PROJECT.target_path).wait()


# dbt is installed beside this Python (the project's venv), which need not be on PATH.
DBT_EXECUTABLE = str(Path(sys.executable).parent / "dbt")


class MiitwatchDbtCliResource(DbtCliResource):
    """dagster-dbt's dbt CLI resource without two per-run costs this project does not need.

    Before every ``dbt`` command dagster-dbt runs ``dbt --version`` in a subprocess (~3 s: dbt's
    imports) and loads the dbt adapter with the project's macros into this process (~2 s and
    ~25 MB), only to fetch row counts and column metadata through it, which we do not use (DuckDB
    is locked by the dbt process; see :func:`with_row_counts`).  Measured on 10,000 pages the two
    were ~5 s of a ~30 s dbt step.  Both hooks are private dagster-dbt API: re-check them when
    upgrading dagster-dbt (tests/orchestration runs the dbt step end to end).
    """

    @cached_property
    def _cli_version(self) -> version.Version:
        # DBT_EXECUTABLE is this venv's dbt, so its version is the installed dbt-core's.
        return version.parse(importlib.metadata.version("dbt-core"))

    def _initialize_dbt_core_adapter(self, args):  # noqa: ANN001 - dagster-dbt's signature
        return None  # no in-process adapter: dbt runs in its own process as usual


def dbt_resource() -> DbtCliResource:
    return MiitwatchDbtCliResource(project_dir=DBT_PROJECT, profiles_dir=str(settings.DBT_PROJECT_DIR),
                                   dbt_executable=DBT_EXECUTABLE)


class MiitwatchDbtTranslator(DagsterDbtTranslator):
    """Staging models join the 'stage' group, everything downstream the 'marts' group."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        fqn = dbt_resource_props.get("fqn", [])
        if dbt_resource_props.get("resource_type") == "model" and "staging" in fqn:
            return "stage"
        return "marts"

    def get_owners(self, dbt_resource_props: Mapping[str, Any]):
        return ["team:analytics-engineering"]


TRANSLATOR = MiitwatchDbtTranslator(settings=DagsterDbtTranslatorSettings(enable_code_references=False))


class DbtBuildConfig(dg.Config):
    full_refresh: bool = False  # rebuild incremental models from scratch
    force: bool = False         # build even when nothing changed since the last build


# dagster-dbt's own preparer (used by `dagster dev`) runs `dbt` from PATH and ignores
# DBT_EXECUTABLE; put this venv's bin first so it finds ours even when the venv is not activated.
os.environ["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
ensure_manifest()


@dbt_assets(
    manifest=DBT_PROJECT.manifest_path,
    project=DBT_PROJECT,
    dagster_dbt_translator=TRANSLATOR,
    pool=DUCKDB_POOL,
)
def dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource,
               config: DbtBuildConfig):
    """Builds the dbt project (seeds, staging, intermediate, marts, snapshot) and runs its tests."""
    _export_database_env(warehouse.database)
    with warehouse.get_connection() as con:
        inputs = build_state.fingerprint(con, settings.DBT_PROJECT_DIR)
        unchanged = inputs == build_state.last_build(con)
    if unchanged and not config.full_refresh and not config.force:
        # Same raw data and same dbt project as the last successful build: the marts are current.
        context.log.info("dbt build skipped: nothing new in the raw layer and no change to the dbt project "
                         "since the last successful build (launch with force: true to build anyway)")
        return
    # Unit tests check the models' SQL on fixed inputs, not the day's data: the test suite runs
    # them (tests/dbt) whenever the models change; repeating them in every production build costs
    # ~2 s. Every data test still runs here.
    args = ["build", "--exclude-resource-type", "unit_test"] + (["--full-refresh"] if config.full_refresh else [])
    # dbt holds the DuckDB write lock until its process ends, so row counts are taken afterwards
    # over one connection (dagster-dbt's fetch_row_counts opens one per model inside this
    # process and keeps them open, which then blocks the export step).
    invocation = dbt.cli(args, context=context)
    events = list(invocation.stream())
    yield from with_row_counts(events, warehouse.database)
    with warehouse.get_connection() as con:  # only reached when dbt build succeeded
        build_state.record_build(con, inputs, context.run.run_id)
    keep_partial_parse(Path(invocation.target_path))
    prune_build_targets(Path(invocation.target_path))


def keep_partial_parse(run_target: Path) -> None:
    """Make this build's parse state the one the next build starts from.

    dagster-dbt copies ``target/partial_parse.msgpack`` into each build's own target folder, and
    dbt updates only that copy; ``target/`` keeps the state of the last ``dbt parse``.  Once that
    state is stale (the profile changed, e.g. the database path in a test), every later build
    re-parsed the whole project (~4 s); copying the fresh state back keeps partial parsing on.
    """
    fresh = run_target / "partial_parse.msgpack"
    if not fresh.exists():
        return
    shared = settings.DBT_PROJECT_DIR / DBT_PROJECT.target_path / "partial_parse.msgpack"
    tmp = shared.with_name(f".partial_parse.{os.getpid()}.msgpack")
    shutil.copyfile(fresh, tmp)
    os.replace(tmp, shared)  # atomic: a build starting now copies the old state or the new one


KEEP_BUILD_TARGETS = 10  # each ~2.5-8 MB (manifest, compiled SQL, dbt.log): a year of daily runs kept ~2 GB


def prune_build_targets(current: Path, keep: int = KEEP_BUILD_TARGETS) -> list[Path]:
    """Delete all but the newest ``keep`` build folders dagster-dbt left in ``target/``.

    dagster-dbt gives every invocation its own ``target/<op>-<run id>-<uuid>/`` (artifacts and
    ``dbt.log``, for looking into a recent build) and never removes them.  Only folders named
    after this asset's op are touched; ``current`` is always kept.  Returns the folders removed.
    """
    folders = [p for p in current.parent.glob(f"{dbt_models.op.name}-*") if p.is_dir() and p != current]
    folders.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    removed = folders[max(keep - 1, 0):]
    for old in removed:
        shutil.rmtree(old, ignore_errors=True)
    return removed


def with_row_counts(events: list, database: str) -> list:
    """Adds `dagster/row_count` to the Output of every table dbt built (seeds, snapshots, tables,
    incremental models; not views)."""
    import json

    import dagster as dg

    from warehouse.db import connect

    nodes = json.loads(DBT_PROJECT.manifest_path.read_text(encoding="utf-8")).get("nodes", {})
    con = connect(database, read_only=True, wait_seconds=60)
    try:
        out = []
        for event in events:
            # the metadata value is a TextMetadataValue, not the id string itself
            uid = event.metadata.get("unique_id") if isinstance(event, dg.Output) else None
            node = nodes.get(getattr(uid, "value", uid)) if uid is not None else None
            # Tables only: a view's count is a new run of its query (int_metric_observations
            # alone took ~1.8 s on 10,000 pages), not a figure of what the build stored.
            stored = node and node.get("config", {}).get("materialized") != "view"
            if stored and node.get("resource_type") in ("model", "seed", "snapshot"):
                relation = f'"{node["schema"]}"."{node.get("alias") or node["name"]}"'
                try:
                    rows = con.execute(f"SELECT count(*) FROM {relation}").fetchone()[0]
                    event = event.with_metadata({**event.metadata, "dagster/row_count": dg.MetadataValue.int(rows)})
                except Exception:  # a relation dbt skipped or failed to build: no count
                    pass
            out.append(event)
        return out
    finally:
        con.close()
