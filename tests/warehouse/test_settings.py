"""One setting names the database for Dagster, dbt and the CLI."""
from warehouse import settings


def test_database_path_from_env_is_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert settings.database_path({"MIITWATCH_DUCKDB": "x/w.duckdb"}) == (tmp_path / "x" / "w.duckdb")


def test_default_is_under_the_git_ignored_data_folder():
    path = settings.database_path({})
    assert path == settings.REPO_ROOT / "data" / "miitwatch.duckdb"
    ignored = (settings.REPO_ROOT / ".gitignore").read_text().split()
    assert "/data/" in ignored


def test_publish_dir_follows_the_database():
    assert settings.publish_dir({"MIITWATCH_DUCKDB": "/tmp/a/w.duckdb"}).as_posix() == "/tmp/a/published"
