"""Precision audit 6: this session's new rules (1.25.0-1.25.4) on sentences written for these tests
(none from a labelled set), each with near-misses that must keep their reading.

1. The acronyms NRA, NEA and CAC read as China's rail, energy and cyberspace bodies: not when the
   story spells the acronym out as another body ("Japan's Nuclear Regulation Authority (NRA)", "the
   OECD Nuclear Energy Agency (NEA)") or gives it an owner abroad ("France's CAC", "the OECD NEA").
2. 我部 ("our ministry") in the words of another ministry's official at the story's press
   conference (科技部有关负责人表示，…我部批复组建…) is the speaker's ministry, not the story's main body.
3. A pass rate ("96.3% of samples passed inspection"): not goods that "passed through" a port or
   were "passed on" to others.
4. What a plan "calls for" is a target: not a figure of a later clause ("…, after profits fell 20%
   in 2025"), nor what "policy makers called for".
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events, summary
from metric_helpers import metrics

DAY = date(2026, 3, 27)  # (a Friday)
NRA = "National Railway Administration"
NEA = "National Energy Administration"
CAC = "Cyberspace Administration of China"


# --- 1. acronyms of another body ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Japan's Nuclear Regulation Authority (NRA) on Wednesday approved the restart of the Takahama reactor.",
    # (the acronym spelled out in an earlier sentence of the story)
    "Japan's nuclear regulator is under pressure. The Nuclear Regulation Authority was set up in 2012. The NRA on "
    "Wednesday approved the restart of two reactors at the Takahama plant, the utility said.",
    "The National Rifle Association (NRA) is a gun lobby. The NRA released new guidelines on Tuesday for gun owners.",
    "The OECD Nuclear Energy Agency (NEA) is based in Paris. The NEA on Tuesday published guidelines on waste "
    "management for its member countries.",
    # (an owner abroad right before it)
    "The OECD NEA on Tuesday published guidelines on waste management.",
    "France's CAC on Tuesday released new rules on broadcasting.",
])
def test_an_acronym_of_another_body_is_no_chinese_body(text):
    assert summary(events(text, "en", DAY)) == []


@pytest.mark.parametrize("text, expected", [
    # (near-misses: the Chinese body spelled out, bare, or owned by China; another acronym's
    # expansion in the story leaves the others alone)
    ("The National Railway Administration (NRA) oversees rail safety. The NRA on Tuesday granted type-approval "
     "certificates for two models of high-speed trains.", [("approval", "2026-03-24", NRA)]),
    ("The NEA on Monday issued a notice on the development of new energy storage.",
     [("document_issued", "2026-03-23", NEA)]),
    ("China's NEA on Monday issued a notice on the development of new energy storage.",
     [("document_issued", "2026-03-23", NEA)]),
    ("The National Energy Administration (NEA) on Monday issued a notice on new energy storage.",
     [("document_issued", "2026-03-23", NEA)]),
    ("The Cyberspace Administration of China (CAC) is the internet regulator. The CAC on Tuesday issued rules on "
     "AI labels.", [("document_issued", "2026-03-24", CAC)]),
    ("Japan's Nuclear Regulation Authority is cautious. The MIIT and the NEA on Monday jointly issued a plan on "
     "nuclear equipment.", [("document_issued", "2026-03-23", f"MIIT; {NEA}")]),
])
def test_the_chinese_bodies_acronyms_stay(text, expected):
    assert summary(events(text, "en", DAY)) == expected


def test_a_foreign_acronym_leaves_the_other_bodies_of_an_action():
    text = ("The Nuclear Energy Agency is an OECD body. The MIIT and the NEA on Monday jointly issued a plan on "
            "nuclear equipment.")
    assert summary(events(text, "en", DAY)) == [("document_issued", "2026-03-23", "MIIT")]


# --- 2. 我部 in another ministry's words --------------------------------------------------------------
@pytest.mark.parametrize("text, agency", [
    ("工业和信息化部近日召开新闻发布会。科技部有关负责人在会上表示，2025年6月，我部批复组建了20个全国重点实验室。",
     "Ministry of Science and Technology"),
    ("工业和信息化部3月20日召开新闻发布会。会上，商务部新闻发言人表示，去年6月，我部印发了《关于促进外贸稳定增长的若干措施》。",
     "Ministry of Commerce"),
])
def test_our_ministry_in_another_ministrys_words_is_the_speakers(text, agency):
    found = events(text, "zh", DAY)
    assert [e.agency for e in found][1:] == [agency]


@pytest.mark.parametrize("text", [
    # (near-misses: the story's own ministry speaking, or no speaker named)
    "工业和信息化部近日召开新闻发布会。工业和信息化部科技司负责人表示，2025年6月，我部批复组建国家高档数控机床制造业创新中心。",
    "工业和信息化部3月20日召开新闻发布会。会上介绍，去年6月，我部印发了《关于促进制造业稳定增长的若干措施》。",
])
def test_our_ministry_of_the_main_body_stays(text):
    assert [e.agency for e in events(text, "zh", DAY)][1:] == ["MIIT"]


# --- 3. pass rates --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "About 40% of products passed through Shanghai port last year.",
    "Nearly 30% of the products passed on to retailers were imported in 2025.",
    "Some 15% of the vehicles passed to new owners in 2025 were electric.",
])
def test_goods_passed_on_are_no_pass_rate(text):
    assert [m.measure for m in metrics(text, "en", DAY)] != ["rate"]


@pytest.mark.parametrize("text", [
    "96.3% of samples passed inspection in 2025.",
    "98 percent of the products checked passed inspection in 2025.",
    "About 97% of the batches tested passed, the regulator said.",
])
def test_samples_that_passed_stay_a_pass_rate(text):
    assert [m.measure for m in metrics(text, "en", DAY)] == ["rate"]


# --- 4. what a plan calls for -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The guidelines call for an overhaul of the sector, after profits fell 20% in 2025.",
    "The roadmap calls for stricter checks, while exports rose 12% in 2025.",
    "Policy makers in Beijing called for restraint after steel output hit 1.1 billion tonnes in 2025.",
])
def test_a_figure_outside_a_documents_call_is_no_target(text):
    assert [m.status for m in metrics(text, "en", DAY)] == ["actual"]


@pytest.mark.parametrize("text", [
    # (near-misses: the call's own object, a participle between)
    "Guidelines issued in 2024 called for the industry's revenue to top 1 trillion yuan by 2027.",
    "That plan called for renewable hydrogen output of 100,000 to 200,000 tonnes a year by 2025.",
    "The policy calls for output of 2 million tonnes in 2025.",
])
def test_a_documents_call_stays_a_target(text):
    assert [m.status for m in metrics(text, "en", DAY)] == ["target"]
