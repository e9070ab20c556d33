"""Exports: publish each successful build for BI tools and SQL readers (Parquet + read-only copy)."""

import os

import dagster as dg

from orchestration.assets.common import OWNERS, warehouse_connection
from orchestration.dbt import DUCKDB_POOL, dbt_models
from orchestration.resources import WarehouseResource
from warehouse import settings
from warehouse.publish import publish


@dg.asset(
    key=["exports", "published_marts"],
    deps=[dbt_models],
    group_name="exports",
    owners=OWNERS,
    kinds={"parquet", "duckdb"},
    pool=DUCKDB_POOL,
)
def published_marts(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Writes every mart to Parquet and to a read-only DuckDB copy with a full-text index, then
    switches `published/current` to the new build atomically, so readers never block the
    pipeline and never see a half-built state."""
    target = settings.publish_dir({**os.environ, "MIITWATCH_DUCKDB": warehouse.database})
    with warehouse_connection(warehouse) as con:
        result = publish(con, target, build_id=None)
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(result.current)),
            "build": str(result.build_dir.name),
            "tables": dg.MetadataValue.json(result.tables),
            "documents_indexed": result.documents_indexed,
        }
    )
