"""ClientConfig defaults, validation and MIITWATCH_* environment parsing."""

from __future__ import annotations

import pytest

from scrapers.http import ClientConfig, HttpClient


def test_defaults_are_polite_and_browser_like() -> None:
    config = ClientConfig()
    assert config.mode == "snapshot"
    assert config.rate_limit == 1.0
    assert config.timeout == (10.0, 30.0)
    assert "www.miit.gov.cn" in config.allowed_hosts
    assert "Chrome/" in config.user_agent and "python" not in config.user_agent.lower()


def test_from_env_reads_every_variable() -> None:
    config = ClientConfig.from_env(
        {
            "MIITWATCH_SOURCE": "Live",
            "MIITWATCH_SNAPSHOT_URL": "http://127.0.0.1:9/",
            "MIITWATCH_RATE_LIMIT": "0.5",
            "MIITWATCH_ALLOWED_HOSTS": " www.miit.gov.cn, WWW.GOV.CN ,,",
            "MIITWATCH_TIMEOUT": "5,20",
            "MIITWATCH_MAX_BYTES": "1000",
            "MIITWATCH_RETRIES": "1",
        }
    )
    assert config.mode == "live"
    assert config.snapshot_base == "http://127.0.0.1:9"
    assert config.rate_limit == 0.5
    assert config.allowed_hosts == frozenset({"www.miit.gov.cn", "www.gov.cn"})
    assert config.timeout == (5.0, 20.0)
    assert config.max_bytes == 1000
    assert config.retries == 1


def test_from_env_single_timeout_and_empty_values_keep_defaults() -> None:
    config = ClientConfig.from_env({"MIITWATCH_TIMEOUT": "7", "MIITWATCH_RATE_LIMIT": ""})
    assert config.timeout == (7.0, 7.0)
    assert config.rate_limit == 1.0


@pytest.mark.parametrize(
    "env", [{"MIITWATCH_SOURCE": "ftp"}, {"MIITWATCH_TIMEOUT": "1,2,3"}, {"MIITWATCH_RETRIES": "-1"}]
)
def test_bad_settings_are_refused(env: dict[str, str]) -> None:
    with pytest.raises(ValueError):
        ClientConfig.from_env(env)


def test_snapshot_mode_without_base_is_refused_at_client_creation() -> None:
    with pytest.raises(ValueError, match="snapshot_base"):
        HttpClient(ClientConfig(mode="snapshot"))


def test_default_allow_list_is_the_hosts_of_sources_toml(tmp_path) -> None:
    from scrapers.http.config import DEFAULT_ALLOWED_HOSTS, hosts_from_sources
    from scrapers.sources import load_sources

    assert DEFAULT_ALLOWED_HOSTS == {h for s in load_sources() for h in s.hosts}
    assert "www.miit.gov.cn" in DEFAULT_ALLOWED_HOSTS
    toml = tmp_path / "sources.toml"
    toml.write_text('[sources.x]\nhosts = ["News.Example.com"]\nattachment_hosts = ["files.example.com"]\n')
    assert hosts_from_sources(toml) == {"news.example.com", "files.example.com"}
