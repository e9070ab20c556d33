"""Leftovers of session 18's English probes (measures, values, times), on sentences written for
these tests (no labelled document's wording), each with near-misses.

* The rate a change moved away from ("slowing from 6.8% in the previous quarter", "down from 4.1%
  in September", "eased from 7.1% … to 5.5%") is that rate, positive unless a decline is named
  after it ("deepening from a 1.2% decline"); a growth rate that fell to a figure is that rate.
* "one in five", "two in three": a share (approximate, as "a quarter of" is); not "one in five
  years", "a one in a million chance", "in one of five cities".
* "charging points", "access points": places counted; "key points", index points, "points of
  sale" not.
* "fell 4.1% (-4.1%)": one figure told twice.
* "October's shipments": the month as the owner of the figure is its period; "passenger trips"
  a flow (a forecast for next year is that year's, not its December); "over the past five
  years" the five years up to the last the statement can cover (as 近五年 is).
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics, time_of

PUB = date(2030, 11, 15)


def _values(text: str) -> list[float]:
    return sorted(m.value for m in metrics(text, "en", PUB))


def _one(text: str, value: float):
    found = [m for m in metrics(text, "en", PUB) if abs(abs(m.value) - value) < 1e-6]
    assert len(found) == 1, [(m.value, m.measure, m.unit) for m in metrics(text, "en", PUB)]
    return found[0]


# --- the rate a change moved away from --------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Industrial output rose 6.1% in the second quarter from a year earlier, slowing from 6.8% in the "
     "previous quarter.", 6.8),
    ("Retail sales rose 3.1% in October, down from 4.1% in September.", 4.1),
    ("Exports grew 5.5% in the second quarter, easing from 7.1% in the first quarter.", 7.1),
    ("Exports grew 3.1% in October, down from a 4.1% rise in September.", 4.1),
    ("Exports fell 3.1% from a year earlier, down from a revised 4.5% gain in September.", 4.5),
    ("Growth in exports eased from 7.1% in the first quarter to 5.5% in the second.", 7.1),
    ("Growth in exports eased from 7.1% in the first quarter to 5.5% in the second.", 5.5),
    ("Growth slowed from 6.8% in the first quarter to 6.1% in the second.", 6.1),
    ("Retail sales growth fell to 3.1% in October.", 3.1),
    ("Growth of exports dropped to 3.1% in October from 4.1% in September.", 3.1),
])
def test_the_rate_moved_from_or_to_is_positive(text: str, value: float) -> None:
    assert _one(text, value).value == value


@pytest.mark.parametrize("text, value", [
    # (the change itself keeps its verb's sign; "from" after the figure names its base)
    ("Exports fell 3.1% from a year earlier.", 3.1),
    ("Retail sales rose 3.1% in October, down from 4.1% in September, but imports fell 2% in October.", 2),
    # (a decline named after the earlier figure is negative)
    ("Exports fell 3.1% in October, deepening from a 1.2% decline in September.", 1.2),
    # (a fall in the past participle is a fall: "after dropping 4.1%")
    ("Exports fell 3.1% in October, after dropping 4.1% in September.", 4.1),
    ("Imports kept decreasing 2.2% a month.", 2.2),
    ("The decline in exports narrowed to 2.1% in October.", 2.1),
])
def test_a_fall_stays_negative(text: str, value: float) -> None:
    assert _one(text, value).value == -value


# --- "one in five" ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("One in five new cars sold in China is electric.", 20.0),
    ("Nearly two in three manufacturers plan to raise spending on automation.", 66.7),
    ("About one in every four households owns an electric bicycle.", 25.0),
    ("More than one in four firms said orders fell.", 25.0),
    ("Sales reached 6.9 million, or one in ten cars sold.", 10.0),
])
def test_one_in_five_is_a_share(text: str, value: float) -> None:
    m = _one(text, value)
    assert (m.unit, m.measure, m.value) == ("percent", "share", value)
    assert m.qualifier in ("approx", "gt")


@pytest.mark.parametrize("text", [
    "A full audit follows one in five years.",
    "There is a one in a million chance of failure.",
    "The plant is in one of five cities chosen for the pilot.",
    "Sales rose in one province in five months.",
])
def test_no_share_without_a_part_in_a_whole(text: str) -> None:
    assert not [m for m in metrics(text, "en", PUB) if m.unit == "percent"]


# --- points that are places ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, value, counted", [
    ("China will build 30 million charging points by 2030.", 30e6, "charging points"),
    ("The country had 3.2 million public charging points at the end of October.", 3.2e6, "public charging points"),
    ("Operators installed 450,000 Wi-Fi access points last year.", 450000, "Wi-Fi access points"),
    ("The city set up 1,200 recycling collection points in 2029.", 1200, "recycling collection points"),
])
def test_points_as_places_are_counted(text: str, value: float, counted: str) -> None:
    m = _one(text, value)
    assert (m.unit, m.counted) == ("count", counted)


@pytest.mark.parametrize("text", [
    "The plan sets out 12 key points for the sector.",
    "The index closed at 3,400 points.",
    "The retailer has 5,000 points of sale.",
    "The minister made five points in his speech.",
])
def test_other_points_are_not_counted(text: str) -> None:
    assert not [m for m in metrics(text, "en", PUB) if m.unit == "count"]


# --- a percentage restated in brackets ---------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Exports fell 4.1% (-4.1%) in October.", -4.1),
    ("Exports fell 4.1 percent (-4.1%) in October.", -4.1),
    ("Exports rose 4.1% (+4.1%) in October.", 4.1),
])
def test_a_restated_percentage_is_one_figure(text: str, value: float) -> None:
    assert _values(text) == [value]


@pytest.mark.parametrize("text, values", [
    ("Exports fell 4.1% (-2.0% in September) in October.", [-4.1, -2.0]),
    ("Exports shrank further (-4.1%) in October.", [-4.1]),
])
def test_a_different_bracketed_percentage_stays(text: str, values: list[float]) -> None:
    assert _values(text) == sorted(values)


# --- times ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value, expected", [
    ("Shipments rose 6% in the first three quarters. October's shipments alone rose 9%.", 9, "2030-10"),
    ("September's output of crude steel was 77 million tonnes.", 77e6, "2030-09"),
    ("Exports slowed. March’s exports jumped 12%.", 12, "2030-03"),
    ("Passenger trips are expected to reach 770 million next year.", 770e6, "2031"),
    ("Railway passenger trips reached 3.8 billion in 2029.", 3.8e9, "2029"),
    ("Sales rose 10 percent a year over the past five years.", 10, "2026/2030"),
    ("In the last three years, exports totalled 12 million units.", 12e6, "2028/2030"),
])
def test_times(text: str, value: float, expected: str) -> None:
    assert time_of(_one(text, value)) == expected


@pytest.mark.parametrize("text, value, expected", [
    # (a name's "May's" is no month)
    ("Theresa May's government had 300 advisers.", 300, "2030-11"),
    # (no number of years: no span)
    ("Over the past few years, China built 30,000 5G factories.", 30000, "2030-11"),
    # (a stock's number expected next year stays a year-end)
    ("The number of charging piles is expected to reach 30 million next year.", 30e6, "2031-12"),
])
def test_times_near_misses(text: str, value: float, expected: str) -> None:
    assert time_of(_one(text, value)) == expected
