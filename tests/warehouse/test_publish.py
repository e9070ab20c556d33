"""Publishing: Parquet per mart, a read-only copy with a search index, atomic switch."""
from __future__ import annotations

import duckdb

from warehouse import search
from warehouse.publish import KEEP_BUILDS, publish


def make_marts(con, n: int) -> None:
    con.execute("CREATE SCHEMA IF NOT EXISTS marts")
    con.execute(f"CREATE OR REPLACE TABLE marts.fct_x AS SELECT range AS id FROM range({n})")
    con.execute(
        "CREATE OR REPLACE TABLE marts.dim_documents AS SELECT * FROM (VALUES "
        "('u1', 'AI', TIMESTAMP '2022-07-26', 'zh', 'miit', '我国人工智能核心产业规模超过4000亿元'), "
        "('u2', '5G', TIMESTAMP '2024-01-19', 'en', 'chinadaily', '5G base stations reached 3.38 million')) "
        "t(url, title, published_at, language, source, body_text)"
    )


def test_publish_writes_parquet_and_a_searchable_read_only_copy(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    make_marts(con, 3)
    result = publish(con, tmp_path / "pub", build_id="b1")
    assert result.tables["marts.fct_x"] == 3
    current = tmp_path / "pub" / "current"
    assert duckdb.sql(f"SELECT count(*) FROM '{current}/parquet/fct_x.parquet'").fetchone()[0] == 3
    reader = duckdb.connect(str(current / "miitwatch.duckdb"), read_only=True)
    assert reader.execute("SELECT count(*) FROM marts.fct_x").fetchone()[0] == 3
    assert [r[0] for r in search.search(reader, "人工智能")] == ["u1"]
    assert [r[0] for r in search.search(reader, "base stations")] == ["u2"]
    reader.close()


def test_switch_is_to_a_complete_new_build_and_old_builds_are_pruned(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    for i in range(KEEP_BUILDS + 2):
        make_marts(con, i + 1)
        publish(con, tmp_path / "pub", build_id=f"b{i}")
        current = tmp_path / "pub" / "current"
        assert current.resolve().name == f"b{i}"
        assert duckdb.sql(f"SELECT count(*) FROM '{current}/parquet/fct_x.parquet'").fetchone()[0] == i + 1
    builds = sorted(p.name for p in (tmp_path / "pub" / "builds").iterdir())
    assert builds == [f"b{i}" for i in range(2, KEEP_BUILDS + 2)]
