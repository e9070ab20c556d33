"""`miitwatch extract`: header handling, JSON lines, HTML pages parsed first."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from orchestration.cli import main
from orchestration.extract_cli import split_header
from warehouse.settings import REPO_ROOT

SEED = REPO_ROOT / "tests" / "data" / "devset" / "docs" / "000.txt"


def run_extract(capsys, *paths: Path) -> list[dict]:
    code = main(["extract", *map(str, paths)])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0
    return [json.loads(line) for line in lines]


def test_header_lines_end_at_the_first_blank_line_and_the_text_is_kept_exactly():
    header, text = split_header("PUBLISHED: 2022-07-27\nLANG: en\n\nBody: not a header.\n\nMore.")
    assert header == {"PUBLISHED": "2022-07-27", "LANG": "en"}
    assert text == "Body: not a header.\n\nMore."
    assert split_header("No header here.\n\nText") == ({}, "No header here.\n\nText")


def test_extract_prints_one_json_line_per_file_with_the_seed_facts(capsys, tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text("工业和信息化部23日发布的数据显示，1—4月，全国软件业务收入27735亿元，同比增长10.8%。", encoding="utf-8")
    seed, other = run_extract(capsys, SEED, plain)
    assert seed["path"] == str(SEED)
    values = {(m["value"], m["unit"], m["qualifier"]) for m in seed["metrics"]}
    assert {(4.0e11, "CNY", "gt"), (3000.0, "count", "gt"), (40.0, "count", "gt")} <= values
    conference = [e for e in seed["events"] if e["type"] == "press_conference"]
    assert conference and conference[0]["date"] == "2022-07-26" and conference[0]["date_precision"] == "day"
    assert all(m["quote"] in SEED.read_text(encoding="utf-8") for m in seed["metrics"])
    assert {(m["value"], m["measure"]) for m in other["metrics"]} >= {(2.7735e12, "level"), (10.8, "yoy_growth")}


def test_extract_parses_html_pages_first(capsys):
    page = next((REPO_ROOT / "scrapers" / "snapshot" / "sites" / "www.chinadaily.com.cn" / "a" / "202207").rglob("*.html"))
    (row,) = run_extract(capsys, page)
    assert row["metrics"], "a snapshot China Daily page about the AI industry carries metrics"
    assert not any("Updated:" in m["quote"] for m in row["metrics"])


def test_an_unreadable_file_is_reported_without_hiding_the_others(capsys, tmp_path):
    missing = tmp_path / "missing.txt"
    code = main(["extract", str(missing), str(SEED)])
    out = capsys.readouterr()
    assert code == 1
    rows = [json.loads(line) for line in out.out.splitlines()]
    assert rows[0]["error"] and rows[1]["metrics"]
    assert "missing.txt" in out.err


@pytest.mark.parametrize("command", [["--help"], ["run", "--help"]])
def test_help_works(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(command)
    assert exit_info.value.code == 0
    assert "miitwatch" in capsys.readouterr().out
