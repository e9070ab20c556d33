"""Leftovers of heldout19's English metrics (session 19): "last week" dating a figure, entries
"included" in a batch or new list, and "N of them" after a list's entrants. Each rule is tried on
the set's sentence and on wordings of our own, with near-misses that must not match."""
from __future__ import annotations

from datetime import date

import pytest

from tests.facts.metric_helpers import reader, time_of

# (a Friday: last week ran Monday 25 to Sunday 31 October)
en = reader("en", date(2032, 11, 5))


def _by_value(found, value):
    hits = [m for m in found if m.value == value]
    assert len(hits) == 1, [(m.value, m.unit, m.measure) for m in found]
    return hits[0]


# --- "last week": the month of the week before publication's ---

@pytest.mark.parametrize("text, value", [
    ("Last week, the MIIT named 96 companies on its first list of smart home benchmark enterprises.", 96),
    ("The ministry last week named 40 factories as national smart factories.", 40),
    ("Exports of solar cells rose 12 percent last week.", 12),
])
def test_last_week_dates_the_figure_to_that_weeks_month(text, value):
    assert time_of(_by_value(en(text), value)) == "2032-10"


def test_last_week_across_two_months_dates_nothing_of_its_own():
    # (published Wednesday 6 October 2032: last week ran 27 September to 3 October)
    m = _by_value(en("The ministry last week named 40 factories as national smart factories.", date(2032, 10, 6)), 40)
    assert time_of(m) != "2032-09"


def test_last_week_as_the_day_figures_were_reported_is_not_their_time():
    m = _by_value(en("Sales rose 7 percent in the first nine months, the association said last week."), 7)
    assert time_of(m) != "2032-10"


def test_last_weekend_is_not_last_week():
    m = _by_value(en("Visitors to the fair reached 40,000 last weekend, organisers said on Friday."), 40000)
    assert time_of(m) != "2032-10"


# --- entries "included" in a batch or a new list: the batch's size, additions ---

@pytest.mark.parametrize("text, value", [
    ("The Ministry of Ecology and Environment also announced Thursday that it had included 17 CCUS projects in a "
     "first batch of national carbon-reduction demonstration projects.", 17),
    ("The ministry included 40 industrial parks in its latest list of green parks.", 40),
    ("The regulator has included 12 cities into the second batch of pilot zones for data exchanges.", 12),
    ("The commission included 25 hospitals in a batch of pilot sites for smart wards.", 25),
])
def test_entries_included_in_a_batch_or_new_list_are_additions(text, value):
    assert _by_value(en(text), value).measure == "additions"


@pytest.mark.parametrize("text, value", [
    ("The ministry has included 300 firms in the list so far.", 300),
    ("The plan included 17 projects worth 3 billion yuan.", 17),
    ("The province's budget included 15 projects in the transport sector.", 15),
])
def test_included_without_a_batch_or_new_list_is_no_addition(text, value):
    assert _by_value(en(text), value).measure != "additions"


# --- "N of them" after the entrants a list adds: a part of the batch, additions too ---

@pytest.mark.parametrize("text, value", [
    ("Last week, the MIIT named 96 companies on its first list of smart home benchmark enterprises, 18 of them "
     "makers of cleaning robots.", 18),
    ("The ministry named 120 factories as national green factories, 35 of them in Jiangsu.", 35),
    ("The ministry published a list of 58 recycling enterprises, 12 of which are in Zhejiang.", 12),
])
def test_part_of_a_lists_entrants_is_additions(text, value):
    assert _by_value(en(text), value).measure == "additions"


@pytest.mark.parametrize("text, value", [
    ("The company has 96 stores, 18 of them in Beijing.", 18),
    ("China has 2,400 chemical parks, 600 of them in coastal provinces.", 600),
])
def test_part_of_a_stock_stays_a_level(text, value):
    assert _by_value(en(text), value).measure == "level"


# --- the time before an act's verb dates the act, not the goal the act sets (heldout12 H169) ---

@pytest.mark.parametrize("text", [
    "The Beijing municipal government last week issued measures that set a target of 45 EFLOPS of intelligent "
    "computing capacity in the capital by the end of 2027.",
    "The Beijing municipal government last month issued measures that set a target of 45 EFLOPS of intelligent "
    "computing capacity in the capital by the end of 2027.",
    "The province last month unveiled a plan that aims for 45 EFLOPS of computing capacity by the end of 2027.",
])
def test_goal_set_by_an_act_dated_before_its_verb_takes_its_own_horizon(text):
    assert time_of(_by_value(en(text, date(2027, 5, 12)), 45)) == "2027-12"


def test_time_before_a_figure_with_no_act_between_still_dates_it():
    m = _by_value(en("Output last month rose 5 percent, the highest since the end of 2026.", date(2027, 5, 12)), 5)
    assert time_of(m) == "2027-04"
