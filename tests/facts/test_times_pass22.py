"""Metric times, pass 22: shares of a flow a paragraph after the flow's span, and "the same period of
<year>" as a comparison's base (heldout17 H221's constructions, in sentences written for these tests).

* "Exports … in the first 10 months of the year." then, in the next paragraph, "North America and
  Southeast Asia took 15% and 13% of shipments": parts of that flow over its span, though the span ended
  two months before publication; bare shares after such a share in its paragraph too. Not a share of a
  stock, not a share naming no flow, not a paragraph further on, not a span long past.
* "made up 71% of the units shipped, up from 64% in the same period of 2029": 2029 is the base's, not
  the 71%'s; the 64% is that year's same months.
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics

PUB = date(2030, 12, 13)
LEAD = "Exports of excavators rose 12.4% to 96,300 units in the first 10 months of the year, customs data showed.\n\n"


def _times(text: str, published: date = PUB) -> dict[float, str | None]:
    return {m.value: (m.period or m.as_of) for m in metrics(text, "en", published)}


# --- shares of the flow reported in the paragraph before ------------------------------------------
@pytest.mark.parametrize("text, value", [
    (LEAD + "North America and Southeast Asia took 15% and 13% of shipments, respectively.", 13.0),
    (LEAD + "Machines sold to Russia accounted for 22% of the total exported.", 22.0),
    (LEAD + "Electric models made up 31% of the units shipped.", 31.0),
    (LEAD + "Africa took 9% of the exports. Europe's share slipped to 27%.", 27.0),
    ("Sales of heavy trucks rose 8% in the third quarter, the association said.\n\n"
     "Natural-gas models took 18% of the trucks sold.", 18.0),
])
def test_share_of_the_flow_takes_its_span(text, value):
    expected = "2030-Q3" if "third quarter" in text else "2030-01/2030-10"
    assert _times(text)[value] == expected


@pytest.mark.parametrize("text, value, published", [
    # (a share naming no flow, on another topic)
    (LEAD + "Women make up 38% of the industry's engineers.", 38.0, PUB),
    # (a share of a stock: the stock's date, as things stand)
    (LEAD + "Chinese brands hold 41% of the installed base of the global fleet.", 41.0, PUB),
    # (a span long past: the share is stated now)
    (LEAD + "Electric models made up 9% of the units shipped.", 9.0, date(2031, 6, 20)),
    # (a paragraph further on: the story has moved on)
    (LEAD + "Domestic demand has been weak, the association said.\n\nElectric models made up 9% of the units shipped.", 9.0, PUB),
    # (a bare share in a paragraph where no share of the flow came first)
    (LEAD + "Europe's share slipped to 27%.", 27.0, PUB),
])
def test_share_not_of_the_reported_span(text, value, published):
    assert _times(text, published)[value] != "2030-01/2030-10"


# --- "the same period of <year>" as the base's time ------------------------------------------------
@pytest.mark.parametrize("text, value, expected", [
    (LEAD + "Electric models made up 71% of the units shipped, up from 64% in the same period of 2029.", 71.0,
     "2030-01/2030-10"),
    (LEAD + "Electric models made up 71% of the units shipped, up from 64% in the same period of 2029.", 64.0,
     "2029-01/2029-10"),
    ("Output rose to 4,210 units in the first nine months of 2030, compared with 3,880 units in the same period "
     "of 2028.", 4210.0, "2030-01/2030-09"),
    ("Output rose to 4,210 units in the first nine months of 2030, compared with 3,880 in the same period "
     "of 2028.", 3880.0, "2028-01/2028-09"),
    ("Their value climbed to $6.8 billion in January-October, up from about $6.1 billion during the same months "
     "of 2029.", 6800000000.0, "2030-01/2030-10"),
])
def test_same_period_of_a_year_is_the_base(text, value, expected):
    assert _times(text)[value] == expected


def test_a_year_after_a_figure_without_same_period_stays_its_own():
    # (near-miss: "from 64% in 2029" with no "same period" — the year dates the figure it follows only)
    t = _times("The share fell to 58% in 2030 from 64% in 2029.")
    assert t[58.0] == "2030" and t[64.0] == "2029"


# --- a goal's verb continuing the goals of its paragraph ("will also cultivate") -------------------
_GOALS = ("The guideline aims to raise carbon fiber output to more than 200,000 tonnes by 2033 and lift the "
          "share of domestic fiber to over 85 percent by that year. ")


@pytest.mark.parametrize("text, value", [
    (_GOALS + "The country will also cultivate three to five globally competitive enterprises, the document said.", 3.0),
    (_GOALS + "It will nurture 20 leading firms in the sector.", 20.0),
    (_GOALS + "China will cultivate 12 industrial clusters for the material.", 12.0),
])
def test_goal_verb_continues_the_horizon(text, value):
    assert _times(text, date(2031, 2, 21))[value] == "2033"


@pytest.mark.parametrize("text, value", [
    # (done, not a goal: the past participle)
    (_GOALS + "The country has cultivated 12 industrial clusters for the material.", 12.0),
    # (a paragraph on another topic)
    (_GOALS + "\n\nLocal officials will cultivate 12 industrial clusters, the province said.", 12.0),
])
def test_goal_verb_near_misses(text, value):
    assert _times(text, date(2031, 2, 21))[value] != "2033"
