"""English events: bodies named by their role or in full ("China's aviation regulator", "the
national standards body", "the Shenzhen Municipal Transport Bureau"), customs named bare as an
actor ("data published by customs"), groups referred back to ("the two agencies", "the
regulators" after an "X (MIIT) and Y (NDRC)" list) and drafts told after a fronted date."""
from __future__ import annotations

import datetime

import pytest

from scrapers.facts import extract
from scrapers.facts.agencies import find_agencies, joint_groups

PUB = datetime.date(2029, 8, 16)


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.date, e.agency) for e in extract(text, published=PUB, lang="en").events]


@pytest.mark.parametrize("text, name", [
    ("The railway regulator on Tuesday granted type-approval certificates for two new train models.",
     "National Railway Administration"),
    ("China's rail authority on Monday approved a new signalling standard.", "National Railway Administration"),
    ("China's aviation regulator on Wednesday granted a type certificate to a turbofan engine.", "CAAC"),
    ("The aviation authority last month gave the green light to 12 more cities.", "CAAC"),
    ("China's space agency on Thursday granted launch licences to two private companies.",
     "China National Space Administration"),
    ("The Chinese space agency approved the mission.", "China National Space Administration"),
    ("Parcels rose 20 percent, according to figures released by the postal regulator last week.", "State Post Bureau"),
    ("The national standards body has approved a mandatory standard on vehicle software updates.",
     "Standardization Administration of China"),
    ("China's standards body published the rules.", "Standardization Administration of China"),
    ("Exports rose, according to data published by customs last month.", "General Administration of Customs"),
    ("Exports rose, according to data customs released on Thursday.", "General Administration of Customs"),
    ("The Shenzhen Municipal Transport Bureau on Monday rolled out rules for robotaxis.", "local government department"),
    ("The Shanghai Municipal Transportation Commission on Monday rolled out rules for robotaxis.",
     "Shanghai Municipal Commission of Transportation"),
])
def test_body_named_by_role_or_in_full(text, name):
    assert name in [n for _, _, n in find_agencies(text)]


@pytest.mark.parametrize("text", [
    "The space agency on Thursday granted licences to two companies.",   # (NASA's as often as China's)
    "The standards body 3GPP froze the specification.",                   # a bare "standards body"
    "The aviation regulator of Brazil granted a type certificate.",       # another country's
    "South Korea's exports fell, according to data customs published on Thursday.",  # its customs
    "The goods cleared customs on Thursday.",                              # a place, no body
    "Customs duties on the goods rose.",                                   # a modifier
    "The Springfield Municipal Transport Bureau approved the routes.",    # no known place
])
def test_near_misses_name_no_body(text):
    assert find_agencies(text) == [] or all(
        n not in ("China National Space Administration", "Standardization Administration of China", "CAAC",
                  "General Administration of Customs", "local government department")
        for _, _, n in find_agencies(text))


@pytest.mark.parametrize("text, want", [
    ("The railway regulator on Tuesday granted type-approval certificates for two CR450 models.",
     ("approval", "2029-08-14", "National Railway Administration")),
    ("China's aviation regulator on Wednesday granted a type certificate to the AEF-1400 engine.",
     ("approval", "2029-08-15", "CAAC")),
    ("China's space agency on Thursday granted the first commercial launch licenses for reusable rockets to two companies.",
     ("approval", "2029-08-16", "China National Space Administration")),
    ("Some 12.8 billion parcels were delivered, according to figures released by the postal regulator last week.",
     ("other", "2029-08", "State Post Bureau")),
    ("Exports came to 52.7 million bicycles last year, according to data published by customs last month.",
     ("other", "2029-07", "General Administration of Customs")),
    ("China's gallium exports fell sharply, according to data customs published on Thursday.",
     ("other", "2029-08-16", "General Administration of Customs")),
    ("The Shenzhen Municipal Transport Bureau on Monday rolled out rules allowing driverless robotaxis to carry passengers.",
     ("document_issued", "2029-08-13", "local government department")),
])
def test_events_of_bodies_named_by_role(text, want):
    assert want in _events(text)


@pytest.mark.parametrize("text", [
    "The space agency on Thursday granted launch licences to two companies.",
    "South Korea's exports of chips fell, according to data customs published on Thursday.",
    "China's aviation regulator will grant a type certificate to the engine next year.",
])
def test_near_miss_events(text):
    assert not [e for e in _events(text) if e[0] in ("approval", "other") and e[2] in (
        "China National Space Administration", "General Administration of Customs", "CAAC")]


def test_a_named_body_and_its_bracketed_initials_are_one_member_of_a_group():
    text = ("The plan, jointly issued by the Ministry of Industry and Information Technology (MIIT) and the "
            "National Development and Reform Commission (NDRC), bans new projects.")
    assert [names for _, names in joint_groups(text)] == [["MIIT", "NDRC"]]


_PLAN = ("The work plan, jointly issued by the Ministry of Industry and Information Technology (MIIT) and the "
         "National Development and Reform Commission (NDRC) on Tuesday, bans new projects. ")


@pytest.mark.parametrize("draft", [
    "The two agencies had circulated a draft for comment in April.",
    "The two ministries circulated a draft for comment in April.",
    "The regulators had circulated the plan in draft form in April.",
    "In April, a draft had been circulated for comment.",
    "A draft version had been put out for public feedback in April.",
])
def test_draft_for_comment_told_after_the_document(draft):
    assert ("other", "2029-04", "MIIT; NDRC") in _events(_PLAN + draft)


@pytest.mark.parametrize("draft", [
    "The two agencies will circulate a draft for comment in October.",   # future
    "Hoshine Silicon said it had circulated a draft of its own plan to suppliers in April.",  # a company's
])
def test_draft_near_misses(draft):
    assert not [e for e in _events(_PLAN + draft) if e[0] == "other" and e[1] in ("2029-04", "2029-10")]
