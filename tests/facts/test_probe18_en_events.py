"""English event constructions found by recall probe 18: wire-style sentences written for these
tests (Reuters, Bloomberg, Xinhua, China Daily, SCMP, Caixin, Global Times), not taken from any
labelled set, one group per construction, each with near-misses that must not match.

Events: a passive approval of one document by a government in its main clause ("The plan was
approved by the State Council in September"), adopted as the active is (not in passing, ", which was
approved by …"); the cabinet's "endorsed"; "gave the green light to" infrastructure (and pipelines
among the works a planner approves); a sentence opening "At a briefing …"; the statistics bureau by its role; a leading group
set up (领导小组); Xinhua's "national conference on industry and information technology work";
"co-issued"; an appositive participle after "<document> from <body>"; export controls put in place by
an announcement. Near-misses: a modal's act ("could approve", "may approve") is not done.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events

PUB = date(2031, 10, 17)  # a Friday: Monday 10-13, Tuesday 10-14, Wednesday 10-15, Thursday 10-16


def _found(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.type, e.subtype, e.date, e.agency) for e in events(text, "en", PUB)]


# --- a passive approval of one document by a government: adopted ----------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("The plan was approved by the State Council in late September.", "2031-09", "State Council"),
    ("An action plan on the silver economy was approved by the cabinet on Wednesday, Xinhua reported.", "2031-10-15",
     "State Council"),
    ("The measures were approved by the Zhejiang provincial government on Monday.", "2031-10-13",
     "Zhejiang Provincial Government"),
])
def test_en_passive_approval_of_a_government_document(text: str, when: str, agency: str) -> None:
    assert _found(text) == [("document_issued", None, when, agency)]


@pytest.mark.parametrize("text", [
    "The plan was approved by the NDRC in September.",  # a ministry approves someone else's plan
    "The draft plan was approved by the State Council in September.",  # adopted in principle only
    "The plan to build a port was approved by the State Council in September.",  # a project's plan
    "The plan will be approved by the State Council in December.",
    "The plan is expected to be approved by the State Council this month.",
    # (in passing, away from its meeting: not told adopted, as "a plan … that the State Council approved
    # last month" is not, test_heldout15_en_constructions)
    "The guideline, which was approved by the State Council on Monday, sets targets for 2035.",
])
def test_en_passive_approval_of_a_document_near_misses(text: str) -> None:
    assert [f for f in _found(text) if f[0] == "document_issued"] == []


# --- the cabinet "endorsed" a document -------------------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("Since the cabinet endorsed the plan in 2024, more than 40 projects have started.", "2024"),
    ("The State Council endorsed a guideline on the low-altitude economy on Monday.", "2031-10-13"),
])
def test_en_cabinet_endorsed(text: str, when: str) -> None:
    assert _found(text) == [("document_issued", None, when, "State Council")]


@pytest.mark.parametrize("text", [
    "The MIIT endorsed the plan.",  # undated, and a ministry's endorsement adopts nothing
    "The State Council is expected to endorse the plan next month.",
    "Analysts endorsed the plan on Monday.",
])
def test_en_endorsed_near_misses(text: str) -> None:
    assert _found(text) == []


# --- "gave the green light to" works; pipelines are works -------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("The National Development and Reform Commission gave the green light to three new hydrogen pipelines in "
     "August.", "2031-08"),
    ("The NDRC approved two cross-border oil pipelines on Tuesday.", "2031-10-14"),
    ("China's top economic planner gave the go-ahead to two high-speed railway lines last month.", "2031-09"),
])
def test_en_planner_approves_works(text: str, when: str) -> None:
    assert _found(text) == [("approval", None, when, "NDRC")]


@pytest.mark.parametrize("text", [
    "The NDRC could approve three new hydrogen pipelines this year, people familiar with the matter said.",
    "Sinopec on Tuesday approved two oil pipelines.",
    "The NDRC named two pipelines in its report on Tuesday.",  # only a planner's approval, not a naming
])
def test_en_planner_approves_works_near_misses(text: str) -> None:
    assert _found(text) == []


# --- a modal's act is not done -----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The MIIT could approve more pilot zones this year, people familiar with the matter said.",
    "The MIIT may approve more pilot zones for 6G trials in May.",
    "The ministry might issue new rules on drones this year.",
    "The State Council should approve more pilot zones this year, analysts said.",
])
def test_en_modal_act_not_done(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text, event", [
    # ("May" the month is no modal)
    ("The MIIT approved 12 pilot zones for 6G trials in May.", ("approval", None, "2031-05", "MIIT")),
    ("In May, the MIIT issued a guideline on humanoid robots.", ("document_issued", None, "2031-05", "MIIT")),
])
def test_en_month_may_is_no_modal(text: str, event: tuple) -> None:
    assert _found(text) == [event]


# --- a sentence opening "At a briefing …" ------------------------------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("At a briefing held by the SCIO on Tuesday, officials said the sector grew 9 percent.", "2031-10-14",
     "State Council Information Office"),
    ("At a regular briefing on Thursday, Ministry of Commerce spokesperson He Yadong said exports grew.", "2031-10-16",
     "Ministry of Commerce"),
    ("At a briefing on Wednesday, MIIT spokesperson Zhao Zhiguo said output rose.", "2031-10-15", "MIIT"),
])
def test_en_opening_at_a_briefing(text: str, when: str, agency: str) -> None:
    assert _found(text) == [("press_conference", None, when, agency)]


@pytest.mark.parametrize("text", [
    "At a briefing next Tuesday, MIIT officials will present the plan.",
    "At a briefing on Tuesday, Xiaomi executives said sales rose.",
])
def test_en_opening_at_a_briefing_near_misses(text: str) -> None:
    assert _found(text) == []


# --- the statistics bureau by its role ---------------------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("Industrial profits rose 4.1 percent in September, according to data published by the statistics bureau on "
     "Monday.", "2031-10-13"),
    ("Output grew 5.8%, according to figures the statistics bureau released on Thursday.", "2031-10-16"),
    ("China's statistics bureau on Wednesday released data showing retail sales rose 3%.", "2031-10-15"),
])
def test_en_statistics_bureau_by_role(text: str, when: str) -> None:
    assert _found(text) == [("other", "data_release", when, "National Bureau of Statistics")]


@pytest.mark.parametrize("text", [
    "Japan's statistics bureau released data on Monday showing prices rose.",
    "The statistics bureau will release September data next week.",
])
def test_en_statistics_bureau_near_misses(text: str) -> None:
    assert _found(text) == []


# --- a leading group set up ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("China's State Council on Wednesday set up a leading group on artificial intelligence, according to a "
     "statement.", "2031-10-15"),
    ("The MIIT established a leading group on new industrialization in September.", "2031-09"),
])
def test_en_leading_group_set_up(text: str, when: str) -> None:
    assert [(f[0], f[1], f[2]) for f in _found(text)] == [("other", "committee_established", when)]


@pytest.mark.parametrize("text", [
    "The MIIT will set up a leading group on new industrialization next month.",
    "Huawei set up a leading group on AI on Monday.",
    "The leading group met on Monday.",
])
def test_en_leading_group_near_misses(text: str) -> None:
    assert _found(text) == []


# --- Xinhua's "national conference on industry and information technology work" -------------------------
def test_en_work_conference_xinhua_order() -> None:
    text = "The MIIT convened the national conference on industry and information technology work in Beijing on Monday."
    assert _found(text) == [("other", "work_conference", "2031-10-13", "MIIT")]


@pytest.mark.parametrize("text", [
    "The MIIT will convene the national conference on industry and information technology work next week.",
    "A national conference on industry and information technology was held by the association on Monday.",
])
def test_en_work_conference_near_misses(text: str) -> None:
    assert [f for f in _found(text) if f[1] == "work_conference"] == []


# --- "co-issued" ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("A guideline co-issued by the MIIT and the NDRC last month calls for more AI adoption.", "2031-09"),
    ("The MIIT and the NDRC co-issued a guideline on AI adoption on Monday.", "2031-10-13"),
    ("The plan was co-released by the MIIT and the NDRC on Monday.", "2031-10-13"),
])
def test_en_co_issued(text: str, when: str) -> None:
    assert _found(text) == [("document_issued", None, when, "MIIT; NDRC")]


@pytest.mark.parametrize("text", [
    "The MIIT and the NDRC will co-issue a guideline on AI adoption next month.",
    "A guideline co-issued by two universities on Monday calls for more AI courses.",
])
def test_en_co_issued_near_misses(text: str) -> None:
    assert _found(text) == []


# --- an appositive participle after "<document> from <body>" --------------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("New rules from the Cyberspace Administration of China, released on Friday, require labels on AI content.",
     "2031-10-17", "Cyberspace Administration of China"),
    ("A guideline from the MIIT, published in March, sets targets for 2033.", "2031-03", "MIIT"),
])
def test_en_appositive_after_owned_document(text: str, when: str, agency: str) -> None:
    assert _found(text) == [("document_issued", None, when, agency)]


@pytest.mark.parametrize("text", [
    "Criticism from the MIIT, released on Friday, was harsh.",  # no document
    "New rules from the CAC, which take effect on Friday, require labels.",  # an effective date
    "A guideline from the MIIT, due to be published in March, sets targets.",
])
def test_en_appositive_after_owned_document_near_misses(text: str) -> None:
    assert _found(text) == []


# --- export controls put in place by an announcement ----------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("China's Ministry of Commerce on Thursday announced export controls on five rare earth elements.", "2031-10-16"),
    ("The commerce ministry on Thursday unveiled new export controls on rare earth technologies.", "2031-10-16"),
    ("China unveiled new export controls on rare earth technologies on Thursday, the Ministry of Commerce said.",
     "2031-10-16"),
])
def test_en_export_controls_announced(text: str, when: str) -> None:
    assert _found(text) == [("document_issued", None, when, "Ministry of Commerce")]


@pytest.mark.parametrize("text", [
    "The Ministry of Commerce will announce export controls on graphite next week.",
    "The US Commerce Department on Thursday announced export controls on chips.",
    "Export controls took effect on Dec. 1.",
    "The Ministry of Commerce said the export controls would take effect on Dec. 1.",
])
def test_en_export_controls_near_misses(text: str) -> None:
    assert _found(text) == []
