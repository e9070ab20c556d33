"""Stage: parse stored pages into documents and fetch their attachments' text."""

import dagster as dg

from orchestration import steps
from orchestration.assets.common import OWNERS, failures_markdown, warehouse_connection
from orchestration.dbt import DUCKDB_POOL
from orchestration.resources import ScrapeResource, WarehouseResource


class ParseConfig(dg.Config):
    """Launchpad option; the default is the daily run."""

    retry_failed: bool = False  # fetch every failed attachment now, even those still waiting (see raw.fetch_failures)


@dg.multi_asset(
    specs=[
        dg.AssetSpec(["raw", "documents"], deps=[["raw", "pages"]], group_name="stage", owners=OWNERS,
                     kinds={"python", "duckdb"},
                     description="Pages parsed into title, publication time, language, origin and body text."),
        dg.AssetSpec(["raw", "attachments"], deps=[["raw", "documents"]], group_name="stage", owners=OWNERS,
                     kinds={"python", "duckdb"}, description="Attachments of documents, with PDF text."),
    ],
    pool=DUCKDB_POOL,
)
def parse_documents(context: dg.AssetExecutionContext, config: ParseConfig, scrape: ScrapeResource,
                    warehouse: WarehouseResource):
    """Parses page versions not yet parsed by this parser version; a page that does not parse is
    recorded in raw.fetch_log and fetched again on the next run."""
    with warehouse_connection(warehouse) as con, scrape.client() as client:
        before = _document_counts(con)
        stats = steps.parse_pages(con, client, run_id=context.run.run_id, retry_failed=config.retry_failed)
        new, changed = _new_and_changed(before, _document_counts(con))
    for url, reason in stats.failed_examples:
        context.log.warning(f"page did not parse (will refetch next run): {url}: {reason}")
    yield dg.MaterializeResult(
        asset_key=["raw", "documents"],
        metadata={"documents_new": new, "documents_changed": changed,
                  "documents_parsed": stats.parsed, "documents_failed": stats.failed,
                  # multi-page articles parsed with a page still missing (fetched again next run)
                  "documents_incomplete": stats.incomplete,
                  "duration_s": round(stats.seconds, 2),
                  "failures": dg.MetadataValue.md(failures_markdown(stats.failed_examples))},
    )
    yield dg.MaterializeResult(
        asset_key=["raw", "attachments"],
        metadata={"attachments_fetched": stats.attachments_fetched, "attachments_failed": stats.attachments_failed},
    )


def _document_counts(con) -> tuple[int, int]:
    """(URLs with a document, document versions) in the raw layer."""
    return con.execute("SELECT count(DISTINCT url), count(*) FROM raw.documents").fetchone()


def _new_and_changed(before: tuple[int, int], after: tuple[int, int]) -> tuple[int, int]:
    """Documents new to the warehouse (a URL never parsed before) and changed (a new version of a
    known URL).  `documents_parsed` alone cannot tell them apart, and also counts page versions a
    new parser version re-parsed, which replace their old rows and so count as neither."""
    new = after[0] - before[0]
    return new, after[1] - before[1] - new
