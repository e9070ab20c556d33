"""Ingest: discover articles in the column listings and fetch the pages not yet stored."""

from datetime import date

import dagster as dg

from orchestration import steps
from orchestration.assets.common import OWNERS, failures_markdown, warehouse_connection
from orchestration.dbt import DUCKDB_POOL
from orchestration.resources import ScrapeResource, WarehouseResource


class IngestConfig(dg.Config):
    """Launchpad options; the defaults are the daily incremental run."""

    since: str | None = None            # YYYY-MM-DD: backfill listings back to this date
    columns: list[str] | None = None    # limit to these column keys, e.g. ["xwfb/gxdt/sjdt"]
    sources: list[str] | None = None    # limit to these sources, e.g. ["miit"]
    max_pages: int | None = None        # listing pages per column (incremental run)
    refetch: bool = False               # conditionally re-fetch articles already stored
    retry_failed: bool = False          # retry every failed page now, even those still waiting (see raw.fetch_failures)


@dg.multi_asset(
    specs=[
        dg.AssetSpec(["raw", "listing_items"], description="Every article link seen in a column listing, with its listed date.",
                     group_name="ingest", owners=OWNERS, kinds={"python", "duckdb"}),
        dg.AssetSpec(["raw", "pages"], description="Fetched article pages, one row per content version (changed pages keep history).",
                     group_name="ingest", owners=OWNERS, kinds={"python", "duckdb"}),
        dg.AssetSpec(["raw", "fetch_log"], description="Every fetch attempt with outcome, status, bytes, duration and error.",
                     group_name="ingest", owners=OWNERS, kinds={"python", "duckdb"}),
        # A view over the fetch log, so it changes whenever ingest writes the log.
        dg.AssetSpec(["raw", "fetch_failures"], deps=[["raw", "fetch_log"]], group_name="ingest", owners=OWNERS,
                     kinds={"duckdb"}, description=(
                         "View: pages and attachments whose latest fetches failed, with the failure streak and "
                         "when ingest tries them again (tried every run until three failures of the page itself "
                         "in a row, such as a 404 or a page that does not parse, then after 1 day, doubling up to "
                         "30 days; a timeout, block, 429 or 5xx never makes a page wait).")),
    ],
    pool=DUCKDB_POOL,
)
def ingest_pages(context: dg.AssetExecutionContext, config: IngestConfig, scrape: ScrapeResource,
                 warehouse: WarehouseResource):
    """Crawls listings (incremental, or back to `since`), fetches new and previously failed
    articles, and records every attempt.  Page failures are reported, not fatal; a run where
    every request fails is."""
    since = date.fromisoformat(config.since) if config.since else None
    with warehouse_connection(warehouse) as con, scrape.client() as client:
        try:
            stats = steps.ingest(
                con, client, run_id=context.run.run_id, since=since, columns=config.columns,
                sources=config.sources, max_pages=config.max_pages or scrape.max_listing_pages,
                refetch=config.refetch, retry_failed=config.retry_failed, on_progress=context.log.info,
            )
        except steps.SystemicFailure as exc:
            raise dg.Failure(description=str(exc)) from exc
        failing = con.execute("SELECT count(*) FROM raw.fetch_failures").fetchone()[0]
    for url, reason in stats.failed_examples:
        context.log.warning(f"page failed (will be retried; see marts.mart_fetch_failures): {url}: {reason}")
    common = {"duration_s": dg.MetadataValue.float(round(stats.seconds, 2))}
    yield dg.MaterializeResult(
        asset_key=["raw", "listing_items"],
        metadata={**common, "listing_pages_fetched": stats.listing_pages,
                  "listing_pages_failed": stats.listing_failed, "articles_discovered": stats.discovered},
    )
    yield dg.MaterializeResult(
        asset_key=["raw", "pages"],
        metadata={**common, "pages_fetched": stats.articles_fetched, "article_parts_fetched": stats.parts_fetched,
                  "pages_new": stats.pages.new,
                  "pages_changed": stats.pages.changed, "pages_unchanged": stats.pages.unchanged},
    )
    yield dg.MaterializeResult(
        asset_key=["raw", "fetch_log"],
        metadata={**common, "pages_failed": stats.pages_failed,
                  # failing pages not tried this run: their retry is not due yet (raw.fetch_failures)
                  "pages_retry_later": stats.retry_later,
                  "failures_by_outcome": dg.MetadataValue.json(dict(stats.failures)),
                  "failures": dg.MetadataValue.md(failures_markdown(stats.failed_examples))},
    )
    yield dg.MaterializeResult(
        asset_key=["raw", "fetch_failures"],
        metadata={"urls_failing": failing, "urls_retry_later": stats.retry_later},
    )


# In the writer pool like the assets: DuckDB's file lock shuts every other process out while one
# writes (a read-only connection waits as well), and this check opens the warehouse read-write
# (the raw schema is ensured on a fresh file).  Launched alone from the UI it takes its turn.
@dg.asset_check(asset=dg.AssetKey(["raw", "pages"]), pool=DUCKDB_POOL, description=(
    "Warns when no new MIIT page has arrived for MIITWATCH_FRESHNESS_DAYS days (default 7): "
    "the site may be blocking us, or its layout changed."))
def miit_pages_fresh(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    import os

    days = int(os.environ.get("MIITWATCH_FRESHNESS_DAYS", "7"))
    with warehouse_connection(warehouse) as con:
        # Whole days elapsed, not calendar days crossed: date_diff('day') calls a page fetched at
        # 23:30 a day old at 00:30.
        latest, age_days = con.execute(
            "SELECT max(fetched_at), date_diff('second', max(fetched_at), now()) // 86400 FROM raw.pages "
            "WHERE source = 'miit' AND kind = 'article'"
        ).fetchone()
    passed = latest is not None and age_days <= days
    return dg.AssetCheckResult(
        passed=passed, severity=dg.AssetCheckSeverity.WARN,
        metadata={"latest_new_miit_page": str(latest), "age_days": age_days if age_days is not None else -1,
                  "threshold_days": days},
        description=None if passed else f"no new MIIT page for more than {days} days (latest: {latest})",
    )
