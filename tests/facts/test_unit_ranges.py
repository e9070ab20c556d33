"""Ranges whose both bounds carry the unit (820亿元至900亿元, "1 to 2 percent" after a fall): one
metric with value_high, a fall's sign on both bounds; from-to changes stay two figures."""
from __future__ import annotations

import pytest

from tests.facts.metric_helpers import metrics, only


@pytest.mark.parametrize("text, low, high, unit", [
    ("中信证券研报预计，2029年我国大模型应用市场规模将达到820亿元至900亿元。", 8.2e10, 9.0e10, "CNY"),
    ("机构预计，2025年该市场规模将达到150亿美元—180亿美元。", 1.5e10, 1.8e10, "USD"),
    ("预计明年全国产能将达到20万吨至30万吨。", 2e5, 3e5, "tonne"),
    ("据测算，2026年行业营业收入有望达到1.2万亿元至1.5万亿元。", 1.2e12, 1.5e12, "CNY"),
])
def test_zh_unit_on_both_bounds_is_one_range(text, low, high, unit):
    m = only(text, "zh")
    assert (m.value, m.value_high, m.qualifier, m.unit) == (pytest.approx(low), pytest.approx(high), "range", unit)


@pytest.mark.parametrize("text", [
    "2023年市场规模由820亿元增至900亿元。",
    "市场规模从820亿元到900亿元，增长近一成。",
    "市场规模由820亿元至900亿元，持续扩大。",
    "其中一期投资820亿元至二期再投入900万元。",
])
def test_zh_from_to_change_stays_two_figures(text):
    found = metrics(text, "zh")
    assert found and all(m.value_high is None and m.qualifier != "range" for m in found), \
        [(m.value, m.value_high) for m in found]


@pytest.mark.parametrize("text, low, high", [
    ("The China Phosphate and Compound Fertilizer Industry Association expects domestic phosphate fertilizer "
     "demand to decline by 1 to 2 percent this year, as farmers cut application rates.", -2, -1),
    ("Analysts expect crude steel output to fall by 3 to 5 percent next year.", -5, -3),
    ("The association expects car sales to drop 2%-4% next year.", -4, -2),
    ("预计今年全国粗钢产量将下降3%—5%。", -5, -3),
])
def test_fall_range_signed_on_both_bounds(text, low, high):
    m = [m for m in metrics(text, "en" if text.isascii() else "zh") if m.qualifier == "range"]
    assert [(m.value, m.value_high) for m in m] == [(low, high)]


def test_rise_range_keeps_its_sign():
    m = only("Analysts expect steel exports to rise by 3 to 5 percent next year.", "en")
    assert (m.value, m.value_high) == (3, 5)


def test_name_with_compound_is_no_compound_rate():
    m = only("The China Phosphate and Compound Fertilizer Industry Association expects demand to decline "
             "by 1 to 2 percent this year.", "en")
    assert m.measure != "cagr"
    assert only("Sales grew at a Compound Annual Growth Rate of 12 percent from 2020 to 2024.", "en").measure == "cagr"
