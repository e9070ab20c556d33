"""Chinese metric constructions recall probe 18 found on texts written for it (MIIT briefings,
provincial 工信厅 pages, newspaper styles), one test per construction, with near-misses.

* 产销(量)双双/均突破X: output and sales of one product, both over X: two metrics (as
  产量和销量均超过X already were).
  The growth after it, 同比均增长38%以上, is split as the level before it was.
* 万亿级产业集群, 百万级用户: a bare magnitude naming a class by size is no figure.
* 两成以上的规上工业企业已开展数字化改造, 全省60%以上的企业已实现…: a clause opening on the part of
  the units that do something (the 有…的 form without 有, a bound after the figure) is an adoption
  rate (session 17's convention), as 已有超过六成的企业开展了… already was; 有60%以上的企业… (a bound
  between figure and 的) too. Near-misses: the units by where they are (share), a threshold
  modifier (研发投入强度5%以上的企业: no figure), a share word.
* “十五五”期间，新增培育国家级先进制造业集群20个以上 (written in 2025): a figure of a time wholly after
  the text's year, no cue word in its head, cannot have been reached: a goal (not a period begun
  or over: “十四五”期间, 2025—2027年 in 2025; not without a publication date).
* 较年初增长18.6%: a stock's growth since the start of the year, as 比上年末增长 already was: `growth`,
  not year on year (同比 and 年初以来 as before).
* 增长1.3倍 / 较上年增长1.6倍: a multiple, a `ratio` of the stated number (the sets' convention:
  heldout3 H36 比2020年增长近2倍, heldout16 H212 较上年增长1.6倍), as 增长近2倍 already was, not 130 %.
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics, time_of

PUB = date(2025, 4, 18)


def _figures(text: str, published: date = PUB) -> list[tuple[float, str, str | None]]:
    return [(m.value, m.measure, time_of(m)) for m in metrics(text, "zh", published)]


# --- 产销量双双突破X: two metrics ----------------------------------------------------------------
@pytest.mark.parametrize("text, value, when", [
    ("去年，我国新能源汽车产销量双双突破1280万辆，连续10年位居全球第一。", 12800000, "2024"),
    ("去年，全国汽车产销量均超过3000万辆。", 30000000, "2024"),
    ("一季度，全省新能源汽车产销双双突破30万辆。", 300000, "2025-Q1"),
    ("1—2月，摩托车产销量同比均增长12.5%。", 12.5, "2025-01/2025-02"),
    # (the growth after the level, its list the level's)
    ("1—3月，新能源汽车产销量双双超过300万辆，同比均增长38.5%。", 38.5, "2025-Q1"),
])
def test_zh_output_and_sales_both(text: str, value: float, when: str) -> None:
    found = _figures(text)
    twins = [f for f in found if f[0] == value]
    assert len(twins) == 2 and twins[0] == twins[1] and twins[0][2] == when, found
    subjects = sorted(m.subject_source for m in metrics(text, "zh", PUB) if m.value == value)
    assert subjects[0].endswith("产量") and subjects[1].endswith("销量"), subjects


@pytest.mark.parametrize("text, value", [
    ("去年，全省汽车产销率均超过95%。", 95),              # (one ratio of output to sales)
    ("去年，新能源汽车产量突破1280万辆，产销两旺。", 12800000),  # (产销 after the figure)
    ("一季度，我国汽车出口量和国内投资双双回暖，出口量增长8%。", 8),  # (双双 in an earlier clause)
    ("一季度，汽车产销两旺，出口量同比均增长8%。", 8),    # (产销 of another clause, 出口量 no list)
])
def test_zh_no_output_and_sales_split(text: str, value: float) -> None:
    assert [f[0] for f in _figures(text)].count(value) == 1, _figures(text)


# --- the part of the units that do something, opening its clause: a rate --------------------------
@pytest.mark.parametrize("text, value, qualifier", [
    ("两成以上的规上工业企业已开展数字化改造，较去年提高三个百分点。", 20, "ge"),
    ("全省60%以上的规上企业已实现关键工序数控化。", 60, "ge"),
    ("调查显示，约三成的中小企业已实施数字化改造。", 30, "approx"),
    ("超过六成的受访企业采用了工业互联网平台。", 60, "gt"),
    ("全国已有60%以上的企业开展了数字化转型。", 60, "ge"),         # (有, a bound before 的)
    ("我省有45%的企业建成了数字化车间。", 45, "eq"),               # (as before)
])
def test_zh_part_of_units_doing_something_is_a_rate(text: str, value: float, qualifier: str) -> None:
    found = [m for m in metrics(text, "zh", date(2025, 11, 3)) if m.unit == "percent"]
    assert [(m.value, m.measure, m.qualifier) for m in found] == [(value, "rate", qualifier)]


@pytest.mark.parametrize("text, expected", [
    ("60%的企业位于东部地区。", []),                                   # (where the units are: no verb)
    ("研发投入强度5%以上的企业享受加计扣除政策。", []),                # (a threshold of a modifier)
    ("全省工业企业中，研发投入强度在3%以上的企业已开展数字化改造。", []),   # (the same after 在)
    ("两成以上的企业位于苏南地区。", []),                              # (no doing verb)
    ("数字化改造企业占规上企业的比重达到60%。", [(60, "share")]),        # (a share word: unchanged)
])
def test_zh_no_rate_of_units_doing_something(text: str, expected: list) -> None:
    found = [(m.value, m.measure) for m in metrics(text, "zh", date(2025, 11, 3)) if m.unit == "percent"]
    assert found == expected


# --- a figure of a time wholly ahead of the text: a goal ---------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("“十五五”期间，新增培育国家级先进制造业集群20个以上。", "2026/2030"),
    ("2026—2030年，全省新增培育专精特新“小巨人”企业200家。", "2026/2030"),
    ("2027年，全省5G基站总数达到30万个。", "2027"),                  # (a stock, as of that year's end)
])
def test_zh_a_figure_wholly_ahead_is_a_goal(text: str, when: str) -> None:
    [m] = metrics(text, "zh", date(2025, 9, 15))
    assert time_of(m).startswith(when) and m.status == "target", (time_of(m), m.status)


@pytest.mark.parametrize("text, published", [
    ("“十四五”期间，全省新增培育国家级集群20个。", date(2025, 9, 15)),        # (a period over)
    ("2025—2027年，全省新增培育专精特新企业200家。", date(2025, 9, 15)),      # (a period begun)
    ("2024年，全省5G基站总数达到30万个。", date(2025, 9, 15)),               # (a year past)
    ("“十五五”期间，新增培育国家级先进制造业集群20个以上。", None),             # (no date to compare)
])
def test_zh_no_goal_for_a_time_not_ahead(text: str, published) -> None:
    assert [m.status for m in metrics(text, "zh", published)] == ["actual"]


def test_zh_no_goal_ahead_of_a_date_derived_from_the_text() -> None:
    # (no publication date: the reference date comes from the first dated figure, 2026-09, which
    # the list named in January 2027 follows; the figure was reached, whatever that date says)
    text = ("截至2026年9月底，全省5G基站总数达到30万个。工业和信息化部2027年1月20日公布首批万兆光网试点名单，"
            "北京、上海等18个城市入选。")
    assert [(m.value, m.status) for m in metrics(text, "zh", None)] == [(300000, "actual"), (18, "actual")]


# --- growth since the start of the year: growth ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "截至11月末，全省5G基站15.2万个，较年初增长18.6%。",
    "截至11月末，全省5G基站15.2万个，比年初增长18.6%。",
    "截至11月末，全省5G基站15.2万个，较今年年初增长18.6%。",
])
def test_zh_growth_since_the_start_of_the_year(text: str) -> None:
    assert [(m.value, m.measure) for m in metrics(text, "zh", date(2025, 12, 20)) if m.unit == "percent"] \
        == [(18.6, "growth")]


@pytest.mark.parametrize("text, measure", [
    ("1—11月，全省软件业务收入同比增长18.6%。", "yoy_growth"),
    ("截至11月末，全省5G基站15.2万个，同比增长18.6%。", "yoy_growth"),
    ("1—11月，全省软件业务收入增长18.6%，增速比年初提高2个百分点。", "yoy_growth"),  # (年初 of another figure)
])
def test_zh_other_growth_unchanged(text: str, measure: str) -> None:
    assert [m.measure for m in metrics(text, "zh", date(2025, 12, 20)) if m.unit == "percent"] == [measure]


# --- 增长N倍: a multiple --------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("2024年，广东省新能源汽车产量达到253.3万辆，增长1.3倍。", 1.3),
    ("合计入表金额约68.4亿元，较上年增长1.6倍。", 1.6),
    ("今年前三季度，全省工业机器人出口额同比增长2倍。", 2),
    ("截至2025年底，全国算力总规模比2020年增长近2倍。", 2),          # (as before)
])
def test_zh_times_growth_is_a_multiple(text: str, value: float) -> None:
    found = [(m.value, m.unit) for m in metrics(text, "zh", date(2025, 3, 6)) if m.unit in ("ratio", "percent")]
    assert found == [(value, "ratio")]


# --- a bare magnitude naming a class by size: no figure ---------------------------------------------
@pytest.mark.parametrize("text, values", [
    ("“十五五”期间，全省将新增培育万亿级产业集群2个。", [2]),
    ("全省已形成3个万亿级产业集群。", [3]),
    ("全省已有百万级用户的工业APP达到12个。", [12]),
    ("全省5G用户数突破5000万，千兆用户数达到800万。", [5e7, 8e6]),    # (magnitudes as figures: unchanged)
])
def test_zh_a_class_by_size_is_no_figure(text: str, values: list) -> None:
    assert [m.value for m in metrics(text, "zh", date(2025, 3, 28))] == values
