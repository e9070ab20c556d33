"""Session 20 (j): English metric times in running prose, from sentences written for these tests.

* "in the three months to September", "the 12 months through June", "the quarter ended March": the
  N months ending with the month named (across New Year when they reach back past January).
* "rose 30% this year through October": January to the month named, of the year running.
* "Over the first 10 months, …", "Over the January-October period, …": "over" opening a clause
  before a span (or before a span named as a period) is "throughout", no comparison base.
* "From 2030 to 2031, …": the capitalised "From" opening a sentence.
* "in the period from January through October": the span named, not "the period reported before".
* "after a 4.8% rise the previous month", "a 3% drop in the prior quarter": the month (quarter)
  before the one reported, with the change's noun between and "in" left out.
* "up from 38% in the same month last year": the month of the year before.
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics

NOV = date(2031, 11, 18)


def _times(text: str, published: date = NOV) -> dict[float, str | None]:
    return {abs(m.value): (m.period or m.as_of) for m in metrics(text, "en", published)}


@pytest.mark.parametrize("text, value, expected", [
    ("Profits at industrial firms rose 8.2% in the three months to September, the bureau said.", 8.2, "2031-Q3"),
    ("In the 12 months to June, lithium battery exports rose 27% to 65 billion dollars.", 27.0, "2030-07/2031-06"),
    ("Battery exports rose 11% over the six months through August, customs data showed.", 11.0, "2031-03/2031-08"),
    ("The company's revenue rose 14% in the nine months to Sept. 30, 2030.", 14.0, "2030-01/2030-09"),
    ("Sales of excavators fell 6% in the quarter ended March.", 6.0, "2031-Q1"),
    ("Output rose 2% in the two months to January from a year earlier.", 2.0, "2030-12/2031-01"),
])
def test_months_to_a_month(text, value, expected):
    assert _times(text)[value] == expected


@pytest.mark.parametrize("text, value, expected", [
    ("Solar cell exports rose 30% this year through October, the ministry said.", 30.0, "2031-01/2031-10"),
    ("Shipments of robots grew 12% this year to September.", 12.0, "2031-01/2031-09"),
])
def test_this_year_through_a_month(text, value, expected):
    assert _times(text)[value] == expected


@pytest.mark.parametrize("text, value, expected", [
    ("Over the first 10 months of the year, power generation increased 5.1%.", 5.1, "2031-01/2031-10"),
    ("Over the January–October period, revenue of the software industry reached 10.2 trillion yuan.",
     10.2e12, "2031-01/2031-10"),
    ("Exports slipped in October, but over the first 10 months they rose 4.4%.", 4.4, "2031-01/2031-10"),
    ("Over the 12 months to June, robot output grew 17%.", 17.0, "2030-07/2031-06"),
    ("Software revenue grew 9.3% over the January-September period, the ministry said.", 9.3, "2031-01/2031-09"),
])
def test_over_opening_a_span(text, value, expected):
    assert _times(text)[value] == expected


@pytest.mark.parametrize("text, value, expected", [
    ("From 2028 to 2030, China's output of industrial robots rose 48%.", 48.0, "2028/2030"),
    ("Output of cement fell 9.7% in the period from January through October.", 9.7, "2031-01/2031-10"),
    ("Profits fell 3.1% during the period between March and August, the bureau said.", 3.1, "2031-03/2031-08"),
])
def test_named_spans(text, value, expected):
    assert _times(text)[value] == expected


@pytest.mark.parametrize("text, value, expected", [
    ("Power consumption rose 6.2% in October, after a 4.8% rise the previous month.", 4.8, "2031-09"),
    ("Profits rose 9% in September, compared with a 3% drop in the previous month.", 3.0, "2031-08"),
    ("Output grew 5% in March, after a 2% decline in the prior month.", 2.0, "2031-02"),
    ("Sales rose 7% in the third quarter, after a 1.5% contraction the previous quarter.", 1.5, "2031-Q2"),
    ("China's NEV penetration rate hit 53% in October, up from 38% in the same month last year.", 38.0, "2030-10"),
    ("The margin was 21% in the second quarter, up from 17% in the same quarter of 2029.", 17.0, "2029-Q2"),
])
def test_the_month_before_and_the_same_month_a_year_before(text, value, expected):
    assert _times(text)[value] == expected


@pytest.mark.parametrize("text, value, expected", [
    # (the change's own month: "since" makes a change, not the earlier month's figure)
    ("Power consumption rose 6.2% in October, a 4.8% rise since the previous month.", 6.2, "2031-10"),
    # (a comparison after the figure keeps "over" a base: the first half is no time of the 10%)
    ("Sales in the second half rose 10% over the first half.", 10.0, "2030-07/2030-12"),
    # (no "the": a span's length, not the months up to June)
    ("The permit process took three months to June, and output rose 6% in June.", 6.0, "2031-06"),
    # (a month still ahead after "this year through": no span reported, the sentence's own)
    ("Sales rose 12% in October and will keep rising this year through December.", 12.0, "2031-10"),
    # (the same month named with another figure, no year before it: the figure's own month)
    ("Sales hit 1.2 million in October, the same month the plant opened.", 1.2e6, "2031-10"),
])
def test_near_misses(text, value, expected):
    assert _times(text)[value] == expected
