"""Precision audit 17 (session 17's second batch of rules): misfires found on sentences written for
this audit, each with true cases in other wordings that must keep working.

* Adoption as a rate ("N percent of <units> support X"): not when the units are a sum of money
  ("30 percent of the money will support rural broadband": the part of an amount put to a use, a share).
* A minus sign before a percentage: not a range's dash spaced unevenly after a figure ("a target of
  2% -3%", "2 percent -3 percent").
* A percentage written with a minus sign tells its own sign (a fall's verb does not turn it: "shrank
  further (-4.1% year on year)", "declined -3.2%"), and is a change, never a share ("Exports fell to
  -3.2%").
* "China imported N tonnes of X and M tonnes of Y": the second goods are named by their own words
  and the shared verb ("corn imports"), not by the first goods'.
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics

PUB = date(2030, 12, 13)


def _percent(text: str, value: float):
    found = [m for m in metrics(text, "en", PUB) if m.value == value and m.unit == "percent"]
    assert len(found) == 1, [(m.value, m.unit, m.measure) for m in metrics(text, "en", PUB)]
    return found[0]


# --- adoption: a sum of money is no set of adopting units ------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("About 30 percent of the money will support rural broadband.", 30),
    ("About 25 percent of the investment will support chip projects, the fund said.", 25),
    ("Around 15 percent of the budget will support small businesses.", 15),
    ("About 10 percent of the loans will support green projects, the bank said.", 10),
    ("More than 60 percent of the new loans supported manufacturers last year.", 60),
    ("Around 35 percent of the capital raised will support research.", 35),
    ("Some 18 percent of the spending will support vocational training.", 18),
    ("Half of the subsidies will support small and medium-sized firms.", 50),
])
def test_part_of_a_sum_of_money_is_a_share(text, value):
    assert _percent(text, value).measure == "share"


@pytest.mark.parametrize("text, value", [
    ("More than 80 percent of the new terminals will support BeiDou.", 80),
    ("About 60 percent of the funded projects have adopted domestic chips.", 60),
    ("Some 45 percent of the surveyed banks now use cloud-based core systems.", 45),
    ("About 40 percent of the provinces support the pilot scheme.", 40),
])
def test_units_that_adopt_stay_a_rate(text, value):
    assert _percent(text, value).measure == "rate"


# --- a minus sign: not a range's dash after a figure -----------------------------------------------
@pytest.mark.parametrize("text", [
    "The target range is 2% -3% for the year.",
    "The rate was 2 percent -3 percent, the report said.",
    "Analysts expect margins of 4.5% -5% this year.",
])
def test_range_dash_is_no_minus_sign(text):
    assert [m.value for m in metrics(text, "en", PUB) if m.unit == "percent" and m.value < 0] == []


@pytest.mark.parametrize("text, value", [
    ("The PPI fell 0.5 points to -2.8% in November.", -2.8),
    ("Growth was 0.3% in November, -0.2% in October.", -0.2),
])
def test_minus_sign_after_a_word_or_bracket_stays(text, value):
    assert _percent(text, value).value == value


# --- a written minus sign: its own sign, a change -------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Profits shrank further (-4.1% year on year).", -4.1),
    ("Exports declined -3.2% year on year in October.", -3.2),
    ("Industrial output fell by -0.8 percent in the third quarter.", -0.8),
])
def test_fall_with_a_minus_sign_stays_below_zero(text, value):
    assert _percent(text, value).measure in ("growth", "yoy_growth")


@pytest.mark.parametrize("text, value, measure", [
    ("Exports fell to -3.2% in October.", -3.2, "yoy_growth"),
    ("The PPI fell to -2.8% in November.", -2.8, "yoy_growth"),
    ("The CPI fell to -0.3% month on month in November.", -0.3, "growth"),
])
def test_minus_percent_is_no_share(text, value, measure):
    assert _percent(text, value).measure == measure


@pytest.mark.parametrize("text, value", [
    ("10月份，出口增速为-3.2%。", -3.2),
    ("利润同比下降（-3.5%）。", -3.5),
])
def test_zh_minus_percent(text, value):
    found = [(m.value, m.measure) for m in metrics(text, "zh", PUB) if m.unit == "percent"]
    assert found == [(value, "yoy_growth")]


# --- "produced/imported N tonnes of X and M tonnes of Y" --------------------------------------------
@pytest.mark.parametrize("text, subjects", [
    ("China imported 11.3 million tonnes of soybeans and 2 million tonnes of corn in October.",
     ["soybeans imports", "corn imports"]),
    ("Jiangsu produced 3 million tonnes of paper and 2 million tonnes of cardboard in the first half.",
     ["Jiangsu paper output", "Jiangsu cardboard output"]),
    ("The province exported 40,000 units of excavators and 12,000 units of loaders last year.",
     ["excavators exports", "loaders exports"]),
])
def test_second_goods_named_by_their_own_words(text, subjects):
    assert [m.subject for m in metrics(text, "en", PUB)] == subjects


@pytest.mark.parametrize("text", [
    # (no "of <goods>" after the second figure, or another verb joins: the first subject's rules)
    "China produced 1.02 billion tonnes of crude steel in 2023 and 900 million tonnes of it went to construction.",
    "China imported 11.3 million tonnes of soybeans, up 5 percent, and 2 million tonnes more than in 2029.",
])
def test_second_figure_without_its_own_goods(text):
    subjects = [m.subject for m in metrics(text, "en", PUB)]
    assert "it imports" not in subjects and "it output" not in subjects
    assert all(not s.endswith((" imports", " output")) or s.split()[0].lower() in ("soybeans", "crude")
               for s in subjects)
