"""Full-text search over document bodies (DuckDB's fts extension, loaded offline).

The fts extension normally downloads at run time, which fails without internet; the
``duckdb-extension-fts`` PyPI package ships the binary for our exact DuckDB version, so it is
loaded from site-packages.  fts splits words on white space and punctuation, which finds nothing
inside unsegmented Chinese; we index Chinese as overlapping character bigrams (the approach of
Lucene's CJK analyzer), which needs no dictionary and finds any word of two or more characters.
"""
from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pyarrow as pa

_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def extension_path() -> Path:
    import duckdb_extension_fts

    path = Path(duckdb_extension_fts.__file__).parent / "extensions" / f"v{duckdb.__version__}" / "fts.duckdb_extension"
    if not path.exists():
        raise RuntimeError(f"no fts extension for DuckDB {duckdb.__version__} in {path.parent}; pin matching versions")
    return path


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(f"LOAD '{extension_path()}'")


def tokens_for_index(text: str | None) -> str:
    """Latin words unchanged; each run of Chinese characters as its overlapping bigrams."""
    if not text:
        return ""

    def bigrams(m: re.Match) -> str:
        run = m.group(0)
        if len(run) == 1:
            return f" {run} "
        return " " + " ".join(run[i : i + 2] for i in range(len(run) - 1)) + " "

    return _CJK_RUN.sub(bigrams, text)


INDEX_BATCH_ROWS = 1000  # documents read and tokenised at a time

# What the index treats as separators between words (the fts ``ignore`` option).
IGNORE = r"[^\p{L}\p{N}]+"


def _fts_schema(schema: str) -> str:
    return f"fts_{schema}_documents"


def create_fts_index(con: duckdb.DuckDBPyConnection, *, schema: str = "search") -> None:
    """The fts extension's own index build over ``<schema>.documents`` (slow on large tables; see
    :func:`fill_index`)."""
    con.execute(
        f"PRAGMA create_fts_index('{schema}.documents', 'document_url', 'tokens', "
        f"stemmer='none', stopwords='none', ignore='{IGNORE}', strip_accents=0, lower=1, overwrite=1)"
    )


def fill_index(con: duckdb.DuckDBPyConnection, *, schema: str = "search") -> None:
    """Fill the empty index tables of ``fts_<schema>_documents`` from ``<schema>.documents`` with
    the rows ``create_fts_index`` would have written, a few times cheaper.

    The extension's build splits words with ``string_split_regex(…, '\\s+')`` and then sets term
    ids and counts with correlated UPDATEs over every word occurrence: 10-18 CPU s of the ~20 s
    publish step on 10,000 documents (8 M occurrences).  After the ``ignore`` pattern has
    replaced every run of non-letters with one space, splitting on that space gives the same
    words; ids and counts come from one aggregation and a join.  Term ids follow the
    extension's order (by first document, then term).  The extension still creates the schema,
    the ``tokenize`` and ``match_bm25`` macros and the empty tables (the pragma run on the table
    while it is empty), so the index is queried exactly as before;
    tests/warehouse/test_search.py checks every table against the pragma's on a mixed corpus.
    """
    fts = _fts_schema(schema)
    # A temporary table: in the database file it would leave its blocks behind as free space.
    occurrences = "_miitwatch_fts_occurrences"
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {occurrences} AS SELECT docid, term FROM ("
        f"  SELECT rowid AS docid, unnest(string_split(regexp_replace(lower(tokens), '{IGNORE}', ' ', 'g'), ' ')) AS term"
        f"  FROM {schema}.documents) WHERE term <> ''"
    )
    try:
        con.execute(
            f"INSERT INTO {fts}.dict BY NAME SELECT row_number() OVER (ORDER BY min(docid), term) - 1 AS termid, "
            f"term, count(DISTINCT docid) AS df FROM {occurrences} GROUP BY term"
        )
        con.execute(
            f"INSERT INTO {fts}.terms BY NAME SELECT o.docid, f.fieldid, d.termid "
            f"FROM {occurrences} AS o JOIN {fts}.dict AS d USING (term), {fts}.fields AS f WHERE f.field = 'tokens'"
        )
        con.execute(
            f"INSERT INTO {fts}.docs BY NAME SELECT s.rowid AS docid, s.document_url AS name, coalesce(n.len, 0) AS len "
            f"FROM {schema}.documents AS s LEFT JOIN (SELECT docid, count(*) AS len FROM {occurrences} GROUP BY docid) AS n "
            "ON n.docid = s.rowid"
        )
        con.execute(f"DELETE FROM {fts}.stats")  # the pragma left the empty table's (0, NULL)
        con.execute(
            f"INSERT INTO {fts}.stats BY NAME SELECT count(docid) AS num_docs, sum(len) / count(len) AS avgdl FROM {fts}.docs"
        )
    finally:
        con.execute(f"DROP TABLE IF EXISTS temp.{occurrences}")


def document_tokens(reader: duckdb.DuckDBPyConnection) -> pa.Table:
    """``(ord, document_url, tokens)`` of every row of ``marts.dim_documents``, ``ord`` being the
    row's place in the table, read over ``reader`` (a cursor of its own: it may run in a thread).

    Tokens are made in Python (DuckDB Python UDFs would need numpy just for this), reading the
    documents in batches: all 10,000 at once held ~500 MB of Python strings.  Only the tokens
    come back (~60 MB of Arrow buffers on 10,000 documents): the other columns are copied inside
    DuckDB.  Pure Python and pyarrow apart from the reads, so it can run in a thread while the
    caller's DuckDB work (which releases the GIL) goes on: see ``warehouse.publish``.
    """
    ords, urls, tokens = [], [], []
    done = 0
    reader.execute("SELECT url, title, body_text FROM marts.dim_documents")
    while batch := reader.fetchmany(INDEX_BATCH_ROWS):
        ords.append(pa.array(range(done, done + len(batch)), pa.int64()))
        done += len(batch)
        urls.append(pa.array([r[0] for r in batch], pa.string()))
        tokens.append(pa.array([tokens_for_index(f"{r[1] or ''} {r[2] or ''}") for r in batch], pa.large_string()))
    return pa.Table.from_arrays(
        [pa.chunked_array(ords, pa.int64()), pa.chunked_array(urls, pa.string()),
         pa.chunked_array(tokens, pa.large_string())],
        names=["ord", "document_url", "tokens"],
    )


def build_index(con: duckdb.DuckDBPyConnection, *, schema: str = "search", tokens: pa.Table | None = None) -> int:
    """(Re)build ``<schema>.documents`` and its BM25 index from ``marts.dim_documents`` (the
    current document versions).  ``tokens``: :func:`document_tokens` of that table, when the
    caller made them already."""
    if tokens is None:
        reader = con.cursor()
        try:
            tokens = document_tokens(reader)
        finally:
            reader.close()
    load_fts(con)
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
    con.execute(
        f"CREATE OR REPLACE TABLE {schema}.documents (document_url VARCHAR PRIMARY KEY, title VARCHAR, "
        "published_at TIMESTAMP, language VARCHAR, source VARCHAR, body_text VARCHAR, tokens VARCHAR)"
    )
    # The extension lays out the index (schema, macros, tables) while the table is still empty;
    # fill_index then writes its rows.
    create_fts_index(con, schema=schema)
    # One statement, in the table's order (the index numbers documents by row): inserted in
    # batches of their own transactions, the rows passed DuckDB's WAL threshold again and again,
    # and each automatic checkpoint rewrote the table so far (on 10,000 documents ~90 MB of the
    # published copy's 266 MB were left as free blocks).
    con.register("_miitwatch_search_tokens", tokens)
    try:
        con.execute(
            f"INSERT INTO {schema}.documents SELECT d.url, d.title, d.published_at, d.language, d.source, "
            "d.body_text, t.tokens FROM _miitwatch_search_tokens AS t JOIN marts.dim_documents AS d "
            "ON d.url = t.document_url ORDER BY t.ord"
        )
    finally:
        con.unregister("_miitwatch_search_tokens")
    fill_index(con, schema=schema)
    return con.execute(f"SELECT count(*) FROM {schema}.documents").fetchone()[0]


def search_sql(schema: str = "search") -> str:
    """SQL for a ranked search; the one parameter is the query run through ``tokens_for_index``."""
    return f"""
        SELECT document_url, title, published_at, score
        FROM (SELECT *, fts_{schema}_documents.match_bm25(document_url, ?) AS score FROM {schema}.documents)
        WHERE score IS NOT NULL
        ORDER BY score DESC
    """


def search(con: duckdb.DuckDBPyConnection, query: str, *, limit: int = 20, schema: str = "search") -> list[tuple]:
    load_fts(con)
    return con.execute(search_sql(schema) + f" LIMIT {int(limit)}", [tokens_for_index(query)]).fetchall()
