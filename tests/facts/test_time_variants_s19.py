"""Metric times on variants of past blind misses (session 19): the fixes made when heldout11…18
were studied, tried on other wordings of the same constructions, and widened where they were narrow.

* A change "since early/mid/late YEAR" runs from then to now: the year is the change's base, as
  after "since YEAR" alone, and the figure is no level of that year (periods._EN_COMPARISON_BEFORE).
* A price named before an appositive ("Prices of DMC, the most widely traded silicone intermediate,
  have fallen 40% since the start of the year") is the clause's subject: its change since a point is
  stated as of now, as without the aside (timeline._EN_PRICE_BEFORE_ASIDE).
* A "home to N makers" aside may open the sentence ("Home to more than 300 makers, Taizhou produced
  … last year"): the count is the place's now, not last year's (timeline._EN_HOME_TO_ASIDE).
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.facts.metric_helpers import metrics, time_of

PUB = date(2032, 7, 16)


def _time(text: str, value: float) -> str | None:
    found = [m for m in metrics(text, "en", PUB) if abs(m.value - value) < 1e-6]
    assert found, [(m.value, m.quote) for m in metrics(text, "en", PUB)]
    return time_of(found[0])


@pytest.mark.parametrize("text", [
    "DMC prices have declined about 40% since early 2028, the official said.",
    "DMC prices have declined about 40% since mid-2028.",
    "The price of polysilicon has dropped 40 percent since late 2030.",
    "Spot prices for lithium carbonate are down 40% since early 2029, traders said.",
])
def test_change_since_part_of_a_year_is_as_of_now(text):
    value = -40.0
    assert _time(text, value) == "2032-07"


@pytest.mark.parametrize("text, value, want", [
    # near-misses: a part of a year that is the figure's own time, not a base
    ("Output rose 12% in early 2032.", 12.0, "2032"),
    ("Prices were 40% higher in mid-2031 than a year earlier.", 40.0, "2031"),
])
def test_part_of_a_year_of_its_own_is_kept(text, value, want):
    assert (_time(text, value) or "").startswith(want)


@pytest.mark.parametrize("text", [
    "Prices of DMC, the most widely traded silicone intermediate, have dropped by roughly 40% since the start of the year.",
    "Prices of lithium carbonate, a key battery material, fell 40% since the start of the year.",
    "Prices of rare-earth oxides, one of the industry's main costs, have risen 40% since January.",
    "Prices of solar modules, the industry's main product, have fallen 40% since the start of the year.",
])
def test_price_before_an_appositive_changes_as_of_now(text):
    found = [m for m in metrics(text, "en", PUB) if abs(abs(m.value) - 40.0) < 1e-6]
    assert found and found[0].as_of == "2032-07" and found[0].period is None, \
        [(m.value, m.period, m.as_of) for m in found]


@pytest.mark.parametrize("text", [
    # near-misses: a volume after the aside, or another subject in the clause, stays a flow
    "Output of DMC, the most widely traded silicone intermediate, has grown 40% since the start of the year.",
    "Shipments of DMC, the main silicone product, have grown 40% since the start of the year.",
    "Exports of lithium carbonate, a key battery material, rose 40% since the start of the year.",
])
def test_volume_after_an_appositive_stays_a_flow(text):
    found = [m for m in metrics(text, "en", PUB) if abs(m.value - 40.0) < 1e-6]
    assert found and found[0].period == "2032-01/2032-07", [(m.value, m.period, m.as_of) for m in found]


@pytest.mark.parametrize("text", [
    "Home to more than 300 sewing equipment makers, Taizhou in Zhejiang province produced about two-thirds of the country's industrial sewing machines last year.",
    "Home to Jack Technology and more than 300 other sewing equipment makers, Taizhou produced 5 million machines last year.",
    "Now home to more than 300 sewing equipment makers, Taizhou produced 5 million machines in 2031.",
    "Taizhou in Zhejiang province, home to more than 300 sewing equipment makers, produced 5 million machines last year.",
])
def test_home_to_aside_opening_the_sentence_is_now(text):
    assert _time(text, 300.0) == "2032-07"


@pytest.mark.parametrize("text, value, want", [
    # near-misses: the aside's own date is kept; the flow after it keeps last year
    ("Home to more than 300 makers at the end of 2030, Taizhou produced 5 million machines last year.", 300.0, "2030-12"),
    ("Home to more than 300 makers, Taizhou produced 5 million machines last year.", 5_000_000.0, "2031"),
    ("Taizhou produced 300 machines last year.", 300.0, "2031"),
])
def test_home_to_near_misses(text, value, want):
    assert (_time(text, value) or "").startswith(want)
