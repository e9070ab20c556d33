"""Metric times and statuses, pass 15: the constructions heldout12's study left (sentences written
for these tests, in the styles of MIIT releases, wire copy and provincial reports).

* A change against last year's closing level (较上年末增长31.2%, 比去年底提高4.1个百分点, "up 38% from the
  end of last year") is `growth` (no year-on-year rate) and is dated as of the stock's date, as the
  gold of heldout4 (H63), heldout6 (H90, H97) and heldout12 (H158, H160, H166) labels it; net
  additions (较上年末净增) stay the flow of the year so far (devset 007, heldout2 H20).
* The volume of an act counted over a span or a year (标识解析量, API调用量, 日均解析量, "resolution
  queries", "API calls") is a flow over it, whatever verb states it (达到, "reached").
* A goal's yearly growth (or additions) under a plan with its own years, 《…行动计划（2027—2029年）》 /
  "an action plan for 2027-2029", runs from the plan's first year, not from the year of writing
  (heldout12 H158; heldout3 H40, heldout4 H56 and H58 agree, their plans starting the year they
  were written).
* A level set for a dated horizon still ahead (《通知》明确，到2028年底，…; "are to be relocated … by the
  end of 2027") is a target, whatever verb sets it out; a projection's cue makes it a forecast.
* English spans: "over 2026 and 2027" (2026/2027), "over the next three years" (from the year of
  writing), and a compound rate "from 2026" to a year named before it.

Left, as gold conventions conflict: 2021年以来…累计 tallies (devset 009, 026 and heldout6 H94 label a
tally since a year as a span; heldout12 H164 as a stock), 全年净增 (devset: net_increase is a flow's
period; heldout12 H166 as_of the year end).
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics


def _one(text: str, lang: str, published: date, value: float):
    found = [m for m in metrics(text, lang, published) if m.value == value]
    assert len(found) == 1, [(m.value, m.measure, m.period, m.as_of) for m in metrics(text, lang, published)]
    return found[0]


# --- 1. a change against last year's closing level ------------------------------------------------
@pytest.mark.parametrize("lang, text, published, value, as_of", [
    ("zh", "截至2026年10月底，标识注册量累计突破6800亿，较上年末增长31.2%。", date(2026, 12, 4), 31.2, "2026-10"),
    ("zh", "截至7月底，全国充电桩总数比去年底增长14.7%。", date(2026, 8, 10), 14.7, "2026-07"),
    ("zh", "截至6月末，全省工业互联网平台连接设备较去年末增长22%。", date(2026, 7, 20), 22, "2026-06"),
    ("zh", "截至9月底，全国5G基站总数比2025年底增长18.3%。", date(2026, 10, 20), 18.3, "2026-09"),
    # (the stock's date carried from the sentence before, into the piece before a ；)
    ("zh", "截至2026年10月底，我国已建成5个国家顶级节点，上线运营二级节点412个。标识注册量累计突破6800亿，较上年末增长31.2%；"
           "接入标识解析体系的企业超过58万家。", date(2026, 12, 4), 31.2, "2026-10"),
    ("en", "By the end of May, the number of charging piles was up 38% from the end of last year.", date(2026, 6, 10),
     38, "2026-05"),
    ("en", "The number of 5G users rose 12 percent from end-2025 to 1.1 billion at the end of April.", date(2026, 5, 20),
     12, "2026-04"),
    ("en", "Registered identifiers numbered 680 billion at the end of October, up 31.2 percent from the end of last year.",
     date(2026, 12, 4), 31.2, "2026-10"),
])
def test_growth_against_last_years_close_is_growth_as_of_the_stocks_date(lang, text, published, value, as_of):
    m = _one(text, lang, published, value)
    assert (m.measure, m.period, m.as_of) == ("growth", None, as_of)


@pytest.mark.parametrize("lang, text, published, value, as_of", [
    ("zh", "上半年，乡村地区新增充电桩48.6万个；全国已有96.3%的乡镇建成充电设施，较去年底提高4.1个百分点。",
     date(2026, 7, 31), 4.1, "2026-06"),
    ("en", "At the end of June, the utilisation rate stood at 76 percent, 5 percentage points higher than at the end "
           "of last year.", date(2026, 7, 20), 5, "2026-06"),
])
def test_point_changes_against_last_years_close_are_as_of(lang, text, published, value, as_of):
    m = _one(text, lang, published, value)
    assert (m.measure, m.period, m.as_of) == ("pp_change", None, as_of)


@pytest.mark.parametrize("lang, text, published, value, measure, period", [
    # (near-misses: net additions since the year end stay the year so far; a year-on-year change,
    # 较上年同期 or "from a year earlier", keeps its period)
    ("zh", "截至6月底，全国移动电话用户较上年末净增1993万户。", date(2026, 7, 20), 19930000, "net_increase",
     "2026-01/2026-06"),
    ("zh", "1—7月，充电桩产量较去年同期增长14.7%。", date(2026, 8, 10), 14.7, "yoy_growth", "2026-01/2026-07"),
    ("zh", "1—7月，充电桩产量较上年增长14.7%。", date(2026, 8, 10), 14.7, "yoy_growth", "2026-01/2026-07"),
    ("en", "Output rose 12 percent from a year earlier in the first five months.", date(2026, 6, 10), 12, "yoy_growth",
     "2026-01/2026-05"),
])
def test_near_misses_of_year_end_bases(lang, text, published, value, measure, period):
    m = _one(text, lang, published, value)
    assert (m.measure, m.period, m.as_of) == (measure, period, None)


# --- 2. volumes of acts over a span ----------------------------------------------------------------
@pytest.mark.parametrize("lang, text, published, value, period", [
    ("zh", "1—10月，标识解析量达到2156亿次，同比增长26.7%，日均解析量约7.1亿次。", date(2026, 12, 4), 215600000000,
     "2026-01/2026-10"),
    ("zh", "1—10月，标识解析量达到2156亿次，同比增长26.7%，日均解析量约7.1亿次。", date(2026, 12, 4), 710000000,
     "2026-01/2026-10"),
    ("zh", "前三季度，全国算力平台API调用量达到3.2万亿次。", date(2026, 10, 20), 3200000000000, "2026-01/2026-09"),
    ("zh", "2025年，平台交易量突破8600万笔。", date(2026, 1, 20), 86000000, "2025"),
    ("en", "In the first ten months, identifier resolution queries handled by the system reached 215.6 billion.",
     date(2026, 12, 4), 215600000000, "2026-01/2026-10"),
    ("en", "Identifier resolution queries totalled 215.6 billion in the first ten months.", date(2026, 12, 4),
     215600000000, "2026-01/2026-10"),
    ("en", "API calls on the platform hit 3.2 trillion in the first three quarters.", date(2026, 10, 20),
     3200000000000, "2026-01/2026-09"),
])
def test_volumes_of_acts_over_a_span_are_flows(lang, text, published, value, period):
    m = _one(text, lang, published, value)
    assert (m.period, m.as_of) == (period, None)


@pytest.mark.parametrize("lang, text, published, value, as_of", [
    # (near-misses: what is held, registered or in use, and facilities named with a verb's word)
    ("zh", "截至10月底，标识注册量累计突破6800亿。", date(2026, 12, 4), 680000000000, "2026-10"),
    ("zh", "1—10月，全国新能源汽车保有量达到3600万辆。", date(2026, 12, 4), 36000000, "2026-10"),
    ("zh", "截至10月底，全国已建成数据处理中心120个。", date(2026, 12, 4), 120, "2026-10"),
    ("en", "The country had 4.2 million 5G base stations at the end of October.", date(2026, 12, 4), 4200000, "2026-10"),
])
def test_near_misses_of_volumes(lang, text, published, value, as_of):
    m = _one(text, lang, published, value)
    assert (m.period, m.as_of) == (None, as_of)


# --- 3. yearly growth under a plan with its own years ----------------------------------------------
@pytest.mark.parametrize("lang, text, published, value, period", [
    ("zh", "工业和信息化部近日印发《工业互联网标识解析体系“贯通”行动计划（2027—2029年）》。《行动计划》提出，到2029年，"
           "二级节点数量达到600个以上，标识解析量年均增长20%左右。", date(2026, 12, 4), 20, "2027/2029"),
    ("zh", "《方案》（2027—2029年）提出，到2029年新建5G基站60万个。", date(2026, 12, 4), 600000, "2027/2029"),
    ("en", "The ministry issued an action plan for 2027-2029 on industrial internet identifiers. By 2029, resolution "
           "queries should grow at an average annual rate of about 20 percent.", date(2026, 12, 4), 20, "2027/2029"),
    ("en", "Under the plan (2027-2029), the ministry aims to add 300 new data centres by 2029.", date(2026, 12, 4), 300,
     "2027/2029"),
])
def test_yearly_growth_under_a_plan_runs_from_its_first_year(lang, text, published, value, period):
    m = _one(text, lang, published, value)
    assert (m.measure in ("cagr", "additions"), m.status, m.period) == (True, "target", period)


@pytest.mark.parametrize("lang, text, published, value, period", [
    # (near-misses: no plan's years, or a plan ending at another year: from the year of writing)
    ("zh", "工业和信息化部近日印发《算力基础设施行动方案》。方案提出，到2029年，算力规模年均增长20%左右。", date(2026, 12, 4), 20,
     "2026/2029"),
    ("zh", "《方案》（2024—2026年）已实施完毕。新方案提出，到2029年，算力规模年均增长20%左右。", date(2026, 12, 4), 20,
     "2026/2029"),
    ("en", "Under the plan, the ministry aims to add 300 new data centres by 2029.", date(2026, 12, 4), 300, "2026/2029"),
])
def test_near_misses_of_plan_years(lang, text, published, value, period):
    m = _one(text, lang, published, value)
    assert m.period == period


# --- 4. levels set for a dated horizon ahead ------------------------------------------------------
@pytest.mark.parametrize("lang, text, published, value, status", [
    ("zh", "《通知》明确，到2028年底，试点城市万兆光网覆盖家庭超过5000万户，50G PON端口达到100万个以上。", date(2026, 12, 18),
     50000000, "target"),
    ("zh", "《通知》明确，到2028年底，试点城市万兆光网覆盖家庭超过5000万户，50G PON端口达到100万个以上。", date(2026, 12, 18),
     1000000, "target"),
    ("zh", "通知要求，到2028年底，50G PON端口达到100万个以上。", date(2026, 12, 18), 1000000, "target"),
    ("zh", "到2027年6月底，全省工业互联网平台达到300个。", date(2026, 12, 18), 300, "target"),
    ("zh", "到2028年底，充电桩有望突破2200万个。", date(2026, 12, 18), 22000000, "forecast"),
    ("en", "Under the campaign, around 1,100 hazardous chemical plants in densely populated areas are to be relocated "
           "or shut down by the end of 2027.", date(2026, 3, 27), 1100, "target"),
    ("en", "Around 1,100 plants will be relocated by the end of 2027.", date(2026, 3, 27), 1100, "target"),
    ("en", "Around 1,100 plants could be relocated by the end of 2027.", date(2026, 3, 27), 1100, "forecast"),
])
def test_levels_for_a_dated_horizon_ahead_are_goals(lang, text, published, value, status):
    assert _one(text, lang, published, value).status == status


@pytest.mark.parametrize("lang, text, published, value", [
    # (near-misses: a year end already past, a stock dated now, and a goal in another clause)
    ("zh", "到2025年底，全国共建成5G基站425万个。", date(2026, 12, 18), 4250000),
    ("zh", "截至2026年11月底，50G PON端口达到10万个。", date(2026, 12, 18), 100000),
    ("en", "Around 1,100 plants were relocated by the end of 2025.", date(2026, 3, 27), 1100),
    ("en", "The city had 1,100 plants at the end of 2025, and more will be built by 2027.", date(2026, 3, 27), 1100),
])
def test_near_misses_of_dated_horizons(lang, text, published, value):
    assert _one(text, lang, published, value).status == "actual"


# --- 5. English spans ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, published, value, period", [
    ("Safety-related investment by chemical companies is expected to exceed 120 billion yuan over 2026 and 2027, the "
     "CPCIF estimated.", date(2026, 3, 27), 120000000000, "2026/2027"),
    ("Carmakers plan to invest 50 billion yuan across 2026 and 2027.", date(2026, 3, 27), 50000000000, "2026/2027"),
    ("The ministry expects investment of 80 billion yuan over the next three years.", date(2027, 1, 15), 80000000000,
     "2027/2029"),
    ("Local governments will spend 12 billion yuan on the programme in the coming five years.", date(2026, 4, 2),
     12000000000, "2026/2030"),
    ("Market research firm IDC expects China's intelligent computing capacity to reach 2,100 EFLOPS in 2028, growing "
     "at a compound annual rate of 42 per cent from 2026.", date(2027, 5, 12), 42, "2026/2028"),
])
def test_english_spans_of_years(text, published, value, period):
    m = _one(text, "en", published, value)
    assert (m.period, m.as_of) == (period, None)


@pytest.mark.parametrize("text, published, value, period", [
    # (near-misses: two years a year apart after "in" are two years; years further apart are no
    # pair; a rate from a year to another keeps that span)
    ("Exports rose 5 percent in 2024 and 2025.", date(2026, 3, 27), 5, "2024"),
    ("Investment reached 30 billion yuan over 2024 and 2026.", date(2026, 12, 27), 30000000000, "2026"),
    ("IDC expects the market to grow at a compound annual rate of 20 percent from 2025 to 2030.", date(2026, 3, 27), 20,
     "2025/2030"),
])
def test_near_misses_of_english_spans(text, published, value, period):
    assert _one(text, "en", published, value).period == period
