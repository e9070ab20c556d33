"""The Dagster instance folder: our dagster.yaml is written and kept current, a hand-written one is left alone."""
import yaml

from orchestration.instance import DAGSTER_YAML, ensure_dagster_home


def test_instance_config_limits_runs_and_the_writer_pool(tmp_path):
    env = {"DAGSTER_HOME": str(tmp_path / "home")}
    home = ensure_dagster_home(env)
    config = yaml.safe_load((home / "dagster.yaml").read_text())
    assert config["concurrency"]["runs"]["max_concurrent_runs"] == 1
    assert config["concurrency"]["pools"]["default_limit"] == 1


def test_an_outdated_config_of_ours_is_rewritten_and_a_hand_written_one_kept(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "dagster.yaml").write_text("# Written by miitwatch (old)\nconcurrency: {}\n")
    ensure_dagster_home({"DAGSTER_HOME": str(home)})
    assert (home / "dagster.yaml").read_text() == DAGSTER_YAML
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: true\n")
    ensure_dagster_home({"DAGSTER_HOME": str(home)})
    assert (home / "dagster.yaml").read_text() == "telemetry:\n  enabled: true\n"
