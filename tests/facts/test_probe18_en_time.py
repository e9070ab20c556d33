"""Probe 18: English metric times in articles written for these tests (no labelled document).

* A month or quarter named without a year, still ahead of the publication month, in a goal or
  forecast ("aims to have 5 million base stations by the end of June" in May) is this year's, not
  last year's month of that name; a past report of such a month stays last year's.
* "compared with 19.8% a quarter earlier", "slowing from 6.8% in the previous quarter": the
  figure of the quarter before the quarter reported (in the sentence, or the paragraph's quarter).
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics

MAY = date(2030, 5, 20)


def _times(text: str, published: date = MAY) -> dict[float, str | None]:
    return {abs(m.value): (m.period or m.as_of) for m in metrics(text, "en", published)}


@pytest.mark.parametrize("text, value, expected", [
    ("The ministry aims to have more than 5 million 5G base stations in service by the end of June, "
     "an official said.", 5e6, "2030-06"),
    ("The country is expected to have 5 million 5G base stations by the end of June.", 5e6, "2030-06"),
    ("The country will have 5 million 5G base stations by the end of July.", 5e6, "2030-07"),
    ("China plans to build 5 million 5G base stations by the end of June.", 5e6, "2030-01/2030-06"),
    ("The operator targets 80 million gigabit users as of end-September.", 80e6, "2030-09"),
    ("Regulators expect the number of charging piles to top 12 million by the end of November.", 12e6, "2030-11"),
])
def test_month_still_ahead_in_a_goal_is_this_years(text, value, expected):
    assert _times(text)[value] == expected


@pytest.mark.parametrize("text, value, expected", [
    # (a past report of a month after the publication month: last year's)
    ("China had 4.6 million 5G base stations by the end of June.", 4.6e6, "2029-06"),
    ("Gigabit users totalled 80 million as of end-September, the ministry said.", 80e6, "2029-09"),
    # (a goal cue after the month says nothing of it)
    ("China had 4.6 million 5G base stations by the end of June and will add more.", 4.6e6, "2029-06"),
    # (a plan or target named as a noun is no goal: "a draft of the plan had been circulated in June")
    ("A draft of the plan had been circulated for comment in June, drawing more than 1,200 submissions.",
     1200.0, "2029-06"),
    ("The plan's targets were met: sales reached 1.5 million units in September.", 1.5e6, "2029-09"),
    # (a month already reached this year: this year's either way)
    ("The ministry aims to have 4.6 million 5G base stations by the end of April.", 4.6e6, "2030-04"),
])
def test_month_ahead_without_a_goal_stays_last_years(text, value, expected):
    assert _times(text)[value] == expected


OCT = date(2030, 10, 30)


@pytest.mark.parametrize("text, value, expected", [
    ("Industrial output rose 6.1% in the second quarter from a year earlier, slowing from 6.8% in the "
     "previous quarter, the bureau said.", 6.8, "2030-Q1"),
    ("Sales rose 4% in the first quarter, after 3% growth in the previous quarter.", 3.0, "2029-Q4"),
    ("Its gross margin was 21.5% in the third quarter, compared with 19.8% a quarter earlier.", 19.8, "2030-Q2"),
    ("The chipmaker said revenue rose 18% to $2.4 billion in the July-September quarter. Its gross margin "
     "was 21.5%, compared with 19.8% a quarter earlier.", 19.8, "2030-Q2"),
    ("Utilisation reached 81 percent in the fourth quarter of 2029, up from 77 percent in the prior quarter.",
     77.0, "2029-Q3"),
])
def test_figure_of_the_quarter_before(text, value, expected):
    assert _times(text, OCT)[value] == expected


@pytest.mark.parametrize("text, value, expected", [
    # (the reported quarter's own figure keeps its quarter)
    ("Its gross margin was 21.5% in the third quarter, compared with 19.8% a quarter earlier.", 21.5, "2030-Q3"),
    # ("the last quarter" may be the latest one: left as before)
    ("Sales rose 4% in the first quarter, after 3% growth in the last quarter.", 3.0, "2030-Q1"),
])
def test_no_quarter_before_without_a_quarter_reported(text, value, expected):
    assert _times(text, OCT)[value] == expected


def test_no_quarter_before_after_a_month():
    # (a month reported, not a quarter: no quarter to step back from)
    text = "Sales rose 4% in September. Margins were 12%, compared with 11% a quarter earlier."
    assert "Q" not in (_times(text, OCT)[11.0] or "")


AUG = date(2030, 8, 28)


@pytest.mark.parametrize("text, value, expected", [
    ("Revenue reached 7.1 trillion yuan in the first seven months, compared with 6.4 trillion yuan in the "
     "same period a year earlier, the ministry said.", 6.4e12, "2029-01/2029-07"),
    ("Exports reached 62 billion yuan in January-July, compared with 55 billion yuan in the same period "
     "last year.", 55e9, "2029-01/2029-07"),
    ("Sales rose to 3.2 million units in the first half, up from 2.7 million over the same period last year.",
     2.7e6, "2029-01/2029-06"),
    ("In 2029, the country exported 6.1 million vehicles, compared with 4.9 million the year before.",
     4.9e6, "2028"),
])
def test_figure_of_the_same_period_a_year_before(text, value, expected):
    assert _times(text, AUG)[value] == expected


@pytest.mark.parametrize("text, value, expected", [
    # ("the same period" alone is the period reported: no year back)
    ("Output was 7.1 million tons in the first seven months, compared with 6.4 million tons in the same "
     "period.", 6.4e6, "2030-01/2030-07"),
    # (the reported figure keeps its own span)
    ("Exports reached 62 billion yuan in January-July, compared with 55 billion yuan in the same period "
     "last year.", 62e9, "2030-01/2030-07"),
])
def test_same_period_without_a_year_back(text, value, expected):
    assert _times(text, AUG)[value] == expected


@pytest.mark.parametrize("text, value, expected", [
    ("Comac delivered 46 C919 jets in 2029.", 46.0, "2029"),
    ("The port handled 48 million containers in 2029.", 48e6, "2029"),
    ("The country shipped 6.1 million vehicles abroad in 2029.", 6.1e6, "2029"),
    ("China's civil aviation carried 720 million passengers in 2029, a record.", 720e6, "2029"),
])
def test_goods_or_people_moved_are_a_flow(text, value, expected):
    m = {abs(x.value): x for x in metrics(text, "en", AUG)}[value]
    assert (m.period, m.as_of) == (expected, None)


@pytest.mark.parametrize("text, value", [
    ("The firm had 3,000 employees in 2029.", 3000.0),
    ("China built 4,000 5G base stations in 2029.", 4000.0),
    ("Unshipped inventory stood at 48,000 units in 2029.", 48000.0),
])
def test_stocks_stay_stocks(text, value):
    m = {abs(x.value): x for x in metrics(text, "en", AUG)}[value]
    assert m.period is None and m.as_of == "2029-12"
