"""English event constructions the fifteenth held-out set exposed, one test per construction, on
sentences written for these tests (each group also holds the held-out wording, reworded into a
sentence of its own, and near-misses that must not match).

Events: the China National Space Administration (CNSA) as a body, by its full name and its short
one; permits described at length, what they are for between them and the counted recipients
("granted the country's first commercial launch licenses for reusable rockets to two private
companies"); the construction of a site approved ("approved the construction of a second
commercial launch site"); a government approving one plan of its own adopts it ("the provincial
government on Tuesday approved a plan to relocate …"), the State Council too in a relative clause
at its meeting ("a plan … that the State Council approved at an executive meeting last month");
a pronoun subject with an irregular past ("It had sought public feedback on a draft version in
July"); a document "circulated in draft form", a consultation.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events

PUB = date(2029, 10, 19)  # a Friday


def _typed(text: str, published: date = PUB) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.date, e.agency) for e in events(text, "en", published)]


# --- the space agency as a body ---------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The China National Space Administration on Monday issued rules on commercial launch licensing.",
     [("document_issued", "2029-10-15", "China National Space Administration")]),
    ("The CNSA had published draft licensing rules for reusable rockets for public comment in May.",
     [("other", "2029-05", "China National Space Administration")]),
    ("The CNSA put out draft rules on space debris for public comment last month.",
     [("other", "2029-09", "China National Space Administration")]),
])
def test_en_the_space_agency_is_a_body(text: str, expected: list) -> None:
    assert _typed(text) == expected


@pytest.mark.parametrize("text", [
    # (a company or a foreign agency: no Chinese body acts)
    "The CNSAT consortium published draft rules for public comment in May.",
    "NASA on Monday issued rules on commercial launch licensing.",
])
def test_en_no_space_agency_in_other_names(text: str) -> None:
    assert _typed(text) == []


# --- permits described at length, for something, to counted recipients ---------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("The China National Space Administration (CNSA) on Thursday granted the country's first commercial launch "
     "licenses for reusable rockets to two private companies.", "2029-10-18", "China National Space Administration"),
    ("The MIIT on Monday issued the sector's first satellite internet licences for consumer use to three carriers.",
     "2029-10-15", "MIIT"),
    ("The CAAC last month granted new low-altitude operating permits for drone deliveries to 12 logistics firms.",
     "2029-09", "CAAC"),
])
def test_en_permits_for_something_to_counted_recipients_are_an_approval(text: str, when: str, agency: str) -> None:
    assert _typed(text) == [("approval", when, agency)]


@pytest.mark.parametrize("text", [
    # (a year, no recipients counted; a company's licences; permits still to come)
    "The MIIT on Monday issued licences for satellite services to 2030 users.",
    "LandSpace said on Thursday it had won the country's first commercial launch licenses for reusable rockets.",
    "The CNSA will grant the first commercial launch licenses for reusable rockets to two companies next year.",
])
def test_en_permits_near_misses(text: str) -> None:
    assert [t for t in _typed(text) if t[0] == "approval"] == []


# --- the construction of a site approved -----------------------------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("In March, the State Council approved the construction of a second commercial launch site in Ningbo.",
     "2029-03", "State Council"),
    ("The NDRC in March approved the construction of a new launch site in Ningbo.", "2029-03", "NDRC"),
    ("The NDRC on Tuesday approved the construction of a nuclear waste storage site in Gansu.", "2029-10-16", "NDRC"),
])
def test_en_the_construction_of_a_site_approved_is_an_approval(text: str, when: str, agency: str) -> None:
    assert _typed(text) == [(("approval", when, agency))]


@pytest.mark.parametrize("text", [
    "In March, Galactic Energy approved the construction of a second launch site in Ningbo.",
    "The State Council is expected to approve the construction of a launch site in Ningbo next year.",
    "Construction of a second commercial launch site in Ningbo began in March.",
])
def test_en_site_near_misses(text: str) -> None:
    assert _typed(text) == []


# --- a government approving one plan of its own adopts it --------------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("The Hubei provincial government on Tuesday approved a plan to relocate riverside chemical companies "
     "to industrial parks.", "2029-10-16", "Hubei Provincial Government"),
    ("The Guangdong provincial government last month approved an action plan for the low-altitude economy.",
     "2029-09", "Guangdong Provincial Government"),
    # (the cabinet at its meeting, the document before it in a relative clause)
    ("The crackdown follows a plan to promote the orderly growth of vehicle exports that the State Council "
     "approved at an executive meeting last month.", "2029-09", "State Council"),
    ("The move follows a guideline on the data labelling industry that the State Council approved at its "
     "executive meeting on Wednesday.", "2029-10-17", "State Council"),
])
def test_en_a_government_approving_its_plan_adopts_it(text: str, when: str, agency: str) -> None:
    assert _typed(text) == [("document_issued", when, agency)]


@pytest.mark.parametrize("text", [
    # (a ministry approves others' plans; counted plans approved are a list; measures "adopted" by a
    # province are taken; a plan known before, its approval by the cabinet told in passing between
    # commas, is not told adopted here: session 19 made the defining "a plan on … that the State
    # Council approved last month" the cabinet's adoption, met or not, see test_event_variants_en_s19b)
    "The NDRC on Tuesday approved a plan to relocate riverside chemical companies.",
    "The Hubei provincial government on Tuesday adopted measures to curb pollution.",
    "The crackdown follows the plan on vehicle exports, which the State Council approved last month, and tougher checks.",
    "The Hubei provincial government will approve a plan to relocate chemical companies next year.",
])
def test_en_government_plan_near_misses(text: str) -> None:
    assert [t for t in _typed(text) if t[0] == "document_issued"] == []


# --- drafts: an irregular past after "It", a document circulated in draft form ---------------------
@pytest.mark.parametrize("text, when, agency", [
    ("The MIIT on Wednesday published revised standard conditions for the gallium industry. "
     "It had sought public feedback on a draft version in July.", "2029-07", "MIIT"),
    ("The MIIT on Monday released rules on data labelling bases. It sought comments on a draft in June.",
     "2029-06", "MIIT"),
])
def test_en_it_sought_feedback_is_the_bodys_consultation(text: str, when: str, agency: str | None) -> None:
    found = [t for t in _typed(text) if t[0] == "other"]
    assert [t[1] for t in found] == [when]
    if agency:
        assert found[0][2] == agency


@pytest.mark.parametrize("text, when", [
    ("The SAMR and the MIIT on Wednesday jointly issued the transformer efficiency plan. "
     "The plan had been circulated in draft form in April.", "2029-04"),
    ("The MIIT on Monday issued rules on charging piles. The rules were circulated in draft last year.", "2028"),
    ("The MIIT on Monday issued rules on charging piles. The rules had been distributed in draft form to provinces in May.",
     "2029-05"),
])
def test_en_circulated_in_draft_is_a_consultation(text: str, when: str) -> None:
    assert [t[1] for t in _typed(text) if t[0] == "other"] == [when]


@pytest.mark.parametrize("text", [
    # (a draft circulated is not told by a company's memo nor by "draft" as a verb)
    "The MIIT on Monday issued rules on charging piles. The company circulated its annual report in April.",
    "The MIIT on Monday issued rules on charging piles. Officials drafted them over two years.",
])
def test_en_draft_near_misses(text: str) -> None:
    assert [t for t in _typed(text) if t[0] == "other"] == []
