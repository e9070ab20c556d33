"""Metric times, pass 13: constructions whose figures took the wrong time or were missed.

* Cases handled or acts done over a quarter or the year so far (第三季度，…共受理用户申诉12.8万件;
  前三季度…累计拦截涉诈电话约3.2亿次) are flows over that span, 累计 or not, not stocks at its end.
* A count in words after "at least", before a size joined by a hyphen ("At least four
  8.6-generation OLED production lines"), is a count of the noun after the size (the size stays no figure);
  production lines (生产线) are a stock, as plants are, whatever their "production" suggests.
* A stock said with 已有 (by now) after a past year carried from the sentence before
  (2025年，…；钢铁行业已有超过5.9亿吨粗钢产能完成…改造, in 2026) is stated now, not at that year's end.
* The amount a stated amount "will replace" is a term of the swap, as it stands, not a goal
  ("18.6 million tons of new capacity will replace 22.3 million tons of old capacity").
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics


def _find(text: str, lang: str, published: date, value: float):
    found = [m for m in metrics(text, lang, published) if m.value == value]
    assert found, [(m.value, m.unit) for m in metrics(text, lang, published)]
    return found[0]


# 1. Cases handled over a quarter or the year so far
@pytest.mark.parametrize("text, published, value, period", [
    ("第三季度，电信用户申诉受理中心共受理用户申诉12.8万件，同比下降9.6%。", date(2026, 11, 6), 128000, "2026-Q3"),
    ("第二季度，某省通信管理局共受理用户投诉3.4万件，同比增长2.1%。", date(2025, 7, 20), 34000, "2025-Q2"),
    ("前三季度基础电信企业累计拦截涉诈电话约3.2亿次。", date(2026, 11, 6), 320000000, "2026-01/2026-09"),
    ("前三季度，各地市场监管部门累计查处违法案件1.5万件。", date(2025, 10, 28), 15000, "2025-01/2025-09"),
    ("上半年，全国累计拦截诈骗短信约6.8亿条。", date(2026, 7, 25), 680000000, "2026-01/2026-06"),
    ("1—10月，工业和信息化部累计下架违规应用1425款。", date(2026, 11, 15), 1425, "2026-01/2026-10"),
])
def test_cases_handled_over_a_reporting_span_are_a_flow(text, published, value, period):
    m = _find(text, "zh", published, value)
    assert (m.period, m.as_of) == (period, None), (m.period, m.as_of)


# 2. A count in words before a size joined by a hyphen, after "at least"
@pytest.mark.parametrize("text, value", [
    ("At least four 8.6-generation OLED production lines are under construction in Chengdu and Hefei.", 4),
    ("At least three 12-inch wafer fabs, with combined investment of 90 billion yuan, are being built in Wuxi.", 3),
    ("The province has at least six 10.5-generation LCD panel lines in operation.", 6),
    ("BOE has built five 6-generation flexible display lines since 2017.", 5),
    ("At least twelve 28-nanometre chip plants are planned across the country.", 12),
])
def test_a_word_count_before_a_hyphenated_size_is_counted(text, value):
    counts = [m for m in metrics(text, "en", date(2026, 4, 9)) if m.unit == "count"]
    assert [m.value for m in counts] == [value], [(m.value, m.unit) for m in counts]



# ... and production lines are a stock, not a flow of the year a paragraph before named
@pytest.mark.parametrize("lang, text, value", [
    ("en", "He expects the utilisation rate to stay at around 75 per cent this year.\n\n"
           "At least four OLED production lines are under construction in Chengdu.", 4),
    ("en", "Panel output rose 5 per cent this year.\n\nThe province has 12 production lines in operation.", 12),
    ("en", "Sales grew 8 percent this year, the association said.\n\nSome 35 chip production lines are in operation in the province.", 35),
    ("zh", "今年以来，全省工业产量增长5%。\n\n全省建成智能生产线120条。", 120),
    ("zh", "今年以来，全市汽车产量增长8%。\n\n全市建成数字化生产线45条。", 45),
])
def test_production_lines_are_a_stock(lang, text, value):
    m = _find(text, lang, date(2026, 4, 9), value)
    assert (m.period, m.as_of) == (None, "2026-04"), (m.period, m.as_of)


# 3. A stock said with 已有 (by now) after a past year carried from the sentence before
@pytest.mark.parametrize("text, published, value", [
    ("2025年，石化化工行业重点产品能效达到标杆水平以上的产能占比达到30%左右；钢铁行业已有超过5.9亿吨粗钢产能完成全流程超低排放改造。",
     date(2026, 3, 12), 590000000),
    ("2024年，全国建材行业能效标杆产能占比达到25%；水泥行业已有超过8亿吨熟料产能完成超低排放改造。",
     date(2025, 2, 18), 800000000),
    ("2025年，全国新建5G基站40万个。全国已有5G基站超过450万个。", date(2026, 2, 12), 4500000),
    ("2024年，我省新培育专精特新企业300家。全省已有国家级专精特新“小巨人”企业120家。", date(2025, 3, 5), 120),
])
def test_a_stock_said_with_yiyou_after_a_carried_past_year_is_stated_now(text, published, value):
    m = _find(text, "zh", published, value)
    assert (m.period, m.as_of) == (None, f"{published.year}-{published.month:02d}"), (m.period, m.as_of)


# 4. The replaced amount of a swap stated with the new one
@pytest.mark.parametrize("text, published, value", [
    ("Hebei's industry department on Wednesday approved 11 capacity-swap plans, under which 18.6 million tons of "
     "new steelmaking capacity will replace 22.3 million tons of old capacity.", date(2026, 11, 6), 22.3e6),
    ("Under the plans approved on Monday, 4.5 million tonnes of new cement clinker capacity will replace "
     "5.4 million tonnes of outdated capacity.", date(2025, 9, 10), 5.4e6),
    ("Jiangsu approved three swap projects in which 2.1 million tons of new capacity would replace "
     "2.6 million tons of existing capacity.", date(2026, 5, 20), 2.6e6),
    ("Under the scheme, 900,000 tonnes of electric-arc furnace capacity will be swapped for 1.2 million "
     "tonnes of blast furnace capacity.", date(2026, 3, 3), 1.2e6),
])
def test_the_amount_a_stated_amount_will_replace_is_no_goal(text, published, value):
    m = _find(text, "en", published, value)
    assert m.status == "actual", (m.status, m.period, m.as_of)


def test_a_bare_plan_to_replace_stays_a_goal():
    m = _find("The company will replace 2 million tons of old capacity next year.", "en", date(2026, 11, 6), 2e6)
    assert m.status == "target", (m.status, m.period, m.as_of)
