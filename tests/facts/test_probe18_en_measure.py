"""English metric measures recall probe 18 found wrong, one test per construction, on sentences
written for these tests (no labelled document's wording), each with near-misses that must keep
their measure.

A change against the month, quarter or half before told after the figure ("up 12% on the month",
"dropped 3.2% from a month earlier", "up 15% from the second quarter"): growth, not year on year.
A yearly pace over years ("grew at an annual rate of 8% since 2025", "14% a year since 2025"): cagr.
Reaching places or people ("Broadband now reaches 98% of administrative villages"): a coverage rate.
The part of units that complete something ("at least 70% of large firms to complete digital
upgrades"): an adoption rate. A net change after a verb of growth ("rose by a net 21 million").
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics

PUB = date(2030, 10, 31)


def _measure(text: str, value: float) -> str:
    """The measure of the one metric of ``value`` in ``text``."""
    found = [m.measure for m in metrics(text, "en", PUB) if abs(m.value - value) < 1e-6]
    assert len(found) == 1, [(m.value, m.measure) for m in metrics(text, "en", PUB)]
    return found[0]


# --- growth against the month, quarter or half before ------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Output of industrial robots climbed 12% on the month in September.", 12),
    ("Output was up 4% on the previous month.", 4),
    ("Crude steel output dropped 3.2% from a month earlier to 77 million tonnes in September.", -3.2),
    ("Passenger car sales rose 8.2% from a month earlier and 14.5% from a year earlier in October.", 8.2),
    ("Imports fell 2.3% from last month, customs data showed.", -2.3),
    ("Solar cell output was up 15% from the second quarter in the third quarter.", 15),
    ("Exports of excavators declined 6.7 percent from the first half.", -6.7),
    ("Sales of air conditioners fell 5% on the month but rose 3% on the year.", -5),
    ("Shipments rose 2.8 percent from a quarter earlier.", 2.8),
])
def test_en_growth_against_the_period_before(text: str, value: float) -> None:
    assert _measure(text, value) == "growth"


@pytest.mark.parametrize("text, value", [
    ("Passenger car sales rose 8.2% from a month earlier and 14.5% from a year earlier in October.", 14.5),
    ("Exports in the third quarter rose 11% from the third quarter of 2029.", 11),
    ("Sales in the first half rose 9% from the first half of last year.", 9),
    ("Revenue rose 7% from the second half last year.", 7),
    ("Sales of air conditioners fell 5% on the month but rose 3% on the year.", 3),
    ("Output rose 6% from the quarter a year earlier.", 6),
])
def test_en_growth_against_the_same_period_of_another_year_stays_yoy(text: str, value: float) -> None:
    assert _measure(text, value) == "yoy_growth"


# --- a yearly pace over years --------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("The market grew at an annual rate of 8% since 2025.", 8),
    ("Revenue is forecast to grow at an annual rate of 11% through 2035.", 11),
    ("Prices have risen at an annual pace of 3% over the past decade.", 3),
    ("Output has expanded by an average of 9% a year since 2026.", 9),
    ("Shipments have grown 14% a year since 2025.", 14),
    ("Sales rose 10 percent a year over the past five years.", 10),
])
def test_en_yearly_pace_over_years_is_cagr(text: str, value: float) -> None:
    assert _measure(text, value) == "cagr"


@pytest.mark.parametrize("text, value, measure", [
    ("Output grew 7% from a year earlier.", 7, "yoy_growth"),
    ("The annual growth rate of exports reached 9% in 2029.", 9, "yoy_growth"),
    ("The utilization rate of the plants was 76% in 2029.", 76, "rate"),
    ("The number of 5G base stations has increased 18% since the end of last year.", 18, "growth"),
])
def test_en_no_cagr_without_a_yearly_pace(text: str, value: float, measure: str) -> None:
    assert _measure(text, value) == measure


# --- reaching places or people: a coverage rate ---------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Broadband now reaches 98% of administrative villages.", 98),
    ("Broadband reached 60 percent of rural households by June.", 60),
    ("The 5G network reaching 85% of townships will be upgraded.", 85),
])
def test_en_reaching_places_is_a_rate(text: str, value: float) -> None:
    assert _measure(text, value) == "rate"


@pytest.mark.parametrize("text, value", [
    ("The company's products reached 30% of the market.", 30),
    ("Sales reached 45% of last year's total by September.", 45),
])
def test_en_reaching_a_part_of_a_total_stays_a_share(text: str, value: float) -> None:
    assert _measure(text, value) == "share"


# --- units that complete something: an adoption rate ----------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("The goal is for at least 70% of large firms to complete digital upgrades by 2032.", 70),
    ("About 40 percent of the firms completed the review in 2029.", 40),
    ("Some 35% of small factories now complete their audits online.", 35),
])
def test_en_units_that_complete_something_are_a_rate(text: str, value: float) -> None:
    assert _measure(text, value) == "rate"


@pytest.mark.parametrize("text, value", [
    ("Some 55% of the projects were completed on time.", 55),
    ("The tasks completed by contractors accounted for 30% of the work.", 30),
])
def test_en_completed_things_stay_a_share(text: str, value: float) -> None:
    assert _measure(text, value) == "share"


# --- a net change after a verb of growth ----------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Gigabit broadband users rose by a net 21 million in January-September to 210 million.", 21e6),
    ("The user base grew by a net 3.2 million in September.", 3.2e6),
    ("Mobile subscribers increased a net 900,000 in October.", 9e5),
])
def test_en_a_net_change(text: str, value: float) -> None:
    assert _measure(text, value) == "net_increase"


@pytest.mark.parametrize("text, value", [
    ("The ministry gave a net 500 million yuan to the fund.", 5e8),
    ("Gigabit broadband users rose by a net 21 million in January-September to 210 million.", 210e6),
])
def test_en_no_net_change_without_a_growth_verb(text: str, value: float) -> None:
    assert _measure(text, value) == "level"
