"""What `miitwatch run` (and so `bash scripts/run.sh`) prints: the plain-text summary, the JSON
summary, and the exit status — with the pipeline replaced by a fixed summary."""
from __future__ import annotations

import json

import pytest

from orchestration import cli


def summary(**changes) -> dict:
    # Distinct numbers, so a figure printed in the wrong place shows.
    base = {
        "success": True, "run_id": "3f1c-run", "source": "snapshot", "seconds": 12.345,
        "pages_fetched": 1203, "articles_fetched": 1074, "pages_failed": 4, "documents_new": 1070,
        "documents_total": 1071, "metrics": 2101, "events": 77, "metrics_extracted": 2222,
        "events_extracted": 88, "tests_passed": 131, "tests_failed": 0, "tests_warned": 2,
        "dbt": "built", "database": "/tmp/w/miitwatch.duckdb", "published": "/tmp/w/published/current",
        "error": None,
    }
    return {**base, **changes}


def line(text: str, label: str) -> str:
    (found,) = [ln for ln in text.splitlines() if ln.strip().startswith(label)]
    return found


def test_the_plain_summary_says_what_the_run_did_and_where_the_database_is():
    text = cli._format_summary(summary())
    assert text.splitlines()[0] == "miitwatch run succeeded in 12.3 s (source: snapshot, run 3f1c-run)"
    pages = line(text, "pages fetched")
    assert "1203" in pages and "1074 articles" in pages and "4 failed" in pages
    assert "further pages" not in pages
    pages = line(cli._format_summary(summary(article_parts_fetched=6)), "pages fetched")
    assert "1074 articles + 6 further pages" in pages
    documents = line(text, "documents")
    assert "1070 new" in documents and "1071 in the warehouse" in documents
    facts = line(text, "facts")
    assert "2101 metric observations" in facts and "77 policy events" in facts
    assert "2222 metrics" in facts and "88 events" in facts
    dbt = line(text, "dbt")
    assert "built" in dbt and "131 passed" in dbt and "0 failed" in dbt and "2 warned" in dbt
    assert line(text, "database").endswith("/tmp/w/miitwatch.duckdb")
    assert line(text, "published").endswith("/tmp/w/published/current")
    assert "error" not in text


def test_a_failed_run_says_so_and_why():
    text = cli._format_summary(summary(success=False, error="ingest_pages: every one of 12 requests failed"))
    assert text.startswith("miitwatch run FAILED in")
    assert line(text, "error").endswith("ingest_pages: every one of 12 requests failed")


class FakePipeline:
    """Stands in for orchestration.runner.run_pipeline: returns `result`, records its options."""

    def __init__(self) -> None:
        self.result = summary()
        self.calls: list[dict] = []

    def __call__(self, **kwargs) -> dict:
        self.calls.append(kwargs)
        return self.result


@pytest.fixture
def fake_pipeline(monkeypatch, tmp_path) -> FakePipeline:
    import orchestration.runner

    fake = FakePipeline()
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))  # `run` writes dagster.yaml there
    monkeypatch.setattr(orchestration.runner, "run_pipeline", fake)
    return fake


def test_run_prints_the_plain_summary_and_exits_0(fake_pipeline, capsys):
    assert cli.main(["run", "--sources", "miit, chinadaily", "--since", "2024-01-01"]) == 0
    out = capsys.readouterr().out
    assert out.strip() == cli._format_summary(fake_pipeline.result)
    (call,) = fake_pipeline.calls
    assert call["sources"] == ["miit", "chinadaily"] and call["since"] == "2024-01-01" and call["progress"] is True


def test_run_json_prints_one_object_and_a_failed_run_exits_1(fake_pipeline, capsys):
    fake_pipeline.result = summary(success=False, error="dbt_models: a test failed")
    assert cli.main(["run", "--json"]) == 1
    (printed,) = capsys.readouterr().out.splitlines()
    assert json.loads(printed) == fake_pipeline.result
    assert fake_pipeline.calls[0]["progress"] is False


def test_failing_pages_left_for_a_later_run_are_counted_and_retry_failed_reaches_the_pipeline(fake_pipeline, capsys):
    assert "retry later" not in cli._format_summary(summary(pages_retry_later=0))
    fake_pipeline.result = summary(pages_retry_later=7)
    assert cli.main(["run", "--retry-failed"]) == 0
    waiting = line(capsys.readouterr().out, "retry later")
    assert "7 failing pages" in waiting and "--retry-failed" in waiting
    assert fake_pipeline.calls[0]["retry_failed"] is True
    assert cli.main(["run"]) == 0 and fake_pipeline.calls[1]["retry_failed"] is False
