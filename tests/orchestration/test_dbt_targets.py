"""The dbt step keeps only the newest build folders dagster-dbt leaves in ``target/``."""
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
