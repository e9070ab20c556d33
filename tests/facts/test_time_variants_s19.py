"""Metric times on variants of past blind misses (session 19): the fixes made when heldout11…18
were studied, tried on other wordings of the same constructions, and widened where they were narrow.

* A change "since early/mid/late YEAR" runs from then to now: the year is the change's base, as
  after "since YEAR" alone, and the figure is no level of that year (periods._EN_COMPARISON_BEFORE).
* A price named before an appositive ("Prices of DMC, the most widely traded silicone intermediate,
  have fallen 40% since the start of the year") is the clause's subject: its change since a point is
  stated as of now, as without the aside (timeline._EN_PRICE_BEFORE_ASIDE).
* A "home to N makers" aside may open the sentence ("Home to more than 300 makers, Taizhou produced
  … last year"): the count is the place's now, not last year's (timeline._EN_HOME_TO_ASIDE).

Second pass, the classes the first left:

* "Since YEAR," fronted before a change (a price after its appositive, "the cost of …"): as of now,
  as with the year after the figure (metrics._EN_SINCE_YEAR_OPENING, _en_since_before_price_aside).
* An age or size bound ("aged 60 or above", "and over") is no comparison word: the time after it
  dates the figure (periods._EN_COMPARISON_BEFORE).
* A multiple of a base year's figure ("2.1 times the number in 2027"): the year is the base's.
* 于2019年启动，此后累计… / 从2019年开始…累计: a running total since then, as of the statement
  (metrics._ZH_STARTED_THEN).
* 从行业分布看, 从地区结构看 break down the figures just reported, as 分行业看 does (timeline._ZH_BREAKDOWN);
  entrants so broken down after a list's own count stay the list's (metrics, ctx.list_period).
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.facts.metric_helpers import metrics, time_of

PUB = date(2032, 7, 16)


def _time(text: str, value: float) -> str | None:
    found = [m for m in metrics(text, "en", PUB) if abs(m.value - value) < 1e-6]
    assert found, [(m.value, m.quote) for m in metrics(text, "en", PUB)]
    return time_of(found[0])


@pytest.mark.parametrize("text", [
    "DMC prices have declined about 40% since early 2028, the official said.",
    "DMC prices have declined about 40% since mid-2028.",
    "The price of polysilicon has dropped 40 percent since late 2030.",
    "Spot prices for lithium carbonate are down 40% since early 2029, traders said.",
])
def test_change_since_part_of_a_year_is_as_of_now(text):
    value = -40.0
    assert _time(text, value) == "2032-07"


@pytest.mark.parametrize("text, value, want", [
    # near-misses: a part of a year that is the figure's own time, not a base
    ("Output rose 12% in early 2032.", 12.0, "2032"),
    ("Prices were 40% higher in mid-2031 than a year earlier.", 40.0, "2031"),
])
def test_part_of_a_year_of_its_own_is_kept(text, value, want):
    assert (_time(text, value) or "").startswith(want)


@pytest.mark.parametrize("text", [
    "Prices of DMC, the most widely traded silicone intermediate, have dropped by roughly 40% since the start of the year.",
    "Prices of lithium carbonate, a key battery material, fell 40% since the start of the year.",
    "Prices of rare-earth oxides, one of the industry's main costs, have risen 40% since January.",
    "Prices of solar modules, the industry's main product, have fallen 40% since the start of the year.",
])
def test_price_before_an_appositive_changes_as_of_now(text):
    found = [m for m in metrics(text, "en", PUB) if abs(abs(m.value) - 40.0) < 1e-6]
    assert found and found[0].as_of == "2032-07" and found[0].period is None, \
        [(m.value, m.period, m.as_of) for m in found]


@pytest.mark.parametrize("text", [
    # near-misses: a volume after the aside, or another subject in the clause, stays a flow
    "Output of DMC, the most widely traded silicone intermediate, has grown 40% since the start of the year.",
    "Shipments of DMC, the main silicone product, have grown 40% since the start of the year.",
    "Exports of lithium carbonate, a key battery material, rose 40% since the start of the year.",
])
def test_volume_after_an_appositive_stays_a_flow(text):
    found = [m for m in metrics(text, "en", PUB) if abs(m.value - 40.0) < 1e-6]
    assert found and found[0].period == "2032-01/2032-07", [(m.value, m.period, m.as_of) for m in found]


@pytest.mark.parametrize("text", [
    "Home to more than 300 sewing equipment makers, Taizhou in Zhejiang province produced about two-thirds of the country's industrial sewing machines last year.",
    "Home to Jack Technology and more than 300 other sewing equipment makers, Taizhou produced 5 million machines last year.",
    "Now home to more than 300 sewing equipment makers, Taizhou produced 5 million machines in 2031.",
    "Taizhou in Zhejiang province, home to more than 300 sewing equipment makers, produced 5 million machines last year.",
])
def test_home_to_aside_opening_the_sentence_is_now(text):
    assert _time(text, 300.0) == "2032-07"


@pytest.mark.parametrize("text, value, want", [
    # near-misses: the aside's own date is kept; the flow after it keeps last year
    ("Home to more than 300 makers at the end of 2030, Taizhou produced 5 million machines last year.", 300.0, "2030-12"),
    ("Home to more than 300 makers, Taizhou produced 5 million machines last year.", 5_000_000.0, "2031"),
    ("Taizhou produced 300 machines last year.", 300.0, "2031"),
])
def test_home_to_near_misses(text, value, want):
    assert (_time(text, value) or "").startswith(want)


# --- second pass (session 19): the classes the first pass left ---------------------------------

def _found(text: str, lang: str, value: float, published: date = PUB):
    found = [m for m in metrics(text, lang, published) if abs(m.value - value) < 1e-6]
    assert found, [(m.value, m.quote) for m in metrics(text, lang, published)]
    return found[0]


@pytest.mark.parametrize("text, value", [
    # E: "Since YEAR," fronted: a change from then up to now, not of a period carried from before
    ("Output rose 8.4% last year.\n\nSince 2028, prices of DMC, the most widely traded silicone intermediate, have fallen about 40%.", -40.0),
    ("Output rose 8.4% last year.\n\nSince 2025, the cost of launches has dropped by about 40 percent, he said.", -40.0),
    ("Output rose 8.4% last year.\n\nSince early 2029, launch costs have fallen 40 percent.", -40.0),
    ("Sales rose 5% in the first nine months.\n\nSince 2025, the price of a kilogram of payload has fallen about 40 percent.", -40.0),
])
def test_change_since_a_fronted_year_is_as_of_now(text, value):
    m = _found(text, "en", value)
    assert m.as_of == "2032-07" and m.period is None, (m.measure, m.period, m.as_of)


def test_price_before_an_appositive_after_a_since_opening_is_a_change_since():
    text = "Since 2028, prices of DMC, the most widely traded silicone intermediate, have fallen about 40%."
    assert _found(text, "en", -40.0).measure == "growth"


@pytest.mark.parametrize("text, value, want", [
    # near-misses: a clause with a time of its own keeps it; a year without the comma is no opening
    ("Since 2028, the company has expanded, and revenue rose 12% in 2031.", 12.0, "2031"),
    ("Output rose 8.4% last year.\n\nIn 2028, prices of DMC fell about 40%.", -40.0, "2028"),
])
def test_fronted_since_near_misses(text, value, want):
    assert (time_of(_found(text, "en", value)) or "").startswith(want)


@pytest.mark.parametrize("text, value, want", [
    # L: an age bound ("60 or above") is no comparison's base: the time after it is the figure's
    ("China had about 310 million people aged 60 or above at the end of last year, accounting for 22.1 percent "
     "of the population, according to data released by the National Bureau of Statistics in January.", 310e6, "2031-12"),
    ("China had 310 million people aged 60 and above at the end of 2031.", 310e6, "2031-12"),
    ("The country had 31 million people aged 80 or over at the end of last year.", 31e6, "2031-12"),
    ("There were 12 million workers 65 years or older at the end of 2031.", 12e6, "2031-12"),
])
def test_age_bound_then_a_time_is_the_figures_time(text, value, want):
    assert time_of(_found(text, "en", value)) == want


@pytest.mark.parametrize("text, value, want", [
    # near-misses: below/above/over a time itself is still the base
    ("Output was 12% below 2027 levels.", -12.0, "2032-07"),
    ("Prices were 5% above the end of last year.", 5.0, "2032-07"),
])
def test_above_a_time_is_still_a_base(text, value, want):
    assert time_of(_found(text, "en", value)) == want


@pytest.mark.parametrize("text", [
    # G: a multiple of a base year's figure is of the time of the figure it multiplies
    "Chinese shipyards delivered 286 new-energy inland vessels last year, 2.1 times the number in 2027.",
    "Last year Chinese shipyards delivered 286 vessels, 2.1 times as many as in 2027.",
    "Shipyards delivered 286 vessels in 2031, 2.1 times that of 2027.",
    "Output reached 286 million tonnes in 2031, 2.1 times the 2027 level.",
])
def test_multiple_of_a_base_year_takes_the_figures_time(text):
    assert time_of(_found(text, "en", 2.1)) == "2031"


@pytest.mark.parametrize("text, value, want", [
    # near-misses: a multiple over a year of its own keeps that year
    ("Output grew 2.1 times in 2027.", 2.1, "2027"),
    ("Sales in 2029 were 2.1 times higher than in 2027.", 2.1, "2029"),
])
def test_multiple_with_its_own_year(text, value, want):
    assert (time_of(_found(text, "en", value)) or "").startswith(want)


ZH_PUB = date(2028, 7, 16)


@pytest.mark.parametrize("text, value", [
    # D: a running total after the year something began, 此后/开始: as of the statement
    ("据介绍，工业节能诊断服务于2019年启动，此后累计为超过2.6万家企业提供诊断服务。", 26000.0),
    ("据介绍，从2019年开始，工业节能诊断服务累计已为超过2.6万家企业提供了诊断服务。", 26000.0),
    ("该平台于2020年正式上线，累计服务中小企业3.2万家。", 32000.0),
    ("该专项行动在2021年启动实施，截止目前累计完成改造项目560个。", 560.0),
])
def test_running_total_after_a_start_year_is_as_of_now(text, value):
    m = _found(text, "zh", value, ZH_PUB)
    assert m.as_of == "2028-07" and m.period is None, (m.measure, m.period, m.as_of)


@pytest.mark.parametrize("text, value, want", [
    # near-misses: no start verb, no running total, or a time of the total's own
    ("2019年，工业节能诊断服务累计为2.6万家企业提供诊断服务。", 26000.0, "2019-12"),
    ("该服务于2019年启动，当年为2.6万家企业提供诊断服务。", 26000.0, "2019"),
    ("从2019年开始，每年新增企业300家。", 300.0, "2019"),
])
def test_start_year_near_misses(text, value, want):
    assert (time_of(_found(text, "zh", value, ZH_PUB)) or "").startswith(want)


_ZH_DATED = "截至2028年5月底，全国标识注册量达到3200亿。\n\n"


@pytest.mark.parametrize("text", [
    # B: a breakdown in a later paragraph is of the figures just reported
    _ZH_DATED + "从行业分布看，装备制造、电子信息和汽车行业的标识注册量占比分别为24.6%、17.3%、12.9%。",
    _ZH_DATED + "从地区结构看，东部、中部、西部地区占比分别为24.6%、31.5%和27.9%。",
    _ZH_DATED + "分行业看，装备制造、电子信息行业占比分别为24.6%和17.3%。",
])
def test_breakdown_openings_take_the_reported_time(text):
    assert time_of(_found(text, "zh", 24.6, ZH_PUB)) == "2028-05"


@pytest.mark.parametrize("opening", ["分区域看，", "从区域分布看，", "从地区分布来看，"])
def test_breakdown_of_entrants_stays_the_lists(opening):
    # (entrants broken down after the list's own count are the list's, not of a year another figure
    # was given for in between)
    text = ("现确定某某公司等32个集群为2026年度省级特色产业集群。2025年集群主导产业产值合计约9860亿元。"
            + opening + "深圳、东莞两市分别入选5个和4个集群。")
    later = [m for m in metrics(text, "zh", date(2026, 7, 16)) if m.measure == "additions"][1:]
    assert [(m.value, m.period) for m in later] == [(5, "2026"), (4, "2026")]


def test_of_which_list_after_a_running_total_since_a_year_is_now():
    # (near-miss, heldout14 H190: 其中 after a running total since 2019 is as of now, not the time of
    # a deadline named a paragraph before)
    text = ("7月12日，工业和信息化部印发通知，诊断机构遴选工作将于8月底前结束。\n\n"
            "据介绍，自2019年启动以来，工业节能诊断服务累计为超过2.6万家企业提供诊断服务。"
            "其中，江苏、浙江、山东三省接受诊断的企业数量分别为2860家、2410家和2150家。")
    assert time_of(_found(text, "zh", 2860.0, ZH_PUB)) == "2028-07"


# --- third pass (session 19): H, I and F, the classes the variant passes left ------------------

TARGET_PUB = date(2028, 8, 20)


@pytest.mark.parametrize("text", [
    # I: 到YEAR年 after the subject, the base after 比: the horizon is the figure's, 比 names the base
    "《计划》提出，电机单位产品综合能耗到2031年比2028年下降12%，高效节能电机占比达到70%。",
    "电机单位产品综合能耗到2031年比2028年下降12%。",
    "方案要求，全省单位工业增加值能耗到2031年比上年下降12%。",
])
def test_zh_horizon_before_a_base_after_bi_is_the_figures(text):
    m = _found(text, "zh", -12.0, TARGET_PUB)
    assert time_of(m) == "2031" and m.status == "target", (m.period, m.as_of, m.status)


@pytest.mark.parametrize("text, value, want", [
    # near-misses: a base after its own 与 (与2020年比), and a past year before 比上年, keep their readings
    ("与2020年比，产量增长12%。", 12.0, "2028-08"),
    ("产量与2020年比增长12%。", 12.0, "2028-08"),
    ("全省工业增加值2027年比上年增长12%。", 12.0, "2027"),
])
def test_zh_base_after_bi_near_misses(text, value, want):
    assert time_of(_found(text, "zh", value, TARGET_PUB)) == want


@pytest.mark.parametrize("text", [
    # I: "By then," opening the sentence after a horizon named in the one before
    "The guideline sets 2030 as the deadline. By then, water consumption per tonne of paper should fall 20 percent from 2025 levels.",
    "The plan runs to 2030. By then, water consumption per tonne of paper should fall 20 percent from 2025 levels.",
    "The guideline sets a goal for 2030. By then, water consumption per tonne of paper should fall 20 percent.",
    "The plan runs to 2030; by then, water consumption per tonne of paper should fall 20 percent from 2025 levels.",
])
def test_by_then_opening_takes_the_horizon_before(text):
    m = _found(text, "en", -20.0, TARGET_PUB)
    assert time_of(m) == "2030" and m.status == "target", (m.period, m.as_of, m.status)


@pytest.mark.parametrize("text, value, want, status", [
    # near-misses: "by then" of a past time is no goal; an analyst's view stays a forecast;
    # "by then-minister" is no "by then"
    ("The plant opened in 2027. By then, output had risen 20 percent from 2025 levels.", 20.0, "2028-08", "actual"),
    ("The plan runs to 2030. By then, sales could reach 20 billion yuan, analysts said.", 20e9, "2030", "forecast"),
    ("The plan runs to 2030. Output rose 5 percent last year, when by then-minister Li opened 20 plants.", 5.0, "2027", "actual"),
])
def test_by_then_near_misses(text, value, want, status):
    m = _found(text, "en", value, TARGET_PUB)
    assert (time_of(m), m.status) == (want, status)


@pytest.mark.parametrize("text, value", [
    # I: a cut in the passive is a decline, dated by its horizon
    ("Water consumption per tonne of paper will be cut 20 percent from 2025 levels by 2030, the guideline says.", -20.0),
    ("Energy use per unit of output will be reduced by 20 percent by 2030.", -20.0),
    ("Costs were cut 10 percent last year.", -10.0),
])
def test_a_cut_in_the_passive_is_a_decline(text, value):
    m = _found(text, "en", value, TARGET_PUB)
    assert m.measure in ("growth", "yoy_growth"), m.measure


@pytest.mark.parametrize("text", [
    # near-misses: a share of what is cut is no change
    "About 20 percent of the budget will be cut.",
    "The tariff on 30 percent of imports will be cut to zero.",
])
def test_a_share_of_what_is_cut_stays_a_share(text):
    assert all(m.measure == "share" for m in metrics(text, "en", TARGET_PUB) if m.unit == "percent")


PLACE_PUB = date(2032, 5, 20)


@pytest.mark.parametrize("text, value", [
    # F: what a place holds beside what it did in a named time: the holding is now
    ("Taizhou in Zhejiang province has more than 300 sewing equipment makers and produced about two-thirds of the country's industrial sewing machines last year.", 300.0),
    ("Taizhou, a city in Zhejiang province with more than 300 sewing equipment makers, produced about two-thirds of the country's industrial sewing machines in 2031.", 300.0),
    ("Ningbo has about 120 mould makers and exported 3 million moulds in 2031.", 120.0),
    ("Foshan, an industrial city with some 500 furniture makers, sold 40 billion yuan of furniture last year.", 500.0),
])
def test_a_places_holding_beside_a_dated_act_is_now(text, value):
    assert time_of(_found(text, "en", value, PLACE_PUB)) == "2032-05"


@pytest.mark.parametrize("text, value, want", [
    # near-misses: a past "had", a time of the holding's own, and the act's figure keep their times
    ("Taizhou had more than 300 sewing equipment makers last year.", 300.0, "2031-12"),
    ("Taizhou has more than 300 sewing equipment makers at the end of last year and produced 2 million machines.", 300.0, "2031-12"),
    ("Foshan, a city with 500 furniture makers at the end of 2031, sold 40 billion yuan of furniture last year.", 500.0, "2031-12"),
    ("Ningbo has about 120 mould makers and exported 3 million moulds in 2031.", 3e6, "2031"),
])
def test_place_holding_near_misses(text, value, want):
    assert time_of(_found(text, "en", value, PLACE_PUB)) == want


LIST_PUB = date(2027, 8, 5)
_LIST_BEFORE = "7月28日，省工业和信息化厅公布第三批省级县域特色产业集群名单，新增集群35个。"


@pytest.mark.parametrize("text", [
    # H: a list published in a month told in the sentence before its entrants' count
    "今年5月，工业和信息化部公布了2027年度中小企业特色产业集群名单。我省18个集群入选，数量居全国前列。",
    "5月，工信部发布2027年度中小企业特色产业集群名单。全省共有18个集群入围。",
    "今年5月，工业和信息化部公示了2027年度中小企业特色产业集群名单。我省有18个集群入选。",
])
def test_entrants_after_a_list_published_in_a_month_are_of_it(text):
    assert time_of(_found(_LIST_BEFORE + text, "zh", 18.0, LIST_PUB)) == "2027-05"


def test_entrants_after_a_month_without_a_list_stay_the_lists():
    # (near-miss: a month with no list published keeps the entrants with the list counted before)
    text = _LIST_BEFORE + "5月，工信部召开会议。我省18个集群入选。"
    assert time_of(_found(text, "zh", 18.0, LIST_PUB)) == "2027-07"


def test_since_year_opening_a_volume_stays_a_change_of_the_carried_year():
    # (guard from the brief: a volume after "Since YEAR," and an appositive is no price)
    text = ("Output rose 8.4% last year.\n\nSince 2028, output of DMC, the most widely traded silicone "
            "intermediate, has risen 40%.")
    m = _found(text, "en", 40.0)
    assert m.period == "2031" and m.measure == "yoy_growth", (m.period, m.as_of, m.measure)
