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


INDEX_BATCH_ROWS = 1000  # documents tokenised and inserted at a time


def build_index(con: duckdb.DuckDBPyConnection, *, schema: str = "search") -> int:
    """(Re)build ``<schema>.documents`` and its BM25 index from the current document versions."""
    load_fts(con)
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
    con.execute(
        f"CREATE OR REPLACE TABLE {schema}.documents (document_url VARCHAR PRIMARY KEY, title VARCHAR, "
        "published_at TIMESTAMP, language VARCHAR, source VARCHAR, body_text VARCHAR, tokens VARCHAR)"
    )
    columns = ("document_url", "title", "published_at", "language", "source", "body_text", "tokens")
    # Tokens are made in Python (DuckDB Python UDFs would need numpy just for this), in batches
    # read over a cursor of their own: all 10,000 documents at once held ~500 MB of Python
    # strings and Arrow buffers.  Each batch goes in as one statement (executemany is ~1 ms a row).
    rows = con.cursor()
    try:
        rows.execute("SELECT url, title, published_at, language, source, body_text FROM marts.dim_documents")
        while batch := rows.fetchmany(INDEX_BATCH_ROWS):
            table = pa.Table.from_pydict({
                c: [r[i] for r in batch] if i < 6 else [tokens_for_index(f"{r[1] or ''} {r[5] or ''}") for r in batch]
                for i, c in enumerate(columns)
            })
            con.register("_miitwatch_search_batch", table)
            try:
                con.execute(f"INSERT INTO {schema}.documents SELECT * FROM _miitwatch_search_batch")
            finally:
                con.unregister("_miitwatch_search_batch")
    finally:
        rows.close()
    con.execute(
        f"PRAGMA create_fts_index('{schema}.documents', 'document_url', 'tokens', "
        "stemmer='none', stopwords='none', ignore='[^\\p{L}\\p{N}]+', strip_accents=0, lower=1, overwrite=1)"
    )
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
