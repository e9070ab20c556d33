"""Metric times, pass 19: the earlier level of a from-to pair and a goal's horizon told in another
clause (the studied sets' own sentences, and sentences written for these tests).

* "up from roughly 46 percent a year ago", "from about 30% two years earlier": the earlier level is
  of the same span as the figure it is compared with, one (or N) years before, with a qualifier
  between "from" and the number as without one.
* "compared with 5,000 when the 14th Five-Year Plan period (2021-2025) began", "from 18 percent
  before the program began" (the program "launched in June 2024" told before): the earlier level is
  of the start of what began, the first year of its bracketed span or the start told before.
* A goal whose horizon was named for the goal before it in the sentence ("revenue to exceed 800
  billion yuan by 2028, up from 652 billion yuan last year, and for OLED to make up 40 per cent"):
  the earlier level's time between them ("last year", "now") is no time of the later goal.
* "should reach at least 90% by then, from 78.5% at present": "by then" is the horizon named before,
  though the sentence names a time of its own (the earlier level's "at present").
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics

PUB = date(2026, 7, 9)


def _time(text: str, lang: str, value: float, published: date = PUB):
    found = [m for m in metrics(text, lang, published) if m.value == value]
    assert len(found) == 1, [(m.value, m.measure, m.period, m.as_of) for m in metrics(text, lang, published)]
    return found[0].period or found[0].as_of


# --- 1. the earlier level, N years before ------------------------------------------------------------
@pytest.mark.parametrize("text, value, published, expected", [
    # (the sets' sentence: heldout5 H75)
    ("Exports rose 1.8 percent in the first nine months of 2025. Textiles accounted for about 48 percent of "
     "the sector's exports in the period, up from roughly 46 percent a year ago.", 46, date(2025, 10, 24),
     "2024-01/2024-09"),
    # (wordings of our own)
    ("Sales rose 5% in 2025. Electric cars made up 41% of sales in 2025, up from nearly 35% a year earlier.",
     35, PUB, "2024"),
    ("Sales rose 5% in 2025. Electric cars made up 41% of sales in 2025, up from about 30% two years earlier.",
     30, PUB, "2023"),
    ("In the first half of 2026, private firms made up 62 percent of exports, up from some 55 percent "
     "three years ago.", 55, PUB, "2023-01/2023-06"),
    ("Sales rose 5% in 2025. Electric cars made up 41% of sales in 2025, up from 35% a year earlier.",
     35, PUB, "2024"),
])
def test_earlier_level_years_before(text, value, published, expected):
    assert _time(text, "en", value, published) == expected


@pytest.mark.parametrize("text, value, expected", [
    # (near-misses: no years named after the earlier level, or a figure's own time)
    ("Sales rose 5% in 2025. Electric cars made up 41% of sales in 2025, up from roughly 35% in 2023.", 35, "2023"),
    ("Sales rose 5% in 2025. Electric cars made up 41% of sales in 2025, up from roughly 35%.", 35, "2024"),
])
def test_earlier_level_of_its_own_time(text, value, expected):
    assert _time(text, "en", value) == expected


# --- 2. the earlier level at the start of what began -------------------------------------------------
@pytest.mark.parametrize("text, value, published, expected", [
    # (the sets' sentences: devset 025, heldout5 H79)
    ("CHONGQING -- The number of national-level \"little giant\" enterprises in China has climbed past 17,600, "
     "compared with just over 5,000 when the 14th Five-Year Plan period (2021-2025) began, the Ministry of "
     "Industry and Information Technology said on Wednesday.", 5000, date(2025, 11, 13), "2021"),
    ("The program was launched in June 2024 through a notice that the two ministries jointly issued. Among "
     "participating enterprises, the share reaching level two or above in the national maturity assessment rose "
     "to 39 percent from 18 percent before the program began.", 18, date(2026, 4, 17), "2024-06"),
    # (wordings of our own)
    ("The pilot scheme was launched in March 2025. The share of firms using cloud services has risen to 64% "
     "from 40% when the scheme started.", 40, PUB, "2025-03"),
    ("The number of certified plants rose to 320 from 120 when the campaign (2023-2025) began.", 120, PUB, "2023"),
    ("The subsidy programme started in September 2024. Sales of the devices climbed to 8.2 million units, "
     "up from 3.1 million units before the programme began.", 3100000, PUB, "2024-09"),
])
def test_earlier_level_at_a_start(text, value, published, expected):
    assert _time(text, "en", value, published) == expected


@pytest.mark.parametrize("text, value, expected", [
    # (near-misses: no start told, or a start that dates no earlier level)
    ("The share of firms using cloud services has risen to 64% from 40% when the scheme started.", 40, "2026-07"),
    ("The scheme was launched in March 2025. The share of firms using cloud services has risen to 64% "
     "since the scheme started.", 64, "2026-07"),
])
def test_no_start_to_date_by(text, value, expected):
    assert _time(text, "en", value) == expected


# --- 3. a horizon named for the goal before --------------------------------------------------------
@pytest.mark.parametrize("text, value, published, expected", [
    # (the sets' sentences: heldout10 H143, heldout12 H159)
    ("The plan calls for the industry's revenue to exceed 800 billion yuan (US$110 billion) by 2028, up from 652 "
     "billion yuan last year, and for OLED to make up 40 per cent of that revenue.", 40, date(2026, 4, 9), "2028"),
    ("Under the plan, at least 80% of the country's API output should come from such parks by 2030, up from about "
     "38% now, and energy consumption per unit of API output should fall by 15% from 2025 levels.", -15,
     date(2027, 1, 15), "2030"),
    # (wordings of our own)
    ("The guideline aims to lift output to 5 million units by 2027, up from 2.1 million units last year, "
     "and to raise the export share to 30 percent.", 30, PUB, "2027"),
    ("The plan targets a recycling rate of 60% by 2030, compared with 42% now, and calls for 200 "
     "demonstration parks.", 200, PUB, "2030"),
])
def test_goal_after_an_earlier_level_keeps_the_horizon(text, value, published, expected):
    assert _time(text, "en", value, published) == expected


@pytest.mark.parametrize("text, value, expected", [
    # (near-misses: the earlier level's own time, and a figure reported as done)
    ("The plan targets a recycling rate of 60% by 2030, compared with 42% now, and calls for 200 "
     "demonstration parks.", 42, "2026-07"),
    ("The guideline aims to lift output to 5 million units by 2027, up from 2.1 million units last year, "
     "while exports rose 12 percent in the first half of 2026.", 12, "2026-01/2026-06"),
])

def test_earlier_level_and_reported_figures_keep_their_time(text, value, expected):
    assert _time(text, "en", value) == expected


def test_a_past_verb_after_and_sets_no_further_goal():
    # ("grew to" reports a figure: the horizon of the goal before is not its time)
    text = ("Sales rose 5% in 2025. The guideline aims to lift output to 5 million units by 2027, up from 2.1 "
            "million units last year, and exports grew to 600,000 units.")
    assert _time(text, "en", 600000) != "2027"


# --- 4. "by then" ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value, published, expected", [
    # (the sets' sentence: heldout12 H163)
    ("Around 1,100 hazardous chemical plants are to be relocated or shut down by the end of 2027, according to "
     "the campaign document. The share of parks rated as \"lower risk\" should reach at least 90% by then, from "
     "78.5% at present.", 90, date(2026, 3, 27), "2027-12"),
    # (wordings of our own)
    ("The plan aims to build 300 smart factories by 2028. Their output should reach 2 trillion yuan by then, "
     "up from 1.2 trillion yuan now.", 2000000000000, PUB, "2028"),
    ("The ministry wants 5G to cover all villages by 2027. Gigabit users should top 400 million by then, "
     "compared with 230 million in 2025.", 400000000, PUB, "2027"),
])
def test_by_then_is_the_horizon_before(text, value, published, expected):
    assert _time(text, "en", value, published) == expected


@pytest.mark.parametrize("text, value, expected", [
    # (near-misses: the earlier level of a "by then" goal, and "by then" of no goal)
    ("The plan aims to build 300 smart factories by 2028. Their output should reach 2 trillion yuan by then, "
     "up from 1.2 trillion yuan in 2025.", 1200000000000, "2025"),
])
def test_by_then_leaves_other_figures(text, value, expected):
    assert _time(text, "en", value) == expected
