"""English metric constructions studied on heldout19 (session 19): each rule is tried on the set's
sentence and on wordings of our own, with near-misses that must not match."""
from __future__ import annotations

from datetime import date

import pytest

from tests.facts.metric_helpers import reader, time_of

en = reader("en", date(2032, 8, 27))


def _by_value(found, value):
    hits = [m for m in found if m.value == value]
    assert len(hits) == 1, [(m.value, m.unit, m.qualifier) for m in found]
    return hits[0]


# --- "between X million and Y million": one range, its magnitude (or unit) after both bounds ---

@pytest.mark.parametrize("text, low, high, unit", [
    ("CICC expects output to fall 15%-20% this year, to between 3.3 million and 3.5 million TEUs.", 3.3e6, 3.5e6, "count"),
    ("Sales are expected to reach between 3 million and 3.5 million units this year.", 3e6, 3.5e6, "count"),
    ("Revenue should come in between 2 billion and 3 billion yuan this year.", 2e9, 3e9, "CNY"),
    ("Output is expected to grow by between 5% and 6% this year.", 5, 6, "percent"),
    ("Growth is seen between 5 per cent and 6 percent next year.", 5, 6, "percent"),
])
def test_between_with_unit_after_both_bounds_is_one_range(text, low, high, unit):
    found = [m for m in en(text) if m.unit == unit and m.value in (low, high)]
    assert len(found) == 1, [(m.value, m.qualifier) for m in en(text)]
    assert (found[0].value, found[0].qualifier) == (low, "range")


def test_between_bounds_of_two_magnitudes_are_no_range():
    found = en("Revenue will be between 2 million and 3 billion yuan this year.")
    assert sorted(m.value for m in found if m.unit == "CNY") == [2e6, 3e9]
    assert all(m.qualifier != "range" for m in found)


# --- ", from X last year" after a goal: the level the goal starts from, reached ---

@pytest.mark.parametrize("text, value", [
    ("The plan, which covers 2032 to 2035, also seeks to raise the share of bio-pesticides in domestic sales to 15% by 2035, "
     "from about 9% last year.", 9),
    ("The ministries set a goal for boxes fitted with tracking devices to make up 30% of new production by 2035, "
     "from less than 5% last year.", 5),
    ("The plan aims to raise the share of electric buses to 60% by 2030, from 35% in 2023.", 35),
    ("The city aims for renewables to supply 40% of its power by 2035, from roughly 22% in 2031.", 22),
])
def test_bare_from_baseline_after_a_goal_is_actual(text, value):
    found = en(text)
    assert _by_value(found, value).status == "actual"
    assert any(m.status == "target" for m in found)


def test_bare_from_baseline_ahead_of_the_text_stays_a_goal():
    # (a starting level still ahead is the plan's too, no level reached)
    found = en("The plan aims to raise the share to 30% by 2035, from less than 5% next year.")
    assert _by_value(found, 5).status == "target"


# --- "(converted to 100% active ingredient)": a tonnage's basis, no figure ---

@pytest.mark.parametrize("text", [
    "China produced 1.38 million tons of technical-grade pesticides (converted to 100% active ingredient) in the first half, "
    "up 2.3% year on year.",
    "Output of glyphosate reached 300,000 tons on a 100% basis in 2031.",
    "Output of urea was 20 million tons (100% equivalent) last year.",
])
def test_hundred_percent_basis_is_no_metric(text):
    assert all(m.value != 100 for m in en(text))


@pytest.mark.parametrize("text", [
    "Exports rose 100% to 3,000 tons last year.",
    "The firm sold 100% of its output abroad last year.",
])
def test_hundred_percent_of_something_is_kept(text):
    assert any(m.value == 100 for m in en(text))


# --- "expect X to … but still to fall N%": the second infinitive is expected too ---

@pytest.mark.parametrize("text", [
    "Analysts at Huatai Securities expect export volumes to recover in the fourth quarter but still to fall 2%-4% "
    "for the full year.",
    "Analysts expect export volumes to recover in the fourth quarter but to fall 3% for the full year.",
    "Brokers expect sales to pick up but also to fall 3% in the full year.",
])
def test_second_infinitive_after_but_keeps_the_expectation(text):
    assert [m.status for m in en(text) if m.unit == "percent"] == ["forecast"]


@pytest.mark.parametrize("text", [
    "Analysts had expected a rebound, but sales fell 3% in the first half.",
    "Analysts expect sales to recover, but exports dropped 3% in the first half.",
])
def test_but_opening_a_clause_of_its_own_breaks_the_expectation(text):
    assert [m.status for m in en(text) if m.unit == "percent"] == ["actual"]


# --- "cut <long object> by N percent from YEAR levels": a change, down ---

@pytest.mark.parametrize("text", [
    "The guideline aims to cut the cost of capturing carbon dioxide at coal-fired power and cement plants by 30 percent "
    "from 2030 levels and to have at least 20 full-chain demonstration projects in operation by 2035.",
    "The plan will reduce the energy used to make each ton of clinker at northern and western kilns by 30 percent.",
])
def test_cut_with_a_long_object_is_a_fall(text):
    m = _by_value(en(text), -30)
    assert m.measure == "growth"


def test_cut_across_a_comma_is_not_joined():
    # (no mark between the verb and "by": a comma ends the object)
    found = en("The firm cut jobs, and output grew by 30 percent in the year.")
    assert all(m.value != -30 for m in found)


# --- "fallen N% from a peak": against a turning point, not a year earlier ---

@pytest.mark.parametrize("text, value", [
    ("Prices of new 20-foot dry boxes have fallen 28% from a peak last July, according to shipping consultancy Drewry.", -28),
    ("Steel rebar prices have risen 15% from a low in March.", 15),
    ("Lithium carbonate prices have dropped 60% from their record high in 2022.", -60),
])
def test_change_from_a_peak_or_low_is_growth(text, value):
    assert _by_value(en(text), value).measure == "growth"


@pytest.mark.parametrize("text", [
    "Sales fell 5% in March, from a high base.",
    "Prices fell 5% from a year earlier on high output.",
])
def test_high_base_or_year_earlier_is_yoy(text):
    assert _by_value(en(text), -5).measure == "yoy_growth"


# --- "…, according to SOURCE, up from N two years earlier": the earlier level past the aside ---

@pytest.mark.parametrize("text, value, time", [
    ("Chinese brands held 71 per cent of the global robot vacuum market by shipments in the second quarter, "
     "according to IDC, up from 53 per cent two years earlier.", 53, "2030-Q2"),
    ("Local brands took 40 per cent of the phone market in 2031, according to Counterpoint, up from 30 per cent a year earlier.",
     30, "2030"),
])
def test_earlier_level_after_a_source_aside(text, value, time):
    m = _by_value(en(text), value)
    assert (m.measure, time_of(m)) == ("share", time)
