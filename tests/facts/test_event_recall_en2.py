"""English event recall, round 2: wire phrasings of government actions, on sentences written for
these tests (no labelled document was read to write them), one test per construction, each with
near-misses that must not match.

The cabinet acting at its meeting told every way ("The new regulation was passed at a State
Council executive meeting on Friday", "A State Council executive meeting presided over by Premier
… approved a guideline", "chaired a State Council executive meeting on Friday that adopted …",
"…, where it adopted …"); a document told by the day it bears ("The MIIT's notice, dated June 3,
…", "In a notice dated May 30, the MIIT ordered …"); "two years ago" as a date; new rules
"announced" by a body; permits "handed out"; the one entry an approval creates ("approved the
establishment of a national … innovation center", "the construction of a … nuclear power
project"); a place "chosen as a national pilot city"; "Shanghai authorities" as the city's
government; agents counted ("by seven departments including the MIIT"); a participle opening the
sentence ("Jointly issued by the MIIT and the NDRC on Monday, the plan …", "Released by the NEA
last week, …"); ", at which it released …"; an "announcement" as a document; an approval's figures
told in the body's speech ("said on Wednesday it had approved 12 railway projects worth 230
billion yuan") as no data release.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events
from scrapers.facts.dates import find_dates

PUB = date(2025, 6, 12)  # a Thursday
SC = "State Council"


def _found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.date, e.agency) for e in events(text, "en", PUB)]


def _of_type(text: str, type_: str) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.agency) for e in events(text, "en", PUB) if e.type == type_]


# --- the cabinet at its meeting ------------------------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("The new regulation was passed at a State Council executive meeting on Friday.", "2025-06-06"),
    ("The regulation was adopted on Friday at a State Council executive meeting.", "2025-06-06"),
    ("The guideline was approved at an executive meeting of the State Council on Wednesday.", "2025-06-11"),
    ("A State Council executive meeting presided over by Premier Li Qiang on Friday approved a guideline on boosting "
     "the consumption of services.", "2025-06-06"),
    ("Premier Li Qiang chaired a State Council executive meeting on Friday that adopted a regulation on the management "
     "of civilian drones.", "2025-06-06"),
    ("Premier Li Qiang chaired a State Council executive meeting on Friday, where it adopted a plan on elderly care.",
     "2025-06-06"),
])
def test_en_cabinet_at_its_meeting(text: str, when: str) -> None:
    assert _of_type(text, "document_issued") == [(when, SC)]


@pytest.mark.parametrize("text", [
    # (discussed, heard: no act on the document; a draft passed goes on to the legislature)
    "The plan was discussed at a State Council executive meeting on Friday.",
    "Premier Li Qiang chaired a State Council executive meeting on Friday that discussed a regulation on drones.",
    "Premier Li Qiang chaired a State Council executive meeting on Friday, which heard a report on the guideline.",
    "The draft regulation was passed at a State Council executive meeting on Friday.",
    # (a ministry's meeting, a future meeting)
    "The rules were passed at a meeting of the MIIT on Friday.",
    "The plan will be approved at a State Council executive meeting next week.",
])
def test_en_cabinet_at_its_meeting_near_misses(text: str) -> None:
    assert _found(text) == []


# --- a document told by the day it bears ---------------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("The MIIT's notice, dated June 3, sets out requirements for the recycling of power batteries.", "2025-06-03"),
    ("In a notice dated May 30, the MIIT ordered telecom operators to phase out 2G networks in some regions.",
     "2025-05-30"),
    ("The rules, dated June 3, take effect on July 1, the MIIT said.", "2025-06-03"),
    ("A circular from the MIIT dated May 28 urges carmakers to pay suppliers within 60 days.", "2025-05-28"),
])
def test_en_document_dated(text: str, when: str) -> None:
    assert _of_type(text, "document_issued") == [(when, "MIIT")]


@pytest.mark.parametrize("text", [
    # (figures the notice gives: a data release, not the document; nobody's notice; a letter)
    "Output rose 12 percent in May, the MIIT said in a notice dated June 2.",
    "The notice, dated June 3, was signed by the company chairman.",
    "Xiaomi said in a letter dated June 3 that it would build a plant.",
    "A plan dated 2019 is still in force.",
])
def test_en_document_dated_near_misses(text: str) -> None:
    assert _of_type(text, "document_issued") == []


# --- "N years ago" -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value, kind", [
    ("two years ago", "2023", "year"),
    ("Three years ago, the", "2022", "year"),
    ("a year ago the MIIT", "2024", "year"),
    ("2 years ago", "2023", "year"),
    ("six months ago", "2024-12", "month"),
])
def test_en_times_ago(text: str, value: str, kind: str) -> None:
    assert [(d.value, d.kind) for d in find_dates(text, PUB, "en")] == [(value, kind)]


@pytest.mark.parametrize("text", [
    # (a comparison's base, a vague span)
    "up from a year ago", "higher than two years ago", "compared with six months ago", "years ago", "weeks ago",
])
def test_en_times_ago_near_misses(text: str) -> None:
    assert find_dates(text, PUB, "en") == []


@pytest.mark.parametrize("text, when, agency", [
    ("The plan, released by the NDRC two years ago, set a target of 1,200 GW of solar and wind capacity.", "2023", "NDRC"),
    ("Three years ago, the State Council issued a plan to develop the digital economy.", "2022", SC),
])
def test_en_times_ago_date_the_act(text: str, when: str, agency: str) -> None:
    assert _of_type(text, "document_issued") == [(when, agency)]


# --- new rules announced; permits handed out; "an announcement" -----------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("The MIIT and the Ministry of Finance jointly announced new rules on Tuesday for subsidies to small firms.",
     "2025-06-10", "MIIT; Ministry of Finance"),
    ("The NDRC on Monday announced measures to boost private investment.", "2025-06-09", "NDRC"),
    ("The Ministry of Commerce on Thursday issued an announcement imposing anti-dumping duties on imports of POM "
     "copolymers.", "2025-06-12", "Ministry of Commerce"),
])
def test_en_announced_documents(text: str, when: str, agency: str) -> None:
    assert _of_type(text, "document_issued") == [(when, agency)]


@pytest.mark.parametrize("text", [
    # (a document known before, a future, a company, a participle)
    "The MIIT on Tuesday announced the rules would take effect on July 1.",
    "The MIIT announced on Tuesday that it would issue rules on drones.",
    "BYD on Tuesday announced new measures to cut prices.",
    "The rules announced by the MIIT on Tuesday take effect in July.",
    "The MIIT will announce new rules next week.",
])
def test_en_announced_documents_near_misses(text: str) -> None:
    assert _of_type(text, "document_issued") == []


@pytest.mark.parametrize("text, when", [
    ("The MIIT handed out satellite internet licences to China Mobile and China Unicom on Thursday.", "2025-06-12"),
    ("The MIIT on Tuesday handed out 5G-A trial licences to four operators.", "2025-06-10"),
])
def test_en_permits_handed_out(text: str, when: str) -> None:
    assert _of_type(text, "approval") == [(when, "MIIT")]


@pytest.mark.parametrize("text", [
    "Huawei handed out licences to its partners on Monday.",
    "The MIIT on Monday handed out licences to the winning bidders.",
])
def test_en_permits_handed_out_near_misses(text: str) -> None:
    assert _of_type(text, "approval") == []


# --- the one entry an approval creates; a place chosen as a pilot ----------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("The NDRC approved the construction of a 60 billion yuan nuclear power project in Fujian on Sunday.",
     "2025-06-08", "NDRC"),
    ("The MIIT on Monday approved the establishment of a national manufacturing innovation center for embodied "
     "intelligence in Beijing.", "2025-06-09", "MIIT"),
    ("Chongqing was chosen by the MIIT as a national pilot city for 5G-A applications on Monday.", "2025-06-09", "MIIT"),
    ("Hefei was picked by the NDRC as a national pilot city for the low-altitude economy on Tuesday.",
     "2025-06-10", "NDRC"),
])
def test_en_one_entry_approved_or_chosen(text: str, when: str, agency: str) -> None:
    assert _of_type(text, "approval") == [(when, agency)]


@pytest.mark.parametrize("text", [
    "Tesla approved the construction of a new plant in Shanghai on Monday.",
    "The NDRC is expected to approve the construction of a nuclear project next month.",
    "Wuhan was chosen as the venue of the expo on Monday.",
    "The company was picked as a pilot supplier by BYD on Monday.",
])
def test_en_one_entry_approved_or_chosen_near_misses(text: str) -> None:
    assert _of_type(text, "approval") == []


# --- who acts: "Shanghai authorities", "by seven departments including the MIIT" -------------------
@pytest.mark.parametrize("text, when, agency", [
    ("Shanghai authorities on Monday unveiled a plan to subsidise purchases of domestic AI chips.", "2025-06-09",
     "Shanghai Municipal Government"),
    ("Guangdong provincial authorities on Tuesday issued rules on drones.", "2025-06-10", "Guangdong Provincial Government"),
    ("A work plan on the green transition of the petrochemical sector was jointly unveiled by seven departments "
     "including the MIIT on Wednesday.", "2025-06-11", "MIIT; other departments"),
    ("The guideline was jointly issued by 10 government departments such as the NDRC and the MIIT last week.",
     "2025-06", "NDRC; MIIT; other departments"),
])
def test_en_who_acts(text: str, when: str, agency: str) -> None:
    assert _of_type(text, "document_issued") == [(when, agency)]


@pytest.mark.parametrize("text", [
    "Shanghai authorities said on Monday that exports rose 5 percent.",
    "The plan was issued by several companies including BYD on Monday.",
])
def test_en_who_acts_near_misses(text: str) -> None:
    assert _found(text) == []


# --- a participle opening the sentence; ", at which it …" -----------------------------------------
@pytest.mark.parametrize("text, type_, when, agency", [
    ("Jointly issued by the MIIT and the NDRC on Monday, the plan targets 1.5 trillion yuan of industrial investment.",
     "document_issued", "2025-06-09", "MIIT; NDRC"),
    ("Released by the NEA last week, the guidelines call for more storage.", "document_issued", "2025-06",
     "National Energy Administration"),
    ("Released by the MIIT on Monday, the data show output rose 5 percent.", "other", "2025-06-09", "MIIT"),
    ("The MIIT convened a symposium on Monday, at which it released a guideline on payment terms for suppliers.",
     "document_issued", "2025-06-09", "MIIT"),
])
def test_en_fronted_participle_and_occasion(text: str, type_: str, when: str, agency: str) -> None:
    assert _of_type(text, type_) == [(when, agency)]


@pytest.mark.parametrize("text", [
    # (background dated by a year; a think tank's report; no document; no agent; a future)
    "Issued by the MIIT in 2019, the rules are still in force.",
    "Published by the CAICT on Monday, the report says 5G users rose.",
    "Released on bail by police on Monday, the executive said he was innocent.",
    "Jointly issued by the MIIT and the NDRC, the plan targets growth.",
    "The MIIT held a meeting on Thursday, at which it will release a guideline on AI next month.",
])
def test_en_fronted_participle_and_occasion_near_misses(text: str) -> None:
    assert [e for e in events(text, "en", PUB) if e.date] == []


# --- an approval's figures in the body's speech are no data release --------------------------------
def test_en_approval_figures_are_no_data_release() -> None:
    text = ("BEIJING, June 11 (Reuters) - China's top economic planner said on Wednesday it had approved 12 new railway "
            "projects worth 230 billion yuan.")
    assert _found(text) == [("approval", "2025-06-11", "NDRC")]


def test_en_figures_said_on_a_day_still_a_data_release() -> None:
    text = "Industrial output rose 6.1 percent in May, the MIIT said on Wednesday."
    assert _found(text) == [("other", "2025-06-11", "MIIT")]
