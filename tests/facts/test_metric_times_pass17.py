"""Metric times, pass 17: spans and cues that leaked into later sentences (sentences written for these
tests, in the styles of company profiles, wire copy and provincial reports).

* A count of years closing the clause of a verb of lasting (已在行业深耕近30年。 从事研发近20年，…;
  已有近三十年的历史) is a duration, no span of years: the figures of the next sentences are not of
  1995/2024. A span opening its clause (近5年，… / 全省近5年，…), before its figures (全省近5年累计…)
  or with 来/间 stays one.
* A time told as when something began, inside its sentence (该项目于2017年启动; "The programme was
  launched in 2017") dates that act, not the figures of the sentences after it; a year opening its
  sentence (2017年，… / "In 2017, …") still sets their period (devset README, Time).
* "annual average" / "average annual" is a compound-growth cue only of a change or right before the
  figure ("average annual growth of", "an annual average of"), not of an "annual average
  temperature" or "wage" in the sentence.
* A time in a later clause that looks ahead ("…, and will rise further next year"; …，明年将继续增长)
  dates that view, not a figure told as done before it.
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics

PUB = date(2025, 6, 10)


def _time(text: str, lang: str, value: float, published: date = PUB):
    found = [m for m in metrics(text, lang, published) if m.value == value]
    assert len(found) == 1, [(m.value, m.measure, m.period, m.as_of) for m in metrics(text, lang, published)]
    return found[0].period, found[0].as_of


# --- 1. a duration is no span of years ------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("公司已在行业深耕近30年。公司实现营业收入12亿元，同比增长15%。", 15),
    ("该企业从事轴承研发近20年，产品远销海外。企业销售收入增长12%。", 12),
    ("集团已有近三十年的历史。营业收入增长8%。", 8),
    ("这家企业扎根县城过去二十年，如今已是龙头。企业利润增长9%。", 9),
    ("全省工业增加值已连续增长近5年。产量增长6%。", 6),
])
def test_a_duration_is_not_carried_as_a_span(text, value):
    period, _ = _time(text, "zh", value)
    assert period is None or "/" not in period


@pytest.mark.parametrize("text, value", [
    ("近5年，全省工业增加值年均增长8%。", 8),
    ("全省近5年，工业增加值年均增长8%。", 8),
    ("全省近5年累计完成投资1200亿元。", 1200e8),
    ("过去5年，全市累计新增企业3000家。", 3000),
    ("在过去5年，全市累计新增企业3000家。", 3000),
    ("公司成立近30年来，累计出口设备2000台。", 2000),
])
def test_a_span_of_years_stays_one(text, value):
    period, _ = _time(text, "zh", value)
    assert period is not None and "/" in period


# --- 2. the time something began --------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, value", [
    ("该项目于2017年启动。项目累计带动投资120亿元。", "zh", 120e8),
    ("示范区于2019年3月正式挂牌。区内企业营业收入增长18%。", "zh", 18),
    ("该基地在2020年建成投产。基地产值增长15%。", "zh", 15),
    ("The programme was launched in 2017. It has attracted investment of 12 billion yuan.", "en", 12e9),
    ("The plant began operating in 2019. Output rose 12 percent.", "en", 12),
    ("The alliance was founded in 2018. Its members' exports grew 9 percent.", "en", 9),
])
def test_a_start_year_is_not_carried(text, lang, value):
    period, _ = _time(text, lang, value)
    assert period is None


@pytest.mark.parametrize("text, lang, value, period", [
    # (a year opening its sentence still sets the period of the next ones)
    ("2017年，该项目启动。项目带动投资120亿元。", "zh", 120e8, "2017"),
    ("In 2017, the programme was launched. Investment totalled 12 billion yuan.", "en", 12e9, "2017"),
    # (a year of figures, not of a start)
    ("Output rose 8 percent in 2017. Exports grew 5 percent.", "en", 5, "2017"),
    ("该项目于2017年完成投资80亿元。项目带动投资增长20%。", "zh", 20, "2017"),
    # (within its own sentence the start year keeps its old reading)
    ("该基地于2019年3月正式开工，总投资50亿元。", "zh", 50e8, "2019-03"),
])
def test_near_misses_of_the_start_year(text, lang, value, period):
    assert _time(text, lang, value)[0] == period


# --- 3. "annual average" of something else --------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("The system keeps the annual average temperature at 22 degrees and cuts cooling costs by 30 percent.", 30),
    ("With an annual average rainfall of 600 mm, the region lifted grain output 4 percent.", 4),
    ("The annual average wage rose 8 percent last year.", 8),
])
def test_annual_average_of_something_else_is_no_cagr(text, value):
    found = [m for m in metrics(text, "en", PUB) if abs(m.value) == value]  # (a cut is negative)
    assert found and found[0].measure != "cagr"


@pytest.mark.parametrize("text, value", [
    ("Exports grew at an average annual rate of 8 percent.", 8),
    ("Revenue grew at an annual average of 9 percent over five years.", 9),
    ("Sales posted average annual growth of 7 percent.", 7),
    ("Revenue rose at an average annual 6.5 percent.", 6.5),
    ("The sector's average annual revenue growth was 11 percent.", 11),
])
def test_annual_average_of_a_change_is_cagr(text, value):
    found = [m for m in metrics(text, "en", PUB) if m.value == value]
    assert found and found[0].measure == "cagr"


# --- 4. a later clause's view ahead ---------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, value", [
    ("Output rose 5%, and will rise further next year.", "en", 5),
    ("Output rose 5%, a pace that is expected to continue next year.", "en", 5),
    ("Sales grew 12 percent, and the association expects growth to slow in 2026.", "en", 12),
    ("产量增长5%，明年将进一步增长。", "zh", 5),
    ("全省产量增长5%，预计明年增速有望达到7%。", "zh", 5),
])
def test_a_view_ahead_in_a_later_clause_does_not_date_a_done_figure(text, lang, value):
    period, _ = _time(text, lang, value)
    assert period not in ("2026",)


@pytest.mark.parametrize("text, lang, value, period", [
    # (the figure's own clause looks ahead: the time is its horizon)
    ("Output is expected to rise 5%, and exports will pick up next year.", "en", 5, "2026"),
    ("Revenue of 5 billion yuan is expected next year.", "en", 5e9, "2026"),
    ("全省产量增长5%，预计明年增速有望达到7%。", "zh", 7, "2026"),
    # (a goal's figure: the later clause's horizon is the goal's too; heldout4 H69's construction)
    ("The plan targets average annual growth of around 6 percent in output over the three years, and aims for "
     "revenue to exceed 5 trillion yuan in 2027.", "en", 6, "2025/2027"),
    ("The province seeks growth of 6 percent in output, and will build 10 new parks next year.", "en", 6, "2026"),
    # (a later clause telling the past keeps dating the figure)
    ("Output rose 5%, and exports picked up in the second half of 2024.", "en", 5, "2024-07/2024-12"),
])
def test_near_misses_of_the_view_ahead(text, lang, value, period):
    assert _time(text, lang, value)[0] == period
