"""Loading scraper records into the raw layer, idempotently and in batches.

Every table has a natural primary key and every insert is ``INSERT OR IGNORE`` inside one
transaction per batch: loading the same records twice adds nothing, and a crash mid-batch leaves
no half-written batch behind (the next run simply loads it again).
"""
from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime, timezone

import duckdb
import pyarrow as pa

from scrapers.models import Document, FetchResult, ListingItem
from warehouse.fact_rows import EVENT_COLUMNS, EXTRACTION_COLUMNS, METRIC_COLUMNS, FactRows


def content_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _arrow(columns: Sequence[str], rows: list[tuple], constants: Mapping[str, object] | None = None) -> pa.Table:
    """``rows`` (tuples in ``columns`` order) as an Arrow table, plus one column per item of
    ``constants`` holding that value on every row (no per-row Python work for it)."""
    if not rows:
        return pa.table({})  # nothing to insert: _insert_tables skips it
    arrays = [pa.array(values) for values in zip(*rows)]
    names = list(columns)
    for name, value in (constants or {}).items():
        arrays.append(pa.repeat(pa.scalar(value), len(rows)))
        names.append(name)
    return pa.Table.from_arrays(arrays, names=names)


@contextmanager
def _batch_transaction(con: duckdb.DuckDBPyConnection, views: Mapping[str, pa.Table]) -> Iterator[None]:
    """``views`` (name -> Arrow table) registered for the statements of the ``with`` block, which
    run in one transaction: all of them land, or none (a failure rolls back and re-raises)."""
    for name, table in views.items():
        con.register(name, table)
    try:
        con.execute("BEGIN TRANSACTION")
        try:
            yield
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    finally:
        for name in views:
            con.unregister(name)


def _insert_tables(con: duckdb.DuckDBPyConnection, batches: Sequence[tuple[str, pa.Table]]) -> list[int]:
    """INSERT OR IGNORE each ``(table, Arrow batch)`` into its table, all in one transaction;
    returns how many rows each added (DuckDB's INSERT reports the rows it actually inserted).

    The batch goes in as one Arrow table and one statement: ``executemany`` runs one INSERT per
    row (1-3 ms each here), which made extraction of 10,000 pages take an hour.  It is tried as a
    plain INSERT first: a batch rarely holds a row already stored, and DuckDB's OR IGNORE costs
    more (the 10k corpus' facts: 4.1-4.2 CPU s of DuckDB against 5.2-6.0 s).  When one does, the
    primary key refuses the batch, the transaction rolls back, and it is loaded again with OR IGNORE.
    """
    views = {f"_miitwatch_batch{i}": rows for i, (_, rows) in enumerate(batches) if rows.num_rows}
    if not views:
        return [0] * len(batches)
    try:
        return _run_inserts(con, batches, views, "INSERT")
    except duckdb.ConstraintException:
        return _run_inserts(con, batches, views, "INSERT OR IGNORE")


def _run_inserts(con: duckdb.DuckDBPyConnection, batches: Sequence[tuple[str, pa.Table]],
                 views: Mapping[str, pa.Table], verb: str) -> list[int]:
    added = [0] * len(batches)
    with _batch_transaction(con, views):
        for i, (table, rows) in enumerate(batches):
            if rows.num_rows:
                names = ", ".join(rows.column_names)
                added[i] = con.execute(
                    f"{verb} INTO {table} ({names}) SELECT {names} FROM _miitwatch_batch{i}").fetchone()[0]
    return added


def _insert(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], rows: list[tuple]) -> int:
    """INSERT OR IGNORE ``rows`` into ``table`` in one transaction; returns how many were new."""
    if not rows:
        return 0
    return _insert_tables(con, [(table, _arrow(columns, rows))])[0]


def record_fetches(
    con: duckdb.DuckDBPyConnection, results: Iterable[tuple[FetchResult, str]], run_id: str | None
) -> int:
    """Append one fetch_log row per (result, kind); kind is robots | listing | article | attachment."""
    # A listing API call is only told apart by its query (column id, page number): log final_url.
    rows = [
        (
            str(uuid.uuid4()), run_id, r.final_url if kind == "listing" and r.final_url else r.url,
            r.source, kind, r.fetched_at, r.outcome, r.status,
            len(r.body) if r.body is not None else None, r.duration_ms, r.attempts, r.error,
        )
        for r, kind in results
    ]
    return _insert(
        con,
        "raw.fetch_log",
        ("attempt_id", "run_id", "url", "source", "kind", "fetched_at", "outcome", "http_status",
         "bytes", "duration_ms", "attempts", "error"),
        rows,
    )


def record_failure(
    con: duckdb.DuckDBPyConnection, *, url: str, source: str, kind: str, outcome: str, error: str,
    run_id: str | None,
) -> None:
    """Log a failure found after fetching (e.g. a page that would not parse)."""
    con.execute(
        "INSERT INTO raw.fetch_log (attempt_id, run_id, url, source, kind, fetched_at, outcome, error) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [str(uuid.uuid4()), run_id, url, source, kind, _now(), outcome, error],
    )


def store_listing_items(con: duckdb.DuckDBPyConnection, items: Iterable[ListingItem]) -> int:
    seen_at = _now()
    rows = [(i.url, f"{i.source}:{i.column}", i.source, i.title, i.listed_date, seen_at) for i in items]
    return _insert(
        con, "raw.listing_items",
        ("url", "column_key", "source", "title", "listed_date", "first_seen_at"), rows,
    )


@dataclass
class PageStoreStats:
    new: int = 0        # URLs seen for the first time
    changed: int = 0    # known URL, new content hash (stored as a new version)
    unchanged: int = 0  # same content as a stored version

    def add(self, other: "PageStoreStats") -> None:
        self.new += other.new
        self.changed += other.changed
        self.unchanged += other.unchanged


def store_pages(con: duckdb.DuckDBPyConnection, results: Sequence[FetchResult], kind: str,
                part_of: Mapping[str, str] | None = None) -> PageStoreStats:
    """Store successful fetches as page versions; a known URL with new content is a new version.

    ``part_of`` (URL -> URL of its article's first page) marks the further pages of multi-page
    articles: they are stored with kind ``part``."""
    part_of = part_of or {}
    ok = [r for r in results if r.ok and r.body is not None]
    stats = PageStoreStats()
    if not ok:
        return stats
    hashes = {r.url: content_hash(r.body) for r in ok}
    # The URLs go in as an Arrow table, not a bound list: DuckDB 1.5.5 tries `import pandas` twice
    # for every value of a bound list (a sys.path walk each; ~0.3 ms a URL when pandas is absent).
    con.register("_miitwatch_urls", pa.table({"url": list(hashes)}))
    try:
        known = dict(
            con.execute(
                "SELECT url, list(content_hash) FROM raw.pages WHERE url IN (SELECT url FROM _miitwatch_urls) "
                "GROUP BY url"
            ).fetchall()
        )
    finally:
        con.unregister("_miitwatch_urls")
    rows = []
    for r in ok:
        h = hashes[r.url]
        if r.url not in known:
            stats.new += 1
        elif h in known[r.url]:
            stats.unchanged += 1
            continue
        else:
            stats.changed += 1
        text = r.text if kind == "article" else None
        first = part_of.get(r.url)
        rows.append(
            (r.url, h, r.source, "part" if first else kind, r.fetched_at, r.status, r.content_type,
             r.encoding, r.etag, r.last_modified, len(r.body), text, first)
        )
    _insert(
        con, "raw.pages",
        ("url", "content_hash", "source", "kind", "fetched_at", "http_status", "content_type",
         "encoding", "etag", "last_modified", "bytes", "body", "part_of"),
        rows,
    )
    return stats


_DOC_COLUMNS = ("url", "content_hash", "source", "column_key", "title", "published_at", "language",
                "origin", "body_text", "attachments", "meta", "parser_version", "parsed_at")


def store_documents(
    con: duckdb.DuckDBPyConnection, docs: Sequence[tuple[Document, str]], parser_version: str
) -> int:
    """Store parsed documents keyed by (url, content_hash); a re-parse replaces the old row."""
    if not docs:
        return 0
    parsed_at = _now()
    rows = [
        (
            d.url, h, d.source, f"{d.source}:{d.column}" if d.column else None, d.title, d.published_at,
            d.language, d.origin, d.body_text,
            json.dumps([{k: v for k, v in asdict(a).items() if k != "text"} for a in d.attachments], ensure_ascii=False),
            json.dumps(d.meta, ensure_ascii=False), parser_version, parsed_at,
        )
        for d, h in docs
    ]
    names = ", ".join(_DOC_COLUMNS)
    with _batch_transaction(con, {"_miitwatch_docs": _arrow(_DOC_COLUMNS, rows)}):
        # A newer parser replaces what an older one produced for the same page version.
        con.execute("DELETE FROM raw.documents WHERE (url, content_hash) IN "
                    "(SELECT url, content_hash FROM _miitwatch_docs)")
        con.execute(f"INSERT INTO raw.documents ({names}) SELECT {names} FROM _miitwatch_docs")
    return len(rows)


def store_attachment_texts(con: duckdb.DuckDBPyConnection, rows: Sequence[tuple]) -> int:
    """rows: (document_url, url, kind, title, content_hash, text, fetched_at)."""
    return _insert(
        con, "raw.attachments",
        ("document_url", "url", "kind", "title", "content_hash", "text", "fetched_at"), list(rows),
    )


def store_extractions(
    con: duckdb.DuckDBPyConnection, facts: FactRows, extractor_version: str
) -> tuple[int, int]:
    """Store a batch of extracted facts; returns (metrics, events) added.

    The facts and the ``raw.extractions`` rows that mark their documents done go in one
    transaction: a crash stores all of the batch or none of it, and the next run redoes it whole.
    """
    if not facts.documents:
        return 0, 0
    batch = {"extractor_version": extractor_version, "extracted_at": _now()}
    metrics, events, _ = _insert_tables(con, [
        ("raw.metric_facts", _arrow(("url", "content_hash", "seq", *METRIC_COLUMNS), facts.metrics, batch)),
        ("raw.event_facts", _arrow(("url", "content_hash", "seq", *EVENT_COLUMNS), facts.events, batch)),
        ("raw.extractions", _arrow(EXTRACTION_COLUMNS, facts.documents, batch)),
    ])
    return metrics, events
