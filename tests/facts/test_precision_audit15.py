"""Precision audit 15 of 1.27.28's rules (commit ce7ee5f): sentences those rules must not change,
with the intended cases kept.

* An English bullet that is a whole sentence is read only under a heading of the story's own points
  ("Key Insights", "Key figures", a line of prose ending in ":"): a link list's headlines
  ("Most viewed", "Related stories", "Trending") have the same shape and state no fact of the page.
* "could reach" is a modal on the figure only when nothing but the figure's own words stand between
  ("could reach about", "could rise another"): not "Consumers who could reach 5G networks numbered
  800 million", nor "could reach 600 km per hour and carried 3 million passengers".
* "approved / named N more X" is additions of entries, not "12 more yuan per ton" (an amount) nor
  "15 more new drugs in 2025 than in 2024" (a difference).
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics

JAN = date(2026, 1, 15)
MAR = date(2026, 3, 1)


def _one(text: str, value: float, published: date = MAR):
    found = [m for m in metrics(text, "en", published) if m.value == value]
    assert len(found) == 1, [(m.value, m.measure, m.status, m.period, m.as_of) for m in metrics(text, "en", published)]
    return found[0]


# --- bullets: read only in a box of the story's own points -------------------------------------------
@pytest.mark.parametrize("text", [
    "Related stories\n- Premier Li Qiang has talks with 3 leaders 2025-06-03\n- Premier Li Qiang meets guests 2025-06-02",
    "Trending\n- Tariffs hit 10 sectors as trade war grows\n- Xi Jinping was in Shanghai for 2 days of meetings",
    "Most viewed\n- Shanghai's GDP grew 5% in 2025 as tech hubs thrive\n- Beijing's air quality hit 10-year best",
    "Editor's picks\n\n- Apple's iPhone 17 has 3 cameras, reviewers say\n- Photos: Beijing is 800 years old",
    "Highlights\n- China Daily is the country's top English newspaper with 2 million readers",
    "Latest\n- 2 dead as typhoon hits Guangdong\n- Guangdong was hit by 3 typhoons this year, the most since 2015",
    "Related:\n• Pandas have 2 cubs at Chengdu base in 2025",
    "- Exports of steel rose 12% in November as demand grows",  # no heading at all: a page's list
])
def test_en_headline_bullets_of_a_link_list_stay_skipped(text: str) -> None:
    assert metrics(text, "en", JAN) == []


@pytest.mark.parametrize("heading", [
    "Key Insights", "Key figures:", "At a glance", "Key takeaways", "By the numbers",
    "The report's main findings on the refrigerant sector are:",
])
def test_en_bullets_under_a_points_heading_are_read(heading: str) -> None:
    text = ("The ministry on Tuesday allocated the quotas.\n\n" + heading + "\n"
            "- China produces about 80% of the world's HFCs\n\n"
            "• Exports of solar glass rose 12% in November")
    values = {m.value for m in metrics(text, "en", JAN)}
    assert {80, 12} <= values


# --- "could reach": the modal on the figure only ------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Consumers who could reach 5G networks numbered 800 million in 2025.", 800e6),
    ("The train could reach 600 km per hour and carried 3 million passengers in 2025.", 3e6),
    ("Cities that may rise in the rankings attracted 2 billion yuan of investment in 2025.", 2e9),
])
def test_en_a_modal_on_another_verb_leaves_the_figure_actual(text: str, value: float) -> None:
    assert _one(text, value).status == "actual"


@pytest.mark.parametrize("text, value, status", [
    ("Sales could reach an estimated 5 million units in 2026, the association said.", 5e6, "forecast"),
    ("Exports could reach as much as $7 billion this year, analysts said.", 7e9, "forecast"),
    ("Output might top a combined 40 million tons in 2025, analysts said.", 40e6, "estimate"),
    ("Prices could rise another 15% in 2026, traders said.", 15, "forecast"),
])
def test_en_a_modal_on_the_figure_stays_an_estimate_or_forecast(text: str, value: float, status: str) -> None:
    assert _one(text, value).status == status


# --- "approved N more": entries only ------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("The ministry approved 12 more yuan per ton in subsidies.", 12),
    ("Regulators approved 15 more new drugs in 2025 than in 2024.", 15),
    ("The regulator named 4 more firms this year than last year.", 4),
])
def test_en_more_amounts_and_differences_are_no_additions(text: str, value: float) -> None:
    assert _one(text, value).measure != "additions"


@pytest.mark.parametrize("text, value", [
    ("The ministry approved 12 more cities as pilot zones in 2025, bringing the total to 40.", 12),
    ("Regulators named 8 more hospitals as pilot sites on Monday.", 8),
    ("The ministry has selected 30 more companies for the programme in 2025.", 30),
])
def test_en_more_entries_stay_additions(text: str, value: float) -> None:
    assert _one(text, value).measure == "additions"
