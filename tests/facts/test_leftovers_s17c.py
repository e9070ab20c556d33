"""Older misses found by precision audit 16 (session 17), on sentences written for these tests
(several wordings each, and near-misses that must keep their reading).

Metrics: a consumer or producer price index's reading after its change in points ("The consumer price
index rose 0.3 percentage points to 2.1%", 出厂价格指数…下降0.3个百分点至-2.5%) is the change of prices over
a year, a growth rate, no share; a change in bare points to a reading in percent is in percentage
points; a percentage with a minus sign keeps it. The base of a per-10,000 figure (每万人拥有医生3.2人) is
no figure of its own. A change in units right before the level it brought ("Output climbed 2,000 to
12,500 units") is a net change, the level after "to" a level.

Events: requirements published by a body ("New requirements for LED lamps were published by the SAMR")
are a document issued.
"""
from __future__ import annotations

import pytest

from event_helpers import events, only as only_event
from metric_helpers import metrics


def _percent(text: str, lang: str) -> list[tuple[float, str]]:
    return [(m.value, m.measure) for m in metrics(text, lang) if m.unit == "percent"]


def _points(text: str, lang: str) -> list[tuple[float, str]]:
    return [(m.value, m.measure) for m in metrics(text, lang) if m.unit == "percentage_points"]


# --- a price index's reading after its change in points --------------------------------------------
@pytest.mark.parametrize("text, lang, value", [
    ("The consumer price index rose 0.3 percentage points to 2.1% in May.", "en", 2.1),
    ("In May, the producer price index fell 0.5 percentage points to -2.3 percent.", "en", -2.3),
    ("The producer price index fell 0.5 points to -2.3% in May.", "en", -2.3),
    ("China's CPI rose 0.4 percentage points to 1.8% in May.", "en", 1.8),
    ("5月份，工业生产者出厂价格指数同比下降0.3个百分点至-2.5%。", "zh", -2.5),
    ("5月份，居民消费价格指数同比上涨0.3个百分点至2.1%。", "zh", 2.1),
    ("5月份，PPI同比降幅扩大0.4个百分点至-3.3%。", "zh", -3.3),
])
def test_price_index_reading_after_points_is_yoy_growth(text: str, lang: str, value: float) -> None:
    assert _percent(text, lang) == [(value, "yoy_growth")]


@pytest.mark.parametrize("text, lang, value", [
    ("The producer price index fell 0.5 points to -2.3% in May.", "en", -0.5),
    ("The CPI rose 0.2 point to 2.1 percent in May.", "en", 0.2),
    ("The PMI rose 0.5 points to 50.2% in May.", "en", 0.5),
])
def test_bare_points_to_a_percent_are_percentage_points(text: str, lang: str, value: float) -> None:
    assert _points(text, lang) == [(value, "pp_change")]


@pytest.mark.parametrize("text, lang, expected", [
    # a diffusion index's reading stays a level (session 17's leftovers), a share stays a share
    ("The PMI rose 0.5 points to 50.2% in May.", "en", [(50.2, "level")]),
    ("The share of imports rose 0.3 percentage points to 12.1% in May.", "en", [(12.1, "share")]),
    ("5月份，市场份额提高0.3个百分点至12.1%。", "zh", [(12.1, "share")]),
    # a utilisation rate stays a rate
    ("The capacity utilization rate rose 0.8 percentage points to 75.6% in the second quarter.", "en", [(75.6, "rate")]),
    ("Capacity utilization rose 0.8 points to 75.6% in the second quarter.", "en", [(75.6, "rate")]),
    # a month-on-month reading is a change against the month before
    ("5月份，居民消费价格指数环比上涨0.3个百分点至0.5%。", "zh", [(0.5, "growth")]),
])
def test_other_readings_after_points_keep_their_measure(text: str, lang: str, expected: list) -> None:
    assert _percent(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # a stock index's points are no percentage points
    ("The Shanghai Composite Index fell 12 points to 3,050 on Monday.", "en"),
    ("The index gained 35 points to close at 3,412.", "en"),
])
def test_no_percentage_points_without_a_percent_reading(text: str, lang: str) -> None:
    assert _points(text, lang) == []


@pytest.mark.parametrize("text, lang, values", [
    # a range's dash, a hyphenated word: no minus sign
    ("Prices are expected to rise 5-10% this year.", "en", None),
    ("Its share rose to 2%-3% in May.", "en", None),
    ("5月份，价格同比上涨8%-10%。", "zh", None),
])
def test_no_minus_sign_in_a_range(text: str, lang: str, values: None) -> None:
    assert all(m.value >= 0 for m in metrics(text, lang) if m.unit == "percent")


# --- the base of a per-10,000 figure ------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("2024年，全省每万人拥有医生3.2人。", 3.2),
    ("2024年，全市每万人口拥有充电桩120台。", 120.0),
    ("2024年，每万人拥有5G基站26个。", 26.0),
    ("2024年，每万户家庭拥有光纤宽带用户9800户。", 9800.0),
])
def test_per_ten_thousand_base_is_no_figure(text: str, value: float) -> None:
    assert [m.value for m in metrics(text, "zh") if m.unit == "count"] == [value]


@pytest.mark.parametrize("text, value", [
    # a figure of ten thousands itself stays
    ("2024年，全市新增就业1.5万人。", 15000.0),
    ("2024年，全市新增充电桩1.2万台。", 12000.0),
])
def test_ten_thousands_that_are_figures_stay(text: str, value: float) -> None:
    assert value in [m.value for m in metrics(text, "zh") if m.unit == "count"]


# --- a change in units right before the level it brought ----------------------------------------
@pytest.mark.parametrize("text, change, level", [
    ("Output climbed 2,000 to 12,500 units in May.", 2000.0, 12500.0),
    ("Sales rose 3,000 to 45,000 units in May.", 3000.0, 45000.0),
    ("Sales fell by 3,000 to 45,000 units in May.", -3000.0, 45000.0),
    ("The number of 5G base stations grew 150,000 to 4.4 million in May.", 150000.0, 4400000.0),
])
def test_change_in_units_then_level(text: str, change: float, level: float) -> None:
    found = [(m.value, m.measure) for m in metrics(text, "en")]
    assert found == [(change, "net_increase"), (level, "level")]


@pytest.mark.parametrize("text", [
    "Sales rose from 3,000 to 45,000 units in May.",
    "Sales rose to 45,000 units in May.",
    "The company plans to hire 3,000 to 5,000 workers this year.",
])
def test_no_change_in_units(text: str) -> None:
    assert all(m.measure != "net_increase" for m in metrics(text, "en"))


# --- requirements published by a body -------------------------------------------------------------
@pytest.mark.parametrize("text, agency", [
    ("The new requirements for LED lamps were published by the SAMR on Monday.", "SAMR"),
    # (technical requirements by SAMR are a mandatory standard, as heldout17's gold H225 has it: see
    # test_event_variants_en_s19d.py; "the new requirements for LED lamps" above, no technical kind, stay a document)
    ("The MIIT on Monday released new requirements for the safety of lithium batteries.", "MIIT"),
    ("New technical specifications for charging piles were issued by the NEA on Tuesday.", "National Energy Administration"),
])
def test_requirements_published_are_a_document(text: str, agency: str) -> None:
    e = only_event(text)
    assert (e.type, e.agency) == ("document_issued", agency)


@pytest.mark.parametrize("text", [
    "Firms must meet the requirements of the MIIT.",
    "The MIIT said 500 firms met the requirements.",
])
def test_requirements_met_are_no_event(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize("text", [
    "A national standard on the safety requirements of automated driving systems, which was approved by the SAMR last month, "
    "will take effect next year.",
    "A mandatory standard for the energy-efficiency requirements of LED lamps, which was approved by the SAMR on Monday, "
    "takes effect in July.",
])
def test_standard_on_requirements_stays_a_standard(text: str) -> None:
    assert only_event(text).type == "standard_release"


@pytest.mark.parametrize("text, value", [
    ("Growth quickened 0.5 percentage points to 5.2 percent in May.", 5.2),
    ("Output growth slowed 0.5 points to 5.2 percent in May.", 5.2),
])
def test_growth_rate_after_its_change_in_points_stays_growth(text: str, value: float) -> None:
    assert _percent(text, "en") == [(value, "yoy_growth")]
