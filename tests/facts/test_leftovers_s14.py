"""Leftovers of the fourteenth session's audits (misreadings its helpers saw and left), one test per
construction, on sentences written for these tests: several wordings and near-misses that must not
match.

English: a rate in an aside between its subject and the subject's predicate ("The mechanization
rate, now at about 55%, is to rise to 65% by 2030") is the rate now, not a growth; the level a
share's (or rate's) change brought ("Market share rose 3 percent to 45 percent", "fell 4% to 21%")
is the share; a from-to pair whose second figure is a share of a whole ("rose from 10 to 12 percent
of output") is two shares, and "from about 30% to 36%" two levels, no range; the time of the earlier
level of a change ("…, up from 30% in 2024") is no time of the figure before it; the later level of
a pair whose first is dated at the end of a year is of the period reported after it; a sentence
opening on shares that move ("Shares rebounded 4%") is a stock move. Chinese: the bound each counted
firm passes closing its clause (5家企业营业收入超过1000亿元) is no figure; a running total of filings
(2025年，全国累计有302款…完成备案) is a stock at the year's end.
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics, time_of

DAY = date(2026, 3, 27)


def _pcts(text: str, lang: str = "en") -> list[tuple[float, str, str | None]]:
    return [(m.value, m.measure, time_of(m)) for m in metrics(text, lang, DAY) if m.unit == "percent"]


# --- a rate in an aside, the change told after it ----------------------------------------------------
@pytest.mark.parametrize("text, measure", [
    ("The mechanization rate, now at about 55%, is to rise to 65% by 2030.", "rate"),
    ("The crop mechanization rate, currently around 55 percent, will rise to 65 percent by 2030.", "rate"),
    ("The localisation rate of chips, at about 30% now, is expected to reach 50% by 2027.", "rate"),
    ("Their share, roughly 20 percent today, should climb to 30 percent by 2030.", "share"),
])
def test_en_level_in_an_aside_is_the_level_now(text: str, measure: str) -> None:
    found = _pcts(text)
    assert [ms for _, ms, _ in found] == [measure, measure]
    assert found[0][2] == "2026-03"


@pytest.mark.parametrize("text", [
    "Output rose 5 percent, and will rise further next year.",   # (the change is the figure's own)
    "Exports grew 8 percent, while imports will fall.",
])
def test_en_a_change_of_the_figure_stays_a_change(text: str) -> None:
    assert _pcts(text)[0][1] == "yoy_growth"


# --- the level a share's change brought --------------------------------------------------------------
@pytest.mark.parametrize("text, measure, level", [
    ("Market share rose 3 percent to 45 percent.", "share", 45),
    ("Its share of the market fell 4% to 21%.", "share", 21),
    ("The vacancy rate climbed 2 percent to 12 percent in 2025.", "rate", 12),
])
def test_en_level_after_a_share_change(text: str, measure: str, level: float) -> None:
    found = _pcts(text)
    assert len(found) == 2
    assert found[1][:2] == (level, measure)


def test_en_level_after_a_change_of_no_share_is_left_as_it_reads() -> None:
    assert [ms for _, ms, _ in _pcts("Exports rose 3 percent to 45 percent.")] == ["yoy_growth", "yoy_growth"]


@pytest.mark.parametrize("text", [
    "Demand is expected to grow 3% to 4% this year.",
    "Output grew 3% to 4% in most provinces.",   # (close bounds after a past verb: still a range)
])
def test_en_ranges_stay_ranges(text: str) -> None:
    found = [m for m in metrics(text, "en", DAY) if m.unit == "percent"]
    assert [(m.value, m.value_high, m.qualifier) for m in found] == [(3, 4, "range")]


# --- from-to pairs of shares -------------------------------------------------------------------------
@pytest.mark.parametrize("text, measure", [
    ("Exports rose from 10 to 12 percent of output.", "share"),
    ("Exports rose from 10 percent to 12 percent of output in 2025.", "share"),
    ("Imports fell from 8% to 6% of demand.", "share"),
])
def test_en_pair_of_shares_of_a_whole(text: str, measure: str) -> None:
    assert [ms for _, ms, _ in _pcts(text)] == [measure, measure]


def test_en_pair_without_a_whole_is_no_share() -> None:
    assert [ms for _, ms, _ in _pcts("Sales rose from 10 to 12 percent.")] == ["yoy_growth", "yoy_growth"]


@pytest.mark.parametrize("text", [
    "The localisation rate rose from about 30% to 36%.",
    "The utilisation rate climbed from around 70% to 76%.",
])
def test_en_from_qualified_pair_is_two_levels(text: str) -> None:
    found = [m for m in metrics(text, "en", DAY) if m.unit == "percent"]
    assert [(m.value_high, m.measure) for m in found] == [(None, "rate"), (None, "rate")]
    assert (found[0].qualifier, found[1].qualifier) == ("approx", "eq")


# --- the earlier level's time ------------------------------------------------------------------------
@pytest.mark.parametrize("text, first, second", [
    ("NEVs accounted for 40% of sales, up from 30% in 2024.", "2026-03", "2024"),
    ("Domestic brands held 60 percent of the market, up from 52 percent at the end of 2024.", "2026-03", "2024-12"),
    ("Sales rose 10% in 2025. NEVs accounted for 40% of sales, up from 30% in 2024.", "2025", "2024"),
    ("In 2025, NEVs accounted for 40% of sales, up from 30% in 2024.", "2025", "2024"),
])
def test_en_time_of_the_earlier_level_is_not_the_figures(text: str, first: str, second: str) -> None:
    found = [t for v, _, t in _pcts(text) if v in (40, 30, 60, 52)]
    assert found == [first, second]


# --- the later level of a pair after a dated base ----------------------------------------------------
@pytest.mark.parametrize("text, later", [
    ("Output rose 5% in 2025. The utilisation rate climbed from about 70% at the end of 2024 to 76%.", "2025"),
    ("Output rose 5% in the first half. The utilisation rate climbed from about 70% at the end of 2024 to 76%.",
     "2025-01/2025-06"),
    ("Output rose 5% in 2025. The NEV share of sales climbed from 30% in 2024 to 40%.", "2025"),
])
def test_en_later_level_of_the_period_after_its_base(text: str, later: str) -> None:
    assert _pcts(text)[-1][2] == later


@pytest.mark.parametrize("text", [
    "The utilisation rate climbed from about 70% at the end of 2024 to 76%.",   # (no period reported)
    "Output rose 5% in 2023. The utilisation rate climbed from about 70% at the end of 2024 to 76%.",
    "Output rose 5% in the first half. The utilisation rate climbed from about 70% at the end of June to 76%.",
])
def test_en_later_level_without_a_following_period_is_now(text: str) -> None:
    assert _pcts(text)[-1][2] == "2026-03"


# --- stock moves -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Shares rebounded 4%.",
    "Shares closed 2.3% lower on Friday.",
    "Shares rallied 6 percent in Hong Kong.",
    "BYD's shares rebounded 4% in Shenzhen.",
    "Its shares slipped 2.1% on Tuesday.",
])
def test_en_stock_moves_are_no_figures(text: str) -> None:
    assert metrics(text, "en", DAY) == []


@pytest.mark.parametrize("text", [
    "Share of exports rose 3% in 2025.",
    "Shareholders rose 4% to 1,200.",
    "Its share declined 2 percent to 18 percent.",
    "Stocks of steel rose 5% to 2 million tonnes.",
])
def test_en_shares_that_are_no_stock(text: str) -> None:
    assert metrics(text, "en", DAY)


def test_en_cause_after_an_opening_stock_move_is_kept() -> None:
    found = _pcts("Shares closed 2.3% lower on Friday after the ministry said output rose 10%.")
    assert [v for v, _, _ in found] == [10]


# --- a bound each counted member passes (Chinese) ----------------------------------------------------
@pytest.mark.parametrize("text, counts", [
    ("5家企业营业收入超过1000亿元。", [5]),
    ("全省有5家企业营业收入超过1000亿元，12家超过100亿元。", [5, 12]),
    ("3家企业年产量均在100万吨以上。", [3]),
])
def test_zh_bound_each_counted_member_passes(text: str, counts: list[int]) -> None:
    found = metrics(text, "zh", DAY)
    assert [m.value for m in found] == counts
    assert all(m.unit == "count" for m in found)


@pytest.mark.parametrize("text", [
    "5家企业营业收入合计超过1000亿元。",   # (their sum)
    "2家企业平均营收超过500亿元。",         # (an average)
    "5家企业营业收入达到1000亿元。",       # (no bound)
    "规上企业营业收入超过1000亿元。",       # (no count)
])
def test_zh_amounts_that_are_no_member_bound(text: str) -> None:
    assert any(m.unit == "CNY" for m in metrics(text, "zh", DAY))


# --- a running total of filings ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "2025年，全国累计有302款生成式人工智能服务完成备案。",
    "2025年，全国累计已有302款生成式人工智能服务完成备案。",
])
def test_zh_running_total_of_filings_is_a_stock(text: str) -> None:
    m = metrics(text, "zh", DAY)[0]
    assert (m.value, m.period, m.as_of) == (302, None, "2025-12")


@pytest.mark.parametrize("text, period", [
    ("2025年，46个新原料完成备案。", "2025"),
    ("今年以来，累计有46个新原料完成备案。", "2026-Q1"),   # (the year so far: a flow)
])
def test_zh_filings_over_a_span_stay_a_flow(text: str, period: str) -> None:
    m = metrics(text, "zh", DAY)[0]
    assert (m.period, m.as_of) == (period, None)
