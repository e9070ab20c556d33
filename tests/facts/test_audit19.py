"""Precision audit 19: misfires of session 18's first rules (probe 18's measures, events and times,
and the leftovers of session 17), on sentences written for these tests (no labelled document's
wording), each with the true cases the rules were written for kept.

* "at an annual rate of N%" told of one month, quarter, half or year is the change on the year
  before (the English of 同比 in Chinese wires), not a compound rate; over a span it stays cagr.
* "covered/reached N% of households' bills": what is theirs, a share, no coverage rate.
* "up 3% on the month and 8% on the year": the list's next member compares with the year before,
  it does not take the change "on the month" of the one before it.
* A company's deal approved in a passive ("The merger plan was approved by the State Council") is no
  document the government issued.
* "the statistics bureau" after another country's economy ("Vietnam's GDP grew 6%, the statistics
  bureau said") is that country's, not the NBS.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events
from metric_helpers import metrics

PUB = date(2030, 5, 20)  # a Monday: Tuesday 05-14


def _measures(text: str) -> dict[float, str]:
    return {m.value: m.measure for m in metrics(text, "en", PUB)}


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.subtype, e.agency) for e in events(text, "en", PUB)]


# --- "at an annual rate of" one period: a change on the year before --------------------------------
@pytest.mark.parametrize("text, value", [
    ("The economy grew at an annual rate of 5.2% in the third quarter.", 5.2),
    ("China's CPI rose at an annual rate of 2.1% in April.", 2.1),
    ("Retail sales grew at an annual rate of 7% in the first four months.", 7),
    ("Output grew at an annual rate of 8% in 2025.", 8),
    ("Inflation ran at a yearly pace of 3% in March.", 3),
    ("Exports contracted at an annual rate of 4.5 percent in the July-September quarter.", -4.5),
])
def test_annual_rate_of_one_period_is_yoy(text: str, value: float) -> None:
    assert _measures(text)[value] == "yoy_growth"


@pytest.mark.parametrize("text, value", [
    ("Output grew at an annual rate of 8% since 2025.", 8),
    ("The sector has grown at an annual rate of 12% over the past decade.", 12),
    ("Output grew at an annual rate of 8% during the 2021-2025 period.", 8),
    ("Investment grew at an annual rate of 9% between 2021 and 2025.", 9),
    ("Sales grew at a yearly pace of 15% in 2021 to 2025.", 15),
])
def test_annual_rate_over_a_span_stays_cagr(text: str, value: float) -> None:
    assert _measures(text)[value] == "cagr"


# --- covering or reaching what belongs to places or people: no coverage rate ----------------------
@pytest.mark.parametrize("text, value", [
    ("The subsidy covered 30% of households' energy bills.", 30),
    ("Funding reached 20% of households' income.", 20),
    ("The programme reached 40% of residents’ homes.", 40),
])
def test_covering_what_is_theirs_is_no_rate(text: str, value: float) -> None:
    assert _measures(text)[value] != "rate"


@pytest.mark.parametrize("text, value", [
    ("Broadband now reaches 98% of administrative villages.", 98),
    ("The service reached 60 percent of households in rural areas.", 60),
    ("The scheme covered 85% of residents.", 85),
])
def test_covering_places_or_people_stays_a_rate(text: str, value: float) -> None:
    assert _measures(text)[value] == "rate"


# --- a list's next change against the year before -------------------------------------------------
@pytest.mark.parametrize("text, value, month_value", [
    ("Output was up 3% on the month and 8% on the year.", 8, 3),
    ("Exports fell 3% on the month and 10% on the year.", -10, -3),
    ("Exports rose 3% on the month and 10% on the year-earlier level.", 10, 3),
    ("Output rose 2% from the previous month and 6% from the same month last year.", 6, 2),
])
def test_next_change_against_the_year_before(text: str, value: float, month_value: float) -> None:
    found = _measures(text)
    assert found[value] == "yoy_growth"
    assert found[month_value] == "growth"  # (the first member keeps its change on the month)


@pytest.mark.parametrize("text, value", [
    ("Output was up 3% on the month and 8% from April.", 8),
    ("Sales rose 4% on the month and 5% on the quarter.", 5),
    ("Output rose 2% from the previous month and 6% from the month before that.", 6),
])
def test_next_change_against_a_month_stays_growth(text: str, value: float) -> None:
    assert _measures(text)[value] == "growth"


# --- a company's deal approved in a passive: no document issued ----------------------------------
@pytest.mark.parametrize("text", [
    "The merger plan was approved by the State Council on Monday.",
    "A plan for the merger of two shipbuilders was approved by the State Council on Monday.",
    "The acquisition plan was approved by the Zhejiang provincial government on Monday.",
    "The takeover plan for the steelmaker was approved by the State Council on Monday.",
])
def test_passive_approval_of_a_deal_is_no_document(text: str) -> None:
    assert [f for f in _events(text) if f[0] == "document_issued"] == []


@pytest.mark.parametrize("text", [
    "The plan was approved by the State Council on Monday.",
    "A plan on the restructuring of the power sector was approved by the State Council on Monday.",
])
def test_passive_approval_of_a_government_plan_stays_issued(text: str) -> None:
    assert _events(text) == [("document_issued", None, "State Council")]


# --- "the statistics bureau" of another country's economy ---------------------------------------
@pytest.mark.parametrize("text", [
    "South Korea's exports rose 5% in April, the statistics bureau said on Tuesday.",
    "Vietnam's GDP grew 6% in the first quarter, the statistics bureau said on Tuesday.",
    "Japan's industrial output fell 2% in April, according to data the statistics bureau released on Tuesday.",
])
def test_foreign_statistics_bureau_is_not_nbs(text: str) -> None:
    assert [f for f in _events(text) if f[2] == "National Bureau of Statistics"] == []


@pytest.mark.parametrize("text", [
    "Industrial output rose 5% in April, the statistics bureau said on Tuesday.",
    "China's industrial output rose 5% in April, according to data the statistics bureau released on Tuesday.",
    "Exports to South Korea rose 5% in April, according to data the statistics bureau released on Tuesday.",
])
def test_statistics_bureau_of_china_stays_nbs(text: str) -> None:
    assert _events(text) == [("other", "data_release", "National Bureau of Statistics")]
