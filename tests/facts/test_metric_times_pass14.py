"""Metric times, pass 14: time resolution over many wordings (sentences written for these tests,
in the styles of MIIT releases, wire copy and provincial reports), and the constructions heldout11
left over.

* The year so far: 今年以来 / 年初以来 / "since the start of the year" / "so far this year" / "year
  to date" / "since January" is the span from January up to the statement's month (a month span,
  not the whole year still running); "since June" runs from June, "since the end of June" from
  July (heldout11 H149: "since June" in October is 2025-06/2025-10).
* A price's change since a point ("Prices have risen 40% since the start of the year", 均价较去年
  6月底的低点累计上涨超过50%) is a change of a level, dated as of the statement (H149, H150); 较去年
  6月底 is no year-on-year base.
* What is counted over a quarter or a span of months ("approved 1,400 applications since June",
  "collected 16 million old appliances in the first quarter") is a flow over it, as year-to-date
  spans already were (H149, H153), unless a stock's verb states it ("was", "stood at"); "at the end
  of the first quarter" is a stock's date (2023-03). "licence applications for rare-earth items"
  counts applications (the "items" a noun is for make it no structure count).
* "65 innovative medical devices in the first seven months of the year, up from 48 a year
  earlier": the earlier figure is read however long the noun and time before it (H155).
* The rest are regressions of the conventions (tests/data/devset/README.md, Time): 截至N月末/底
  stocks, 1—N月 / 前三季度 / 上半年 / "in the first N months" flows, "last year" in a January
  article, "by 2027" targets, Five-Year Plan spans, flows and stocks in one sentence, periods
  carried from the sentence before.
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics


def _times(text: str, lang: str, published: date) -> list[tuple[float, str | None, str | None]]:
    return [(m.value, m.period, m.as_of) for m in metrics(text, lang, published)]


def _one(text: str, lang: str, published: date, value: float):
    found = [m for m in metrics(text, lang, published) if m.value == value]
    assert len(found) == 1, _times(text, lang, published)
    return found[0]


# --- 1. the year so far, and "since <month>" ---------------------------------------------------
@pytest.mark.parametrize("lang, text, published, value, period", [
    ("zh", "今年以来，全国新建5G基站32万个。", date(2025, 9, 5), 320000, "2025-01/2025-09"),
    ("zh", "今年以来，工业机器人产量同比增长29%。", date(2025, 9, 5), 29, "2025-01/2025-09"),
    ("zh", "年初以来，全省累计新增专精特新中小企业1200家。", date(2025, 8, 12), 1200, "2025-01/2025-08"),
    ("zh", "今年以来，全国新能源汽车出口同比增长75%。", date(2025, 4, 10), 75, "2025-01/2025-04"),
    ("zh", "自年初以来，工业和信息化部共受理申请860件。", date(2026, 6, 3), 860, "2026-01/2026-06"),
    ("en", "Exports of NEVs rose 75 percent year to date.", date(2025, 10, 20), 75, "2025-01/2025-10"),
    ("en", "So far this year, the country has added 320,000 5G base stations.", date(2025, 10, 20), 320000,
     "2025-01/2025-10"),
    ("en", "Since January, output of industrial robots has risen 29 percent year on year.", date(2025, 10, 20), 29,
     "2025-01/2025-10"),
    ("en", "Since the start of the year, software revenue has grown 12.4 percent.", date(2025, 8, 14), 12.4,
     "2025-01/2025-08"),
    ("en", "The ministry has approved more than 1,400 licence applications for rare-earth items since June.",
     date(2025, 10, 22), 1400, "2025-06/2025-10"),
    ("en", "Customs has cleared 230 export applications since March.", date(2026, 5, 11), 230, "2026-03/2026-05"),
    ("en", "Shipbuilders have won 310 new orders since the end of June.", date(2025, 10, 9), 310, "2025-07/2025-10"),
    # (a month after the statement's month is last year's)
    ("en", "The ministry has approved 95 new drug applications since November.", date(2026, 2, 16), 95,
     "2025-11/2026-02"),
])
def test_the_year_so_far_and_since_a_month_are_spans_up_to_the_statement(lang, text, published, value, period):
    m = _one(text, lang, published, value)
    assert (m.period, m.as_of) == (period, None)


@pytest.mark.parametrize("lang, text, published, value, period", [
    # (near-misses: a year's span since a year, a month named as a base, a whole running year)
    # (no 累计: a running total since a year is stated as of now, see test_heldout14_zh_constructions)
    ("zh", "2021年以来，我国新建5G基站455万个。", date(2025, 9, 5), 4550000, "2021/2025"),
    ("zh", "今年，全国计划新建5G基站60万个。", date(2025, 3, 5), 600000, "2025"),
    ("en", "Output rose 12 percent from June.", date(2025, 8, 14), 12, None),
    ("en", "This year, the country plans to add 600,000 5G base stations.", date(2025, 3, 5), 600000, "2025"),
])
def test_near_misses_of_the_year_so_far(lang, text, published, value, period):
    m = _one(text, lang, published, value)
    assert m.period == period or (period is None and m.period != "2025-06/2025-08")


# --- 2. a price's change since a point -----------------------------------------------------------
@pytest.mark.parametrize("lang, text, published, value, as_of", [
    ("en", "Prices of lithium carbonate have risen about 40% since the start of the year.", date(2025, 10, 22), 40,
     "2025-10"),
    ("en", "Prices of praseodymium-neodymium oxide have risen about 40% since the start of the year, while magnet "
           "makers' capacity utilization fell to around 60% in May.", date(2025, 10, 22), 40, "2025-10"),
    ("en", "Polysilicon prices have climbed more than 50% since the end of June.", date(2025, 10, 22), 50, "2025-10"),
    ("zh", "多晶硅致密料成交均价较去年6月底的低点累计上涨超过50%。", date(2026, 1, 16), 50, "2026-01"),
    ("zh", "1—9月，硅料产量同比下降20%。\n\n受减产控价带动，多晶硅致密料成交均价较去年6月底的低点累计上涨超过50%。",
     date(2026, 1, 16), 50, "2026-01"),
    ("zh", "碳酸锂现货价格较今年3月末上涨12%。", date(2025, 8, 20), 12, "2025-08"),
])
def test_a_price_change_since_a_point_is_as_of_the_statement(lang, text, published, value, as_of):
    m = _one(text, lang, published, value)
    assert (m.measure, m.period, m.as_of) == ("growth", None, as_of)


@pytest.mark.parametrize("lang, text, published, value, period", [
    # (near-misses: a year-on-year price change is its period's; a volume's change stays a flow)
    ("en", "The average export price per unit slid around 15% in the first five months from a year earlier.",
     date(2025, 6, 20), -15, "2025-01/2025-05"),
    ("zh", "1—5月，锂电池出口均价同比下降15%。", date(2025, 6, 20), -15, "2025-01/2025-05"),
    ("zh", "1—9月，多晶硅产量较去年同期下降20%。", date(2025, 10, 20), -20, "2025-01/2025-09"),
])
def test_near_misses_of_price_changes(lang, text, published, value, period):
    m = _one(text, lang, published, value)
    assert (m.measure, m.period, m.as_of) == ("yoy_growth", period, None)


# --- 3. counts over a quarter or a span of months ------------------------------------------------
@pytest.mark.parametrize("text, published, value, period", [
    ("Vice-Minister Sheng said that more than 16 million old appliances had been collected for recycling in the "
     "first quarter.", date(2026, 4, 24), 16000000, "2026-Q1"),
    ("Data showed that consumers bought 38.6 million home appliances under the program in the first quarter.",
     date(2026, 4, 24), 38600000, "2026-Q1"),
    ("Regulators cleared 420 mergers between April and June.", date(2025, 7, 20), 420, "2025-Q2"),
    ("The agency handled 2,300 complaints between March and May.", date(2025, 6, 12), 2300, "2025-03/2025-05"),
])
def test_counts_over_a_quarter_or_months_are_flows(text, published, value, period):
    m = _one(text, "en", published, value)
    assert (m.period, m.as_of) == (period, None)


@pytest.mark.parametrize("text, published, value, as_of", [
    # (near-misses: firms and a stock's verb stay stocks at the end of the span)
    ("The country had 4.55 million 5G base stations at the end of June.", date(2025, 7, 20), 4550000, "2025-06"),
    ("In the first quarter, the number of listed chip firms stood at 180.", date(2025, 4, 20), 180, "2025-03"),
    ("The number of base stations was 4.5 million in the third quarter.", date(2025, 10, 20), 4500000, "2025-09"),
    # ("at the end of the first quarter": a stock's date, whatever the verb)
    ("The number of 5G base stations operating in China passed 2.64 million at the end of the first quarter.",
     date(2023, 4, 20), 2640000, "2023-03"),
    ("China had 2.64 million 5G base stations by the end of the third quarter of 2024.", date(2024, 11, 2), 2640000,
     "2024-09"),
])
def test_near_misses_stocks_in_a_quarter(text, published, value, as_of):
    m = _one(text, "en", published, value)
    assert (m.period, m.as_of) == (None, as_of)


# --- 4. an earlier figure after a long noun and time ---------------------------------------------
@pytest.mark.parametrize("text, published, values", [
    ("The regulator approved 65 innovative medical devices in the first seven months of the year, up from 48 a "
     "year earlier, according to figures it published on Wednesday.", date(2026, 8, 21),
     [(65, "2026-01/2026-07"), (48, "2025-01/2025-07")]),
    ("Shipyards delivered 312 large ocean-going bulk carriers in the first eight months of the year, up from 270 a "
     "year earlier.", date(2025, 9, 20), [(312, "2025-01/2025-08"), (270, "2024-01/2024-08")]),
])
def test_the_earlier_figure_after_a_long_noun(text, published, values):
    assert [(m.value, m.period) for m in metrics(text, "en", published)] == values


# --- 5. the conventions, over many wordings ------------------------------------------------------
@pytest.mark.parametrize("lang, text, published, value, period, as_of", [
    # stocks at a month's end
    ("zh", "截至6月末，全国5G基站总数达到455万个。", date(2025, 7, 20), 4550000, None, "2025-06"),
    ("zh", "截至10月底，我国移动电话用户总数达18.2亿户。", date(2025, 11, 18), 1820000000, None, "2025-10"),
    ("zh", "截至去年底，全国累计建成国家级绿色工厂6430家。", date(2026, 3, 2), 6430, None, "2025-12"),
    ("zh", "截至11月末，5G移动电话用户达10.2亿户。", date(2026, 1, 10), 1020000000, None, "2025-11"),
    ("en", "As of the end of June, China had 4.55 million 5G base stations.", date(2025, 7, 20), 4550000, None,
     "2025-06"),
    ("en", "China had built 4.55 million 5G base stations by the end of June.", date(2025, 7, 20), 4550000, None,
     "2025-06"),
    # flows over spans from January
    ("zh", "1—8月，全国软件业务收入9.8万亿元，同比增长12.6%。", date(2025, 9, 22), 9800000000000, "2025-01/2025-08", None),
    ("zh", "1—10月，规模以上电子信息制造业增加值同比增长10.6%。", date(2025, 11, 20), 10.6, "2025-01/2025-10", None),
    ("zh", "1—11月，全国汽车出口585万辆。", date(2026, 1, 12), 5850000, "2025-01/2025-11", None),
    ("zh", "前三季度，全国新能源汽车产量1124万辆，同比增长35%。", date(2025, 10, 25), 11240000, "2025-01/2025-09", None),
    ("zh", "上半年，规模以上工业增加值同比增长6.4%。", date(2025, 7, 18), 6.4, "2025-01/2025-06", None),
    ("zh", "前7个月，全国汽车销量1827万辆。", date(2025, 8, 10), 18270000, "2025-01/2025-07", None),
    ("zh", "一季度，全国工业机器人产量14.9万套。", date(2025, 4, 18), 149000, "2025-Q1", None),
    ("zh", "1—2月，规模以上工业增加值同比增长5.9%。", date(2025, 3, 20), 5.9, "2025-01/2025-02", None),
    ("en", "China's industrial robot output rose 29 percent year on year in the first 11 months of 2024.",
     date(2024, 12, 20), 29, "2024-01/2024-11", None),
    ("en", "In the first three quarters, NEV output reached 11.24 million units.", date(2025, 10, 25), 11240000,
     "2025-01/2025-09", None),
    ("en", "Between January and July, software revenue grew 12.3 percent year on year.", date(2025, 8, 15), 12.3,
     "2025-01/2025-07", None),
    ("en", "Sales of EVs rose 29% to 4.1 million units in January-March.", date(2025, 4, 18), 4100000, "2025-Q1", None),
    ("en", "In the first half of the year, telecom revenue reached 905.5 billion yuan.", date(2025, 7, 20),
     905500000000, "2025-01/2025-06", None),
    # "last year" in a January article, a full year
    ("zh", "去年，全国新能源汽车产量1650万辆，同比增长29%。", date(2026, 1, 20), 16500000, "2025", None),
    ("en", "China produced 16.5 million new energy vehicles last year, up 29 percent.", date(2026, 1, 15), 16500000,
     "2025", None),
    ("en", "Last year, the country's software revenue grew 13 percent to 14.2 trillion yuan.", date(2026, 1, 15),
     14200000000000, "2025", None),
    ("zh", "全年，规模以上工业增加值比上年增长5.9%。", date(2026, 1, 25), 5.9, "2025", None),
    # targets by a year
    ("zh", "到2027年，全国工业互联网平台普及率达到55%以上。", date(2025, 12, 10), 55, None, "2027"),
    ("zh", "到2027年，培育1万家专精特新“小巨人”企业。", date(2025, 12, 10), 10000, None, "2027"),
    ("en", "The plan aims to raise the penetration rate of industrial internet platforms to 55 percent by 2027.",
     date(2025, 12, 10), 55, None, "2027"),
    ("en", "China aims to have more than 10,000 little giant firms by 2027.", date(2025, 12, 10), 10000, None, "2027"),
    # Five-Year Plan spans
    ("zh", "“十四五”期间，我国制造业增加值年均增长5%以上。", date(2025, 9, 10), 5, "2021/2025", None),
    ("zh", "“十四五”以来，国家中小企业发展基金累计投资1981个项目。", date(2025, 9, 10), 1981, "2021-01/2025-09", None),
    ("en", "Manufacturing value added grew at an average annual rate of 5 percent over the 14th Five-Year Plan period.",
     date(2025, 9, 10), 5, "2021/2025", None),
    # now
    ("zh", "目前，我国已建成国家级智能制造示范工厂421家。", date(2025, 9, 5), 421, None, "2025-09"),
    ("en", "China currently has 4.4 million 5G base stations.", date(2025, 6, 10), 4400000, None, "2025-06"),
])
def test_time_conventions(lang, text, published, value, period, as_of):
    m = _one(text, lang, published, value)
    assert (m.period, m.as_of) == (period, as_of)


# --- 6. flows and stocks in one sentence ----------------------------------------------------------
@pytest.mark.parametrize("lang, text, published, expected", [
    ("zh", "截至6月末，5G移动电话用户达11.18亿户，上半年净增1.04亿户。", date(2025, 7, 20),
     [(1118000000, None, "2025-06"), (104000000, "2025-01/2025-06", None)]),
    ("zh", "上半年，电信业务收入9055亿元；截至6月末，5G基站总数达455万个。", date(2025, 7, 20),
     [(905500000000, "2025-01/2025-06", None), (4550000, None, "2025-06")]),
    ("zh", "截至5月底，累计建成5G基站448万个；1—5月，5G基站新增23万个。", date(2025, 6, 15),
     [(4480000, None, "2025-05"), (230000, "2025-01/2025-05", None)]),
    ("zh", "截至6月末，全国5G基站总数达到455万个，比上年末净增29万个。", date(2025, 7, 20),
     [(4550000, None, "2025-06"), (290000, "2025-01/2025-06", None)]),
    ("en", "In the first half, telecom revenue reached 905.5 billion yuan, and the number of 5G base stations stood at "
           "4.55 million at the end of June.", date(2025, 7, 20),
     [(905500000000, "2025-01/2025-06", None), (4550000, None, "2025-06")]),
    ("en", "China's mobile phone users totaled 1.8 billion as of the end of April, of whom 1.1 billion were 5G users.",
     date(2025, 6, 10), [(1800000000, None, "2025-04"), (1100000000, None, "2025-04")]),
    ("en", "Output rose 5.1 percent in May and 6.2 percent in June.", date(2025, 7, 15),
     [(5.1, "2025-05", None), (6.2, "2025-06", None)]),
])
def test_flows_and_stocks_in_one_sentence(lang, text, published, expected):
    assert _times(text, lang, published) == expected


# --- 7. periods carried from the sentence before --------------------------------------------------
@pytest.mark.parametrize("lang, text, published, expected", [
    ("zh", "前三季度，手机产量11.2亿台，同比增长2%。其中，智能手机产量8.6亿台。", date(2025, 10, 20),
     [(1120000000, "2025-01/2025-09", None), (2, "2025-01/2025-09", None), (860000000, "2025-01/2025-09", None)]),
    ("zh", "1—9月，全国汽车出口495万辆。新能源汽车出口175.5万辆，同比增长89%。", date(2025, 10, 20),
     [(4950000, "2025-01/2025-09", None), (1755000, "2025-01/2025-09", None), (89, "2025-01/2025-09", None)]),
    ("zh", "1—4月，我国光伏组件出口额下降20%。4月份，出口额同比增长5%。", date(2025, 5, 20),
     [(-20, "2025-01/2025-04", None), (5, "2025-04", None)]),
    ("en", "In the first three quarters, NEV output reached 11.24 million units. Exports rose 89 percent.",
     date(2025, 10, 25), [(11240000, "2025-01/2025-09", None), (89, "2025-01/2025-09", None)]),
    ("en", "In the first nine months, exports totaled 39,800 tons. Shipments to Germany were 1,320 tons.",
     date(2025, 10, 20), [(39800, "2025-01/2025-09", None), (1320, "2025-01/2025-09", None)]),
    # (今年以来 opens the report: the quarters of 上半年 named after it are its parts, and a share
    # after them is of the half year, not of its second quarter)
    ("zh", "今年以来，工业经济平稳向好。上半年，规模以上工业增加值同比增长6.4%，其中一季度、二季度分别增长6.5%和6.3%；"
           "制造业增加值占国内生产总值的比重为25.7%。", date(2025, 7, 19),
     [(6.4, "2025-01/2025-06", None), (6.5, "2025-Q1", None), (6.3, "2025-Q2", None), (25.7, "2025-01/2025-06", None)]),
])
def test_periods_carried_from_the_sentence_before(lang, text, published, expected):
    assert _times(text, lang, published) == expected
