"""English metric times studied on heldout20 (session 20, the leftovers): each rule is tried on the
set's sentence and on wordings of our own, with near-misses that must not match."""
from __future__ import annotations

from datetime import date

import pytest

from tests.facts.metric_helpers import reader, time_of

en = reader("en", date(2033, 9, 23))


def _one(text: str, value: float, published: date | None = None):
    found = [m for m in (en(text, published) if published else en(text)) if m.value == value]
    assert len(found) == 1, [(m.value, m.unit) for m in en(text)]
    return found[0]


# --- "78 million tons a year of urea capacity": a yearly rate before the "of" noun, still a stock ---

@pytest.mark.parametrize("text, value", [
    ("China has about 78 million tons a year of urea capacity, and plants ran at 82% of capacity in the first "
     "quarter, according to the China Nitrogen Fertilizer Industry Association.", 78e6),
    ("The country has 5 million tonnes per annum of refining capacity, and refineries ran at 80% in the first quarter.", 5e6),
    ("The region holds 12 million tons a year of cement capacity, while output fell 3% in the first quarter.", 12e6),
])
def test_capacity_per_year_is_a_stock_of_now(text, value):
    m = _one(text, value, date(2033, 5, 27))
    assert (m.period, m.as_of) == (None, "2033-05")


@pytest.mark.parametrize("text, value", [
    ("The mills produced 78 million tons a year of steel in the first quarter.", 78e6),   # a flow's rate
    ("Exports reached 3 million tons a month of urea in the first quarter.", 3e6),
])
def test_flow_per_year_keeps_its_period(text, value):
    assert _one(text, value, date(2033, 5, 27)).period == "2033-Q1"


# --- "Since the cabinet approved … in March last year, the city has attracted 260 companies" ---

@pytest.mark.parametrize("text, value", [
    ("Since the cabinet approved a cruise-ship industry pilot zone in the city's Baoshan and Pudong districts in March "
     "last year, the city has attracted more than 260 companies in the cruise supply chain, officials said.", 260),
    ("Since the ministry launched the programme in 2031, more than 1,200 firms have joined it.", 1200),
    ("Since Shenzhen opened its first park in May 2030, the city has drawn 85 robot makers.", 85),
])
def test_level_after_since_clause_is_of_now(text, value):
    m = _one(text, value, date(2033, 7, 15))
    assert (m.period, m.as_of) == (None, "2033-07")


@pytest.mark.parametrize("text, value, when", [
    ("In March last year, when the cabinet approved the zone, the city had 120 companies.", 120, "2032-03"),
    ("Since the cabinet approved the zone in March last year, output rose 5% in 2032.", 5, "2032"),  # own time
])
def test_since_clause_near_misses_keep_their_time(text, value, when):
    assert time_of(_one(text, value, date(2033, 7, 15))) == when


# --- "deliver eight to 10 cruise ships between 2033 and 2035": a total over the span ---

@pytest.mark.parametrize("text, value, span", [
    ("The country also plans to deliver eight to 10 large and medium-sized cruise ships between 2033 and 2035, and lift "
     "the output value of the cruise-ship industry to 100 billion yuan (about 14.1 billion U.S. dollars) by 2035.",
     8, "2033/2035"),
    ("The yard will launch 12 tankers between 2034 and 2036.", 12, "2034/2036"),
    ("The carrier expects to take 40 new jets between 2034 and 2037.", 40, "2034/2037"),
])
def test_count_between_two_years_is_a_period(text, value, span):
    m = _one(text, value, date(2033, 7, 15))
    assert (m.period, m.as_of) == (span, None)


@pytest.mark.parametrize("text, value", [
    ("The firm aims to hold 5 million tons of capacity between 2034 and 2036.", 5e6),   # capacity held
    ("Between 2034 and 2036 the city will have 40 hubs.", 40),                          # span before the figure
])
def test_between_years_near_misses_stay_stocks(text, value):
    assert _one(text, value, date(2033, 7, 15)).period is None


# --- "cut … to 230 by 2035, from 268 now, and cap capacity at 175,000 tons": the horizon is shared ---

@pytest.mark.parametrize("text, value, horizon", [
    ("Regulators want to cut the number of float glass production lines to about 230 by 2035, from 268 now, and cap "
     "national float capacity at around 175,000 tons a day.", 175000, "2035"),
    ("The plan aims to raise output to 5 million units by 2030, from 3 million last year, and limit emissions to "
     "20 million tons.", 20e6, "2030"),
    ("The city wants to lift revenue to 80 billion yuan by 2030, from 50 billion yuan in 2032, and double exports "
     "to 10 billion yuan.", 10e9, "2030"),
])
def test_bare_verb_goal_after_earlier_level_shares_horizon(text, value, horizon):
    assert time_of(_one(text, value, date(2033, 11, 5))) == horizon


def test_past_clause_after_earlier_level_keeps_its_year():
    text = ("The plan aims to raise output to 5 million units by 2030, from 3 million last year, and sales reached "
            "4 million units in 2032.")
    assert time_of(_one(text, 4e6, date(2033, 11, 5))) == "2032"


# --- "Alongside the revision, the ministry named 22 producers …, bringing the number to 61" ---

@pytest.mark.parametrize("text, added, total, month", [
    ("\"We revised the standard conditions last month so that low-end capacity can no longer expand,\" an official "
     "said. Alongside the revision, the ministry named 22 producers that meet the conditions, bringing the number on "
     "its list to 61.", 22, 61, "2033-08"),
    ("The ministry revised the standard conditions in July. Together with the new rules, it named 15 producers that "
     "meet the conditions, taking the number of listed firms to 48.", 15, 48, "2033-07"),
])
def test_list_tied_to_act_before_takes_its_month(text, added, total, month):
    found = {m.value: m for m in en(text)}
    assert (found[added].measure, found[added].period) == ("additions", month)
    assert (found[total].period, found[total].as_of) == (None, month)


@pytest.mark.parametrize("text", [
    "The ministry revised the standard conditions in July. It also named 15 producers that meet the conditions.",
    "The ministry revised the standard conditions in July. With the help of local officials, it named 15 producers "
    "that meet the conditions.",
])
def test_list_without_tie_is_of_publication_month(text):
    assert time_of(_one(text, 15)) == "2033-09"


@pytest.mark.parametrize("text, total, month", [
    ("In July, the ministry named 86 enterprises, bringing the total to 412.", 412, "2033-07"),
    ("The ministry named 86 enterprises in July, taking the number of listed firms to 412.", 412, "2033-07"),
    ("The ministry named 86 enterprises in July. The list now holds 412 firms.", 412, "2033-09"),  # no "bringing"
])
def test_total_brought_by_dated_additions(text, total, month):
    assert time_of(_one(text, total)) == month
