"""English metric constructions studied on heldout20 (session 20): each rule is tried on the set's
sentence and on wordings of our own, with near-misses that must not match."""
from __future__ import annotations

from datetime import date

import pytest

from tests.facts.metric_helpers import reader

en = reader("en", date(2033, 9, 23))


# --- "6 million to 7 million tons": one range, the magnitude written on both bounds ---

@pytest.mark.parametrize("text, low, high, unit", [
    ("\"Full-year exports could reach 6 million to 7 million tons if a third batch of quotas is issued in the third quarter,\" "
     "said Zhang Wei, an analyst at Huatai Futures.", 6e6, 7e6, "tonne"),
    ("Sales are expected to hit 3 billion to 3.5 billion yuan this year.", 3e9, 3.5e9, "CNY"),
    ("Shipments may come in at 1.2 million to 1.5 million units next year.", 1.2e6, 1.5e6, "count"),
])
def test_magnitude_on_both_bounds_is_one_range(text, low, high, unit):
    found = [m for m in en(text) if m.unit == unit]
    assert [(m.value, m.value_high, m.qualifier) for m in found] == [(low, high, "range")]


@pytest.mark.parametrize("text, values", [
    ("Output rose 2 million to 9 million tons last year.", [2e6, 9e6]),      # a change, then the level
    ("Output will be 2 million to 3 billion tons.", [2e6, 3e9]),             # bounds of two magnitudes
    ("The fleet grew from 6 million to 7 million tons.", [6e6, 7e6]),        # from … to: two levels
])
def test_magnitude_on_both_bounds_near_misses_stay_two_figures(text, values):
    found = [m for m in en(text) if m.unit == "tonne"]
    assert sorted(m.value for m in found) == values
    assert all(m.qualifier != "range" for m in found)


# --- "eight to 10 large cruise ships": a range of counts, its lower bound in words ---

@pytest.mark.parametrize("text, low, high", [
    ("The country also plans to deliver eight to 10 large and medium-sized cruise ships between 2033 and 2035, and lift "
     "the output value of the cruise-ship industry to 100 billion yuan (about 14.1 billion U.S. dollars) by 2035.", 8, 10),
    ("The city will build five to 12 pilot zones by 2030.", 5, 12),
    ("The ministry aims to cultivate three to 15 leading firms in the sector.", 3, 15),
])
def test_word_lower_bound_count_range(text, low, high):
    found = [m for m in en(text) if m.unit == "count"]
    assert [(m.value, m.value_high, m.qualifier) for m in found] == [(low, high, "range")]


@pytest.mark.parametrize("text", [
    "The project will take eight to 10 years.",           # a duration
    "Capacity rose from eight to 10 plants.",             # from … to: no range
    "The index climbed eight to 10 points.",              # points, no count
])
def test_word_lower_bound_near_misses_are_no_count_range(text):
    assert all(m.qualifier != "range" for m in en(text))


# --- a company's full name of six or seven words before a stock move ---

@pytest.mark.parametrize("text", [
    "Shares of Shanghai Putailai New Energy Technology Co. fell as much as 3.4% in Shanghai trading on Friday.",
    "Shares of Zhejiang Huayou Cobalt Industry Group Co. rose 2.5% on Monday.",
    "Shares of Ningbo Shanshan Graphite Materials Technology Co. Ltd slid 1.8% in early trade.",
])
def test_long_company_name_stock_move_is_no_metric(text):
    assert [m for m in en(text) if m.unit == "percent"] == []


def test_market_shares_of_named_brands_stay():
    found = en("Market shares of Chinese brands rose to 40 percent last year.")
    assert [m.value for m in found if m.unit == "percent"] == [40]


# --- "with a purity of 99.95% or higher": a purity bound named before the figure ---

@pytest.mark.parametrize("text", [
    "The Commerce Ministry said in a notice on its website that exporters will need a license to transfer production-line "
    "designs and process know-how for anode materials with a purity of 99.95% or higher.",
    "Exports of graphite with purity above 99.9% will need a licence.",
    "Products must have a purity of at least 99.99 percent.",
])
def test_purity_bound_before_the_figure_is_no_metric(text):
    assert [m for m in en(text) if m.unit == "percent"] == []


@pytest.mark.parametrize("text, value", [
    ("The average purity rose to 99.5% last year.", 99.5),                 # a reading, a verb between
    ("The yield of high-purity silicon reached 95% in 2032.", 95),         # "purity" not right before
])
def test_purity_near_misses_stay(text, value):
    assert [m.value for m in en(text) if m.unit == "percent"] == [value]


# --- "could shrink a further 5%-8% next year": a modal on a verb of a size moving is a forecast ---

@pytest.mark.parametrize("text", [
    "Analysts at Guotai Haitong Securities said national float capacity could shrink a further 5%-8% next year as "
    "losses force more lines to cold-repair or close.",
    "Analysts said the market could shrink 8% next year.",
    "The market may expand 12% next year, analysts said.",
    "Analysts said exports might slip 3% next year.",
])
def test_modal_on_shrink_or_expand_is_a_forecast(text):
    found = [m for m in en(text) if m.unit == "percent"]
    assert found and all(m.status == "forecast" for m in found)


def test_past_shrink_stays_actual():
    found = [m for m in en("Capacity shrank 5% last year and could recover next year.") if m.unit == "percent"]
    assert [(m.value, m.status) for m in found] == [(-5, "actual")]


# --- "about a sixth of": a sixth and an eighth read as shares, as a third and a fifth are ---

@pytest.mark.parametrize("text, value", [
    ("Shahe accounts for about a sixth of the country's float capacity.", 16.7),
    ("The province makes roughly one-sixth of the nation's steel.", 16.7),
    ("Exports took an eighth of output last year.", 12.5),
])
def test_sixth_and_eighth_of_are_shares(text, value):
    found = [m for m in en(text) if m.unit == "percent"]
    assert [(m.value, m.qualifier, m.measure) for m in found] == [(value, "approx", "share")]


@pytest.mark.parametrize("text", [
    "The ministry named a sixth batch of pilot cities.",   # an ordinal
    "It was the sixth of its kind.",
])
def test_ordinal_sixth_is_no_share(text):
    assert [m for m in en(text) if m.unit == "percent"] == []


# --- "each of which will receive up to 5 million yuan": one member's grant, no total ---

@pytest.mark.parametrize("text", [
    "On the same day, the agriculture ministry named 30 counties as pilot areas for drone-based pest control services, "
    "each of which will receive up to 5 million yuan in central funds.",
    "The ministry picked 12 cities, each of them gets as much as 20 million yuan in subsidies.",
    "Twenty firms were chosen; each will receive 3 million yuan.",
])
def test_each_members_grant_is_no_metric(text):
    assert [m for m in en(text) if m.unit == "CNY"] == []


@pytest.mark.parametrize("text, value", [
    ("The 30 counties will receive 150 million yuan in central funds in total.", 1.5e8),
    ("Each province received more funds, and the ministry spent 5 billion yuan.", 5e9),
])
def test_totals_received_stay(text, value):
    assert [m.value for m in en(text) if m.unit == "CNY"] == [value]


# --- "… and cap national float capacity at around 175,000 tons a day": a cap a plan means to set ---

@pytest.mark.parametrize("text, value", [
    ("Regulators want to cut the number of float glass production lines to about 230 by 2035, from 268 now, and cap "
     "national float capacity at around 175,000 tons a day.", 175000),
    ("The plan aims to cap crude steel output at about 1 billion tonnes by 2030.", 1e9),
    ("Beijing will cap annual coal output at 4.5 billion tonnes.", 4.5e9),
])
def test_cap_a_plan_means_to_set_is_a_target(text, value):
    found = [m for m in en(text) if m.unit == "tonne"]
    assert [(m.value, m.status) for m in found] == [(value, "target")]


@pytest.mark.parametrize("text", [
    "The government has capped steel output at around 1 billion tonnes.",
    "Beijing caps annual coal output at 4.5 billion tonnes.",
    "The rules cap national float capacity at around 175,000 tons a day.",
])
def test_cap_in_place_stays_no_metric(text):
    assert [m for m in en(text) if m.unit == "tonne"] == []


# --- one vessel's size and rooms: "The 142,000-gross-ton ship, with 2,125 passenger cabins" ---

@pytest.mark.parametrize("text", [
    "The 142,000-gross-ton ship, with 2,125 passenger cabins, was handed over by Shanghai Waigaoqiao Shipbuilding on "
    "Monday after a construction period of 58 months.",
    "The yard delivered a 180,000-deadweight-ton bulk carrier on Monday.",
    "A 300,000-dwt tanker was launched in Dalian.",
    "The liner has 1,800 staterooms and a theatre.",
])
def test_one_vessels_size_and_cabins_are_no_metric(text):
    assert en(text) == []


@pytest.mark.parametrize("text, value", [
    ("Shipyards completed 42 million gross tons of ships last year.", 42e6),   # an industry's output
    ("The country's yards won orders for 26 cruise ships last year.", 26),
])
def test_industry_tonnage_and_ship_counts_stay(text, value):
    assert [m.value for m in en(text)] == [value]

