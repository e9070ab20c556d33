"""English event and metric constructions the sixteenth held-out set exposed, one test per
construction, on sentences written for these tests (each group also holds the held-out wording,
and near-misses that must not match).

Metrics: a listed company's share move with the company named by what it is ("Shares of rival
Hengtong Optic-Electric rose 3.2%") is no industry figure; a purity grade naming a product ("Prices
of 99.9% magnesium ingots") is no figure; "N% less than last year" is a year-on-year change; a share
that moved "to less than 6%" is a share, the bound no change; "operating rates" (plural) name a rate
as "rate" does. Events: the Ministry of Transport and of Ecology and Environment by their initials
(MOT, MEE) and the latter by its role ("the ecology ministry"); a data release dated by month beside
another body's conference of that month is an occasion of its own.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events
from metric_helpers import metrics

PUB = date(2030, 1, 10)  # a Thursday


def _of_type(text: str, type_: str, published: date = PUB) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.agency) for e in events(text, "en", published) if e.type == type_]


def _by_value(text: str, published: date = PUB) -> dict[float, tuple[str, str]]:
    return {m.value: (m.measure, m.qualifier) for m in metrics(text, "en", published)}


# --- metrics: a company's stock move, the company named by what it is ------------------------------
@pytest.mark.parametrize("text", [
    "Shares of rival Hengtong Optic-Electric rose 3.2% in Shanghai on Thursday.",
    "Shares of battery maker CATL fell 4.1% in Shenzhen on Monday.",
    "Shares in chipmaker SMIC jumped 6% in Hong Kong.",
    "Shares of state-owned steel giant Baowu slipped 2% on Friday.",
])
def test_en_a_named_company_stock_move_is_no_metric(text: str) -> None:
    assert metrics(text, "en", PUB) == []


@pytest.mark.parametrize("text, value", [
    ("Shares of domestic Chinese brands rose to 40% last year.", 40.0),
    ("Market shares of rival Chinese brands rose to 35% in 2029.", 35.0),
])
def test_en_market_shares_of_brands_are_still_shares(text: str, value: float) -> None:
    assert _by_value(text)[value][0] == "share"


# --- metrics: a purity grade ----------------------------------------------------------------------
@pytest.mark.parametrize("text, kept", [
    ("Prices of 99.9% magnesium ingots have fallen about 12% since the start of the year.", -12.0),
    ("The price of 99.99% pure gold rose 8% last month.", 8.0),
    ("Spot prices of 99.7% aluminium rose 3% in May.", 3.0),
    ("Prices of 99.9999% polysilicon fell 20% this year.", -20.0),
])
def test_en_a_purity_grade_is_no_figure(text: str, kept: float) -> None:
    assert [m.value for m in metrics(text, "en", PUB)] == [kept]


@pytest.mark.parametrize("text, value", [
    ("About 99.2% of samples passed the checks in 2029.", 99.2),
    ("The pass rate reached 99.5% in 2029.", 99.5),
    ("Output of rare earth metal rose 95% last year.", 95.0),
])
def test_en_high_percentages_that_are_no_grade_are_kept(text: str, value: float) -> None:
    assert value in _by_value(text)


# --- metrics: "less than last year" ----------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("The ministry on Tuesday allocated 2030 production quotas equivalent to 1.62 billion tons of carbon "
     "dioxide, 4.7% less than last year, according to a notice.", -4.7),
    ("Sales reached 3.1 million units, 12% more than the previous year.", 12.0),
    ("Output was 820,000 tons, 6% less than the prior year.", -6.0),
])
def test_en_more_or_less_than_last_year_is_a_yoy_change(text: str, value: float) -> None:
    assert _by_value(text)[value][0] == "yoy_growth"


def test_en_more_than_last_years_target_is_no_yoy_change() -> None:
    found = _by_value("Sales reached 3.1 million units, 12% more than last year's target.")
    assert found.get(12.0, ("", ""))[0] != "yoy_growth"


# --- metrics: a share moved to a bound ---------------------------------------------------------------
@pytest.mark.parametrize("text, value, qualifier", [
    ("Southeast Asia took 31% of the shipments, while the European Union's share shrank to less than 6%, "
     "hit by anti-dumping duties.", 6.0, "lt"),
    ("Japan's share of the market fell to below 12% last year.", 12.0, "lt"),
    ("The share of imports dropped to just under 20% in 2029.", 20.0, None),
])
def test_en_a_share_moved_to_a_bound_is_a_share(text: str, value: float, qualifier: str | None) -> None:
    measure, qual = _by_value(text)[value]
    assert measure == "share"
    assert qualifier is None or qual == qualifier


def test_en_a_share_that_shrank_by_a_figure_is_still_a_change() -> None:
    assert _by_value("Its market share shrank by 3% last year.")[-3.0][0] != "share"


# --- metrics: operating rates ----------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Prices have fallen about 12% since the start of the year, and operating rates at smelters in Fugu "
     "county averaged about 55% in August.", 55.0),
    ("Output fell 3% in May, while capacity utilisation rates stood at 71%.", 71.0),
    ("Exports dropped 5%, and operating rates at refineries were 64% in March.", 64.0),
])
def test_en_plural_rates_after_a_change_are_rates(text: str, value: float) -> None:
    assert _by_value(text)[value][0] == "rate"


# --- events: bodies by initials and role -------------------------------------------------------------
@pytest.mark.parametrize("text, type_, when, agency", [
    ("Earlier this month, the MOT approved nine inland ports as the first batch of green shipping "
     "demonstration ports.", "approval", "2030-01", "Ministry of Transport"),
    ("The MEE on Tuesday issued a notice on HFC quotas.", "document_issued", "2030-01-08",
     "Ministry of Ecology and Environment"),
    ("China's environment ministry on Monday issued rules on plastic waste.", "document_issued", "2030-01-07",
     "Ministry of Ecology and Environment"),
    ("At the ecology ministry's regular news conference in late December, a spokesman said 37 cases were found.",
     "press_conference", "2029-12", "Ministry of Ecology and Environment"),
])
def test_en_ministries_by_initials_and_role(text: str, type_: str, when: str, agency: str) -> None:
    assert _of_type(text, type_) == [(when, agency)]


@pytest.mark.parametrize("text", [
    "The car failed its MOT test last week.",
    "Japan's environment ministry on Monday issued rules on plastic waste.",
])
def test_en_no_chinese_ministry_in_near_misses(text: str) -> None:
    assert [e for e in events(text, "en", PUB) if "Ministry" in (e.agency or "")] == []


# --- events: a month's data release beside another body's conference ----------------------------------
@pytest.mark.parametrize("text", [
    "Factories made 243.7 million air conditioners in the first 11 months of 2029, according to data released "
    "by the National Bureau of Statistics last month. At the ecology ministry's regular news conference in late "
    "December, a spokesman said inspectors found 37 cases.",
    "Output rose 5.8% in November, according to data released by the National Bureau of Statistics in December. "
    "The MIIT held a press conference in December on the industry's quota rules.",
])
def test_en_a_months_data_release_beside_another_bodys_conference_is_kept(text: str) -> None:
    assert [d for d, a in _of_type(text, "other") if a == "National Bureau of Statistics"] == ["2029-12"]


def test_en_a_data_release_said_at_the_same_bodys_conference_is_folded() -> None:
    text = ("Output rose 5.8% in November, according to data released by the National Bureau of Statistics "
            "in December. The National Bureau of Statistics held a press conference in December.")
    assert _of_type(text, "other") == []
