"""The pipeline's pure CPU work (parsing pages, reading PDFs, extracting facts), run in worker
processes.

Kept apart from :mod:`orchestration.steps` so that a worker imports only the scrapers (and
:mod:`warehouse.fact_rows`): no DuckDB, pyarrow or Dagster (importing ``steps`` costs ~140 MB per
process, this module ~30 MB).
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime
from itertools import chain, islice

from scrapers import crawl
from scrapers.facts import extract
from warehouse.fact_rows import event_rows, metric_rows

log = logging.getLogger(__name__)

# Parsing and extraction are pure CPU work: with many pages they run in worker processes (one per
# core) while this process reads the work from the warehouse and stores the results.
POOL_MIN_ITEMS = 500  # fewer items: starting the workers (~1 s) would cost more than it saves
POOL_CHUNK = 50       # items per task: amortises pickling, still balances the workers


def pool_workers() -> int:
    """Worker processes for parse and extract: ``MIITWATCH_WORKERS`` (1 = no pool), else one per
    core, at most 4."""
    configured = os.environ.get("MIITWATCH_WORKERS", "").strip()
    return max(1, int(configured)) if configured else min(os.cpu_count() or 1, 4)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


PARENT_CHECK_SECONDS = 1.0


def _exit_with_parent(parent_pid: int) -> None:
    """Worker initializer: end this worker once the process that started it is gone.

    A pipeline process killed outright (``kill -9``, the OOM killer) cannot shut its pool down,
    and its workers would wait for work forever, holding memory.  A daemon thread polls the
    parent's pid (re-parenting changes ``getppid``; portable, unlike Linux's PR_SET_PDEATHSIG).
    """

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


class WorkerPool:
    """Worker processes that the ``map_chunks`` calls of one step share, spawned on first need.

    Starting the workers costs ~1 s (an interpreter and the scrapers' imports each), more than a
    small batch of work saves, so a later call with few items (the PDF attachments after the
    pages) uses the workers only if an earlier one already started them."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = pool_workers() if workers is None else workers
        self._executor: ProcessPoolExecutor | None = None

    @property
    def running(self) -> bool:
        return self._executor is not None

    def executor(self) -> ProcessPoolExecutor:
        if self._executor is None:
            # spawn: forking a process that runs Dagster threads and holds a DuckDB connection is unsafe
            self._executor = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=_exit_with_parent, initargs=(os.getpid(),))
        return self._executor

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def map_chunks(fn: Callable[[list], list], items: Iterable, *, workers: int | None = None,
               min_items: int | None = None, pool: WorkerPool | None = None,
               chunk_size: int = POOL_CHUNK) -> Iterator:
    """Apply ``fn`` to ``items`` chunk by chunk and yield its results in input order.

    ``fn(chunk) -> list of results`` must be a module-level function that catches each item's
    errors itself.  With ``min_items`` (default ``POOL_MIN_ITEMS``) items or more, or whenever
    ``pool`` is already running, it runs in worker processes (``pool``, else a pool of its own of
    ``workers``, default :func:`pool_workers`), a few chunks ahead of the consumer so memory stays
    flat; otherwise in this process.  If the pool breaks (a worker killed, e.g. out of memory),
    the chunks it still owed run here.
    """
    own = pool is None
    pool = WorkerPool(workers) if own else pool
    min_items = POOL_MIN_ITEMS if min_items is None else min_items
    it = iter(items)
    head = [] if pool.running else list(islice(it, min_items))
    chunks = _chunks(chain(head, it), chunk_size)
    if pool.workers < 2 or (not pool.running and len(head) < min_items):
        for chunk in chunks:
            yield from fn(chunk)
        return
    executor = pool.executor()
    pending: deque[tuple[list, Future | None]] = deque()
    try:
        for chunk in chunks:
            future = None
            try:
                future = executor.submit(fn, chunk)
            except BrokenProcessPool:
                pass  # already reported by the chunk that broke it; run this one here
            pending.append((chunk, future))
            if len(pending) > 4 * pool.workers:  # enough queued to cover a store in this process
                yield from _chunk_result(fn, *pending.popleft())
        while pending:
            yield from _chunk_result(fn, *pending.popleft())
    finally:
        if own:
            pool.close()
        else:  # the pool lives on: drop what is left of this call's work (after an early stop)
            for _, future in pending:
                if future is not None:
                    future.cancel()


def _chunk_result(fn: Callable[[list], list], chunk: list, future: Future | None) -> list:
    if future is not None:
        try:
            return future.result()
        except BrokenProcessPool as exc:
            log.warning("worker pool broke (%s); finishing its chunks in the main process", exc)
    return fn(chunk)


def parse_chunk(pages: list[tuple]) -> list[tuple]:
    """(url, content_hash, source, body, parts) rows (``warehouse.queries.pages_to_parse``) ->
    (url, content_hash, source, Document or None, error or None, part failures): a multi-page
    article is parsed with its stored parts (``parts``: None or ``{"url", "body"}`` dicts) into
    one document; part failures are (part URL, reason) of parts that would not parse."""
    out = []
    for url, content_hash, source, body, parts in pages:
        try:
            doc, failures = crawl.parse_article_parts(
                source, url, body, {p["url"]: p["body"] for p in parts} if parts else None)
            out.append((url, content_hash, source, doc, None, failures))
        except Exception as exc:  # a bad page is recorded and retried, never fatal
            out.append((url, content_hash, source, None, f"{type(exc).__name__}: {exc}", []))
    return out


def extract_chunk(docs: list[tuple]) -> list[tuple]:
    """(url, content_hash, body_text, published_at, language) rows -> (url, content_hash,
    metric rows, event rows, error): rows as :mod:`warehouse.fact_rows` makes them (cheap to send
    back and ready to store), None with the error when the extractor failed."""
    out = []
    for url, content_hash, body, published_at, language in docs:
        published = published_at.date() if isinstance(published_at, datetime) else published_at
        try:
            ex = extract(body or "", published=published, lang=language)
            out.append((url, content_hash, metric_rows(url, content_hash, ex.metrics),
                        event_rows(url, content_hash, ex.events), None))
        except Exception as exc:  # an extractor bug on one document must not stop the rest
            out.append((url, content_hash, None, None, f"{type(exc).__name__}: {exc}"))
    return out


def attachment_text_chunk(bodies: list[bytes | None]) -> list[tuple[str | None, str | None]]:
    """PDF bodies (None: nothing to read) -> (text, None), or (None, error) when unreadable."""
    from scrapers.attachments import pdf_text  # here: pypdf (~7 MB) only in workers that read PDFs

    out = []
    for body in bodies:
        if body is None:
            out.append((None, None))
            continue
        try:
            out.append((pdf_text(body), None))
        except Exception as exc:  # a bad file is recorded, never fatal
            out.append((None, f"PDF text extraction failed: {exc}"))
    return out
