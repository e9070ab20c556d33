"""English metrics left on heldout20 (session 20, second pass): each rule tried on wordings of our own,
with near-misses that must not match."""
from __future__ import annotations

from datetime import date

import pytest

from tests.facts.metric_helpers import reader, time_of

en = reader("en", date(2033, 9, 23))


def _one(text: str, value: float, published: date = date(2033, 9, 23)):
    found = [m for m in en(text, published) if m.value == value]
    assert len(found) == 1, [(m.value, m.unit) for m in en(text, published)]
    return found[0]


# --- 1. shares after a paragraph whose span of months ends on its last month named alone ---

# (a first paragraph naming another period, so the span is not the story's lede, as in heldout20 H265)
_LEDE = "The administration put a draft of the rules out for public comment in July.\n\n"
_SPAN = (_LEDE + "China's e-cigarette exports fell 4.2 per cent in the first 11 months of the year to US$9.86 billion, "
         "according to customs data. November shipments were worth US$912 million, up 3.5 per cent from October.")
_SPAN_Q = (_LEDE + "Exports of drones rose 12% in the first three quarters to US$4.1 billion. September shipments alone were "
           "worth US$510 million.")


@pytest.mark.parametrize("text, value, period", [
    (_SPAN + "\n\nEurope, the United States and Southeast Asia took 39 per cent, 27 per cent and 14 per cent of the "
     "exports by value, respectively.", 27, "2033-01/2033-11"),
    (_SPAN + "\n\nEurope took 39 per cent of the exports by value.", 39, "2033-01/2033-11"),
    (_SPAN_Q + "\n\nNorth America and Europe took 31% and 22% of the shipments.", 22, "2033-01/2033-09"),
])
def test_shares_take_the_span_closed_by_its_last_month(text, value, period):
    m = _one(text, value, date(2033, 12, 16))
    assert (m.period, m.as_of) == (period, None)


@pytest.mark.parametrize("text, value", [
    # (the month named alone is not the span's last: no span behind it)
    (_LEDE + "China's e-cigarette exports fell 4.2 per cent in the first 11 months of the year to US$9.86 billion. "
     "October shipments were worth US$880 million.\n\nEurope took 39 per cent of the exports by value.", 39),
    # (the span in another paragraph than the month)
    (_LEDE + "China's e-cigarette exports fell 4.2 per cent in the first 11 months of the year to US$9.86 billion."
     "\n\nNovember shipments were worth US$912 million.\n\nEurope took 39 per cent of the exports by value.", 39),
])
def test_shares_near_misses_keep_no_span(text, value):
    assert _one(text, value, date(2033, 12, 16)).period != "2033-01/2033-11"


# --- 2. a list's entries put out in one act are additions; a dash does not carry "new" to a count ---

@pytest.mark.parametrize("text, value", [
    ("\"We put out the first localization catalogue for cruise-ship supporting equipment in April, and 126 products "
     "are on it,\" said an official.", 126),
    ("The ministry published its second list of green suppliers in May, and 85 companies are listed.", 85),
    ("The MIIT released a new catalogue of key materials that lists 240 products.", 240),
    ("The ministry put out its latest directory of recommended products, and 310 products are included.", 310),
])
def test_entries_of_a_list_put_out_are_additions(text, value):
    assert _one(text, value).measure == "additions"


@pytest.mark.parametrize("text, value", [
    ("The catalogue now has 600 products on it.", 600),                                          # not put out
    ("The ministry put out the first catalogue in 2031, and 1,200 products are now on it.", 1200),  # running total
    ("The ministry put out the first catalogue in 2031, and 1,200 products are on it so far.", 1200),
    ("The ministry said 126 products are on the list.", 126),
])
def test_list_near_misses_stay_levels(text, value):
    assert _one(text, value).measure == "level"


@pytest.mark.parametrize("text, value", [
    ("\"We approved the first batch of export licences under the new system in October – 326 companies received "
     "them,\" an official said.", 326),
    ("The regulator issued new licences in October – 326 companies received them.", 326),
    ("The rules took effect under the new regime in May — 48 firms were approved.", 48),
])
def test_new_before_a_dash_is_not_the_counts(text, value):
    assert _one(text, value).measure == "level"


def test_new_in_the_counts_own_clause_still_adds():
    assert _one("The regulator licensed 326 new exporters in October.", 326).measure == "additions"


# --- 3. "will build 5 to 12 pilot zones by 2030" told after 2030: still a goal ---

@pytest.mark.parametrize("text, value, when", [
    ("The ministry will build 5 to 12 pilot zones by 2030.", 5, "2030"),
    ("The ministry will build 12 pilot zones by 2030.", 12, "2030"),
    ("In 2025 the ministry said it would open 300 charging stations by 2030.", 300, "2030"),
    ("The province plans to set up about 40 innovation centres by the end of 2031, officials said.", 40, "2031-12"),
])
def test_plan_by_a_past_year_is_a_target(text, value, when):
    m = _one(text, value)
    assert (m.status, m.measure, time_of(m)) == ("target", "level", when)


@pytest.mark.parametrize("text, value", [
    ("The ministry, which will review the zones, built 12 pilot zones by 2030.", 12),
    ("The ministry would have built 12 pilot zones by 2030.", 12),
    ("The ministry built 12 pilot zones by 2030.", 12),
    ("The ministry will build 12 pilot zones, and by 2030 output rose.", 12),
])
def test_plan_by_past_year_near_misses_stay_actual(text, value):
    assert _one(text, value).status == "actual"


# --- 4. additions since a month named inside a fronted since-clause: a span up to now ---

@pytest.mark.parametrize("text, value, period", [
    ("Since Beijing eased the rules in May 2032, the province has added 45 projects.", 45, "2032-05/2033-09"),
    ("Since the ministry named the first batch in March last year, it has named 32 more pilot cities.", 32,
     "2032-03/2033-09"),
    ("Since the port opened in June 2032, the city has added 18 new shipping routes.", 18, "2032-06/2033-09"),
])
def test_additions_since_a_fronted_month_run_to_now(text, value, period):
    m = _one(text, value)
    assert (m.measure, m.period, m.as_of) == ("additions", period, None)


@pytest.mark.parametrize("text, value, when", [
    ("In May 2032 the province added 45 projects.", 45, "2032-05"),
    ("Since Beijing eased the rules in May 2032, the province has approved 45 projects.", 45, "2033-09"),  # a level
    ("Since the cabinet approved the zone in March last year, the city has attracted more than 260 companies.", 260,
     "2033-09"),
])
def test_since_near_misses(text, value, when):
    assert time_of(_one(text, value)) == when
