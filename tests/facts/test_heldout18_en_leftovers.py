"""English metric constructions left after heldout18's English documents were studied, one test per
construction, on the set's sentences and wordings of our own, with near-misses that must not match.

- Units a thing is fitted to ("Lidar was fitted to 21% of new passenger cars"): a fitment rate, as
  "fitted in" already was; plants that ran at a part of their capacity ("Factories ran at about 78 per
  cent of capacity"): a utilisation rate. A part of capacity held or placed stays a share.
- A place's ", home to more than N makers," aside: the makers as things stand now, not at the "last
  year" of the clause it interrupts.
- What "is expected to reach … by then" after a goal's horizon: that goal's target (not when a source
  holds the view); a yearly rate to a horizon ahead ("growing by about 10 percent a year"): a cagr
  from the year of writing to the horizon.
- "Exports … from China rose 9.7 per cent year on year to 2.84 million units": the level reached, no
  from-to pair (the "from" is the subject's origin).
- "premium subsidies of up to 80 percent.": a subsidy's cap, no share, its base unsaid too.
- "have fallen about 40% since 2028" after a sentence with a time of its own: as of the statement.
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics, time_of

PUB = date(2032, 5, 20)


def _read(text: str, published: date = PUB) -> list[tuple[float, str, str, str | None]]:
    return [(m.value, m.measure, m.status, time_of(m)) for m in metrics(text, "en", published)]


# --- percent of units fitted / of capacity run at: a rate --------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Lidar was fitted to 21% of new passenger cars sold last year, up from 12% in 2030.", 21.0),
    ("He estimates that lidar could be fitted to about 35% of new passenger cars in China this year.", 35.0),
    ("Heat pumps were fitted to 14 percent of new homes completed in 2031.", 14.0),
    ("Factories ran at about 78 per cent of capacity in the first quarter, the association said.", 78.0),
    ("Steel mills were operating at 85% of their capacity in March.", 85.0),
    ("Production lines worked at under 60 percent of installed capacity last year.", 60.0),
])
def test_fitted_or_run_at_capacity_is_a_rate(text: str, value: float) -> None:
    found = [m for m in metrics(text, "en", PUB) if m.value == value]
    assert [m.measure for m in found] == ["rate"]


def test_the_earlier_fitment_is_a_rate_too() -> None:
    found = metrics("Lidar was fitted to 21% of new passenger cars sold last year, up from 12% in 2030.", "en", PUB)
    assert [(m.value, m.measure, time_of(m)) for m in found] == [(21.0, "rate", "2031"), (12.0, "rate", "2030")]


@pytest.mark.parametrize("text", [
    "Lidar makers accounted for 21% of new passenger cars' sensor spending last year.",
    "Hebei accounted for 78% of capacity last year.",
    "About 78% of capacity is in the east.",
    "Electric models made up 21 percent of new cars sold last year.",
])
def test_parts_of_a_whole_stay_shares(text: str) -> None:
    assert [m.measure for m in metrics(text, "en", PUB) if m.unit == "percent"] == ["share"]


def test_a_capacity_in_tonnes_is_a_level() -> None:
    assert [(m.value, m.measure) for m in metrics("The plant runs at full capacity of 78 million tonnes.", "en", PUB)] \
        == [(78e6, "level")]


# --- ", home to N makers," dated now ----------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Chongqing, home to Loncin, Zongshen and more than 120 other motorcycle and parts makers, produced about "
     "a third of the country's motorcycles last year.", 120.0),
    ("Xiamen in Fujian province, home to more than 200 hearing aid makers and suppliers, produced about 45 "
     "percent of the country's hearing aids last year.", 200.0),
    ("Taizhou, now home to some 300 sewing equipment makers, exported 1.2 million machines in 2031.", 300.0),
])
def test_home_to_aside_is_a_stock_of_now(text: str, value: float) -> None:
    found = [m for m in metrics(text, "en", PUB) if m.value == value]
    assert [(m.measure, m.as_of) for m in found] == [("level", "2032-05")]


def test_home_to_aside_with_its_own_date_keeps_it() -> None:
    text = ("Chongqing, home to more than 120 motorcycle makers at the end of 2030, produced about a third of "
            "the country's motorcycles last year.")
    found = [m for m in metrics(text, "en", PUB) if m.value == 120.0]
    assert [m.as_of for m in found] == ["2030-12"]


def test_the_main_clause_keeps_last_year() -> None:
    text = ("Xiamen, home to more than 200 hearing aid makers, produced about 45 percent of the country's "
            "hearing aids last year.")
    assert [time_of(m) for m in metrics(text, "en", PUB) if m.value == 45.0] == ["2031"]


# --- "is expected to reach … by then" after a goal; a yearly rate to the horizon --------------------
_GOAL = ("Under the guideline, the localization rate of core components for heavy-duty gas turbines should exceed "
         "90 percent by 2035, and the country should have at least three internationally competitive makers. ")
_GOAL_PUB = date(2031, 11, 13)


def test_expected_by_then_after_a_goal_is_a_target() -> None:
    text = _GOAL + ("Annual revenue of the gas turbine industry is expected to reach 150 billion yuan (about 21 "
                    "billion U.S. dollars) by then, growing by about 10 percent a year.")
    assert _read(text, _GOAL_PUB)[2:] == [(150e9, "level", "target", "2035"), (21e9, "level", "target", "2035"),
                                          (10.0, "cagr", "target", "2031/2035")]


@pytest.mark.parametrize("text", [
    "The plan calls for 500 factories by 2035. Output is expected to reach 3 million units by then.",
    "The plan aims for 500 factories by 2035. Sales are expected to hit 3 million units by then.",
])
def test_expected_by_then_other_wordings(text: str) -> None:
    assert _read(text, _GOAL_PUB)[1][2] == "target"


@pytest.mark.parametrize("text", [
    # (a source's view of the goal's year: a forecast)
    "The plan calls for 500 factories by 2035. Output is expected to reach 3 million units by then, analysts said.",
    "The plan calls for 500 factories by 2035. Analysts expect output to reach 3 million units by then.",
    # (no goal before: a forecast's horizon)
    "Analysts expect the market to reach 150 billion yuan by 2035. Sales are expected to hit 3 million units by then.",
])
def test_a_view_by_then_stays_a_forecast(text: str) -> None:
    assert _read(text, _GOAL_PUB)[1][2] == "forecast"


@pytest.mark.parametrize("text", [
    "The plan aims to lift revenue to 150 billion yuan by 2035, growing by about 10 percent a year.",
    "Revenue should top 150 billion yuan by 2035, rising 10 percent annually.",
])
def test_a_yearly_rate_to_a_horizon_is_a_cagr(text: str) -> None:
    assert [(m.measure, m.period) for m in metrics(text, "en", _GOAL_PUB) if m.unit == "percent"] \
        == [("cagr", "2031/2035")]


@pytest.mark.parametrize("text", [
    "Revenue rose to 150 billion yuan last year, growing by about 10 percent a year.",
    "Revenue should top 150 billion yuan by 2035, up 10 percent a year earlier.",
])
def test_a_yearly_rate_without_a_horizon_is_no_cagr(text: str) -> None:
    assert [m.measure for m in metrics(text, "en", _GOAL_PUB) if m.unit == "percent"] != ["cagr"]


# --- "from China rose … to N units": the level reached -----------------------------------------------
@pytest.mark.parametrize("text", [
    "Exports of industrial sewing machines from China rose 9.7 per cent year on year to 2.84 million units in "
    "the first four months of 2032.",
    "Shipments from Japan fell 3 per cent year on year to 2.84 million units in April.",
    "Imports from South Korea have risen 9.7% to 2.84 million units so far this year.",
])
def test_a_subjects_origin_is_no_from_to_pair(text: str) -> None:
    assert [m.measure for m in metrics(text, "en", PUB) if m.unit == "count"] == ["level"]


@pytest.mark.parametrize("text, expected", [
    ("The share rose from about 41 per cent to 48 per cent.", ["share", "share"]),
    ("Sales from online stores rose from 20 percent to 30 percent of the total.", ["share", "share"]),
])
def test_a_real_from_to_pair_stays(text: str, expected: list[str]) -> None:
    assert [m.measure for m in metrics(text, "en", PUB)] == expected


# --- a subsidy's cap, its base unsaid --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Last month, the MIIT added 14 types of gas turbine equipment to its catalogue, under which buyers of the "
    "first units can claim premium subsidies of up to 80 percent.",
    "Buyers get subsidies of up to 30%, the ministry said.",
    "Farmers can apply for purchase subsidies of up to 35 per cent; the rest is paid by banks.",
])
def test_a_subsidy_cap_is_no_metric(text: str) -> None:
    assert [m for m in metrics(text, "en", PUB) if m.unit == "percent"] == []


@pytest.mark.parametrize("text, expected", [
    ("The ministry paid subsidies of 80 million yuan last year.", [(80e6, "CNY")]),
    ("Subsidies rose 80 percent last year.", [(80.0, "percent")]),
])
def test_subsidies_as_amounts_or_changes_stay(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(m.value, m.unit) for m in metrics(text, "en", PUB)] == expected


# --- a change since a year, after a sentence with a time ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Output rose 5% last year. Prices of DMC, the most widely traded silicone intermediate, have fallen about "
    "40% since 2028.",
    "Output rose 5% in the first half. Steel prices, a key cost, have risen 40 percent since 2029.",
])
def test_change_since_a_year_is_as_of_now(text: str) -> None:
    found = [m for m in metrics(text, "en", date(2032, 7, 16)) if abs(m.value) == 40.0]
    assert [(m.measure, m.period, m.as_of) for m in found] == [("growth", None, "2032-07")]
