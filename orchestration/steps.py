"""The pipeline's steps as plain functions (no Dagster here), so each is testable on its own.

Each step reads what is still to do from the raw layer, does it, and stores the results in
batches: a crash loses at most the batch in flight, and the next run picks up where it stopped.
A page that fails is recorded in ``raw.fetch_log`` with its reason and retried on the next run;
it never stops the others.
"""
from __future__ import annotations

import functools
import logging
import os
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlsplit

import duckdb

from orchestration.workers import WorkerPool, attachment_text_chunk, extract_chunk, map_chunks, parse_chunk
from scrapers import crawl
from scrapers.facts import EXTRACTOR_VERSION
from scrapers.models import MISSING_PARTS_META, Attachment, FetchResult, ListingItem
from scrapers.sources import PARSER_VERSION, load_sources
from warehouse import fact_rows, load, queries

log = logging.getLogger(__name__)

# Rows per transaction: small enough to lose little on a crash, large enough to be fast.
# MIITWATCH_BATCH_ROWS overrides it (the crash tests use small batches so a kill lands between commits).
BATCH = int(os.environ.get("MIITWATCH_BATCH_ROWS", "200"))


# With a rate limit (live mode) fetching mostly waits for each host's next slot: a few threads,
# fed the hosts in turn, keep every host busy at its own limit (the limiter is shared, so each
# host still sees at most its rate): 1,074 snapshot pages at 50 requests/s per host took 18.0 s
# with 4 threads against 23.9 s (MIIT, most of the pages, is then the bound).  Without a limit
# (the local snapshot) the client is CPU-bound and threads only contend for the GIL: 10,000 pages
# took 24.0 s with 4 threads, 21.2 s with one.
FETCH_WORKERS = 4


def fetch_workers_for(client) -> int:
    rate = getattr(getattr(client, "config", None), "rate_limit", 0) or 0
    return FETCH_WORKERS if rate > 0 else 1


def _by_host_in_turn(todo: list, key: Callable[[Any], str] = lambda row: row[0]) -> list:
    """Rows (whose URL is ``key(row)``, by default ``row[0]``) reordered so that hosts take
    turns, each host's rows in their order."""
    queues: dict[str, deque] = {}
    for row in todo:
        queues.setdefault(urlsplit(key(row)).netloc.lower(), deque()).append(row)
    out = []
    while queues:
        for host in list(queues):
            out.append(queues[host].popleft())
            if not queues[host]:
                del queues[host]
    return out


def _threaded(fn: Callable, items: Iterable, *, workers: int) -> Iterator:
    """``fn`` over ``items`` in ``workers`` threads, results in input order, at most a few ahead
    of the consumer (fetched bodies wait in memory until stored)."""
    if workers < 2:
        yield from map(fn, items)
        return
    pool = ThreadPoolExecutor(workers, thread_name_prefix="fetch")
    pending: deque[Future] = deque()
    try:
        for item in items:
            pending.append(pool.submit(fn, item))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# DuckDB checkpoints (moves the WAL into the database file) at the first commit after the WAL
# passes `checkpoint_threshold`, 16 MiB by default, and each checkpoint costs more as the tables
# and their primary-key indexes grow: storing the 10k corpus' facts checkpointed 7 times, ~2 CPU s
# in all, against ~0.7 s for one checkpoint at the end of the step.  The WAL this lets grow is
# replayed by the next open after a crash (a first ingest of the 10k corpus: 66 MB, 0.6 s).
STEP_CHECKPOINT_THRESHOLD = "1GB"


def _bulk_step(step: Callable) -> Callable:
    """Run ``step(con, ...)`` with DuckDB on one thread and one checkpoint at the end (see
    ``STEP_CHECKPOINT_THRESHOLD``), then restore both settings.

    These steps keep the cores busy themselves (worker processes, the HTTP client, the snapshot
    server), and DuckDB's extra threads only compete with them for small batch inserts.  On the
    2-core machine, 10,000 documents: extract 49 s with one DuckDB thread, 67-68 s with two;
    ingest 24-25 s against 27 s (each measured twice under the same background load).
    """

    @functools.wraps(step)
    def wrapper(con: duckdb.DuckDBPyConnection, *args, **kwargs):
        threads, threshold = con.execute(
            "SELECT current_setting('threads'), current_setting('checkpoint_threshold')").fetchone()
        con.execute("SET threads = 1")
        con.execute(f"SET checkpoint_threshold = '{STEP_CHECKPOINT_THRESHOLD}'")
        try:
            result = step(con, *args, **kwargs)
            try:
                con.execute("CHECKPOINT")
            except duckdb.Error as exc:  # e.g. another transaction open: the next commit checkpoints
                log.warning("no checkpoint after %s: %s", step.__name__, exc)
            return result
        finally:
            con.execute(f"SET threads = {int(threads)}")
            con.execute(f"SET checkpoint_threshold = '{threshold}'")

    return wrapper


class SystemicFailure(RuntimeError):
    """Nothing could be fetched at all (every request blocked or unreachable): fail the run."""


@dataclass
class IngestStats:
    listing_pages: int = 0
    listing_failed: int = 0
    discovered: int = 0                 # listing rows seen for the first time
    articles_fetched: int = 0           # article page fetch attempts (parts included) that returned a page
    articles_failed: int = 0
    parts_fetched: int = 0              # of those, further pages of multi-page articles
    parts_failed: int = 0
    retry_later: int = 0                # failing URLs left for a later run (their retry is not due)
    pages: load.PageStoreStats = field(default_factory=load.PageStoreStats)
    failures: Counter = field(default_factory=Counter)   # outcome -> count
    failed_examples: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)
    seconds: float = 0.0

    @property
    def pages_fetched(self) -> int:
        return self.listing_pages + self.articles_fetched

    @property
    def pages_failed(self) -> int:
        return self.listing_failed + self.articles_failed

    def note_failure(self, result: FetchResult) -> None:
        self.failures[result.outcome] += 1
        if len(self.failed_examples) < 20:
            self.failed_examples.append((result.url, result.error or result.outcome))


@_bulk_step
def ingest(
    con: duckdb.DuckDBPyConnection,
    client,
    *,
    run_id: str | None = None,
    since: date | None = None,
    columns: list[str] | None = None,
    sources: list[str] | None = None,
    max_pages: int = 5,
    refetch: bool = False,
    retry_failed: bool = False,
    on_progress: Callable[[str], None] | None = None,
    fetch_workers: int | None = None,
) -> IngestStats:
    """Discover new articles in the listings, then fetch every article not yet stored.

    Incremental by default: listings stop at pages already seen; stored articles are not fetched
    again (``refetch`` asks for a conditional re-fetch of every listed article).  ``since`` turns
    the crawl into a backfill back to that date.  Articles are fetched by ``fetch_workers``
    threads (default: :func:`fetch_workers_for`; the client's per-host rate limit holds across
    them), hosts in turn; this thread stores them.  The further pages of a multi-page article
    (``Source.continuation_urls``) are fetched right after its first page and stored as pages of
    kind ``part``; those that failed are fetched again on a later run (``queries.pending_parts``).
    A page that failed again and again waits longer before each try (the view
    ``raw.fetch_failures``); ``retry_failed`` tries every failed page now.
    """
    started = time.monotonic()
    stats = IngestStats()
    known = queries.listed_urls(con)
    seen_now: set[str] = set()
    fetch_rows: list[tuple[FetchResult, str]] = []
    new_items: list[ListingItem] = []

    def flush() -> None:
        load.record_fetches(con, fetch_rows, run_id)
        stats.discovered += load.store_listing_items(con, new_items)
        fetch_rows.clear()
        new_items.clear()

    try:
        for result, items in crawl.discover(
            client, load_sources(sources), is_known=known.__contains__, since=since,
            max_pages=max_pages, columns=columns,
        ):
            fetch_rows.append((result, "listing"))
            if result.ok:
                stats.listing_pages += 1
            else:
                stats.listing_failed += 1
                stats.note_failure(result)
            # `known` must not change while discover() runs: it is a lazy generator that asks
            # is_known() about the page it just yielded to decide whether to keep paging.
            if since is not None:  # a backfill's last page also lists rows older than `since`
                items = [i for i in items if i.listed_date is None or i.listed_date >= since]
            new_items.extend(i for i in items if i.url not in known and i.url not in seen_now)
            seen_now.update(i.url for i in items)
            if len(fetch_rows) >= 20:
                flush()
    finally:
        # A stopped run (Dagster's interrupt, Ctrl-C, an error) keeps the listing rows it read.
        flush()

    retry_all = retry_failed or refetch
    stats.retry_later = 0 if retry_all else queries.backing_off(con)
    todo = queries.pending_articles(con, include_stored=refetch, retry_all=retry_all)
    # Further pages of multi-page articles: fetched right after their first page (a stored one
    # only again on a re-fetch), and those an earlier run missed, read from incomplete documents.
    parts_of = queries.stored_parts(con)
    stored_part_urls = set() if refetch else {u for urls in parts_of.values() for u in urls}
    todo_urls = {row[0] for row in todo}
    missing_parts = [row for row in queries.pending_parts(con, retry_all=retry_all) if row[1] not in todo_urls]
    if on_progress:
        on_progress(f"{len(todo)} articles to fetch" + (
            f", {len(missing_parts)} missing article parts" if missing_parts else ""))
    batch: list[tuple[FetchResult, str | None]] = []

    stored = queries.all_validators(con) if refetch else {}

    def requests_() -> Iterator[tuple[ListingItem, str | None]]:
        for url, source, column, title in todo:
            yield ListingItem(url=url, source=source, column=column, title=title), None
        for part_url, first_url, source in missing_parts:
            yield ListingItem(url=part_url, source=source, column=""), first_url

    def fetch(job: tuple[ListingItem, str | None]) -> list[tuple[FetchResult, str | None]]:
        """The article page and its further pages, as (result, first-page URL or None)."""
        item, part_of = job
        etag, last_modified = stored.get(item.url, (None, None))
        if part_of is not None:
            return [(crawl.fetch_part(client, item.url, source=item.source, first_url=part_of, etag=etag,
                                      last_modified=last_modified), part_of)]
        first = crawl.fetch_article(client, item, etag=etag, last_modified=last_modified)
        parts = crawl.fetch_parts(client, first, stored=parts_of.get(item.url, ()), skip=stored_part_urls,
                                  validators=stored)
        return [(first, None)] + [(part, item.url) for part in parts]

    workers = fetch_workers_for(client) if fetch_workers is None else fetch_workers
    jobs: Iterable = requests_()
    if workers > 1:
        jobs = _by_host_in_turn(list(jobs), key=lambda job: job[0].url)
    try:
        for results in _threaded(fetch, jobs, workers=workers):
            for result, part_of in results:
                fetch_rows.append((result, "article" if part_of is None else "part"))
                if result.ok or result.outcome == "not_modified":
                    stats.articles_fetched += 1
                    stats.parts_fetched += part_of is not None
                    batch.append((result, part_of))
                else:
                    stats.articles_failed += 1
                    stats.parts_failed += part_of is not None
                    stats.note_failure(result)
            if len(batch) >= BATCH:
                _store_batch(con, batch, fetch_rows, stats, run_id)
    finally:
        # A stopped run keeps the pages it fetched (and their fetch_log rows) instead of
        # fetching the batch in flight again on resume.
        _store_batch(con, batch, fetch_rows, stats, run_id)

    attempted = stats.listing_pages + stats.listing_failed + stats.articles_fetched + stats.articles_failed
    if attempted and stats.listing_pages == 0 and stats.articles_fetched == 0:
        reasons = ", ".join(f"{k}: {v}" for k, v in stats.failures.most_common())
        raise SystemicFailure(
            f"every one of {attempted} requests failed ({reasons}); first: {stats.failed_examples[:3]}. "
            "Is the site blocking us, or is the network/snapshot server down? Nothing was stored."
        )
    stats.seconds = time.monotonic() - started
    return stats


def _store_batch(con, batch: list[tuple[FetchResult, str | None]], fetch_rows: list, stats: IngestStats,
                 run_id: str | None) -> None:
    # Pages first, then their log rows: a crash in between re-fetches nothing already stored.
    # (An article's parts are in the same batch as their first page: `fetch` returns them together.)
    part_of = {r.url: first for r, first in batch if first is not None}
    stats.pages.add(load.store_pages(con, [r for r, _ in batch if r.ok], kind="article", part_of=part_of))
    load.record_fetches(con, fetch_rows, run_id)
    batch.clear()
    fetch_rows.clear()


@dataclass
class ParseStats:
    parsed: int = 0
    failed: int = 0
    incomplete: int = 0                 # of the parsed, multi-page articles with a page still missing
    attachments_fetched: int = 0
    attachments_failed: int = 0
    failed_examples: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0


@_bulk_step
def parse_pages(con: duckdb.DuckDBPyConnection, client=None, *, run_id: str | None = None,
                workers: int | None = None, retry_failed: bool = False) -> ParseStats:
    """Parse stored article pages into documents (and, with a client, fetch PDF attachment text).

    Pages already parsed by this parser version are skipped; a new parser version re-parses
    stored pages without refetching them.  A multi-page article is parsed from its first page and
    its stored parts into one document, again whenever a part arrives or changes; a stored part
    that will not parse is logged as a ``parse_error`` and fetched again.  ``workers``: see :func:`orchestration.workers.map_chunks`.
    Attachments that failed before are fetched again when their retry is due (``raw.fetch_failures``),
    or all of them with ``retry_failed``.
    """
    started = time.monotonic()
    stats = ParseStats()
    docs = []
    pages = (r for rows in queries.pages_to_parse(con, PARSER_VERSION, batch=BATCH) for r in rows)
    with WorkerPool(workers) as pool:
        for url, content_hash, source, doc, reason, part_failures in map_chunks(parse_chunk, pages, pool=pool):
            for part_url, part_reason in part_failures:
                # the document is stored incomplete; this failure makes the part pending again
                load.record_failure(con, url=part_url, source=source, kind="part", outcome="parse_error",
                                    error=part_reason, run_id=run_id)
            if doc is not None:
                docs.append((doc, content_hash))
                stats.parsed += 1
                stats.incomplete += MISSING_PARTS_META in doc.meta
            else:
                stats.failed += 1
                if len(stats.failed_examples) < 20:
                    stats.failed_examples.append((url, reason))
                load.record_failure(con, url=url, source=source, kind="article", outcome="parse_error",
                                    error=reason, run_id=run_id)
            if len(docs) >= BATCH:
                load.store_documents(con, docs, PARSER_VERSION)
                docs.clear()
        load.store_documents(con, docs, PARSER_VERSION)
        if client is not None:
            _fetch_attachments(con, client, stats, run_id, pool, retry_all=retry_failed)
    stats.seconds = time.monotonic() - started
    return stats


def _fetch_attachments(con, client, stats: ParseStats, run_id: str | None, pool: WorkerPool, *,
                       retry_all: bool = False) -> None:
    """Fetch the attachments still to store, here, and read the PDFs' text in the step's worker
    processes when the pages used them (one process read 120 PDFs in 2.2 CPU s), so reading one
    file overlaps fetching the next."""
    fetched: deque[tuple[tuple, FetchResult]] = deque()

    def pdf_bodies() -> Iterator[bytes | None]:
        for document_url, source, url, kind, title in queries.pending_attachments(con, retry_all=retry_all):
            result = crawl.fetch_attachment(client, Attachment(url=url, kind=kind, title=title), source=source)
            fetched.append(((document_url, url, kind, title), result))
            yield result.body if result.ok and kind == "pdf" else None

    # Without running workers, read each file here as it comes (starting workers costs more).
    texts = (map_chunks(attachment_text_chunk, pdf_bodies(), pool=pool, chunk_size=1) if pool.running
             else (text for body in pdf_bodies() for text in attachment_text_chunk([body])))
    rows, fetches = [], []
    for text, error in texts:
        (document_url, url, kind, title), result = fetched.popleft()
        if error is not None:
            result.outcome, result.error = "parse_error", error
        fetches.append((result, "attachment"))
        if result.ok:
            stats.attachments_fetched += 1
            rows.append((document_url, url, kind, title, load.content_hash(result.body), text, result.fetched_at))
        else:
            stats.attachments_failed += 1
    load.store_attachment_texts(con, rows)
    load.record_fetches(con, fetches, run_id)


@dataclass
class ExtractStats:
    documents: int = 0
    metrics: int = 0
    events: int = 0
    unmapped: int = 0
    failed: int = 0
    new_metrics: list = field(default_factory=list)   # a few (url, Metric) for the run's preview
    new_events: list = field(default_factory=list)
    seconds: float = 0.0


@_bulk_step
def extract_facts(con: duckdb.DuckDBPyConnection, *, run_id: str | None = None,
                  workers: int | None = None) -> ExtractStats:
    """Extract facts from documents not yet processed by the current extractor version.

    ``workers``: see :func:`orchestration.workers.map_chunks`."""
    started = time.monotonic()
    stats = ExtractStats()
    batch = fact_rows.FactRows()

    def store() -> None:
        m, e = load.store_extractions(con, batch, EXTRACTOR_VERSION)
        stats.metrics += m
        stats.events += e
        batch.clear()

    todo = (r for rows in queries.documents_to_extract(con, EXTRACTOR_VERSION, batch=BATCH) for r in rows)
    for url, content_hash, metrics, events, error in map_chunks(extract_chunk, todo, workers=workers):
        if metrics is None:
            stats.failed += 1
            load.record_failure(con, url=url, source="extractor", kind="extraction", outcome="parse_error",
                                error=f"extractor {EXTRACTOR_VERSION} failed: {error}", run_id=run_id)
            continue
        stats.documents += 1
        stats.unmapped += sum(1 for m in metrics if not m[fact_rows.METRIC_KEY])
        if len(stats.new_metrics) < 15:
            stats.new_metrics.extend((url, fact_rows.metric_of(m)) for m in metrics[: 15 - len(stats.new_metrics)])
        if len(stats.new_events) < 10:
            stats.new_events.extend((url, fact_rows.event_of(e)) for e in events[: 10 - len(stats.new_events)])
        batch.add(url, content_hash, metrics, events)
        if len(batch) >= BATCH:
            store()
    store()
    stats.seconds = time.monotonic() - started
    return stats
