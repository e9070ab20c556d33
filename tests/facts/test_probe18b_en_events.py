"""English event constructions found by recall probe 18b (a second writer): wire ledes, statements,
lists of bodies and provincial acts written for these tests, not taken from any labelled set, one
group per construction, each with near-misses that must not match.

Events: an opening time with no comma before a list of bodies as the subject ("On Monday the MEE, the
NDRC and the MIIT co-issued a plan"); subsidies or incentives "announced" as new policy (not "the
subsidies", nor a company's); limits, caps and ceilings as a document's content ("released new
emission limits"); a document "posted" on its body's website in a passive or relative clause; a
batch of permits approved or granted. Near-misses: a company's acts, a future, a verb between the
opening time and the act ("On Monday the MIIT said the NDRC …" is the NDRC's act, not dated Monday).
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events

PUB = date(2031, 10, 17)  # a Friday: Monday 10-13, Tuesday 10-14, Wednesday 10-15, Thursday 10-16


def _found(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.type, e.subtype, e.date, e.agency) for e in events(text, "en", PUB)]


# --- an opening time, no comma, a list of bodies as the subject -------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("On Monday the MEE, the NDRC and the MIIT co-issued a plan to curb methane emissions.", "2031-10-13",
     "Ministry of Ecology and Environment; NDRC; MIIT"),
    ("On Tuesday the NDRC, the MIIT and the Ministry of Finance jointly issued a plan on hydrogen.", "2031-10-14",
     "NDRC; MIIT; Ministry of Finance"),
    ("On Thursday the SAMR and the MIIT, together with the NEA, released guidelines on charging piles.",
     "2031-10-16", None),
])
def test_en_opening_day_before_listed_bodies(text: str, when: str, agency: str | None) -> None:
    found = _found(text)
    assert [(t, d) for t, _, d, _ in found] == [("document_issued", when)]
    if agency:
        assert found[0][3] == agency


@pytest.mark.parametrize("text", [
    # (a verb between: the time is the statement's, the act the NDRC's, undated)
    "On Monday the MIIT said the NDRC, the MOF and the MEE had issued a plan to curb methane emissions.",
    "On Monday analysts said the NDRC, the MOF and the MEE had issued a plan to curb methane emissions.",
])
def test_en_opening_day_before_listed_bodies_near_misses(text: str) -> None:
    assert [d for _, _, d, _ in _found(text)] == [None]


def test_en_opening_day_with_no_event() -> None:
    assert _found("On Monday the MEE, the NDRC and the MIIT met to discuss methane.") == []


# --- subsidies or incentives announced ------------------------------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("The Ministry of Finance announced subsidies for purchases of new energy trucks on Tuesday.", "2031-10-14",
     "Ministry of Finance"),
    ("The Beijing municipal government on Monday announced new incentives worth 2 billion yuan for chipmakers.",
     "2031-10-13", "Beijing Municipal Government"),
    ("The Guangdong provincial government announced subsidies of up to 5,000 yuan for consumers who trade in "
     "old appliances on Wednesday.", "2031-10-15", "Guangdong Provincial Government"),
])
def test_en_subsidies_announced(text: str, when: str, agency: str) -> None:
    assert _found(text) == [("document_issued", None, when, agency)]


@pytest.mark.parametrize("text", [
    "The Ministry of Finance announced the subsidies would end in December.",  # known ones
    "The Ministry of Finance said on Tuesday the subsidies announced last year would end.",
    "Xiaomi announced subsidies for buyers of its SU7 on Tuesday.",  # a company's offer
    "The MIIT on Tuesday announced subsidy cuts for electric cars.",  # cuts, no new policy told
    "The ministry released subsidies of 2 billion yuan on Monday.",  # money paid out
    "The Ministry of Finance will announce subsidies for trucks next month.",
])
def test_en_subsidies_announced_near_misses(text: str) -> None:
    assert _found(text) == []


# --- limits, caps and ceilings: a document's content ---------------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("The Ministry of Ecology and Environment on Monday released new emission limits for heavy-duty diesel "
     "trucks.", "2031-10-13", "Ministry of Ecology and Environment"),
    ("The NDRC unveiled caps on coal consumption for 12 provinces last month.", "2031-09", "NDRC"),
    ("The MIIT on Tuesday issued limits on the energy consumption of data centres.", "2031-10-14", "MIIT"),
    ("The NDRC on Thursday published price ceilings for coal sold under long-term contracts.", "2031-10-16", "NDRC"),
])
def test_en_limits_issued(text: str, when: str, agency: str) -> None:
    assert _found(text) == [("document_issued", None, when, agency)]


@pytest.mark.parametrize("text", [
    "The rules set limits on emissions from trucks.",
    "Analysts said the limits released by the ministry were too loose.",
    "Coal futures hit their daily limits on Monday.",
    "BYD released new limits on vehicle warranties on Tuesday.",
    "The MEE will release new emission limits next year.",
])
def test_en_limits_near_misses(text: str) -> None:
    assert _found(text) == []


def test_en_emission_standards_still_a_standard() -> None:
    assert _found("The Ministry of Ecology and Environment on Monday released new emission standards for "
                  "heavy-duty diesel trucks.") == [("standard_release", None, "2031-10-13",
                                                    "Ministry of Ecology and Environment")]


# --- a document "posted" on its body's website, in a passive or relative clause ------------------
@pytest.mark.parametrize("text, when, agency", [
    ("The notice, which was posted on the MIIT's website on Monday, sets out 12 measures to support robotics.",
     "2031-10-13", "MIIT"),
    ("The MIIT said output grew 15%. The notice, which was posted on the ministry's website on Monday, sets "
     "out 12 measures.", "2031-10-13", "MIIT"),
    ("The rules were posted on the NDRC's website on Tuesday.", "2031-10-14", "NDRC"),
    ("The guideline was posted on the website of the MEE last month.", "2031-09",
     "Ministry of Ecology and Environment"),
])
def test_en_document_posted_on_website(text: str, when: str, agency: str) -> None:
    assert _found(text) == [("document_issued", None, when, agency)]


@pytest.mark.parametrize("text", [
    "The plan was posted online by a blogger on Monday.",
    "Iron ore posted its biggest weekly gain on Friday.",
    "The company's notice was posted on the Shanghai Stock Exchange website on Monday.",
    "BYD posted a notice on its website on Monday.",
    "The rules will be posted on the NDRC's website next week.",
])
def test_en_document_posted_near_misses(text: str) -> None:
    assert _found(text) == []


# --- a batch of permits approved or granted -------------------------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("The Ministry of Commerce approved a new batch of export licences for gallium products on Wednesday.",
     "2031-10-15", "Ministry of Commerce"),
    ("The MIIT granted the first batch of L3 road-test permits on Tuesday.", "2031-10-14", "MIIT"),
    ("The National Railway Administration on Monday issued a second batch of type-approval certificates.",
     "2031-10-13", "National Railway Administration"),
])
def test_en_batch_of_permits(text: str, when: str, agency: str) -> None:
    assert _found(text) == [("approval", None, when, agency)]


@pytest.mark.parametrize("text", [
    "The Ministry of Commerce will approve a new batch of export licences next month.",
    "Exporters said on Wednesday they had received a new batch of export licences.",
    "BYD issued a new batch of bonds on Tuesday.",
    "The MIIT on Tuesday granted a batch of certificates of merit to model workers.",
    "The Ministry of Commerce could approve a new batch of export licences this week.",
])
def test_en_batch_of_permits_near_misses(text: str) -> None:
    assert _found(text) == []


# --- the probe's other wordings, read before and still read: wire ledes, joint acts, provinces -----
@pytest.mark.parametrize("text, event", [
    ("BEIJING, Oct. 16 (Reuters) - China will step up support for its chip industry. The Ministry of Industry "
     "and Information Technology on Thursday issued a guideline calling for breakthroughs in advanced packaging.",
     ("document_issued", None, "2031-10-16", "MIIT")),
    ("The MIIT, as well as the Ministry of Public Security, issued rules on smart connected vehicle software "
     "updates on Monday.", ("document_issued", None, "2031-10-13", "MIIT; Ministry of Public Security")),
    ("China's Ministry of Ecology and Environment said in a notice dated Oct. 10 that it would tighten oversight "
     "of coal-fired power plants.", ("document_issued", None, "2031-10-10", "Ministry of Ecology and Environment")),
    ("The MIIT said in a statement on its website on Wednesday that it had approved 14 new industrial internet "
     "pilot zones.", ("approval", None, "2031-10-15", "MIIT")),
    ("The NEA said on Wednesday it had set up a leading group on energy security.",
     ("other", "committee_established", "2031-10-15", "National Energy Administration")),
    ("Shanghai's municipal government on Thursday released a three-year action plan to develop embodied "
     "artificial intelligence.", ("document_issued", None, "2031-10-16", "Shanghai Municipal Government")),
])
def test_en_probe18b_wordings_read(text: str, event: tuple) -> None:
    assert _found(text) == [event]


@pytest.mark.parametrize("text", [
    "BYD unveiled a plan on Monday to build a new battery plant in Hungary.",
    "The China Iron and Steel Association issued a proposal on Wednesday calling on mills to cut output.",
    "The rules take effect on Nov. 1, the ministry said.",
    "The European Commission unveiled a plan on Wednesday to boost the bloc's battery industry.",
    "The plan calls for 50 smart factories by 2027.",
    "Under the plan, China aims to have 30 million 5G base stations by 2030.",
    "The MIIT plans to unveil a new guideline on humanoid robots next month.",
    "The NDRC will hold a press conference on Tuesday.",
    "According to a document seen by Reuters, the MIIT is drafting rules on chip subsidies.",
    "Xiaomi told reporters on Thursday it would start deliveries in November.",
    "Comments on the draft are due by Nov. 20.",
])
def test_en_probe18b_near_misses(text: str) -> None:
    assert _found(text) == []
