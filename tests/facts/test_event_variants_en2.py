"""English event variants, round 2 (session 15): ~200 variants of 49 more gold English events of the
studied sets (other than round 1's), leaning on agency naming, verbs and voice, with four constructions
added. The misses that shared a construction across sources are fixed here, tested on sentences
written for these tests, with near-misses that must not fire:

* an opening participle whose agent follows a time phrase or "for public comment": "Issued on Monday
  by the MIIT and six other departments, the guideline …", the head noun further into the subject
  ("…, the first batch of rare earth mining quotas for 2025 was …"); a draft there is left to the
  consultation rules;
* a passive approval with a complement between the verb and "by": "30 firms were named national
  'little giants' by the MIIT", "were selected as pilot areas by …", "were named to a pilot program
  on … by …" (not "were named in a complaint filed by …", not a company's choice);
* entries added to a list: "In the same notice, the ministry added 41 more companies to the list"
  (not "he added", "added that …"); "it" as the subject of the action, standing for the body the
  sentence before opens with ("In the same notice, it named 36 companies …");
* quotas or a batch of funds handed out / allocated, a document issued (not funds allocated to
  research, not a company's batch of bonuses).
"""
from __future__ import annotations

import pytest

from event_helpers import events, only, summary


# --- an opening participle, the agent after a time phrase ---------------------------------------
@pytest.mark.parametrize("text,date,agency", [
    ("Issued on Monday by the MIIT and six other departments, the guideline says output should reach "
     "10 trillion yuan by 2025.", "2024-11-04", "MIIT"),
    ("Released on Thursday by the Ministry of Industry and Information Technology, the action plan aims "
     "to expand the industry to 1.5 trillion yuan.", "2024-11-07", "MIIT"),
    ("Published last month by the National Development and Reform Commission, the rules require "
     "operators to report outages within an hour.", "2024-10", "NDRC"),
    ("Unveiled in October by the MIIT, the work plan targets growth of about 4 percent.", "2024-10", "MIIT"),
    ("Issued on Thursday by the MIIT and the Ministry of Natural Resources, the first batch of rare "
     "earth mining quotas for 2025 was unchanged from last year.", "2024-11-07", "MIIT"),
])
def test_opening_participle_after_a_time_phrase(text, date, agency):
    found = [e for e in events(text) if e.type == "document_issued"]
    assert [(e.date, e.agency.split(";")[0]) for e in found] == [(date, agency)]


def test_opening_participle_for_public_comment_is_a_consultation():
    e = only("Published for public comment on Thursday by the MIIT, the draft rules would tighten safety "
             "requirements for power banks.")
    assert (e.type, e.subtype, e.date, e.agency) == ("other", "public_consultation", "2024-11-07", "MIIT")


@pytest.mark.parametrize("text", [
    "Released on bail on Monday by the court, the executive said he would appeal.",
    "Published on Monday by Reuters, the report says the plan is delayed.",
    "Issued on Monday by the MIIT, the executive's remarks drew attention.",
])
def test_opening_participle_without_a_document_or_a_body(text):
    assert [e for e in events(text) if e.type == "document_issued"] == []


def test_opening_participle_of_a_draft_is_a_consultation():
    found = events("Published by the MIIT on Thursday, the draft rules on battery safety are open for comment.")
    assert "document_issued" not in [e.type for e in found]
    assert ("other", "public_consultation", "2024-11-07") in [(e.type, e.subtype, e.date) for e in found]


# --- a complement between the approval's verb and "by" ------------------------------------------
@pytest.mark.parametrize("text,date", [
    ('In August, 3,214 firms were named national "little giants" by the MIIT.', "2024-08"),
    ("In March, 230 companies were named pilot enterprises for industrial internet security by the MIIT.", "2024-03"),
    ("In October, 28 projects were named typical application scenarios for industrial robots by the "
     "Ministry of Industry and Information Technology.", "2024-10"),
    ("In April, 31 cities and regions were selected as IPv6-only pilot areas by the MIIT.", "2024-04"),
    ("In March, 24 carmakers were named to a pilot program on software-update filing by the MIIT.", "2024-03"),
    ('On Tuesday, 1,200 companies were named specialized and sophisticated "little giant" enterprises '
     "by the MIIT.", "2024-11-05"),
    ("Twelve platforms were chosen as national pilots on Tuesday by the MIIT.", "2024-11-05"),
])
def test_passive_approval_with_a_complement(text, date):
    e = only(text)
    assert (e.type, e.date, e.agency) == ("approval", date, "MIIT")


@pytest.mark.parametrize("text", [
    "Three firms were named in a complaint filed by the SAMR on Monday.",
    "In March, 30 companies were named national leaders by Forbes.",
    "BYD said 30 suppliers were selected as partners by the company.",
    "Next month, 30 companies will be named national leaders by the MIIT.",
    "In March, 30 companies were named in a report published by the MIIT.",
])
def test_passive_complement_near_misses(text):
    assert [e for e in events(text) if e.type == "approval"] == []


# --- entries added to a list; "it" as the acting body ---------------------------------------------
LEAD = "The MIIT on Tuesday issued revised standard conditions for the wind power equipment industry. "


@pytest.mark.parametrize("second", [
    "In the same notice, the ministry added 36 more companies to the list of firms that meet the conditions.",
    "In the same notice, it added 36 companies to its list of qualified firms.",
    "In the same notice, it named 36 companies that meet the conditions.",
    "In the same notice, the MIIT added another 36 firms to the catalogue of qualified makers.",
])
def test_same_notice_entries_are_an_approval(second):
    found = summary(events(LEAD + second))
    assert ("approval", "2024-11-05", "MIIT") in found
    assert ("document_issued", "2024-11-05", "MIIT") in found


@pytest.mark.parametrize("second", [
    "He added 36 more companies to the list of firms.",  # (no body: a speaker)
    "The ministry added that 36 companies are on the list.",  # (said, not done)
    "In the same notice, it added that the conditions take effect on Jan 1.",
    "The ministry added 5 percent to the list price.",  # (nothing counted added to a list)
])
def test_added_near_misses(second):
    assert [e for e in events(LEAD + second) if e.type == "approval"] == []


def test_it_of_a_company_is_no_body():
    assert [e for e in events("BYD on Tuesday reported record sales. In a filing, it named 36 suppliers.")
            if e.type == "approval"] == []


# --- quotas or a batch of funds handed out ---------------------------------------------------------
@pytest.mark.parametrize("text,agency", [
    ("The MIIT and the Ministry of Natural Resources on Thursday handed out the first batch of rare earth "
     "mining quotas for 2025.", "MIIT"),
    ("The MIIT on Thursday allocated the first batch of rare earth mining and smelting quotas for 2025.", "MIIT"),
    ("The Ministry of Finance on Thursday handed out a second batch of 9.8 billion yuan in machinery "
     "purchase subsidies.", "Ministry of Finance"),
    ("A second batch of 9.8 billion yuan in machinery purchase subsidies was allocated by the Ministry of "
     "Finance on Thursday.", "Ministry of Finance"),
    ("Fluorochemical production quotas for 2025 were allocated on Thursday by the MIIT.", "MIIT"),
])
def test_quotas_or_funds_handed_out(text, agency):
    found = [e for e in events(text) if e.type == "document_issued"]
    assert [(e.date, e.agency.split(";")[0]) for e in found] == [("2024-11-07", agency)]


@pytest.mark.parametrize("text", [
    "The company allocated 10 billion yuan to research on Thursday.",
    "The MIIT on Thursday allocated more staff to the task force.",
    "The MIIT will allocate the quotas next month.",
    "Steelmakers on Thursday handed out the first batch of bonuses.",
    "Local governments on Thursday handed out a batch of consumption vouchers.",
    "Quotas allocated to steelmakers last year were cut, analysts said on Thursday.",
])
def test_allotting_near_misses(text):
    assert [e for e in events(text) if e.type == "document_issued"] == []
