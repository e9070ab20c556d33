"""The dbt build is skipped only when neither its raw inputs nor the dbt project changed."""
from __future__ import annotations

import duckdb

from warehouse import build_state
from warehouse.db import ensure_schema


def test_fingerprint_follows_raw_data_and_project_files_but_not_the_fetch_log(tmp_path):
    con = duckdb.connect()
    ensure_schema(con)
    project = tmp_path / "dbt_project"
    (project / "models").mkdir(parents=True)
    (project / "models" / "m.sql").write_text("select 1")
    (project / "target").mkdir()
    base = build_state.fingerprint(con, project)
    assert build_state.last_build(con) is None
    build_state.record_build(con, base, "run-1")
    assert build_state.last_build(con) == base

    con.execute("INSERT INTO raw.fetch_log (attempt_id, url, source, kind, fetched_at, outcome) "
                "VALUES ('a', 'u', 'miit', 'article', now(), 'http_error')")
    (project / "target" / "manifest.json").write_text("{}")
    assert build_state.fingerprint(con, project) == base

    (project / "models" / "m.sql").write_text("select 2")
    changed_project = build_state.fingerprint(con, project)
    assert changed_project != base

    con.execute("INSERT INTO raw.listing_items VALUES ('u', 'miit:x', 'miit', 't', NULL, now())")
    assert build_state.fingerprint(con, project) != changed_project


def test_project_digest_skips_only_dbt_output_folders_at_the_top(tmp_path):
    project = tmp_path / "dbt_project"
    (project / "models" / "marts").mkdir(parents=True)
    (project / "models" / "marts" / "m.sql").write_text("select 1")
    for skipped in ("target", "logs", "dbt_packages"):
        (project / skipped / "run-1").mkdir(parents=True)
        (project / skipped / "run-1" / "manifest.json").write_text("{}")
    base = build_state._project_digest(project)

    (project / "target" / "run-2").mkdir()
    (project / "target" / "run-2" / "manifest.json").write_text("{}")
    assert build_state._project_digest(project) == base

    # a folder named like an output folder below the top level is the project's own
    (project / "models" / "target").mkdir()
    (project / "models" / "target" / "t.sql").write_text("select 2")
    with_nested = build_state._project_digest(project)
    assert with_nested != base

    (project / "models" / "marts" / "m.sql").write_text("select 3")
    assert build_state._project_digest(project) != with_nested
