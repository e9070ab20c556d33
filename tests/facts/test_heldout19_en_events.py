"""English events of heldout19 (studied in session 19) and wordings of the same constructions: a
cabinet document whose modifiers end in "-ics" or are mass nouns ("a logistics equipment upgrade
plan that the cabinet approved"); a document released together with the list just told ("The list
was released together with a revised version of the standard conditions") and the draft of it
after; counted entries "included" in a batch or a list; a city subject after an appositive holding
an adjective in "-ed"; a province's body named "the … department of Jiangsu province"."""
from __future__ import annotations

import datetime

import pytest

from scrapers.facts import extract

PUB = datetime.date(2033, 2, 18)  # a Friday


def _events(text: str, pub: datetime.date = PUB) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.date, e.agency) for e in extract(text, published=pub, lang="en").events]


@pytest.mark.parametrize("text", [
    "The guidelines build on a logistics equipment upgrade plan that the cabinet approved in February.",  # H253
    "The rules follow an electronics industry plan that the State Council approved in February.",
    "The measures build on a consumer goods trade-in plan that the cabinet adopted in February.",
    "The guidelines build on a robotics plan that the cabinet approved in February.",
])
def test_cabinet_plan_with_modifier_in_s(text):
    assert [(t, d) for t, d, _ in _events(text)] == [("document_issued", "2033-02")], _events(text)


@pytest.mark.parametrize("text", [
    "The ministry follows plans that the cabinet approved in February.",       # plural: no one document
    "The guidelines build on a logistics plan that the company approved in February.",
    "The guidelines build on a logistics plan that the cabinet will approve in May.",
])
def test_cabinet_plan_near_misses(text):
    assert _events(text) == []


LIST = "The MIIT on Thursday published a list of 58 waste plastic recycling enterprises. "


@pytest.mark.parametrize("second", [
    "The list was released together with a revised version of the standard conditions.",  # H251
    "The list was published alongside revised standard conditions for the industry.",
    "It was released along with new management measures for the sector.",
])
def test_document_released_with_the_list(second):
    events = _events(LIST + second)
    assert ("approval", "2033-02-17", "MIIT") in events, events
    assert ("document_issued", "2033-02-17", "MIIT") in events, events


@pytest.mark.parametrize("text", [
    "The MIIT on Thursday published a list of 58 recycling enterprises, together with a revised version of "
    "the standard conditions.",
    "The MIIT on Thursday published a list of 58 recycling enterprises along with new management measures.",
])
def test_document_with_a_list_in_one_sentence(text):
    events = _events(text)
    assert ("approval", "2033-02-17", "MIIT") in events and ("document_issued", "2033-02-17", "MIIT") in events, events


@pytest.mark.parametrize("second", [
    "The company released its annual report together with new dividend rules.",   # a company's
    "The list will be released together with revised standard conditions.",    # to come
    "The list was released together with a list of 12 platforms.",              # a list: no document
    "Shares of recyclers rose along with new rules on imports.",                 # no release
    "The list was released together with a report on the industry.",           # no document noun
])
def test_released_with_near_misses(second):
    assert [t for t, _, _ in _events(LIST + second)] == ["approval"], _events(LIST + second)


def test_draft_of_the_conditions_released_with_the_list():
    text = (LIST + "The list was released together with a revised version of the standard conditions. "
            "A draft of the revised conditions was put out for public comment in October.")  # H251
    assert ("other", "2032-10", "MIIT") in _events(text), _events(text)


DEC = datetime.date(2032, 12, 10)


@pytest.mark.parametrize("text, agency", [
    ("The Ministry of Ecology and Environment also announced Thursday that it had included 17 CCUS projects in "
     "a first batch of national carbon-reduction demonstration projects.", "Ministry of Ecology and Environment"),  # H249
    ("The MIIT on Monday included 25 companies in its latest list of green factories.", "MIIT"),
    ("The NDRC said on Tuesday it had included 12 more hydrogen projects in the second batch of pilot programmes.",
     "NDRC"),
])
def test_entries_included_in_a_batch(text, agency):
    events = _events(text, DEC)
    assert [t for t, _, _ in events] == ["approval"] and agency in (events[0][2] or ""), events


@pytest.mark.parametrize("text", [
    "The US Commerce Department on Monday included 12 Chinese companies in its entity list.",  # foreign, a blacklist
    "The ministry will include 20 projects in a new batch next year.",                    # to come
    "The plan included 17 projects in its first phase.",                                   # no batch or list
    "The index included 17 companies in its first batch of constituents.",                 # no body
])
def test_included_near_misses(text):
    assert _events(text, DEC) == []


SEP = datetime.date(2032, 9, 30)


@pytest.mark.parametrize("text, date", [
    ("Tianjin, one of the earliest Chinese cities to use desalinated water on a large scale, rolled out its own "
     "implementation measures last week, offering subsidies of up to 30 percent of the cost.", "2032-09"),  # H245
    ("Shenzhen, home to many listed robot makers, on Monday unveiled a support plan for the industry.", "2032-09-27"),
    ("Tianjin, one of the earliest cities to use desalinated water, rolled out implementation measures last week.",
     "2032-09"),
])
def test_city_after_appositive_with_adjective(text, date):
    assert [(t, d) for t, d, _ in _events(text, SEP)] == [("document_issued", date)], _events(text, SEP)


@pytest.mark.parametrize("text", [
    "Tianjin, a spokesman added, rolled out its own measures last week.",   # a clause, not an appositive
    "Tianjin, one of the cities affected by the floods, rolled out measures last week.",
])
def test_appositive_with_verb_near_misses(text):
    assert _events(text, SEP) == []


AUG = datetime.date(2032, 8, 27)


@pytest.mark.parametrize("text, date", [
    ("Pressure on small producers has built since the emergency management department of Jiangsu province last "
     "month issued a notice ordering 37 plants in coastal chemical parks to halt production.", "2032-07"),  # H243
    ("The Jiangsu provincial department of emergency management on Monday issued a notice ordering plants to "
     "halt production.", "2032-08-23"),
    ("The ecology and environment bureau of Shenzhen city on Monday released new rules on waste.", "2032-08-23"),
])
def test_province_body_named_with_its_owner_after(text, date):
    assert [(t, d) for t, d, _ in _events(text, AUG)] == [("document_issued", date)], _events(text, AUG)


@pytest.mark.parametrize("text", [
    "The sales department of Jiangsu Yanghe Brewery on Monday issued a notice to dealers.",  # a company's
    "The emergency management department of Ontario province last month issued a notice ordering plants to close.",
    "The emergency management department of Jiangsu province will issue a notice next month.",  # to come
])
def test_province_body_near_misses(text):
    assert _events(text, AUG) == []


def test_local_act_not_merged_into_story_plan():
    text = ("China aims to double its desalination capacity by 2035, according to an action plan released on "
            "Tuesday. The plan was drafted by the National Development and Reform Commission. Tianjin, one of the "
            "earliest cities to use desalinated water, rolled out its own implementation measures last week.")  # H245
    events = _events(text, SEP)
    assert ("document_issued", "2032-09", "Tianjin Municipal Government") in events, events
    assert not any(a == "Tianjin Municipal Government" and d == "2032-09-28" for _, d, a in events), events
