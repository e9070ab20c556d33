"""End-to-end test of the dbt project: a fixture raw layer (dbt_fixture_data) built into the marts.

The project is copied to a temporary folder with a fixed test dictionary in place of the shared
metric dictionary (which another part of the project edits), so the expected mappings hold
whatever that file says. dbt runs in-process through dbtRunner; the build runs once per module.
"""
from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pytest
from dbt.adapters.duckdb.connections import DuckDBConnectionManager
from dbt.cli.main import dbtRunner, dbtRunnerResult

import dbt_fixture_data as fx

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
PROJECT = REPO / "dbt_project"
SCHEMA_SQL = REPO / "warehouse" / "schema.sql"
TEST_DICTIONARY = Path(__file__).with_name("metric_dictionary.csv")
MART_TABLES = (
    "fct_metric_observations", "fct_industry_metrics", "fct_policy_events", "dim_metrics",
    "dim_sectors", "dim_sources", "dim_documents", "mart_metric_timeseries",
    "mart_policy_timeline", "mart_unmapped_metric_subjects", "mart_fetch_failures",
)


@dataclass
class Build:
    project: Path
    database: Path
    statuses: dict[str, str]          # unique_id -> status of the first build
    marts: dict[str, list[tuple]]     # every mart's rows right after the first build


def release_database() -> None:
    """Close dbt-duckdb's connection: it stays open for the life of the process (keep_open), and
    DuckDB lets this process open the file again only with the same configuration."""
    environment = DuckDBConnectionManager._ENV
    if environment is not None:
        environment.close()
    DuckDBConnectionManager.close_all_connections()


def invoke_dbt(project: Path, database: Path, *args: str) -> dbtRunnerResult:
    """Run one dbt command against `database`; fail the test on an exception (not on a failed node)."""
    previous = os.environ.get("MIITWATCH_DUCKDB")
    os.environ["MIITWATCH_DUCKDB"] = str(database)
    try:
        result = dbtRunner().invoke([
            *args, "--quiet",
            "--project-dir", str(project), "--profiles-dir", str(project),
            "--target-path", str(project / "target"), "--log-path", str(project / "logs"),
        ])
    finally:
        release_database()
        if previous is None:
            os.environ.pop("MIITWATCH_DUCKDB", None)
        else:
            os.environ["MIITWATCH_DUCKDB"] = previous
    assert result.exception is None, result.exception
    return result


def run_dbt(project: Path, database: Path, *args: str) -> dict[str, str]:
    """Run one dbt command against `database`; fail the test on any error. Returns node statuses."""
    result = invoke_dbt(project, database, *args)
    statuses = {r.node.unique_id: str(r.status) for r in result.result.results}
    assert result.success, {k: v for k, v in statuses.items() if v not in ("pass", "success")}
    return statuses


def query(database: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(database), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def read_marts(database: Path) -> dict[str, list[tuple]]:
    return {t: query(database, f"select * from marts.{t} order by all") for t in MART_TABLES}


def new_database(path: Path) -> Path:
    con = duckdb.connect(str(path))
    try:
        con.execute(SCHEMA_SQL.read_text())
        fx.load(con)
    finally:
        con.close()
    return path


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Build]:
    root = tmp_path_factory.mktemp("dbt")
    project = root / "dbt_project"
    shutil.copytree(PROJECT, project, ignore=shutil.ignore_patterns("target", "logs", "dbt_packages"),
                    ignore_dangling_symlinks=True)
    (project / "seeds" / "metric_dictionary.csv").unlink(missing_ok=True)
    shutil.copyfile(TEST_DICTIONARY, project / "seeds" / "metric_dictionary.csv")
    database = new_database(root / "warehouse.duckdb")
    statuses = run_dbt(project, database, "build")
    yield Build(project, database, statuses, read_marts(database))


def test_build_passes_every_test_including_warning_ones(build: Build) -> None:
    tests = {k: v for k, v in build.statuses.items() if k.startswith(("test.", "unit_test."))}
    assert len(tests) > 100
    assert {k for k, v in tests.items() if v != "pass"} == set()
    # the warning-severity checks ran, and passed on clean data
    assert any("unmapped_metric_subjects_share" in k for k in tests)
    assert any("one_unit_per_metric_key" in k for k in tests)
    assert sum(k.startswith("unit_test.") for k in tests) >= 3


def test_reprinted_fact_is_one_row_from_two_sources(build: Build) -> None:
    rows = query(build.database, """
        select value, n_sources, n_documents, chosen_source, chosen_document_url, values_disagree,
               first_reported_at
        from marts.fct_industry_metrics
        where metric_key = 'ai_core_industry_scale' and as_of = '2022-07'""")
    # MIIT (current version only) + China Daily, whose unmapped subject the alias mapped
    assert rows == [(4.0e11, 2, 2, "miit", fx.MIIT_PC, False, fx.DOCUMENTS[1][5])]
    keys = query(build.database, "select metric_key, n_sources from marts.fct_industry_metrics order by 1")
    assert keys == [("5g_base_stations", 1), ("ai_core_industry_scale", 2), ("ai_enterprises", 2)]


def test_only_the_latest_extractor_version_counts(build: Build) -> None:
    rows = query(build.database, """
        select extractor_version, seq, value from marts.fct_metric_observations
        where document_url = ? and content_hash = ? order by seq""", [fx.MIIT_PC, fx.PC_V2])
    # 0.10.0 beats 0.9.0 (not the string order); the old misread and spurious fact are gone
    assert rows == [(fx.NEW_EXTRACTOR, 1, 4.0e11), (fx.NEW_EXTRACTOR, 2, 3000.0)]
    # version 1 was only ever processed by 0.9.0, so its facts stay (as not current)
    old = query(build.database, """
        select distinct extractor_version, is_current_version from marts.fct_metric_observations
        where content_hash = ?""", [fx.PC_V1])
    assert old == [(fx.OLD_EXTRACTOR, False)]


def test_current_document_version_is_the_latest_fetched(build: Build) -> None:
    rows = query(build.database, """
        select content_hash, n_versions, extractor_version, n_metrics from marts.dim_documents
        where url = ?""", [fx.MIIT_PC])
    assert rows == [(fx.PC_V2, 2, fx.NEW_EXTRACTOR, 2)]
    assert query(build.database, "select count(*) from marts.dim_documents") == [(3,)]
    snapshot = query(build.database, """
        select content_hash from snapshots.documents_snapshot
        where url = ? and dbt_valid_to is null""", [fx.MIIT_PC])
    assert snapshot == [(fx.PC_V2,)]


def test_timeseries_has_a_chartable_row(build: Build) -> None:
    rows = query(build.database, """
        select metric_key, period_key, period_start, period_grain, value, display_value, display_unit,
               status, n_sources
        from marts.mart_metric_timeseries order by metric_key""")
    assert rows == [
        ("5g_base_stations", "2022-06", date(2022, 6, 1), "month", 1_854_000.0, 1.854,
         "million", "actual", 1),
        ("ai_core_industry_scale", "2022-07", date(2022, 7, 1), "month", 4.0e11, 400.0,
         "billion yuan", "estimate", 2),
        ("ai_enterprises", "2022-07", date(2022, 7, 1), "month", 3000.0, 3000.0,
         "count", "estimate", 2),
    ]


def test_events_reported_twice_are_one_event(build: Build) -> None:
    rows = query(build.database, """
        select event_type, event_date, date_precision, document_url, n_reporting_pages, n_sources, sector
        from marts.fct_policy_events where event_date is not null order by event_type""")
    assert [r for r in rows if r[0] not in ("approval", "standard_release")] == [
        # two MIIT pages, title in different quotation marks; the day-precise date wins and the
        # earlier page is the preferred one
        ("plan_announced", "2021-11-16", "day", fx.MIIT_STATS, 2, 1, "telecom"),
        # MIIT in Chinese and China Daily in English: one conference, MIIT's page preferred
        ("press_conference", "2022-07-26", "day", fx.MIIT_PC, 2, 2, "industry"),
    ]
    timeline = query(build.database, """
        select month_start, event_type, n_events, n_placed_by_report from marts.mart_policy_timeline order by all""")
    # (by sector too: the places' standards are the telecom page's, MIIT's the China Daily page's;
    # ordered by every column, as the two standard_release rows differ only in the sector not read)
    assert timeline == [(date(2021, 11, 1), "plan_announced", 1, 0), (date(2022, 7, 1), "approval", 3, 0),
                        (date(2022, 7, 1), "document_issued", 1, 1), (date(2022, 7, 1), "press_conference", 1, 0),
                        (date(2022, 7, 1), "standard_release", 1, 0), (date(2022, 7, 1), "standard_release", 2, 0)]


def test_places_acting_each_on_its_own_stay_one_event_each(build: Build) -> None:
    # one sentence, one title, three provinces: three events, each under its own body (keyed by
    # title alone they were one row named after whichever place sorted first)
    rows = query(build.database, """
        select event_type, event_date, title, agency, n_reporting_pages from marts.fct_policy_events
        where event_type in ('approval', 'standard_release') order by event_type, agency""")
    assert rows == [
        ("approval", "2022-07-20", "首批零碳园区试点名单", "Jiangsu Provincial Government", 1),
        ("approval", "2022-07-20", "首批零碳园区试点名单", "Shandong Provincial Government", 1),
        ("approval", "2022-07-20", "首批零碳园区试点名单", "Tianjin Municipal Government", 1),
        # untitled, on the day of MIIT's one titled standard: not folded into MIIT's event
        ("standard_release", "2022-07-21", None, "Jiangsu Provincial Government", 1),
        ("standard_release", "2022-07-21", "Guidelines for Industrial Internet Standards", "MIIT", 1),
        ("standard_release", "2022-07-21", None, "Shandong Provincial Government", 1),
    ]


def test_an_undated_action_the_text_calls_recent_is_placed_by_its_first_report(build: Build) -> None:
    rows = query(build.database, """
        select title, event_date, is_recent, timeline_date, timeline_date_basis, first_reported_at
        from marts.fct_policy_events where event_type = 'document_issued'""")
    [(title, event_date, is_recent, timeline_date, basis, first_reported_at)] = rows
    assert (title, event_date, is_recent, basis) == ("工业互联网安全分类分级管理办法", None, True, "first_report")
    assert timeline_date == first_reported_at.date()
    dated = query(build.database, "select timeline_date, timeline_date_basis from marts.fct_policy_events"
                                  " where event_type = 'press_conference'")
    assert dated == [(date(2022, 7, 26), "event_date")]


def test_the_extractors_alias_patterns_are_no_names_for_subjects_or_sectors(build: Build) -> None:
    # '*enterprises' (generic: only with the sector known) and 'AI * firms' (gapped) are patterns
    # for the extractor; as names they would map any subject 'enterprises' to AI, and as sector
    # keywords tag every text that says 'enterprises' as AI
    aliases = {a for (a,) in query(build.database, "select alias_key from intermediate.int_metric_dictionary_aliases")}
    assert "number of ai enterprises" in aliases and "人工智能企业" in aliases
    assert not {a for a in aliases if "*" in a}
    keywords = {k for (k,) in query(build.database, "select keyword from intermediate.int_sector_keyword_patterns")}
    assert "number of ai enterprises" in keywords
    assert not {"enterprises", "相关企业", "ai firms"} & keywords


def test_unmapped_subjects_are_counted(build: Build) -> None:
    rows = query(build.database, "select subject_key, n_observations from marts.mart_unmapped_metric_subjects order by 1")
    # "AI core industry scale" names a row in yuan, so it does not map a count of 20 cities
    # nor does "AI enterprises" map a count of 30 cities (it counts something else than its subject)
    assert rows == [("ai core industry scale", 1), ("ai enterprises", 1),
                    ("class iii certificates for ai imaging medical devices", 1), ("telecom business revenue", 1)]


def test_failing_pages_are_listed_with_their_streak_and_next_try(build: Build) -> None:
    rows = query(build.database, "select url, source, fetch_kind, consecutive_failures, first_failed_at,"
                 " last_outcome, last_http_status, next_retry_after - last_failed_at from marts.mart_fetch_failures")
    # the page that recovered after a timeout is not there; the dead one waits 2 days after its 4th failure
    assert rows == [(fx.DEAD_PAGE, "miit", "article", 4, fx.utc("2022-07-25 09:00:00"), "http_error", 404,
                     timedelta(days=2))]


def test_second_build_leaves_the_marts_equal(build: Build) -> None:
    run_dbt(build.project, build.database, "build")
    assert read_marts(build.database) == build.marts


def test_incremental_run_after_new_extraction_equals_full_refresh(build: Build, tmp_path: Path) -> None:
    database = tmp_path / "incremental.duckdb"
    shutil.copyfile(build.database, database)
    con = duckdb.connect(str(database))
    try:
        # extractor 0.11.0 re-reads the statistics page and keeps only the 5G figure
        con.execute("insert into raw.extractions values (?, ?, '0.11.0', 1, 0, now())", [fx.MIIT_STATS, fx.ST_V1])
        con.execute("""
            insert into raw.metric_facts (url, content_hash, extractor_version, seq, subject, metric_key, value,
                unit, counted, qualifier, measure, status, as_of, quote, extracted_at)
            values (?, ?, '0.11.0', 1, '5G base stations', '5g_base_stations', 1854000, 'count',
                '5G base stations', 'eq', 'level', 'actual', '2022-06', '5G基站总数达185.4万个', now())""",
            [fx.MIIT_STATS, fx.ST_V1])
    finally:
        con.close()

    # `run` (models only) keeps the test fast; the equality of marts is what is checked
    run_dbt(build.project, database, "run")
    incremental = read_marts(database)
    stats_facts = query(database, "select extractor_version, seq from marts.fct_metric_observations where document_url = ?",
                        [fx.MIIT_STATS])
    assert stats_facts == [("0.11.0", 1)]
    assert incremental["fct_metric_observations"] != build.marts["fct_metric_observations"]

    run_dbt(build.project, database, "run", "--full-refresh")
    assert read_marts(database) == incremental


@pytest.mark.parametrize(("lookback_hours", "taken"), [(24, True), (0, False)])
def test_a_late_commit_stamped_before_the_last_build_is_taken_within_the_lookback(
        build: Build, tmp_path: Path, lookback_hours: int, taken: bool) -> None:
    """A writer that overlapped the last build commits an extraction stamped just before that
    build's watermark, for a document that changed earlier still: the incremental run takes it
    thanks to the lookback (and misses it, as the mart did before, without one)."""
    database = tmp_path / "late.duckdb"
    shutil.copyfile(build.database, database)
    watermark = query(database, "select max(source_updated_at) from marts.fct_metric_observations")[0][0]
    url, content_hash, last_changed = query(database, """
        select document_url, content_hash, source_updated_at from marts.fct_metric_observations
        where is_current_version order by source_updated_at, document_url limit 1""")[0]
    stamped = watermark - timedelta(seconds=30)
    assert last_changed < stamped  # (else the document would be recomputed anyway)
    con = duckdb.connect(str(database))
    try:
        con.execute("insert into raw.extractions values (?, ?, '0.11.0', 1, 0, ?)", [url, content_hash, stamped])
        con.execute("""
            insert into raw.metric_facts (url, content_hash, extractor_version, seq, subject, metric_key, value,
                unit, counted, qualifier, measure, status, as_of, quote, extracted_at)
            values (?, ?, '0.11.0', 1, 'AI enterprises', 'ai_enterprises', 3000, 'count',
                'AI enterprises', 'gt', 'level', 'actual', '2022-07', 'the number of enterprises exceeds 3,000', ?)""",
            [url, content_hash, stamped])
    finally:
        con.close()

    run_dbt(build.project, database, "run", "--vars", json.dumps({"incremental_lookback_hours": lookback_hours}))
    versions = query(database, "select distinct extractor_version from marts.fct_metric_observations "
                               "where document_url = ? and content_hash = ?", [url, content_hash])
    assert (versions == [("0.11.0",)]) is taken, versions
    if taken:
        incremental = read_marts(database)
        run_dbt(build.project, database, "run", "--full-refresh")
        assert read_marts(database) == incremental


def test_incremental_run_after_a_new_page_version_equals_full_refresh(build: Build, tmp_path: Path) -> None:
    database = tmp_path / "new_version.duckdb"
    shutil.copyfile(build.database, database)
    corrected = "b2" * 32
    con = duckdb.connect(str(database))
    try:
        # MIIT corrects the statistics page: a new version with a new text, extracted by 0.10.0
        con.execute("insert into raw.pages (url, content_hash, source, kind, fetched_at) values (?, ?, 'miit', 'article', now())",
                    [fx.MIIT_STATS, corrected])
        con.execute("""
            insert into raw.documents (url, content_hash, source, column_key, title, published_at, language,
                body_text, parser_version, parsed_at)
            values (?, ?, 'miit', 'miit:gxsj/tjfx/txy', '2022年上半年通信业经济运行情况', ?, 'zh', 'corrected text',
                '1.0.0', now())""", [fx.MIIT_STATS, corrected, fx.DOCUMENTS[3][5]])
        con.execute("insert into raw.extractions values (?, ?, ?, 1, 0, now())", [fx.MIIT_STATS, corrected, fx.NEW_EXTRACTOR])
        con.execute("""
            insert into raw.metric_facts (url, content_hash, extractor_version, seq, subject, metric_key, value,
                unit, counted, qualifier, measure, status, as_of, quote, extracted_at)
            values (?, ?, ?, 1, '5G base stations', '5g_base_stations', 1855000, 'count',
                '5G base stations', 'eq', 'level', 'actual', '2022-06', '5G基站总数达185.5万个', now())""",
            [fx.MIIT_STATS, corrected, fx.NEW_EXTRACTOR])
    finally:
        con.close()

    run_dbt(build.project, database, "run")
    incremental = read_marts(database)
    assert query(database, "select content_hash, body_text, n_versions from marts.dim_documents where url = ?",
                 [fx.MIIT_STATS]) == [(corrected, "corrected text", 2)]
    # the old version's facts are kept, no longer current; the new version's fact is current
    assert query(database, """
        select content_hash, value, is_current_version from marts.fct_metric_observations
        where document_url = ? order by all""", [fx.MIIT_STATS]) == [
        (fx.ST_V1, 20.0, False), (fx.ST_V1, 30.0, False), (fx.ST_V1, 1_854_000.0, False),
        (fx.ST_V1, 8.158e11, False), (corrected, 1_855_000.0, True)]

    run_dbt(build.project, database, "run", "--full-refresh")
    assert read_marts(database) == incremental


def test_a_multi_page_article_completed_later_is_a_new_complete_version(build: Build, tmp_path: Path) -> None:
    """Page 2 of a China Daily article failed on the first run (the document is parsed from page 1
    alone, marked incomplete), arrives on the next: the current version is the complete one, dated
    from page 2's fetch (no page row carries a multi-page document's combined hash), and the
    incremental run gives what a full refresh gives."""
    database = tmp_path / "multi_page.duckdb"
    shutil.copyfile(build.database, database)
    first = "https://www.chinadaily.com.cn/a/202511/20/WS0123456789abcdef01234567.html"
    second = first[:-5] + "_2.html"
    insert_document = """
        insert into raw.documents (url, content_hash, source, title, published_at, language, body_text,
            meta, parser_version, parsed_at)
        values (?, ?, 'chinadaily', 'Robots', timestamp '2025-11-20 09:00:00', 'en', ?, ?, '1.0.0', ?)"""

    def write(*statements: tuple[str, list]) -> None:
        con = duckdb.connect(str(database))
        try:
            for sql, params in statements:
                con.execute(sql, params)
        finally:
            con.close()

    write(("insert into raw.pages (url, content_hash, source, kind, fetched_at) values "
           "(?, 'p1', 'chinadaily', 'article', timestamptz '2025-11-21 01:00:00+00')", [first]),
          (insert_document, [first, "incomplete", "Page one.",
                             json.dumps({"miitwatch:parts": second, "miitwatch:missing_parts": second}),
                             "2025-11-21 01:00:05+00"]))
    run_dbt(build.project, database, "run")
    assert query(database, "select content_hash, n_pages, is_complete from marts.dim_documents where url = ?",
                 [first]) == [("incomplete", 2, False)]

    write(("insert into raw.pages (url, content_hash, source, kind, part_of, fetched_at) values "
           "(?, 'p2', 'chinadaily', 'part', ?, timestamptz '2025-11-22 01:00:00+00')", [second, first]),
          (insert_document, [first, "complete", "Page one.\n\nPage two.", json.dumps({"miitwatch:parts": second}),
                             "2025-11-22 01:00:05+00"]))
    run_dbt(build.project, database, "run")
    incremental = read_marts(database)
    assert query(database, """
        select content_hash, n_pages, is_complete, n_versions, fetched_at = timestamptz '2025-11-22 01:00:00+00',
               first_fetched_at = timestamptz '2025-11-21 01:00:00+00'
        from marts.dim_documents where url = ?""", [first]) == [("complete", 2, True, 2, True, True)]
    assert query(database, "select count(*) from marts.dim_documents where url = ?", [second]) == [(0,)]
    run_dbt(build.project, database, "run", "--full-refresh")
    assert read_marts(database) == incremental


# --- documentation ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def docs(build: Build) -> tuple[dict, dict]:
    """`dbt docs generate` on the built warehouse: (manifest, catalog). The catalog holds the
    columns the warehouse really has, the manifest what the YAML says about them."""
    catalog_path = build.project / "target" / "catalog.json"
    catalog_path.unlink(missing_ok=True)
    result = invoke_dbt(build.project, build.database, "docs", "generate")
    assert result.success
    target = build.project / "target"
    return json.loads((target / "manifest.json").read_text()), json.loads(catalog_path.read_text())


def test_docs_generate_writes_a_catalog_of_the_marts(docs: tuple[dict, dict]) -> None:
    _, catalog = docs
    for table in MART_TABLES:
        node = catalog["nodes"][f"model.miitwatch.{table}"]
        assert node["metadata"]["schema"] == "marts"
        assert node["columns"], table


def test_every_model_seed_and_snapshot_states_its_grain_and_describes_every_column(docs: tuple[dict, dict]) -> None:
    manifest, catalog = docs
    documented = {uid: node for uid, node in manifest["nodes"].items()
                  if node["resource_type"] in ("model", "seed", "snapshot")}
    assert len(documented) > 30
    # every one was built, so the catalog knows its real columns
    assert set(documented) - set(catalog["nodes"]) == set()
    problems = {uid: "no grain in the description" for uid, node in documented.items()
                if "grain" not in node["description"].lower()}
    for uid, node in documented.items():
        actual = {name.lower() for name in catalog["nodes"][uid]["columns"]}
        described = {name.lower() for name, column in node["columns"].items() if column["description"].strip()}
        if actual != described:
            problems[uid] = f"undescribed: {sorted(actual - described)}, not in the table: {sorted(described - actual)}"
    assert problems == {}


# --- source freshness ---------------------------------------------------------------------------

LOADED_AT = {
    "fetch_log": "fetched_at", "listing_items": "first_seen_at", "pages": "fetched_at", "documents": "parsed_at",
    "extractions": "extracted_at", "attachments": "fetched_at", "metric_facts": "extracted_at",
    "event_facts": "extracted_at",
}
# written by every run or with nearly every day's publications: a week without rows is an error
PIPELINE_TABLES = ("fetch_log", "listing_items", "pages", "documents", "extractions")
# grow only when new pages hold that content: a quiet week is normal, so warnings only
CONTENT_TABLES = ("attachments", "metric_facts", "event_facts")


def last_loaded(database: Path, age: timedelta, *, with_attachment: bool = True) -> None:
    """Make the raw layer look loaded `age` ago: a row in the tables the fixture leaves empty, and
    every freshness timestamp set to now - age."""
    con = duckdb.connect(str(database))
    try:
        con.execute("insert into raw.fetch_log (attempt_id, url, source, kind, fetched_at, outcome)"
                    " values ('attempt-1', ?, 'miit', 'article', now(), 'ok')", [fx.MIIT_PC])
        con.execute("insert into raw.listing_items (url, column_key, source, first_seen_at)"
                    " values (?, 'miit:xwfb/gxdt/sjdt', 'miit', now())", [fx.MIIT_PC])
        if with_attachment:
            con.execute("insert into raw.attachments (document_url, url, kind, fetched_at) values (?, ?, 'pdf', now())",
                        [fx.MIIT_PC, fx.MIIT_PC.replace(".html", ".pdf")])
        for table, column in LOADED_AT.items():
            con.execute(f"update raw.{table} set {column} = now() - ?", [age])
    finally:
        con.close()


@pytest.mark.parametrize(("age", "with_attachment", "expected"), [
    pytest.param(timedelta(hours=1), True, dict.fromkeys(LOADED_AT, "pass"), id="fresh"),
    # a warehouse that never saw an attachment: a warning, not a failed freshness run
    pytest.param(timedelta(hours=1), False, {**dict.fromkeys(LOADED_AT, "pass"), "attachments": "warn"},
                 id="no-attachment-yet"),
    pytest.param(timedelta(days=3), True, {**dict.fromkeys(PIPELINE_TABLES, "warn"), **dict.fromkeys(CONTENT_TABLES, "pass")},
                 id="quiet-days"),
    pytest.param(timedelta(days=10), True, {**dict.fromkeys(PIPELINE_TABLES, "error"), **dict.fromkeys(CONTENT_TABLES, "warn")},
                 id="stopped"),
])
def test_source_freshness(build: Build, tmp_path: Path, age: timedelta, with_attachment: bool,
                          expected: dict[str, str]) -> None:
    database = tmp_path / "freshness.duckdb"
    shutil.copyfile(build.database, database)
    last_loaded(database, age, with_attachment=with_attachment)
    result = invoke_dbt(build.project, database, "source", "freshness")
    assert {r.node.name: str(r.status) for r in result.result.results} == expected
    assert result.success == ("error" not in expected.values())
