"""Extract: industry metrics and policy events from documents, with provenance."""

import dagster as dg

from orchestration import steps
from orchestration.assets.common import OWNERS, warehouse_connection
from orchestration.dbt import DUCKDB_POOL
from orchestration.resources import WarehouseResource
from scrapers.facts import EXTRACTOR_VERSION


def _preview(stats: steps.ExtractStats) -> str:
    lines = ["| value | unit | measure | period / as of | subject | quote |", "| --- | --- | --- | --- | --- | --- |"]
    for _, m in stats.new_metrics:
        quote = m.quote.replace("|", "/")[:80]
        lines.append(f"| {m.value:g} | {m.unit} | {m.measure} | {m.period or m.as_of or ''} | {m.subject[:40]} | {quote} |")
    lines += ["", "| date | type | title |", "| --- | --- | --- |"]
    for _, e in stats.new_events:
        lines.append(f"| {e.date or ''} | {e.type} | {(e.title or '').replace('|', '/')[:60]} |")
    return "\n".join(lines)


@dg.multi_asset(
    specs=[
        dg.AssetSpec(["raw", "metric_facts"], deps=[["raw", "documents"]], group_name="extract", owners=OWNERS,
                     kinds={"python", "duckdb"}, description="Metric statements extracted from documents (one row per statement)."),
        dg.AssetSpec(["raw", "event_facts"], deps=[["raw", "documents"]], group_name="extract", owners=OWNERS,
                     kinds={"python", "duckdb"}, description="Policy events extracted from documents."),
        dg.AssetSpec(["raw", "extractions"], deps=[["raw", "documents"]], group_name="extract", owners=OWNERS,
                     kinds={"python", "duckdb"}, description="Which document versions each extractor version processed."),
    ],
    pool=DUCKDB_POOL,
)
def extract_facts(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Runs the extractor on documents it has not processed yet; bumping EXTRACTOR_VERSION
    re-processes stored documents without refetching them."""
    with warehouse_connection(warehouse) as con:
        stats = steps.extract_facts(con, run_id=context.run.run_id)
    meta = {"extractor_version": EXTRACTOR_VERSION, "documents_processed": stats.documents,
            "duration_s": round(stats.seconds, 2)}
    yield dg.MaterializeResult(
        asset_key=["raw", "metric_facts"],
        metadata={**meta, "metrics_extracted": stats.metrics, "unmapped_subjects": stats.unmapped,
                  "preview": dg.MetadataValue.md(_preview(stats))},
    )
    yield dg.MaterializeResult(asset_key=["raw", "event_facts"], metadata={**meta, "events_extracted": stats.events})
    yield dg.MaterializeResult(asset_key=["raw", "extractions"], metadata={**meta, "documents_failed": stats.failed})
