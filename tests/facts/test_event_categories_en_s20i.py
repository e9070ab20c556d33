"""English events by category (session 20, helper I): the wires' verbs and objects for a government's
acts — "signed off on", "circulated", "floated" a draft, a "blueprint", a "technical specification",
a catalogue "of" entries, a control list amended. Each with near-misses that must stay silent."""
from __future__ import annotations

import datetime

import pytest

from scrapers.facts import extract

PUB = datetime.date(2031, 4, 16)  # a Wednesday


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in extract(text, published=PUB, lang="en").events]


# --- 1. "signed off on": an approval, as "gave the nod to" is ------------------------------------

@pytest.mark.parametrize("text, date", [
    ("The State Council signed off on 10 new nuclear power units on Friday, according to a statement.", "2031-04-11"),
    ("The NDRC on Tuesday signed off on three new oil pipelines in Xinjiang.", "2031-04-15"),
    ("The MIIT signed off on a pilot programme for satellite internet services on Monday.", "2031-04-14"),
    ("The National Development and Reform Commission signed off on six nuclear reactors last week.", "2031-04"),
])
def test_signed_off_on_is_an_approval(text, date):
    assert _events(text) == [("approval", date)]


@pytest.mark.parametrize("text", [
    "CATL's board signed off on 10 new production units on Friday.",
    "The NDRC will sign off on three new oil pipelines next month, sources said.",
    "The NDRC signed off on the idea in principle, an official said.",
    "A Shanghai court signed off on the restructuring of the developer on Monday.",
])
def test_signed_off_near_misses_stay_silent(text):
    assert _events(text) == []


# --- 2. "circulated" a document: issued to those below ------------------------------------------

@pytest.mark.parametrize("text, date", [
    ("The MIIT circulated a notice to provincial departments on Monday ordering checks on battery plants.", "2031-04-14"),
    ("The NDRC on Tuesday circulated guidelines on curbing overcapacity in the solar industry.", "2031-04-15"),
    ("The State Council circulated a circular on Friday on the safety of gas pipelines.", "2031-04-11"),
])
def test_circulated_document_is_issued(text, date):
    assert _events(text) == [("document_issued", date)]


@pytest.mark.parametrize("text", [
    "Rumours circulated on Monday that the MIIT would cut subsidies.",
    "A fake notice circulated online on Monday, the MIIT said.",
    "The MIIT said a video that circulated on Monday was fake.",
])
def test_circulated_near_misses_stay_silent(text):
    assert _events(text) == []


# --- 3. "floated" a draft: a consultation, dated -------------------------------------------------

@pytest.mark.parametrize("text, date", [
    ("The MIIT floated draft rules on Tuesday to require carmakers to register software updates, seeking "
     "public comment until May 15.", "2031-04-15"),
    ("The Cyberspace Administration of China on Monday floated draft measures on labelling AI-generated "
     "content.", "2031-04-14"),
])
def test_floated_draft_is_a_consultation(text, date):
    assert _events(text) == [("other", date)]


@pytest.mark.parametrize("text", [
    "The MIIT floated the idea of merging the two carmakers on Tuesday, sources said.",
    "The NDRC floated a plan to merge state-owned shipbuilders on Monday, people familiar said.",
    "The yuan floated freely against the dollar on Monday after the central bank stepped back.",
])
def test_floated_without_draft_stays_silent(text):
    assert _events(text) == []


# --- 4. new object words: blueprint, technical specification ------------------------------------

@pytest.mark.parametrize("text, date", [
    ("The Ministry of Commerce on Friday mapped out a blueprint for expanding service consumption.", "2031-04-11"),
    ("The State Council unveiled a blueprint on Monday for the low-altitude economy.", "2031-04-14"),
    ("The MIIT released a technical specification for vehicle-mounted batteries on Monday.", "2031-04-14"),
])
def test_blueprint_and_specification_are_documents(text, date):
    assert _events(text) == [("document_issued", date)]


@pytest.mark.parametrize("text", [
    "Geely on Monday unveiled a blueprint for expanding into Europe.",
    "The MIIT will release a technical specification for batteries next month.",
    "BYD released a technical specification for its new battery on Monday.",
])
def test_blueprint_near_misses_stay_silent(text):
    assert _events(text) == []


# --- 5. a catalogue or list "of" uncounted entries: the container is the head ------------------

@pytest.mark.parametrize("text, expected", [
    ("The MIIT updated its catalogue of recommended new energy vehicle models on Friday.",
     [("document_issued", "2031-04-11")]),
    ("The MIIT on Monday revised its catalogue of recommended energy-saving products.", [("document_issued", "2031-04-14")]),
    ("The MIIT on Monday published a list of companies eligible for the subsidies.", [("approval", "2031-04-14")]),
])
def test_container_of_entities_is_the_head(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "The MIIT on Monday selected companies for the pilot.",          # uncounted entities, no container
    "The MIIT on Monday named products from 12 makers.",
    "Shares of companies on the catalogue of recommended models rose on Monday.",
])
def test_bare_uncounted_entities_stay_silent(text):
    assert _events(text) == []


# --- 6. a control or entity list amended: the controls announced, not an approval ----------------

@pytest.mark.parametrize("text, date", [
    ("China amended its export control list on Tuesday to include several drone components, the commerce "
     "ministry said.", "2031-04-15"),
    ("The Ministry of Commerce updated the unreliable entity list on Monday.", "2031-04-14"),
])
def test_control_list_amended_is_a_document(text, date):
    assert _events(text) == [("document_issued", date)]


@pytest.mark.parametrize("text, expected", [
    # an ordinary list of entries stays an approval
    ("The MIIT on Monday published a list of 20 smart factories.", [("approval", "2031-04-14")]),
    # a foreign body's list is not China's act
    ("The U.S. Commerce Department on Tuesday updated its entity list.", []),
])
def test_control_list_near_misses(text, expected):
    assert _events(text) == expected
