"""The search index: ``fill_index`` writes the same index as the fts extension's own build."""
from __future__ import annotations

import random

import duckdb
import pytest

from warehouse import search

FTS_TABLES = ("docs", "dict", "terms", "fields", "stats", "stopwords")

DOCUMENTS = [
    ("u1", "AI", "我国人工智能核心产业规模超过4000亿元。"),
    ("u2", "5G", "5G base stations reached 3.38 million, up 12.5% year-on-year."),
    ("u3", None, "Tabs\tand\nnew lines\r\nand  double  spaces; Café, naïve, ÉCOLE and ＡＢＣ full-width."),
    ("u4", "空", ""),
    ("u5", "", None),
    ("u6", "Mixed 混合", "工业和信息化部（MIIT）发布《指导意见》——“十四五”期间，算力规模达到300 EFLOPS！"),
    ("u7", "symbols", "a\u3000b\u00a0c — d…e · f/g_h-i 🙂 j ① ⅷ x²"),
    ("u8", "AI", "人工智能 人工智能 人工智能 base base"),
]


def _corpus(rows) -> list[tuple]:
    return [(url, title, None, "zh", "miit", body,
             search.tokens_for_index(f"{title or ''} {body or ''}")) for url, title, body in rows]


def _documents(con: duckdb.DuckDBPyConnection, corpus: list[tuple]) -> None:
    search.load_fts(con)
    con.execute("CREATE SCHEMA search")
    con.execute(
        "CREATE TABLE search.documents (document_url VARCHAR PRIMARY KEY, title VARCHAR, "
        "published_at TIMESTAMP, language VARCHAR, source VARCHAR, body_text VARCHAR, tokens VARCHAR)"
    )
    if corpus:
        con.executemany("INSERT INTO search.documents VALUES (?, ?, ?, ?, ?, ?, ?)", corpus)


def by_pragma(corpus: list[tuple]) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    _documents(con, corpus)
    search.create_fts_index(con)
    return con


def by_fill(corpus: list[tuple]) -> duckdb.DuckDBPyConnection:
    """As build_index does it: the index laid out on the empty table, then filled."""
    con = duckdb.connect()
    _documents(con, [])
    search.create_fts_index(con)
    if corpus:
        con.executemany("INSERT INTO search.documents VALUES (?, ?, ?, ?, ?, ?, ?)", corpus)
    search.fill_index(con)
    return con


def index_tables(con: duckdb.DuckDBPyConnection) -> dict[str, tuple]:
    out = {}
    for table in FTS_TABLES:
        columns = con.execute(f"DESCRIBE fts_search_documents.{table}").fetchall()
        rows = sorted(con.execute(f"SELECT * FROM fts_search_documents.{table}").fetchall(), key=repr)
        out[table] = ([(c[0], c[1]) for c in columns], rows)
    return out


def scores(con: duckdb.DuckDBPyConnection, queries: list[str]) -> dict[str, list]:
    return {q: con.execute(search.search_sql() + " , document_url", [search.tokens_for_index(q)]).fetchall()
            for q in queries}


QUERIES = ["人工智能", "核心产业", "base stations", "CAFÉ", "naïve", "ｂ", "ⅷ", "x²", "300 eflops",
           "指导意见 miit", "5g", "nothing here", "🙂", "空"]


def test_fill_index_writes_the_tables_the_extension_writes():
    corpus = _corpus(DOCUMENTS)
    expected, actual = by_pragma(corpus), by_fill(corpus)
    assert index_tables(actual) == index_tables(expected)
    # the tables are not trivially empty: every word occurrence of the corpus is there
    assert len(index_tables(actual)["terms"][1]) > 60
    assert scores(actual, QUERIES) == scores(expected, QUERIES)
    assert [r[0] for r in search.search(actual, "人工智能")][:2] == ["u8", "u1"]


def test_fill_index_matches_on_random_text():
    # Random strings over letters, digits, CJK, accents, case and many kinds of separators: the
    # split on one space must find exactly the words string_split_regex(…, '\s+') finds.
    rng = random.Random(11)
    alphabet = list("abcXYZ019éÉßİ人工智能产业") + [" ", "  ", "\t", "\n", "\u3000", "\u00a0", ",", "—", "-", "_", "。", "％", "²", "①"]
    rows = [(f"r{i}", rng.choice([None, "", "Title 标题"]),
             "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))) for i in range(60)]
    corpus = _corpus(rows)
    expected, actual = by_pragma(corpus), by_fill(corpus)
    assert index_tables(actual) == index_tables(expected)
    assert scores(actual, ["abc", "人工", "é", "xyz 01"]) == scores(expected, ["abc", "人工", "é", "xyz 01"])


def test_fill_index_on_no_documents():
    assert index_tables(by_fill([])) == index_tables(by_pragma([]))


@pytest.mark.parametrize("body", ["Alpha beta", "阿尔法 贝塔"])
def test_build_index_indexes_dim_documents(body):
    con = duckdb.connect()
    con.execute("CREATE SCHEMA marts")
    con.execute("CREATE TABLE marts.dim_documents AS SELECT * FROM (VALUES "
                "('u1', 'T', TIMESTAMP '2024-01-01', 'en', 'miit', ?), ('u2', 'other', NULL, 'en', 'miit', 'gamma')) "
                "t(url, title, published_at, language, source, body_text)", [body])
    assert search.build_index(con) == 2
    assert [r[0] for r in search.search(con, body.split()[0])] == ["u1"]
    assert search.search(con, "gamma")[0][0] == "u2"


def test_build_index_writes_what_the_extension_built_from_dim_documents_in_order():
    # The former build: search.documents filled in dim_documents' order (the index numbers
    # documents by row), then the extension's own index build over it.
    rows = [(f"https://example.org/{i}", title, body) for i, (_, title, body) in enumerate(DOCUMENTS * 3)]
    rows.reverse()  # not in URL order: the row order must follow the table, not a sort

    def warehouse() -> duckdb.DuckDBPyConnection:
        con = duckdb.connect()
        con.execute("CREATE SCHEMA marts")
        con.execute("CREATE TABLE marts.dim_documents (url VARCHAR, title VARCHAR, published_at TIMESTAMP, "
                    "language VARCHAR, source VARCHAR, body_text VARCHAR)")
        con.executemany("INSERT INTO marts.dim_documents VALUES (?, ?, TIMESTAMP '2024-05-01', 'zh', 'miit', ?)", rows)
        return con

    expected = warehouse()
    _documents(expected, [])
    expected.execute("INSERT INTO search.documents SELECT url, title, published_at, language, source, body_text, NULL "
                     "FROM marts.dim_documents")
    for url, title, body in rows:
        expected.execute("UPDATE search.documents SET tokens = ? WHERE document_url = ?",
                         [search.tokens_for_index(f"{title or ''} {body or ''}"), url])
    search.create_fts_index(expected)

    actual = warehouse()
    assert search.build_index(actual) == len(rows)
    assert index_tables(actual) == index_tables(expected)
    assert (actual.execute("SELECT * FROM search.documents ORDER BY rowid").fetchall()
            == expected.execute("SELECT * FROM search.documents ORDER BY rowid").fetchall())
