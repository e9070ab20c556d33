"""When a figure is a flow over a period, and which quarter "the quarter" is (generated: flow ×
period × share phrasing × language; scrapers.facts.timeline).

* A share of a flow over a period belongs to that period, also a paragraph after the period was
  named: "Electric vehicles made up a fifth of exports, or 35.2 percent", 其中，电动汽车出口占比
  35.2%, "roughly 51.6 percent of the national total" after a revenue figure. A share of a stock
  (占全国基站总数的比重, "of all base stations"), a share stated in the simple present ("SMEs
  contribute more than 50 percent of tax revenue") and R&D spending as a share of revenue stay
  as-of.
* Output stays a flow over its period whatever verb states it: "while that of air conditioners
  reached 118 million units", 冰箱产量3620万台，空调达到1.18亿台; a stock that "reached" a level
  stays a stock.
* "In the quarter" / 本季度 with no quarter named before is the last quarter that had ended at
  publication (after a month, the quarter that month ends); not when the sentence says the
  quarter is still running ("so far in the quarter")."""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics

# Published in November: a period that ended in September or before is no "recent" one, whose
# shares were already dated by it.
PUB = date(2026, 11, 20)


def _one(found, value: float, unit: str = "percent"):
    hits = [m for m in found if m.value == pytest.approx(value) and m.unit == unit]
    assert len(hits) == 1, [(m.value, m.unit, m.measure, m.period, m.as_of) for m in found]
    return hits[0]


# --- 1. a share of a flow -------------------------------------------------------------------------

_EN_FLOWS = ("exports", "sales", "revenue", "output", "investment")
_EN_PERIODS = (
    ("in the first nine months", "2026-01/2026-09"),
    ("in the first half", "2026-01/2026-06"),
    ("in the first three quarters", "2026-01/2026-09"),
    ("in the first eight months of 2026", "2026-01/2026-08"),
)
_EN_SHARES = (
    ("made up a fifth of {flow}, or 35.2 percent", (20.0, 35.2)),
    ("accounted for 35.2 percent of total {flow}", (35.2,)),
    ("made up roughly 35.2 percent of the country's {flow}", (35.2,)),
    ("represented 41.7 percent of all {flow}", (41.7,)),
)
_EN_PARTS = ("Electric vehicles", "Private firms", "The eastern region", "Chips")


def _en_share_cases():
    for flow in _EN_FLOWS:
        for phrase, period in _EN_PERIODS:
            for shape, values in _EN_SHARES:
                part = _EN_PARTS[len(flow) % len(_EN_PARTS)]
                text = (f"Light industry {flow} rose 12 percent {phrase}.\n"
                        f"{part} {shape.format(flow=flow)}.\n"
                        "5G base stations accounted for 30.6 percent of all base stations.")
                yield text, values, period


@pytest.mark.parametrize(("text", "values", "period"), list(_en_share_cases()))
def test_en_share_of_a_flow_takes_the_flows_period(text, values, period):
    found = metrics(text, "en", PUB)
    for value in values:
        m = _one(found, value)
        assert (m.measure, m.period, m.as_of) == ("share", period, None)
    stock = _one(found, 30.6)  # a share of a stock stays as of now
    assert stock.period is None and stock.as_of == "2026-11"


_EN_TOTALS = (
    # (the figure before, then a share with no whole of its own: the total of that figure)
    ("Revenue in the eastern region came in at 697 billion yuan, roughly 51.6 percent of the national total, "
     "while the central and western regions accounted for 20.3 percent and 22.9 percent, respectively.",
     (51.6, 20.3, 22.9)),
    ("Chips, modules and antennas generated 168.2 billion yuan, or 27.5 percent of the total.", (27.5,)),
    ("Exports of chips came to 41.3 billion dollars, about 18.4 percent of the nation's total.", (18.4,)),
    ("Guangdong's output reached 2.3 million units, or 31.4 percent.", (31.4,)),
    ("Sales of “smart” appliances came to 52 billion yuan — about 23.8 percent of the industry’s total.", (23.8,)),
)


@pytest.mark.parametrize(("sentence", "values"), _EN_TOTALS)
@pytest.mark.parametrize(("opening", "period"), (
    ("Telecom revenue totaled 1.35 trillion yuan in the first three quarters of 2026.", "2026-01/2026-09"),
    ("The sector's revenue grew 6.9 percent in 2025.", "2025"),
    ("Industrial output rose 5.8 percent in the first half.", "2026-01/2026-06"),
))
def test_en_share_of_the_total_just_stated_takes_its_period(sentence, values, opening, period):
    found = metrics(f"{opening}\n{sentence}", "en", PUB)
    for value in values:
        m = _one(found, value)
        assert (m.period, m.as_of) == (period, None)


_ZH_PERIODS = (("前三季度", "2026-01/2026-09"), ("1—8月", "2026-01/2026-08"), ("上半年", "2026-01/2026-06"),
               ("2025年", "2025"))
_ZH_SHARES = (
    ("其中，电动汽车出口占比35.2%。", "出口", (35.2,)),
    ("其中，新能源汽车销量占比35.2%，出口占全国的12.6%。", "销量", (35.2, 12.6)),
    ("装备制造业增加值占全部规模以上工业增加值的比重为35.2%。", "增加值", (35.2,)),
    ("其中，天津、江苏、浙江三地产量分别占全国的38.2%、27.5%和16.8%。", "产量", (38.2, 27.5, 16.8)),
    ("民间投资占全部投资的比重为41.7%。", "投资", (41.7,)),
    ("散货船、油船和集装箱船三者合计占新接订单量的83.5%。", "新接订单量", (83.5,)),
)


def _zh_share_cases():
    for phrase, period in _ZH_PERIODS:
        for second, flow, values in _ZH_SHARES:
            text = (f"{phrase}，全国{flow}同比增长12%。\n{second}\n"
                    "5G基站占全国移动基站总数的比重为30.6%。")
            yield text, values, period


@pytest.mark.parametrize(("text", "values", "period"), list(_zh_share_cases()))
def test_zh_share_of_a_flow_takes_the_flows_period(text, values, period):
    found = metrics(text, "zh", PUB)
    for value in values:
        m = _one(found, value)
        assert (m.measure, m.period, m.as_of) == ("share", period, None)
    stock = _one(found, 30.6)
    assert stock.period is None and stock.as_of is not None


_NOW_SHARES = (
    ("en", "SMEs contribute more than 50 percent of the country's tax revenue, and private firms made up 61.3 "
           "percent of exports.", 50.0),
    ("en", "Companies typically spend 3 to 5 percent of their revenue on research and development, while "
           "private firms made up 61.3 percent of exports.", 3.0),
    ("en", "The sector accounts for more than 50 percent of national output; private firms made up 61.3 percent "
           "of exports.", 50.0),
    ("zh", "其中，研发经费占营业收入比重平均达到50%以上，民营企业出口占比61.3%。", 50.0),
    ("zh", "规上企业研发投入占营业收入的比重为3%，民营企业出口占比61.3%。", 3.0),
)
_OPENINGS = {"en": ("Exports rose 12 percent in the first nine months.", "Exports grew 8 percent in the first half."),
             "zh": ("前三季度，出口增长12%。", "上半年，出口增长8%。")}
_OPENING_PERIODS = ("2026-01/2026-09", "2026-01/2026-06")


@pytest.mark.parametrize(("lang", "text", "now_value"), _NOW_SHARES)
@pytest.mark.parametrize("which", (0, 1))
def test_shares_of_now_stay_as_of_beside_a_share_of_the_flow(lang, text, now_value, which):
    found = metrics(f"{_OPENINGS[lang][which]}\n{text}", lang, PUB)
    now = _one(found, now_value)
    assert now.period is None and now.as_of == "2026-11"
    flow_share = _one(found, 61.3)
    assert (flow_share.period, flow_share.as_of) == (_OPENING_PERIODS[which], None)


# --- 2. output "reached" stays a flow -----------------------------------------------------------------

_EN_LISTED = ("Output", "Sales", "Exports", "Production")
_EN_REACHED = ("reached", "hit", "stood at", "totaled", "came to")


def _en_that_of_cases():
    for flow in _EN_LISTED:
        for verb in _EN_REACHED:
            for phrase, period in _EN_PERIODS[:2]:
                for that in ("that", "those"):
                    text = (f"Light industry revenue rose 3.9 percent {phrase}.\n"
                            f"{flow} of refrigerators rose 7.8 percent to 36.2 million units, while {that} of room "
                            f"air conditioners {verb} 118 million units.\n"
                            f"The number of 5G base stations {verb} 3.9 million.")
                    yield text, period


@pytest.mark.parametrize(("text", "period"), list(_en_that_of_cases()))
def test_en_that_of_a_flow_is_the_same_flow(text, period):
    found = metrics(text, "en", PUB)
    m = _one(found, 118e6, "count")
    assert (m.period, m.as_of) == (period, None)
    stock = _one(found, 3.9e6, "count")  # a stock that reached a level stays one
    assert stock.period is None and stock.as_of == "2026-11"


_ZH_LISTED = (("产量", "台"), ("销量", "台"), ("出口量", "台"), ("产量", "辆"))
_ZH_VERBS = ("", "达到", "为", "突破")


def _zh_list_cases():
    for flow, word in _ZH_LISTED:
        for verb in _ZH_VERBS:
            for phrase, period in _ZH_PERIODS:
                yield (f"{phrase}，家用电冰箱{flow}3620万{word}，房间空调器{verb}1.18亿{word}，洗衣机{verb}4150万{word}；"
                       f"5G基站总数达到390万个。"), period


@pytest.mark.parametrize(("text", "period"), list(_zh_list_cases()))
def test_zh_products_listed_after_a_flow_are_that_flow(text, period):
    found = metrics(text, "zh", PUB)
    for value in (1.18e8, 4.15e7):
        m = _one(found, value, "count")
        assert (m.period, m.as_of) == (period, None)
    stock = _one(found, 3.9e6, "count")
    assert stock.period is None and stock.as_of is not None


@pytest.mark.parametrize("second", ("，保有量达到3000万辆", "，库存80万辆", "，在用车辆达到1.2亿辆"))
@pytest.mark.parametrize("verb", ("", "达到"))
def test_zh_a_stock_after_a_flow_stays_a_stock(second, verb):
    found = metrics(f"前三季度，新能源汽车销量{verb}1200万辆{second}；房间空调器产量3620万台，洗衣机{verb}4150万台。", "zh", PUB)
    stock = [m for m in found if m.unit == "count" and m.value not in (1.2e7, 3.62e7, 4.15e7)]
    assert stock and all(m.period is None for m in stock), [(m.value, m.period, m.as_of) for m in found]
    assert _one(found, 4.15e7, "count").period == "2026-01/2026-09"


# --- 3. "the quarter" with no quarter named before ----------------------------------------------------

_EN_QUARTER_SENTENCES = (
    "Exports of solar cells totaled 31.2 billion yuan in the quarter, the ministry said.",
    "During the quarter, software revenue came to 31.2 billion yuan.",
    "Profits in the quarter were 31.2 billion yuan, the association said.",
    "Shipments over the quarter reached 31.2 billion yuan.",
    "The ministry has said that, in the quarter, exports of batteries totaled 31.2 billion yuan.",
)
_QUARTER_PUBS = ((date(2026, 4, 20), "2026-Q1"), (date(2026, 1, 15), "2025-Q4"), (date(2026, 8, 3), "2026-Q2"),
                 (date(2026, 12, 31), "2026-Q3"))


@pytest.mark.parametrize("sentence", _EN_QUARTER_SENTENCES)
@pytest.mark.parametrize(("published", "quarter"), _QUARTER_PUBS)
def test_en_the_quarter_is_the_last_quarter_ended(sentence, published, quarter):
    m = _one(metrics(sentence, "en", published), 31.2e9, "CNY")
    assert (m.period, m.as_of) == (quarter, None)


_ZH_QUARTER_SENTENCES = (
    "本季度，光伏电池出口额达312亿元，同比增长8%。",
    "该季度软件业务收入312亿元，同比增长8%。",
    "当季度，全国汽车出口额为312亿元，同比增长8%。",
    "这一季度，规模以上工业企业利润312亿元，同比增长8%。",
)


@pytest.mark.parametrize("sentence", _ZH_QUARTER_SENTENCES)
@pytest.mark.parametrize(("published", "quarter"), _QUARTER_PUBS)
def test_zh_this_quarter_is_the_last_quarter_ended(sentence, published, quarter):
    found = metrics(sentence, "zh", published)
    for value, unit in ((312e8, "CNY"), (8.0, "percent")):
        m = _one(found, value, unit)
        assert (m.period, m.as_of) == (quarter, None)


_AFTER_A_PERIOD = (
    ("en", "In March alone, exports rose 4.2 percent.", "2026-Q1"),
    ("en", "Exports rose 4.2 percent in June.", "2026-Q2"),
    ("en", "In the first quarter, exports rose 4.2 percent.", "2026-Q1"),
    ("zh", "一季度，出口增长4.2%。", "2026-Q1"),
    ("zh", "3月份，出口增长4.2%。", "2026-Q1"),
    ("zh", "6月份，出口增长4.2%。", "2026-Q2"),
)


@pytest.mark.parametrize(("lang", "opening", "quarter"), _AFTER_A_PERIOD)
@pytest.mark.parametrize("which", (0, 1))
def test_the_quarter_after_a_period_is_the_quarter_it_ends(lang, opening, quarter, which):
    sentence = (_EN_QUARTER_SENTENCES if lang == "en" else _ZH_QUARTER_SENTENCES)[which]
    found = metrics(f"{opening}\n{sentence}", lang, date(2026, 7, 20))
    m = _one(found, 31.2e9, "CNY")
    assert (m.period, m.as_of) == (quarter, None)


@pytest.mark.parametrize(("lang", "sentence"), (
    ("en", "Exports of solar cells have totaled 31.2 billion yuan so far in the quarter."),
    ("en", "Software revenue in the quarter to date came to 31.2 billion yuan."),
    ("zh", "本季度以来，光伏电池出口额达312亿元。"),
    ("en", "Exports in the quarter have reached 31.2 billion yuan."),
))
def test_a_quarter_still_running_is_no_quarter_ended(lang, sentence):
    # (the running quarter to date: stated as of the month of writing, as before)
    m = _one(metrics(sentence, lang, date(2026, 5, 20)), 31.2e9, "CNY")
    assert (m.period, m.as_of) == (None, "2026-05")
