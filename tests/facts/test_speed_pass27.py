"""Speed pass 27 (#4, byte-identical): the Chinese data-release rule keeps its literal start.

Session 19 added to the rule an alternative opening on a report's name (…统计公报日前由…发布), which has no
literal to scan for, so the whole rule was tried at every position of every sentence naming 数据 or 统计
(~27 K instructions a document by valgrind). The alternative is now a rule of its own, tried only where
such a report is named. These tests pin both halves: the rule scans from literal heads again, and the
passive report sentences are still read as data releases (golden dump: 0 of 1,371 documents changed).
"""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.facts import events


def _data_release_rules():
    return [r for r in events._ZH_RULES if r.subtype == "data_release"]


def test_the_data_release_rule_naming_data_scans_from_literal_heads():
    first = _data_release_rules()[0]
    assert "数据" in first.needles
    assert first.heads is not None  # (None: tried at every position, as before this pass)


def test_the_report_first_rule_is_tried_only_where_a_report_is_named():
    report = [r for r in _data_release_rules() if "report" in r.pattern.groupindex]
    assert len(report) == 1
    assert set(report[0].needles) == {"统计公报", "统计快报", "运行情况"}


@pytest.mark.parametrize("sentence", [
    "2031年通信业统计公报日前由工业和信息化部对外发布。",
    "2031年软件业运行情况已于1月20日由工业和信息化部正式发布。",
    "工业和信息化部20日发布2031年通信业统计公报。",
    "工业和信息化部发布的数据显示，1—11月软件业务收入增长12%。",
])
def test_data_releases_still_read(sentence):
    found = events.extract_events(sentence, published=date(2032, 1, 25), lang="zh")
    assert [e.type for e in found] == ["other"]


@pytest.mark.parametrize("sentence", [
    "统计公报显示，全年规模以上工业增加值增长5%。",  # (the report named, no body publishing it)
    "运行情况总体平稳，利润由负转正。",  # (由 of a change, not an agent)
])
def test_report_words_alone_are_no_release(sentence):
    assert events.extract_events(sentence, published=date(2032, 1, 25), lang="zh") == []
