"""Precision audit 16 (session 17): misfires of the session's new rules found on sentences written
for this audit, each with true cases in other wordings that must keep working.

* "named/selected/recognised N X" as a batch's additions: only when a public body names them (not
  "The company named 3 board members", "The survey selected 1,200 firms at random", "Analysts
  selected 50 stocks"), and not people or topics ("recognised 3 problems", "named 5 areas of focus").
* A body after "In <another country>, ": the long names too ("In the United States, the commerce
  ministry …").
* A worded share in a quotation put in a modal: only the share's own clause ('"A third of the cars
  sold were electric, and that share will keep rising," …' states a measured share).
* Reported speech with a negation right before the verb ("said it had not yet released the plan",
  "has never issued"): no act done (an older weak spot).
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events
from metric_helpers import metrics

PUB = date(2030, 10, 31)  # a Thursday ("on Monday": 2030-10-28)


def _count(text: str, value: float) -> str:
    found = [m for m in metrics(text, "en", PUB) if m.value == value and m.unit == "count"]
    assert len(found) == 1, [(m.value, m.unit, m.measure) for m in metrics(text, "en", PUB)]
    return found[0].measure


# --- named / selected: only a body's batch of entries ----------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("The company named 3 board members on Monday.", 3),
    ("The survey selected 1,200 firms at random for interviews.", 1200),
    ("Analysts selected 50 stocks for the index.", 50),
    ("China Mobile selected 50 suppliers for its 5G base stations.", 50),
    ("A Beijing-based startup selected 12 partners for its robot taxis.", 12),
    ("The ministry recognised 3 problems in the sector's development.", 3),
    ("The ministry named 5 areas of focus for the coming year.", 5),
    ("The regulator named 4 senior officials to the task force.", 4),
])
def test_en_named_not_a_batch(text: str, value: float) -> None:
    # (the count may be read as a level or be no figure at all: never a batch's additions)
    assert [m.value for m in metrics(text, "en", PUB) if m.measure == "additions"] == []


@pytest.mark.parametrize("text, value", [
    ("The MIIT selected 105 enterprises as the 2030 batch of intelligent manufacturing demonstration factories.", 105),
    ("Last week, the MIIT recognized 212 firms as national 'little giants'.", 212),
    ("The Guangdong provincial government named 36 companies as benchmark smart factories.", 36),
    ("It also designated 12 industrial parks as pilot zones for hydrogen use.", 12),
    ("The NDRC and the NEA selected 20 cities for a pilot program on virtual power plants.", 20),
])
def test_en_named_by_a_body_is_a_batch(text: str, value: float) -> None:
    assert _count(text, value) == "additions"


# --- a foreign place opening, long names -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "In the United States, the commerce ministry issued new export rules in October.",
    "In the United Kingdom, the transport ministry published rules on e-scooters on Monday.",
])
def test_en_long_foreign_place_opening(text: str) -> None:
    assert [e for e in events(text, "en", PUB) if e.type == "document_issued"] == []


@pytest.mark.parametrize("text, agency", [
    ("In Beijing, the commerce ministry issued new export rules on Monday.", "Ministry of Commerce"),
    ("In response to United States tariffs, the commerce ministry issued a notice on Monday.", "Ministry of Commerce"),
])
def test_en_domestic_after_an_opening(text: str, agency: str) -> None:
    assert [(e.date, e.agency) for e in events(text, "en", PUB) if e.type == "document_issued"] == [("2030-10-28", agency)]


# --- a quoted worded share: the modal must be in its own clause ------------------------------------
@pytest.mark.parametrize("text, value", [
    ('"A third of the new cars sold in September were electric, and that share will keep rising," said the analyst.', 33.3),
    ('"Half of our exports went to Europe; that could change next year," the chairman said.', 50.0),
])
def test_en_quoted_share_with_a_later_modal_is_kept(text: str, value: float) -> None:
    assert [(m.value, m.measure) for m in metrics(text, "en", PUB) if m.unit == "percent"] == [(value, "share")]


@pytest.mark.parametrize("text", [
    '"Half of small foundries could close by 2032," said a CPCA official.',
    '"A third of the brands will not pass the new test, in our view," he said.',
])
def test_en_quoted_guess_still_dropped(text: str) -> None:
    assert [m for m in metrics(text, "en", PUB) if m.unit == "percent"] == []


# --- a negation right before the verb ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The MIIT said it had not yet released the plan.",
    "The MIIT has not yet released the plan.",
    "The MIIT said it had never issued such a notice.",
    "The NDRC has yet to publish the rules on hydrogen pricing.",
    "The ministry hasn't formally released the catalogue.",
])
def test_en_negated_act_is_no_event(text: str) -> None:
    assert [e for e in events(text, "en", PUB) if e.type == "document_issued"] == []


@pytest.mark.parametrize("text, when", [
    ("The MIIT said it had released a guideline on smart factories on Monday.", "2030-10-28"),
    ("The MIIT said on Tuesday that it had issued rules on data security.", "2030-10-29"),
    ("The MIIT, not the NDRC, released the guideline on Monday.", "2030-10-28"),
])
def test_en_reported_act_kept(text: str, when: str) -> None:
    assert [e.date for e in events(text, "en", PUB) if e.type == "document_issued"] == [when]


@pytest.mark.parametrize("text, value", [
    # (a body's name in capitals, a country for its government)
    ("The National Health Commission last week named 25 tertiary hospitals as pilot sites for imaging equipment.", 25),
    ("In 2030, the Civil Aviation Administration of China approved six cities, including Wuxi, as pilots for drones.", 6),
    ("China named 126 products to its latest list of smart elderly-care offerings on Thursday.", 126),
])
def test_en_named_by_a_body_in_capitals(text: str, value: float) -> None:
    assert _count(text, value) == "additions"
