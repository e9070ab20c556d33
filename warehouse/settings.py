"""Where the warehouse lives: the one setting that Dagster, dbt and the CLI share.

``MIITWATCH_DUCKDB`` names the DuckDB file (default ``<repo>/data/miitwatch.duckdb``); dbt's
``profiles.yml`` reads the same variable, and every entry point exports the resolved absolute
path before it starts dbt, so there is exactly one database.
"""
from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"


def data_dir(environ: os._Environ | dict | None = None) -> Path:
    env = os.environ if environ is None else environ
    return Path(env.get("MIITWATCH_DATA_DIR") or REPO_ROOT / "data").resolve()


def database_path(environ: os._Environ | dict | None = None) -> Path:
    """Absolute path of the warehouse file, from ``MIITWATCH_DUCKDB`` or the default."""
    env = os.environ if environ is None else environ
    configured = env.get("MIITWATCH_DUCKDB")
    return Path(configured).expanduser().resolve() if configured else data_dir(env) / "miitwatch.duckdb"


def publish_dir(environ: os._Environ | dict | None = None) -> Path:
    """Folder of published read-only builds (Parquet marts + a database copy) for BI readers.

    Defaults to ``published/`` beside the database file, so a temporary database in a test gets
    its own publish folder.
    """
    env = os.environ if environ is None else environ
    configured = env.get("MIITWATCH_PUBLISH_DIR")
    if configured:
        return Path(configured).expanduser().resolve()
    return database_path(env).parent / "published"
