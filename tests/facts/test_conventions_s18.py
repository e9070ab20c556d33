"""Conventions settled in session 18 (tests/data/devset/README.md, "Conventions settled in session
18"), on sentences written for these tests, with near-misses that must not change.

* A net increase on the end of last year told with a stock's date (截至10月末，…比上年末净增M, 较年初增加M,
  "up M from the end of last year") is a flow over the months so far: ``period`` YYYY-01/YYYY-MM,
  while the stock keeps its ``as_of``; a percentage change of the stock on that date keeps ``as_of``.
* An average annual rate over a span back to now is a ``cagr`` over the span, ``period`` YYYY/YYYY:
  "past N years" the N years up to the last full year (the current one from October on), "since
  YEAR" from that year to the statement's. English told these as the publication month, and the
  rate with its span told before it ("Over the past five years, … 12 percent a year") as a
  year-on-year change.
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics, time_of

PUB = date(2024, 5, 20)
PUB_LATE = date(2024, 11, 12)


def _one(text: str, value: float, lang: str, published: date = PUB):
    found = [m for m in metrics(text, lang, published) if m.value == value]
    assert len(found) == 1, [(m.value, m.unit, m.measure, time_of(m), m.quote) for m in metrics(text, lang, published)]
    return found[0]


# --- A. a net increase on the end of last year: the span so far ------------------------------------
@pytest.mark.parametrize("text, lang, value, stock", [
    ("截至4月末，全省5G基站达到12.3万个，比上年末净增1.2万个。", "zh", 12000, 123000),
    ("截至4月底，全市规模以上工业企业达到2350家，较上年末净增86家。", "zh", 86, 2350),
    ("截至4月末，全省充电桩总数达到45.6万个，较年初增加3.2万个。", "zh", 32000, 456000),
    ("As of the end of April, the province had 123,000 5G base stations, up 12,000 from the end of last year.", "en", 12000, 123000),
    ("China had 1.23 million 5G base stations as of the end of April, 123,000 more than at the end of last year.", "en",
     123000, 1230000),
])
def test_net_increase_on_year_end_is_the_span(text, lang, value, stock):
    m = _one(text, value, lang)
    assert (m.measure, time_of(m)) == ("net_increase", "2024-01/2024-04")
    assert time_of(_one(text, stock, lang)) == "2024-04"  # (the stock keeps its date)


@pytest.mark.parametrize("text, lang, value", [
    ("截至4月末，全国在用算力总规模达到320EFLOPS，比去年底增长14.7%。", "zh", 14.7),
    ("As of the end of April, the number of industrial apps topped 300,000, up 20 percent from the end of last year.", "en", 20),
])
def test_percent_change_on_year_end_keeps_the_stock_date(text, lang, value):
    # (near-miss: a percentage change of a stock is the stock's, dated as it)
    assert time_of(_one(text, value, lang)) == "2024-04"


# --- B. an average annual rate over a span back to now -----------------------------------------------
@pytest.mark.parametrize("text, value, period", [
    ("Over the past five years, software revenue grew 12.5 percent a year.", 12.5, "2019/2023"),
    ("Over the past five years, the province's output of industrial robots grew by an average of 18 percent a year.",
     18, "2019/2023"),
    ("In the past three years, shipments of service robots rose 21 percent annually.", 21, "2021/2023"),
    ("Software revenue grew by an average of 12.5 percent a year over the past five years.", 12.5, "2019/2023"),
    ("Software revenue has grown at an average annual rate of 12.5% over the last four years.", 12.5, "2020/2023"),
    ("Since 2021, software revenue has grown 12.5 percent annually.", 12.5, "2021/2024"),
    ("Since 2020, the sector's output has grown by an average of 9.3 percent a year.", 9.3, "2020/2024"),
    ("Software revenue has grown 12.5% a year since 2021.", 12.5, "2021/2024"),
    ("Software revenue has grown at an average annual rate of 12.5% since 2021.", 12.5, "2021/2024"),
])
def test_average_rate_over_a_span_back_to_now(text, value, period):
    m = _one(text, value, "en")
    assert (m.measure, time_of(m)) == ("cagr", period)


def test_past_years_include_the_current_one_from_october():
    # (a year-end review: the running year is all but over, as 近五年 in November 2020 = 2016/2020)
    m = _one("Over the past five years, software revenue grew 12.5 percent a year.", 12.5, "en", PUB_LATE)
    assert (m.measure, time_of(m)) == ("cagr", "2020/2024")


@pytest.mark.parametrize("text, value, period", [
    ("过去五年，全省软件业务收入年均增长15.2%。", 15.2, "2019/2023"),
    ("近五年来，我国工业机器人产量年均增长20.5%。", 20.5, "2019/2023"),
    ("2021年以来，全省软件业务收入年均增长15.2%。", 15.2, "2021/2024"),
])
def test_chinese_average_rate_over_a_span_back_to_now(text, value, period):
    # (already so before session 18: the convention's Chinese side, kept)
    m = _one(text, value, "zh")
    assert (m.measure, time_of(m)) == ("cagr", period)


@pytest.mark.parametrize("text, value, measure", [
    ("Software revenue rose 12.5 percent a year earlier.", 12.5, "yoy_growth"),
    ("Since 2021, software revenue has grown 12.5 percent.", 12.5, "growth"),
    ("Over the past five years, software revenue has risen 40 percent.", 40, "growth"),
    ("Software revenue grew 12.5 percent from a year ago.", 12.5, "yoy_growth"),
])
def test_near_misses_are_no_average_rate(text, value, measure):
    # (no rate per year: a change over the span, or against a year before)
    assert _one(text, value, "en").measure == measure


def test_a_fall_since_a_year_keeps_the_stock_date():
    # (near-miss: a percentage change since a past year is the quantity's now, as heldout15 H205)
    m = _one("The cost of a launch has fallen by about 40 percent since 2021.", -40, "en")
    assert (m.measure, time_of(m)) == ("growth", "2024-05")


# --- C. a span that is exactly one calendar quarter is spelt YYYY-Qn ----------------------------------
# (the schema's quarter form, whatever the text's words: 1—3月 and 一季度 are one period in the marts'
# grain; the net increase on the end of last year took its span as months, 2024-01/2024-03)
@pytest.mark.parametrize("text, lang, value, published, period", [
    ("截至3月末，全省5G基站达到12.3万个，比上年末净增1.2万个。", "zh", 12000, PUB, "2024-Q1"),
    ("As of the end of March, the province had 123,000 5G base stations, up 12,000 from the end of last year.", "en",
     12000, PUB, "2024-Q1"),
    ("截至1月末，全省5G基站达到12.3万个，比上年末净增1200个。", "zh", 1200, date(2024, 2, 20), "2024-01"),
    # (near-misses: not one quarter; 2024-01/2024-05 stays a month span)
    ("截至5月末，全省5G基站达到12.3万个，比上年末净增1.2万个。", "zh", 12000, date(2024, 6, 20), "2024-01/2024-05"),
    ("截至6月末，全省5G基站达到12.3万个，比上年末净增1.2万个。", "zh", 12000, date(2024, 7, 20), "2024-01/2024-06"),
])
def test_net_increase_span_of_one_quarter_is_spelt_as_the_quarter(text, lang, value, published, period):
    assert time_of(_one(text, value, lang, published)) == period


@pytest.mark.parametrize("text, value", [
    ("1—3月，全省规模以上工业增加值同比增长6.1%。", 6.1),
    ("一季度，全省规模以上工业增加值同比增长6.1%。", 6.1),
])
def test_one_quarter_has_one_spelling(text, value):
    assert time_of(_one(text, value, "zh")) == "2024-Q1"
