"""Precision audit 18 of the session's last rules (keys that must agree with the subject's measure,
places after a flow in a list, 出口交货值 as a generic alias): the misfires found, each with true
cases and near-misses. Sentences written for these tests.

* A count row that names no measure (规模以上工业企业数量, 5G基站) keys no figure whose subject
  names revenue, profit, output, exports or investment: "规模以上工业企业实现营业收入…同比增长1.8%" is
  no growth in the number of firms.
* An English list after "exports to A" takes the flow only for places: "new orders", "prices",
  "the PMI" are indicators of their own.
* English wordings of the electronics export delivery value that name the industry before it keep
  the row (出口交货值 became generic in 1.27.40).
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics

PUB = date(2030, 11, 20)


def _metric(text: str, value: float):
    lang = "en" if text.isascii() else "zh"
    found = [m for m in metrics(text, lang, PUB) if m.value == value]
    assert found, [(m.value, m.subject) for m in metrics(text, lang, PUB)]
    return found[0]


# --- a count row keys no measure of what it counts -------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("规模以上工业企业实现营业收入105.3万亿元，同比增长1.8%。", 1.8),
    ("规模以上工业企业实现营业收入同比增长1.8%。", 1.8),
    ("Industrial enterprises above designated size saw revenue rise 1.8 percent.", 1.8),
    ("5G基站建设投资同比增长12.5%。", 12.5),
])
def test_a_count_row_keys_no_measure_of_its_units(text, value):
    assert _metric(text, value).metric_key is None


@pytest.mark.parametrize("text, value, key", [
    # near-misses: the count itself, and the rows that name the measure, keep their key
    ("规模以上工业企业数量达48万家，同比增长5%。", 5.0, "industrial_enterprises"),
    ("规模以上工业企业数量达48万家，同比增长5%。", 480000.0, "industrial_enterprises"),
    ("5G基站数量达400万个，同比增长20%。", 20.0, "base_stations_5g"),
    ("规模以上工业企业利润总额同比增长2.1%。", 2.1, "industrial_profit"),
    ("全国规模以上工业增加值同比增长5.6%。", 5.6, "industrial_value_added"),
    ("1-10月，电子信息制造业实现营业收入12.1万亿元，同比增长5.6%。", 5.6, "electronics_revenue"),
])
def test_counts_and_named_measures_keep_their_key(text, value, key):
    assert _metric(text, value).metric_key == key


# --- the electronics export delivery value in English ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "The electronics industry's export delivery value rose 2.1 percent in January-October.",
    "Electronics manufacturers' export delivery value rose 2.1 percent.",
    "Export delivery value of electronic information manufacturers rose 2.1 percent in January-October.",
    "Electronic information manufacturing export delivery value rose 2.1 percent.",
    "The export delivery value of China's electronics sector rose 2.1 percent.",
])
def test_electronics_export_delivery_in_english(text):
    assert _metric(text, 2.1).metric_key == "electronics_export_delivery"


@pytest.mark.parametrize("text", [
    "Construction machinery export delivery value rose 2.1 percent in the first half.",
    "The textile industry's export delivery value rose 2.1 percent.",
    "前三季度，家电行业出口交货值同比增长2.1%。",
])
def test_another_industrys_export_delivery_is_no_electronics(text):
    assert _metric(text, 2.1).metric_key is None


# --- places after a flow in a list ------------------------------------------------------------------------
@pytest.mark.parametrize("text, subject", [
    ("Exports to the EU and new orders rose 5% and 6%, respectively.", "new orders"),
    ("Sales in Europe and prices rose 5% and 6%, respectively.", "prices"),
    ("Exports to the EU and the PMI rose 5% and 6%, respectively.", "the PMI"),
    ("Shipments to Africa and the inventory level rose 5% and 6%, respectively.", "the inventory level"),
    ("Investment in Guangdong and capacity utilization rose 5% and 6%, respectively.", "capacity utilization"),
    ("Exports to the EU and consumption rose 5% and 6%, respectively.", "consumption"),
])
def test_an_indicator_after_a_flow_is_no_place(text, subject):
    assert _metric(text, 6.0).subject == subject


@pytest.mark.parametrize("text, subject", [
    # true cases: places (and sectors after "in") take the flow
    ("Exports to Africa and Latin America jumped 5% and 6%, respectively.", "Exports to Latin America"),
    ("Shipments from Vietnam and Mexico rose 5% and 6% respectively.", "Shipments from Mexico"),
    ("Exports to emerging markets and developing economies rose 5% and 6%, respectively.",
     "Exports to developing economies"),
    ("Investment in chips and artificial intelligence rose 5% and 6%, respectively.",
     "Investment in artificial intelligence"),
])
def test_a_place_after_a_flow_takes_the_flow(text, subject):
    assert _metric(text, 6.0).subject == subject
