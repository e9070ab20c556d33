"""Leftovers of session 18 (18c and the heldout18 study), taken up by helper s18_left4 (sentences
written for these tests).

* A quarter named by its last month ("the March quarter") is that quarter (2025-Q1), not the
  statement's month; not "March quarterly data" nor "quarter-on-quarter".
* A month named after a forecast verb ("Analysts expect March exports to rise" in November) is next
  year's once it is three or more months back; the month or two just ended is this year's (its
  figures still awaited); a thousands separator ends no clause before the month.
* "at the start of the 14th Five-Year Plan", “十四五”开局之初: a stock's date, the end of the year
  before the plan's first (2020-12), as 年初 is the end of the year before (devset README, session 18).
* "up from 16% a year earlier, while exports … more than doubled to 412,000 units" (heldout18 H231):
  a percentage and a count are no from-to pair; the count keeps its own measure.
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics, time_of

MAY = date(2025, 5, 10)
NOV = date(2025, 11, 10)


def _times(text: str, published: date, lang: str = "en") -> list[tuple[float, str | None]]:
    return [(m.value, time_of(m)) for m in metrics(text, lang, published)]


# --- a quarter named by its last month ------------------------------------------------------------
@pytest.mark.parametrize("text, published, expected", [
    ("Sales of electric vans reached 41,000 units in the March quarter.", MAY, "2025-Q1"),
    ("Shipments of drones totalled 41,000 units in the June quarter.", date(2025, 8, 10), "2025-Q2"),
    ("The company sold 41,000 excavators during the September quarter.", NOV, "2025-Q3"),
    # (a quarter after the statement's month: last year's, as "the fourth quarter" is)
    ("Exports of forklifts reached 41,000 units in the December quarter.", date(2025, 2, 10), "2024-Q4"),
    ("Exports of forklifts reached 41,000 units in the March quarter of 2024.", NOV, "2024-Q1"),
])
def test_quarter_named_by_its_month(text, published, expected):
    assert _times(text, published) == [(41000.0, expected)]


@pytest.mark.parametrize("text", [
    # (a report's adjective, no quarter: the month itself)
    "Exports of forklifts reached 41,000 units in March quarterly data.",
])
def test_quarterly_is_no_quarter(text):
    assert [t for _, t in _times(text, NOV) if t and "Q" in t] == []


# --- a month named after a forecast verb -----------------------------------------------------------
@pytest.mark.parametrize("text, published, expected", [
    ("Analysts expect March exports of excavators to rise to 12,000 units.", NOV, "2026-03"),
    ("Analysts expect exports of excavators in April to reach 12,000 units.", NOV, "2026-04"),
    ("The ministry expects shipments to reach 12,000 units in June.", NOV, "2026-06"),
    # (a thousands separator before the month ends no clause)
    ("Analysts expect exports of excavators to reach 12,000 units in March.", NOV, "2026-03"),
])
def test_forecast_month_long_past_is_next_years(text, published, expected):
    assert _times(text, published) == [(12000.0, expected)]


@pytest.mark.parametrize("text, published, expected", [
    # (no forecast: the month past is this year's)
    ("Exports of excavators rose to 12,000 units in March.", NOV, "2025-03"),
    ("March exports of excavators rose to 12,000 units.", NOV, "2025-03"),
    # (the month just ended: its figures still awaited)
    ("Analysts expect March exports of excavators to rise to 12,000 units.", date(2025, 4, 8), "2025-03"),
    ("Analysts expect September exports of excavators to rise to 12,000 units.", NOV, "2025-09"),
    # (the forecast verb after the month, in another clause)
    ("Exports of excavators rose to 12,000 units in March, and analysts expect more.", NOV, "2025-03"),
])
def test_forecast_month_near_misses(text, published, expected):
    assert _times(text, published) == [(12000.0, expected)]


# --- the start of a five-year plan -----------------------------------------------------------------
@pytest.mark.parametrize("text, lang, expected", [
    ("The number of charging stations was 5,000 at the start of the 14th Five-Year Plan.", "en", "2020-12"),
    ("China had 5,000 charging stations at the beginning of the 14th Five-Year Plan period.", "en", "2020-12"),
    ("China had 5,000 charging stations at the outset of the 13th Five-Year Plan.", "en", "2015-12"),
    ("“十四五”开局之初，全国充电站数量为5000个。", "zh", "2020-12"),
    ("十四五初，全国充电站数量为5000个。", "zh", "2020-12"),
    ("“十三五”之初，全国充电站数量为5000个。", "zh", "2015-12"),
])
def test_plan_start_is_the_year_before_its_first(text, lang, expected):
    assert _times(text, NOV, lang) == [(5000.0, expected)]


@pytest.mark.parametrize("text, lang, expected", [
    # (the plan's end, and the plan as a span, as before)
    ("China had 5,000 charging stations at the end of the 14th Five-Year Plan period.", "en", "2025"),
    ("“十四五”末，全国充电站数量为5000个。", "zh", "2025"),
    # (初步 "preliminarily", 初期 "its early years": no start)
    ("“十四五”初步建成充电站5000个。", "zh", None),
    ("“十四五”初期建成充电站5000个。", "zh", None),
])
def test_plan_start_near_misses(text, lang, expected):
    found = _times(text, NOV, lang)
    assert found and all(t != "2020-12" for _, t in found)
    if expected:
        assert found == [(5000.0, expected)]


# --- a percentage and a count: no from-to pair ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Electric motorcycles made up 23% of exports, up from 16% a year earlier, while exports of large models "
    "more than doubled to 412,000 units.",
    "Imports held 30% of the market, down from 35% in 2024, while sales of local brands climbed to 2.1 million units.",
    "The share of hybrids rose from 16% last year, while exports of vans jumped to 90,000 vehicles.",
])
def test_percent_and_count_no_pair(text):
    counts = [m for m in metrics(text, "en", NOV) if m.unit == "count"]
    assert len(counts) == 1 and counts[0].measure == "level"


def test_pair_of_levels_still_a_pair():
    # (two levels of one unit stay a pair: the share's levels)
    found = metrics("Their share rose from 16% to 23% of exports.", "en", NOV)
    assert [(m.value, m.measure) for m in found] == [(16.0, "share"), (23.0, "share")]


# --- a figure told as reached (已) keeps now against a later clause's own past figure ---------------
@pytest.mark.parametrize("text, expected", [
    ("我国“小巨人”企业已超过1.76万家，“十四五”开局之初这一数字为5000余家。",
     [(17600.0, "2025-11"), (5000.0, "2020-12")]),
    ("我国“小巨人”企业已超过1.76万家，2020年底这一数字为5000余家。",
     [(17600.0, "2025-11"), (5000.0, "2020-12")]),
    ("全国已建成5G基站400万个，今年1—10月新建基站50万个。",
     [(4000000.0, "2025-11"), (500000.0, "2025-01/2025-10")]),
])
def test_reached_figure_keeps_now(text, expected):
    assert _times(text, NOV, "zh") == expected


def test_reached_figure_near_miss_later_time_with_no_figure_of_its_unit():
    # (the later clause dates only a change in percent: the total stands at the span's end, as before)
    found = _times("全国已建成5G基站400万个，今年1—10月同比增长5%。", NOV, "zh")
    assert found[0] == (4000000.0, "2025-10")


# --- the base a change started from keeps its time to itself (merge, lead) ---------------------------
# ("up from just over 5,000 at the start of the 14th Five-Year Plan": the plan's start dates the base,
# and the sentence after, with no time of its own, is as of the statement, not of the base)
@pytest.mark.parametrize("text", [
    "China now has more than 17,600 little giant firms, up from just over 5,000 at the start of the 14th Five-Year "
    "Plan period, the ministry said. The firms generate 9.6 percent of the operating revenue of industrial SMEs.",
    "China now has 17,600 little giant firms, up from about 5,000 at the end of 2020, the ministry said. The firms "
    "generate 9.6 percent of the operating revenue of industrial SMEs.",
    "The province now has 3,200 smart factories, down from more than 3,400 in 2022 after mergers. They generate 9.6 "
    "percent of the operating revenue of its manufacturers.",
])
def test_base_of_a_change_is_not_carried(text):
    assert dict(_times(text, NOV))[9.6] == "2025-11"
