"""A flow stated with its period takes that period, whatever verb carries it: "Exports in the
third quarter were worth $12.3 billion", "Revenue for the first three quarters was 1.2 trillion
yuan", 前三季度营业收入达到1.2万亿元, 一季度出口规模为300亿元 (generated: indicator × period
phrase × verb form × language). "Worth" and 规模 after a flow's own noun value the flow; they make
no stock of it (scrapers.facts.timeline.is_flow). "In the quarter" is the quarter reported, not a
month named in between. Stocks stay stocks: levels at a period's end, "the number of …", a
market or an industry "worth" so much, 保有量, 截至…末."""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics

PUB = date(2025, 11, 20)

_EN_FLOWS = ("Exports", "Revenue", "Sales", "Investment", "Profits", "Software exports", "Operating revenue",
             "Imports of chips")
_EN_PERIODS = (
    ("in the third quarter", "2025-Q3"),
    ("for the first three quarters", "2025-01/2025-09"),
    ("in the January-October period", "2025-01/2025-10"),
    ("in 2024", "2024"),
    ("in the first half of 2025", "2025-01/2025-06"),
    ("in the first 10 months", "2025-01/2025-10"),
)
_EN_VERBS = ("were worth", "was worth", "was", "stood at", "came to", "totaled", "amounted to", "reached")
_EN_VALUES = (("12.3 billion dollars", 12.3e9), ("1.2 trillion yuan", 1.2e12))


def _level(text: str, lang: str, value: float):
    found = [m for m in metrics(text, lang, PUB) if m.measure == "level" and m.value == pytest.approx(value)]
    assert len(found) == 1, [(m.value, m.measure, m.period, m.as_of) for m in metrics(text, lang, PUB)]
    return found[0]


def _en_cases():
    for indicator in _EN_FLOWS:
        for phrase, period in _EN_PERIODS:
            for verb in _EN_VERBS:
                for written, value in _EN_VALUES:
                    yield f"{indicator} {phrase} {verb} {written}.", value, period
                    # the period opening the sentence
                    yield f"{phrase[0].upper()}{phrase[1:]}, {indicator.lower()} {verb} {written}.", value, period
        # the period after the figure
        yield f"{indicator} were worth 12.3 billion dollars in the third quarter.", 12.3e9, "2025-Q3"


@pytest.mark.parametrize(("text", "value", "period"), list(_en_cases()))
def test_en_flow_takes_its_period(text, value, period):
    m = _level(text, "en", value)
    assert (m.period, m.as_of) == (period, None)


_ZH_FLOWS = ("出口额", "营业收入", "利润总额", "软件业务收入", "销售额", "出口规模", "营业收入规模", "投资规模")
_ZH_PERIODS = (
    ("一季度", "2025-Q1"),
    ("前三季度", "2025-01/2025-09"),
    ("1-10月", "2025-01/2025-10"),
    ("1—9月份", "2025-01/2025-09"),
    ("2024年", "2024"),
    ("上半年", "2025-01/2025-06"),
)
_ZH_VERBS = ("为", "达到", "达", "实现", "", "共计")


def _zh_cases():
    for indicator in _ZH_FLOWS:
        for phrase, period in _ZH_PERIODS:
            for verb in _ZH_VERBS:
                yield f"{phrase}{indicator}{verb}1.2万亿元。", 1.2e12, period
                yield f"{phrase}，全国{indicator}{verb}1.2万亿元。", 1.2e12, period
    for phrase, period in _ZH_PERIODS:
        for verb in _ZH_VERBS:
            yield f"{phrase}，汽车产量{verb}230万辆。", 2.3e6, period


@pytest.mark.parametrize(("text", "value", "period"), list(_zh_cases()))
def test_zh_flow_takes_its_period(text, value, period):
    m = _level(text, "zh", value)
    assert (m.period, m.as_of) == (period, None)


_EN_WHERE = ("in the domestic market", "to the EU market", "from overseas markets", "in the Southeast Asian market")


@pytest.mark.parametrize(("text", "value", "period"), [
    (f"{indicator} {where} {verb} 80 billion yuan {phrase}.", 8e10, period)
    for indicator in ("Sales", "Exports", "Revenue", "Investment")
    for where in _EN_WHERE
    for verb in ("were worth", "reached", "totaled")
    for phrase, period in _EN_PERIODS[:4]
] + [
    (f"The {size} of {indicator} reached 80 billion yuan {phrase}.", 8e10, period)
    for size in ("size", "scale")
    for indicator in ("exports", "investment", "the industry's revenue")
    for phrase, period in _EN_PERIODS[:4]
])
def test_en_flow_made_in_a_market_or_sized(text, value, period):
    """A market after a preposition is where the flow is made, "the size of" values it."""
    m = _level(text, "en", value)
    assert (m.period, m.as_of) == (period, None)


@pytest.mark.parametrize(("text", "period"), [
    # a month named between the quarter and "the quarter" is no quarter
    ("China's car exports rose 7.3 percent in the first quarter to 1.42 million units. In March alone, exports "
     "rose 4.2 percent. Exports in the quarter were worth 28.3 billion dollars.", "2025-Q1"),
    ("Sales of robots rose 9 percent in the second quarter. In June, sales rose 11 percent. "
     "Revenue in the quarter was 45 billion yuan.", "2025-Q2"),
    # with nothing else named, "the quarter" is the one reported last
    ("In the third quarter, car exports rose 7 percent. Exports in the quarter were worth 28.3 billion dollars.",
     "2025-Q3"),
])
def test_the_quarter_is_the_quarter_reported(text, period):
    money = [m for m in metrics(text, "en", PUB) if m.unit in ("USD", "CNY")]
    assert [(m.period, m.as_of) for m in money] == [(period, None)]


@pytest.mark.parametrize(("text", "lang", "value", "as_of"), [
    ("At the end of September, the number of 5G base stations stood at 4.5 million.", "en", 4.5e6, "2025-09"),
    ("The number of base stations was 4.5 million in the third quarter.", "en", 4.5e6, "2025-09"),
    ("In the third quarter, the number of 5G base stations was 4.5 million.", "en", 4.5e6, "2025-09"),
    # a market or an industry valued by "worth" is a stock, a flow word in its name or not
    ("The market was worth 28.3 billion dollars at the end of the third quarter.", "en", 28.3e9, "2025-09"),
    ("The export market was worth 28.3 billion dollars in 2024.", "en", 28.3e9, "2024-12"),
    ("The industry was worth 2.4 trillion yuan in 2024.", "en", 2.4e12, "2024-12"),
    ("The market for industrial robots was worth 28.3 billion dollars in 2024.", "en", 28.3e9, "2024-12"),
    ("The robot market, where sales grew fast, was worth 28.3 billion dollars in 2024.", "en", 28.3e9, "2024-12"),
    ("The market size reached 80 billion yuan in 2024.", "en", 8e10, "2024-12"),
    ("截至9月末，5G基站总数为450万个。", "zh", 4.5e6, "2025-09"),
    ("截至9月末，新能源汽车保有量达到3000万辆。", "zh", 3e7, "2025-09"),
])
def test_stocks_stay_stocks(text, lang, value, as_of):
    m = _level(text, lang, value)
    assert (m.period, m.as_of) == (None, as_of)
