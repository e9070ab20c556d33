"""Metric times, pass 16: what heldout13's study left, and two older oddities (sentences written for
these tests, in the styles of wire copy, business weeklies and provincial reports).

* English in the present or present perfect right before a share, rate or stock ("the district makes
  roughly a third of …", "which together account for nearly 40% of …", "their market share has risen
  to about 55%", "is still below 15%", "now has more than 3,000 …") states it as things stand, of
  the month of writing, when the time at hand lies in another clause of the sentence (joined by ",
  and", ", while", ", which" …) or in an earlier sentence (gold of heldout11 H147, H157; heldout12
  H163; heldout13 H171, H175). The past ("made", "accounted for", "rose to") keeps that time, and so
  do a time in the figure's own clause ("As of the end of June, …") and a view ahead ("is expected to").
* A share's from-to pair after a change between two other years ("…from 8.2 trillion yuan in 2020 to
  14.1 trillion yuan in 2025, while in 2024 its share rose from 41.2% to 48.6%"; 其中2024年占比由…提高到…)
  is of its own year, both figures, and in English it is a share (or rate), not a growth rate.
* The level a change brought ("The market … grew 21.5 percent to 32.4 billion yuan") has the
  change's time, carried from an earlier sentence too (heldout13 H177), not the month of writing.
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics


def _one(text: str, lang: str, published: date, value: float):
    found = [m for m in metrics(text, lang, published) if m.value == value]
    assert len(found) == 1, [(m.value, m.measure, m.period, m.as_of) for m in metrics(text, lang, published)]
    return found[0]


# --- 1. present-tense shares and stocks after a dated clause -----------------------------------------
@pytest.mark.parametrize("text, published, value", [
    ("The county's furniture makers booked sales of 48 billion yuan last year, according to the county government, "
     "and the county supplies about a quarter of the country's office chairs.", date(2027, 5, 12), 25),
    ("Yiwu's small-commodity exports reached 520 billion yuan in 2026, and the city makes roughly 60 percent of the "
     "world's Christmas decorations.", date(2027, 4, 3), 60),
    ("Drone makers in the province shipped 2.1 million units in the first quarter, while the province accounts for "
     "about 40 percent of national output.", date(2027, 5, 20), 40),
    ("Dongguan alone accounts for about 20 percent of the world's mobile phones, and the city exported more than "
     "300 million handsets last year.", date(2027, 3, 15), 20),
    # (a relative clause, "which together account for", after a year carried from the sentence before)
    ("Chemical output fell 3.2% in 2026. Analysts said smaller producers in Jiangsu and Zhejiang, which together "
     "account for nearly 35% of the country's chemical parks, would be hit hardest.", date(2027, 2, 10), 35),
    # (the present perfect and "is still", after sentences on the January-August period)
    ("Software revenue rose 12% in the first eight months. Domestic vendors are strongest in office software, where "
     "their market share has risen to about 62%, but their share of the simulation segment is still below 10%.",
     date(2027, 9, 24), 62),
    ("Software revenue rose 12% in the first eight months. Domestic vendors are strongest in office software, where "
     "their market share has risen to about 62%, but their share of the simulation segment is still below 10%.",
     date(2027, 9, 24), 10),
])
def test_a_present_tense_share_after_a_dated_clause_is_of_now(text, published, value):
    m = _one(text, "en", published, value)
    assert (m.measure, m.period, m.as_of) == ("share", None, f"{published.year}-{published.month:02d}")


def test_a_present_tense_stock_after_a_dated_clause_is_of_now():
    m = _one("The province's auto parts industry posted revenue of 610 billion yuan last year, and the province "
             "has more than 3,200 component makers.", "en", date(2027, 6, 8), 3200)
    assert (m.period, m.as_of) == (None, "2027-06")


@pytest.mark.parametrize("text, published, value, period, as_of", [
    # (the past: the share is of the time at hand)
    ("The county's furniture makers booked sales of 48 billion yuan last year, and the county supplied about a "
     "quarter of the country's office chairs.", date(2027, 5, 12), 25, "2026", None),
    ("Drone makers in the province shipped 2.1 million units in the first quarter, and exports accounted for about "
     "40 percent of the total.", date(2027, 5, 20), 40, "2027-Q1", None),
    # (a time in the figure's own clause, or opening it)
    ("As of the end of June, their market share is about 62%.", date(2027, 9, 24), 62, None, "2027-06"),
    ("Output grew 8% last year, and in 2026 exports account for about 30% of sales.", date(2027, 5, 12), 30,
     "2026", None),
])
def test_near_misses_keep_their_time(text, published, value, period, as_of):
    m = _one(text, "en", published, value)
    assert (m.period, m.as_of) == (period, as_of)


def test_a_view_ahead_is_not_read_as_now():
    m = _one("Sales rose 10% last year, and the share of exports is expected to reach 35%.", "en", date(2027, 5, 12), 35)
    assert m.as_of != "2027-05"


# --- 2. a share's from-to pair after a change between two other years -------------------------------
@pytest.mark.parametrize("text, first, second", [
    ("Software revenue rose from 8.2 trillion yuan in 2020 to 14.1 trillion yuan in 2025, while in 2024 its share "
     "rose from 41.2% to 48.6%.", (41.2, "share", "2024"), (48.6, "share", "2024")),
    ("Chip output climbed from 260 billion units in 2021 to 450 billion units in 2025, while in 2025 the share of "
     "exports rose from 30% to 36%.", (30, "share", "2025"), (36, "share", "2025")),
    ("The share of NEVs in new car sales rose from 30.1% in 2020 to 45.2% in 2025.",
     (30.1, "share", "2020"), (45.2, "share", "2025")),
    ("The utilisation rate of the plants climbed from 68% in 2024 to 74% in 2026.",
     (68, "rate", "2024"), (74, "rate", "2026")),
])
def test_an_english_share_pair_is_a_share_of_its_own_years(text, first, second):
    got = {m.value: (m.value, m.measure, m.period) for m in metrics(text, "en", date(2026, 7, 26))}
    assert got[first[0]] == first and got[second[0]] == second


@pytest.mark.parametrize("text", [
    "新能源汽车销量占比由2020年的30.1%提高到2025年的45.2%，其中2024年占比由41.2%提高到48.6%。",
    "软件业务收入由2020年的8.2万亿元增长到2025年的14.1万亿元，其中2024年，出口占比由41.2%提升至48.6%。",
])
def test_a_chinese_aside_pair_is_of_its_own_year(text):
    got = {m.value: m.period for m in metrics(text, "zh", date(2026, 7, 26))}
    assert got[41.2] == "2024" and got[48.6] == "2024"


def test_near_misses_of_the_share_pair():
    # (no share or rate word: a growth rate's from-to pair stays growth; a pair with no years of its own
    # after two years is of those years)
    got = {m.value: m.measure for m in metrics("Profit growth rose from 3% in 2024 to 5% in 2025.", "en", date(2026, 7, 26))}
    assert got == {3: "yoy_growth", 5: "yoy_growth"}
    got = {m.value: (m.measure, m.period) for m in metrics(
        "Software revenue rose from 8.2 trillion yuan in 2020 to 14.1 trillion yuan in 2025, and its share of the "
        "electronics sector from 41.2% to 48.6%.", "en", date(2026, 7, 26))}
    assert got[41.2] == ("share", "2020") and got[48.6] == ("share", "2025")


# --- 3. the level a change brought -------------------------------------------------------------------
@pytest.mark.parametrize("text, published, value, when", [
    ("China's robotics industry generated revenue of about 240 billion yuan in 2026, up 11 percent year-on-year. "
     "The market for service robots grew 21.5 percent to 52.4 billion yuan, outpacing the industry as a whole.",
     date(2027, 10, 28), 52400000000, "2026"),
    ("Mobile phone users rose 3.1% in the first half. The number of 5G users grew 12 percent to 1.1 billion, the "
     "ministry said.", date(2027, 7, 20), 1100000000, "2027-06"),
])
def test_the_level_a_change_brought_has_the_changes_time(text, published, value, when):
    m = _one(text, "en", published, value)
    assert (m.period or m.as_of).startswith(when)


@pytest.mark.parametrize("text, published, value, when", [
    # (the level's own time; a level with no change before it is stated as of now)
    ("Revenue rose 11 percent in 2026. The market for service robots grew 21.5 percent to 52.4 billion yuan in the "
     "first half of 2027.", date(2027, 10, 28), 52400000000, "2027-06"),
    ("Revenue rose 11 percent in 2026. The market for service robots is now worth 52.4 billion yuan.",
     date(2027, 10, 28), 52400000000, "2027-10"),
])
def test_near_misses_of_the_level_a_change_brought(text, published, value, when):
    m = _one(text, "en", published, value)
    assert (m.period or m.as_of) == when


# --- 4. the next in a ranking ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, published, value, period", [
    ("Exports of APIs rose 8% to $45 billion last year. India, the biggest buyer, took 17.8% of China's shipments "
     "by value, followed by the United States at 11.2%.", date(2027, 1, 20), 11.2, "2026"),
    ("Toy exports grew 6% in the first half. The United States took 24% of the total by value, followed by the "
     "European Union at 19%.", date(2027, 7, 16), 19, "2027-01/2027-06"),
])
def test_the_next_in_a_ranking_has_the_time_of_the_one_it_follows(text, published, value, period):
    m = _one(text, "en", published, value)
    assert (m.period, m.as_of) == (period, None)


def test_the_next_in_a_ranking_keeps_a_time_of_its_own():
    m = _one("India took 17.8% of exports last year, followed by the United States at 11.2% in the first half of "
             "2026.", "en", date(2027, 1, 20), 11.2)
    assert m.period == "2026-01/2026-06"
