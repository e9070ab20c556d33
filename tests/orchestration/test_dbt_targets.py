"""The dbt step keeps only the newest build folders dagster-dbt leaves in ``target/``; loading the
dbt assets parses the project again only when its manifest is missing or stale."""
from __future__ import annotations

import os

from orchestration.dbt import dbt_models, prune_build_targets


def test_prune_build_targets_keeps_the_newest_and_the_current_and_nothing_else_is_touched(tmp_path):
    target = tmp_path / "target"
    builds = []
    for i in range(14):
        folder = target / f"{dbt_models.op.name}-run{i:04d}-abcdef{i % 10}"
        (folder / "compiled").mkdir(parents=True)
        (folder / "manifest.json").write_text("{}")
        os.utime(folder, (1_000_000 + i, 1_000_000 + i))
        builds.append(folder)
    others = [target / "compiled", target / "other_op-run0001-abc"]
    for folder in others:
        folder.mkdir()
    (target / "partial_parse.msgpack").write_bytes(b"x")
    current = builds[3]  # an old mtime must not get the running build deleted

    removed = prune_build_targets(current, keep=5)

    left = sorted(p.name for p in target.iterdir())
    assert current.exists()
    assert [b.name for b in builds[10:]] == [b.name for b in builds if b.exists() and b != current]
    assert sorted(p.name for p in removed) == sorted(b.name for b in builds[:10] if b != current)
    assert all(o.exists() for o in others) and (target / "partial_parse.msgpack").exists()
    assert len(left) == 5 + len(others) + 1


def test_a_project_file_newer_than_the_manifest_asks_for_a_new_parse(tmp_path):
    from orchestration.dbt import _project_newer_than

    project = tmp_path / "dbt_project"
    (project / "models").mkdir(parents=True)
    (project / "target").mkdir()
    model = project / "models" / "m.sql"
    model.write_text("select 1")
    manifest = project / "target" / "manifest.json"
    manifest.write_text("{}")
    os.utime(model, (1_000_000, 1_000_000))
    os.utime(manifest, (2_000_000, 2_000_000))
    assert not _project_newer_than(manifest, project)

    (project / "target" / "run-1").mkdir()  # dbt's own output does not count
    os.utime(project / "target" / "run-1", (3_000_000, 3_000_000))
    assert not _project_newer_than(manifest, project)

    os.utime(model, (3_000_000, 3_000_000))  # a model edited after the parse
    assert _project_newer_than(manifest, project)


class _StandInProject:
    """What `ensure_manifest` asks of the dbt project: a manifest path, and the dev-mode hook."""

    def __init__(self, manifest_path):
        self.manifest_path = manifest_path

    def prepare_if_dev(self) -> None:
        pass


def _ensure_manifest_parses(tmp_path, monkeypatch, database: str, manifest: str | None, age: float = 0.0) -> bool:
    """Whether `ensure_manifest` asks for a `dbt parse`, for a warehouse file named `database` and
    a manifest parsed against catalog `manifest` (None: no manifest), `age` seconds old."""
    import json
    import time

    import orchestration.dbt as dbt_module

    path = tmp_path / "target" / "manifest.json"
    if manifest is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        nodes = {"seed.miitwatch.s": {"resource_type": "seed", "database": "other"},
                 "model.miitwatch.m": {"resource_type": "model", "database": manifest}}
        path.write_text(json.dumps({"nodes": nodes}))
        stamp = time.time() - age
        os.utime(path, (stamp, stamp))
    parses: list[object] = []
    monkeypatch.setattr(dbt_module, "DBT_PROJECT", _StandInProject(path))
    monkeypatch.setattr(dbt_module, "parse_project", lambda database=None: parses.append(database))
    monkeypatch.setenv("MIITWATCH_DUCKDB", str(tmp_path / database))
    dbt_module.ensure_manifest()
    return bool(parses)


def test_a_current_manifest_of_the_same_database_name_is_reused(tmp_path, monkeypatch):
    assert not _ensure_manifest_parses(tmp_path, monkeypatch, "miitwatch.duckdb", "miitwatch")
    # the folder does not matter, only the file's stem (dbt-duckdb's catalog name)
    assert not _ensure_manifest_parses(tmp_path, monkeypatch, "elsewhere/miitwatch.duckdb", "miitwatch")


def test_a_missing_manifest_or_one_of_another_database_name_is_parsed_again(tmp_path, monkeypatch):
    assert _ensure_manifest_parses(tmp_path / "fresh", monkeypatch, "miitwatch.duckdb", None)
    assert _ensure_manifest_parses(tmp_path / "w", monkeypatch, "warehouse.duckdb", "miitwatch")
    assert _ensure_manifest_parses(tmp_path / "m", monkeypatch, "miitwatch.duckdb", "warehouse")


def test_a_manifest_older_than_a_project_file_is_parsed_again(tmp_path, monkeypatch):
    # ~30 years old: older than any file of the checked-out dbt project
    assert _ensure_manifest_parses(tmp_path, monkeypatch, "miitwatch.duckdb", "miitwatch", age=1e9)
