"""Metric times, pass 12: four constructions whose figures took a time from the wrong place.

* A goal's horizon written after a bracketed currency conversion and what the figure measures
  ("exceed 1 trillion yuan (about 140.6 billion U.S. dollars) in scale by 2030") is the figure's,
  not a horizon an earlier goal of the clause named.
* A change and the level it brought ("rose 18.7% to $24.3 billion in the first four months of
  2026") share the time written after the level, not a time of the clause before.
* A tonnage names what it weighs after the figure ("5.9亿吨粗钢产能", "18.6 million tons of new
  steelmaking capacity"): capacity is a stock, dated as of a time, whatever the words before say.
* A share of a stock (an order book, users, base stations) with only a period carried to it
  (1—5月，…手持订单量分别占全球总量的…63.4%) is dated at the end of that period, as the stock is;
  shares of the flows beside it keep the period.
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics


def _find(text: str, lang: str, published: date, value: float):
    found = [m for m in metrics(text, lang, published) if m.value == value]
    assert found, [(m.value, m.unit) for m in metrics(text, lang, published)]
    return found[0]


# 1. A horizon after a bracketed conversion and "in scale"
@pytest.mark.parametrize("text, value, horizon", [
    ("The guideline set a goal of more than 5 million users by 2027 and called for the industry to exceed "
     "800 billion yuan (about 112 billion U.S. dollars) in scale by 2030.", 800e9, "2030"),
    ("The plan sets a target of 300 smart factories by 2026 and expects the market to top 2 trillion yuan "
     "(roughly $280 billion) in annual revenue by 2029.", 2e12, "2029"),
    ("The ministry aims to have 50 demonstration zones by 2027 and to lift the sector above 500 billion yuan "
     "(some $70 billion) in output value by 2031.", 500e9, "2031"),
    ("It set goals of 12 million charging points by 2028 and of industry revenue reaching 1.5 trillion yuan "
     "(about 210 billion dollars) in size by 2032.", 1.5e12, "2032"),
])
def test_a_horizon_after_a_bracketed_conversion_and_what_it_measures(text, value, horizon):
    m = _find(text, "en", date(2026, 11, 19), value)
    assert (m.status, m.period or m.as_of) == ("target", horizon), (m.status, m.period, m.as_of)


# 2. A change and the level it brought share the time written after the level
@pytest.mark.parametrize("text, published, rate, period", [
    ("Its output value exceeded 1.4 trillion yuan last year, the ministry has said, and customs data showed "
     "battery exports rose 18.7% to $24.3 billion in the first four months of 2026.",
     date(2026, 6, 12), 18.7, "2026-01/2026-04"),
    ("Sales hit 3 million units in 2025, and exports fell 4.5 percent year on year to 1.2 million units in the "
     "first quarter of 2026.", date(2026, 4, 20), -4.5, "2026-Q1"),
    ("Revenue reached 900 billion yuan last year, the association said, while exports climbed 12 percent "
     "to about 85 billion yuan in the first half of 2025.", date(2025, 8, 10), 12.0, "2025-01/2025-06"),
    ("Output stood at 2.2 million tonnes in 2024, and shipments rose 9.6 percent to 410,000 tonnes in "
     "the first five months of 2025.", date(2025, 6, 18), 9.6, "2025-01/2025-05"),
])
def test_a_change_takes_the_time_written_after_the_level_it_brought(text, published, rate, period):
    m = _find(text, "en", published, rate)
    assert (m.measure, m.period) == ("yoy_growth", period), (m.measure, m.period, m.as_of)


def test_a_from_to_pair_keeps_its_first_figure_own_time():
    # (the first figure of "from X to Y in <time>" is the base, not the time after the second)
    found = metrics("Exports grew from 200 billion yuan in 2016 to 500 billion yuan in 2020.", "en",
                    date(2021, 3, 1))
    assert [(m.value, m.period) for m in found] == [(200e9, "2016"), (500e9, "2020")]


# 3. Capacity in tonnes, named after the figure, is a stock
@pytest.mark.parametrize("text, lang, published, value", [
    ("2025年，石化行业重点产品能效达到标杆水平以上的产能占比达到30%左右；钢铁行业已有超过5.9亿吨粗钢产能完成全流程超低排放改造。",
     "zh", date(2026, 3, 12), 5.9e8),
    ("2024年，全省水泥产量下降5%；已有3200万吨水泥熟料产能完成超低排放改造。", "zh", date(2025, 2, 20), 3.2e7),
    ("1—9月，全国粗钢产量7.5亿吨，同比下降2%。河北省已有1.2亿吨炼钢产能完成改造。", "zh", date(2025, 10, 20), 1.2e8),
    ("Crude steel output fell 2.1 percent in the first nine months. Hebei approved 11 plans, under which "
     "12.4 million tons of new steelmaking capacity will replace older furnaces.", "en", date(2026, 11, 6), 12.4e6),
    ("Cement output dropped 6 percent in the first half. Shandong has approved swaps covering "
     "8.5 million tonnes of clinker capacity.", "en", date(2026, 7, 20), 8.5e6),
])
def test_a_tonnage_of_capacity_named_after_the_figure_is_a_stock(text, lang, published, value):
    m = _find(text, lang, published, value)
    assert m.period is None and m.as_of is not None, (m.period, m.as_of)


def test_a_tonnage_of_output_named_after_the_figure_stays_a_flow():
    m = _find("1—9月，全国生产7.5亿吨粗钢，同比下降2%。", "zh", date(2025, 10, 20), 7.5e8)
    assert m.period == "2025-01/2025-09", (m.period, m.as_of)


# 4. A share of a stock with only a period carried to it
@pytest.mark.parametrize("flow, flows, stock, month", [
    ("全国造船完工量1800万载重吨", "造船完工量、新接订单量", "手持订单量", 5),
    ("新能源汽车产量500万辆", "新能源汽车产量、销量", "保有量", 7),
    ("光伏组件出口额1200亿元", "光伏组件出口额、产值", "库存量", 9),
])
def test_a_list_member_share_of_a_stock_after_a_carried_period_is_as_of_its_end(flow, flows, stock, month):
    published = date(2025, month + 1, 20)
    text = f"1—{month}月，{flow}，同比增长10%。{flows}和{stock}分别占全球总量的53.1%、68.9%和63.4%。"
    period = f"2025-01/2025-{month:02d}"
    shares = [(m.value, m.period, m.as_of) for m in metrics(text, "zh", published) if m.value in (53.1, 68.9, 63.4)]
    assert shares == [(53.1, period, None), (68.9, period, None), (63.4, None, f"2025-{month:02d}")], shares


@pytest.mark.parametrize("text, published, as_of", [
    ("1—5月，全国造船完工量1800万载重吨，同比增长10%。手持订单量占全球总量的63.4%。", date(2025, 6, 20), "2025-05"),
    ("一季度，5G基站新增8万个。5G基站占移动基站总数的36.8%。", date(2025, 4, 20), "2025-03"),
    ("1—8月，电信业务收入累计完成1.2万亿元。5G移动电话用户占移动电话用户的57.2%。", date(2025, 9, 20), "2025-08"),
])
def test_a_share_of_a_stock_after_a_carried_period_is_as_of_its_end(text, published, as_of):
    share = [m for m in metrics(text, "zh", published) if m.unit == "percent" and m.measure == "share"]
    assert [(m.period, m.as_of) for m in share] == [(None, as_of)], [(m.value, m.period, m.as_of) for m in share]


def test_a_share_of_additions_after_a_carried_period_keeps_the_period():
    text = "1—5月，全国造船完工量1800万载重吨，同比增长10%。新接订单量占全球总量的68.9%。"
    share = [m for m in metrics(text, "zh", date(2025, 6, 20)) if m.value == 68.9]
    assert [(m.period, m.as_of) for m in share] == [("2025-01/2025-05", None)]


@pytest.mark.parametrize("text", [
    "Crude steel output fell 3 percent to 950 million tons in the first nine months as capacity cuts took effect.",
    "Cement output slipped to 1.2 billion tonnes in the first nine months while idle capacity was shut.",
])
def test_capacity_named_further_on_is_not_the_tonnage_own_noun(text):
    tonnage = [m for m in metrics(text, "en", date(2025, 10, 20)) if m.unit == "tonne"]
    assert [m.period for m in tonnage] == ["2025-01/2025-09"], [(m.value, m.period, m.as_of) for m in tonnage]


@pytest.mark.parametrize("members, whole", [
    ("their completions and order backlogs", "global market share"),
    ("completions and order books", "the world total"),
])
def test_an_english_list_dates_each_member_share_by_its_own_words(members, whole):
    text = (f"China's shipbuilders received new orders accounting for 70.1 percent of the world's total in the "
            f"first three months, while {members} took 51.2 percent and 62.4 percent of {whole}, respectively.")
    shares = {m.value: (m.period, m.as_of) for m in metrics(text, "en", date(2025, 4, 17))}
    assert shares[51.2] == ("2025-Q1", None) and shares[62.4] == (None, "2025-03"), shares


@pytest.mark.parametrize("text, value", [
    ("Hebei approved 11 plans, under which 12.4 million tons of new steelmaking capacity will replace "
     "15.1 million tons of old capacity.", 15.1e6),
    ("Jiangsu approved four swaps, under which 3.2 million tonnes of newly built capacity would replace "
     "4.0 million tonnes of older capacity.", 4.0e6),
])
def test_new_in_the_noun_of_the_figure_before_is_no_cue_of_the_next(text, value):
    # (the capacity replaced is a stock, not additions: "new" belongs to the first figure's noun)
    m = _find(text, "en", date(2026, 11, 6), value)
    assert (m.measure, m.period) == ("level", None), (m.measure, m.period, m.as_of)
