"""English events (session 20, helper E): a place's government as the subject ("The Shenzhen
government on Monday released …", "The government of Shenzhen's Bao'an district …"), "the ministry"
after the sentence that names one ministry, and a news conference told only as where a statement
was made. Each with near-misses that must stay silent or keep their reading."""
from __future__ import annotations

import datetime

import pytest

from scrapers.facts import extract

PUB = datetime.date(2031, 4, 16)  # a Wednesday


def _events(text: str, published: datetime.date = PUB) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.date, e.agency) for e in extract(text, published=published, lang="en").events]


# --- 1. a place's government as the subject ---------------------------------------------------

@pytest.mark.parametrize("text, date, agency", [
    ("The Shenzhen government on Monday released an action plan for humanoid robots.", "2031-04-14",
     "Shenzhen Municipal Government"),
    ("The government of Shenzhen's Bao'an district on Monday unveiled measures to help robot makers upgrade "
     "production lines.", "2031-04-14", "Bao'an District Government (Shenzhen)"),
    ("The government of Hangzhou on Tuesday issued guidelines on data centres.", "2031-04-15",
     "Hangzhou Municipal Government"),
    ("The Beijing government on Tuesday released an action plan for robots.", "2031-04-15",
     "Beijing Municipal Government"),
    ("The MIIT said robots matter. The Suzhou government on Monday released an action plan for robots.",
     "2031-04-14", "Suzhou Municipal Government"),
])
def test_a_place_government_opening_its_clause_is_that_government(text, date, agency):
    assert _events(text) == [("document_issued", date, agency)]


@pytest.mark.parametrize("text", [
    "The Shenzhen government's plan, released on Tuesday, targets robots.",
    "The Shenzhen government will release an action plan next month.",
    "Analysts at the Shenzhen government think tank on Monday released a report on robots.",
    "The government of Shenzhen Stock Exchange on Monday released rules.",
    "Shenzhen governments on Monday released plans.",
    "Robot makers in the Shenzhen government's zone on Monday released a report.",
])
def test_a_place_government_not_acting_stays_silent(text):
    assert _events(text) == []


# --- 2. "the ministry" after the sentence naming one ministry -----------------------------------

@pytest.mark.parametrize("text, agency", [
    ("The MIIT oversees battery makers. The Commerce Ministry said in a notice that exporters need a licence. "
     "The rule builds on curbs in place since the ministry required licences for graphite exports in "
     "December 2023.", "Ministry of Commerce"),
    ("The MIIT oversees the grid. The Ministry of Finance said subsidies would continue. The ministry on "
     "Tuesday issued a notice on tax breaks for electric cars.", "Ministry of Finance"),
])
def test_the_ministry_is_the_one_named_just_before(text, agency):
    assert [(t, a) for t, _, a in _events(text)] == [("document_issued", agency)]


@pytest.mark.parametrize("text", [
    # two ministries named just before: the story's main body stays
    "The MIIT oversees battery makers. The MIIT and the Ministry of Commerce met. The ministry on Tuesday "
    "issued a notice on battery exports.",
    # a new thread ("Separately, …"): the story's main body stays
    "The MIIT oversees battery makers. The MIIT said robots matter. The Ministry of Commerce met exporters. "
    "Separately, the ministry on Tuesday issued a notice on battery exports.",
    # the ministry named in another paragraph: the story's main body stays
    "The MIIT oversees battery makers.\n\nThe Ministry of Commerce met exporters.\n\nThe MIIT said robots "
    "matter. The ministry on Tuesday issued a notice on battery exports.",
])
def test_the_ministry_stays_the_main_body_otherwise(text):
    assert [(t, a) for t, _, a in _events(text)] == [("document_issued", "MIIT")]


# --- 3. a news conference only where a statement was made -------------------------------------

@pytest.mark.parametrize("text", [
    "Li Ming, a vice minister of the MIIT, told a news conference that the ministry published guidelines "
    "on robots in March.",
    "An MIIT official told a regular press briefing in Beijing that the ministry had approved 12 pilot "
    "zones in March.",
])
def test_undated_conference_told_as_place_of_statement_is_no_event(text):
    types = [t for t, _, _ in _events(text)]
    assert "press_conference" not in types and len(types) == 1, types


@pytest.mark.parametrize("text", [
    "Li Ming, a vice minister of the MIIT, told a news conference on Tuesday that the ministry published "
    "guidelines on robots in March.",
    "The MIIT held a news conference on Tuesday.",
])
def test_dated_conference_is_kept(text):
    assert ("press_conference", "2031-04-15", "MIIT") in _events(text)
