"""Conventions settled in session 18 on counts of approved projects and 新培育 targets
(tests/data/devset/README.md, "Conventions settled in session 18"), on sentences written for these
tests, with near-misses that must not change.

* Projects (or units) a body approves, with no designation, are a count of approvals, a `level`
  ("approved 12 fixed-asset investment projects", 核准了5个核电项目, 新核准核电机组10台): they join no
  list (session 17 already left "approvals that designate nothing" a level; heldout7 H104 was
  relabelled).
* Projects a body approves as one batch of a programme, or as demonstrations or pilots ("approved
  the first batch of 11 demonstration projects", 批复了6个示范项目), are that batch's entries,
  `additions` (session 17's list convention); a running total ("has approved 300 … so far") stays a
  level.
* 新培育 in a target counts the entries to be newly added, `additions` (heldout H10 relabelled);
  培育N家 with no 新, to a year, the stock to be reached, stays a `level`.
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics

PUB = date(2031, 11, 20)


def _one(text: str, value: float, lang: str):
    found = [m for m in metrics(text, lang, PUB) if m.value == value and m.unit == "count"]
    assert len(found) == 1, [(m.value, m.unit, m.measure, m.quote) for m in metrics(text, lang, PUB)]
    return found[0]


# --- A. a batch of projects approved as demonstrations or pilots: additions ----------------------------
@pytest.mark.parametrize("text, value", [
    ("The National Energy Administration on Wednesday approved the first batch of 11 demonstration projects "
     "that will use domestically made gas turbines.", 11),
    ("The NEA last week approved the second batch of 24 offshore wind projects in Guangdong and Fujian.", 24),
    ("In March, the ministry released its latest batch of 37 smart mining pilot sites.", 37),
    ("The commission on Tuesday named the first batch of more than 40 zero-carbon parks.", 40),
    ("The energy regulator approved 16 hydrogen demonstration projects in Inner Mongolia last month.", 16),
    ("Last week the provincial government approved nine green methanol pilot projects.", 9),
])
def test_en_batch_or_programme_projects_approved_are_additions(text, value):
    assert _one(text, value, "en").measure == "additions"


@pytest.mark.parametrize("text, value", [
    ("国家能源局今年3月批复了6个漂浮式风电示范项目。", 6),
    ("省发展改革委近日核准12个氢能试点项目。", 12),
    ("国家能源局已批复首批8个深远海风电示范项目。", 8),
])
def test_zh_programme_projects_approved_are_additions(text, value):
    assert _one(text, value, "zh").measure == "additions"


# --- B. near-misses: bare approvals, goods in a batch, running totals stay levels ----------------------
@pytest.mark.parametrize("text, value", [
    ("In July, the NDRC approved 14 fixed-asset investment projects worth a combined 90 billion yuan.", 14),
    ("The regional energy bureau last week approved three green hydrogen projects in Ordos.", 3),
    ("The carmaker delivered the first batch of 120 electric buses to the city in May.", 120),
    ("The country has approved 300 demonstration projects so far.", 300),
])
def test_en_bare_approvals_and_batches_of_goods_stay_levels(text, value):
    assert _one(text, value, "en").measure == "level"


@pytest.mark.parametrize("text, value", [
    ("4月23日召开的国务院常务会议核准了5个核电项目。", 5),
    ("2030年全年新核准核电机组12台。", 12),
    ("国家发展改革委7月核准了9个水电项目。", 9),
    ("全国累计批复示范项目300个。", 300),
])
def test_zh_bare_approvals_stay_levels(text, value):
    assert _one(text, value, "zh").measure == "level"


# --- C. 新培育 in a target: additions; 培育 to a year: a level ----------------------------------------
@pytest.mark.parametrize("text, value, measure", [
    ("全年计划新培育100个以上消费品“三品”示范城市和企业品牌。", 100, "additions"),
    ("2032年力争新培育专精特新中小企业8000家以上。", 8000, "additions"),
    ("今年计划新培育国家级绿色工厂500家左右。", 500, "additions"),
    ("到2033年，培育3—5家营业收入超百亿元的领军企业。", 3, "level"),
    ("到2034年，培育20家左右锅炉系统节能服务龙头企业。", 20, "level"),
])
def test_zh_new_cultivation_targets(text, value, measure):
    assert _one(text, value, "zh").measure == measure


# --- D. approvals of a day are of that day's month, a level ---------------------------------------------
@pytest.mark.parametrize("text, published, expected", [
    ("4月23日召开的国务院常务会议核准了5个核电项目。", date(2026, 4, 28), [("level", 5, "2026-04")]),
    ("4月23日召开的国务院常务会议核准了5个核电项目、共10台机组。", date(2026, 4, 28),
     [("level", 5, "2026-04"), ("level", 10, "2026-04")]),
    ("国家能源局3月12日批复了6个漂浮式风电示范项目。", date(2026, 3, 20), [("additions", 6, "2026-03")]),
])
def test_zh_approvals_on_a_day(text, published, expected):
    assert [(m.measure, m.value, m.period) for m in metrics(text, "zh", published)] == expected


@pytest.mark.parametrize("text, published, expected", [
    ("2025年全年新核准核电机组10台。", date(2026, 4, 28), ("level", 10, "2025", None)),
    ("国家发展改革委7月核准了9个水电项目。", date(2026, 8, 28), ("level", 9, "2026-07", None)),
    # (a running total stays a stock)
    ("截至6月底，全国累计核准核电机组102台。", date(2026, 8, 28), ("level", 102, None, "2026-06")),
    ("目前，经国务院批准设立的国家级新区19个。", date(2026, 8, 28), ("level", 19, None, "2026-08")),
])
def test_zh_approvals_of_a_span_are_a_flow(text, published, expected):
    assert [(m.measure, m.value, m.period, m.as_of) for m in metrics(text, "zh", published)] == [expected]
