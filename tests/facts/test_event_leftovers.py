"""Event leftovers of session 12, sentences written for the test: times ahead ("next Tuesday",
"this coming Friday", "next week") resolved forward and no event; the State Council meeting with
its chair between it and its verb ("A State Council executive meeting chaired by Premier Li Qiang
on Friday adopted …", 李强主持召开国务院常务会议，审议通过《…》); a document's body between its
noun and its participle ("a guideline from the State Council published on Monday"); and "In the
same notice, the ministry …" taking the ministry of the notice just told. Each with near-misses."""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events, only, summary
from scrapers.facts.dates import find_dates

# A Thursday: "on Tuesday" / "last Tuesday" is the 12th, "next Tuesday" the 19th, "this coming
# Friday" the 15th, "next week" Nov. 18-24, "next month" December.
PUB = date(2024, 11, 14)
ZH_PUB = date(2025, 11, 14)
DOC, APPR, DATA = "document_issued", "approval", "data_release"
SC = "State Council"
MOFCOM = "Ministry of Commerce"


# --- 1. times ahead -------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("next Tuesday", "2024-11-19"),
    ("Next Monday", "2024-11-18"),
    ("next Thursday", "2024-11-21"),
    ("this coming Friday", "2024-11-15"),
    ("coming Wednesday", "2024-11-20"),
    ("on Tuesday next week", "2024-11-19"),
    ("next week", "2024-11"),
    ("next month", "2024-12"),
    ("next year", "2025"),
])
def test_times_ahead_resolve_forward(text, value):
    found = [d for d in find_dates(text, PUB, "en") if d.kind == "ahead"]
    assert found and found[0].value == value


def test_next_week_across_two_months_gives_no_month():
    # (the week after Thursday Nov. 28, 2024 runs Dec. 2-8: one month; after Thursday Jan. 23, 2025,
    # Jan. 27 - Feb. 2: two)
    assert [d.value for d in find_dates("next week", date(2024, 11, 28), "en")] == ["2024-12"]
    assert [(d.value, d.kind) for d in find_dates("next week", date(2025, 1, 23), "en")] == [(None, "ahead")]


@pytest.mark.parametrize("text, value", [
    ("on Tuesday", "2024-11-12"),
    ("last Tuesday", "2024-11-12"),
    ("Tuesday", "2024-11-12"),
    ("on Friday", "2024-11-08"),
])
def test_past_weekdays_unchanged(text, value):
    assert [(d.value, d.kind) for d in find_dates(text, PUB, "en")] == [(value, "day")]


@pytest.mark.parametrize("text", [
    "by next month",               # a deadline, a bound as every deadline is
    "in the coming weeks",         # vague, plural
    "over the next five years",
    "on Tuesday next weekend",
])
def test_not_times_ahead(text):
    assert not [d for d in find_dates(text, PUB, "en") if d.kind == "ahead"]


@pytest.mark.parametrize("text", [
    "The State Council Information Office holds a press conference next Tuesday on the industrial economy.",
    "A press conference of the MIIT on the performance of the industrial economy next Thursday.",
    "The Ministry of Commerce's press conference on foreign trade takes place this coming Friday.",
    "The NDRC press conference on investment is on Tuesday next week.",
    "The MIIT holds a press conference next Monday.",
])
def test_actions_dated_ahead_are_no_events(text):
    assert events(text, published=PUB) == []


@pytest.mark.parametrize("text, when", [
    ("The MIIT issued its work plan for next year on Tuesday.", "2024-11-12"),
    ("The NDRC on Monday released a guideline on investment projects that start next month.", "2024-11-11"),
    ("The MIIT last Tuesday issued a notice on the safety of e-bike batteries.", "2024-11-12"),
])
def test_past_actions_beside_a_time_ahead_keep_their_day(text, when):
    assert only(text, published=PUB).date == when


# --- 2. the State Council meeting and its chair -----------------------------------------------

@pytest.mark.parametrize("text, when", [
    ("A State Council executive meeting chaired by Premier Li Qiang on Friday adopted a regulation on the "
     "management of rare earths.", "2024-11-08"),
    ("The State Council executive meeting presided over by Premier Li Qiang on Wednesday passed a regulation "
     "on network data security.", "2024-11-13"),
    ("A State Council executive meeting, chaired by Chinese Premier Li Qiang, on Tuesday adopted guidelines on "
     "the silver economy.", "2024-11-12"),
    ("The State Council's executive meeting chaired by Premier Li Qiang last week adopted a regulation on "
     "the safety of drones.", "2024-11"),
])
def test_en_state_council_meeting_with_its_chair(text, when):
    e = only(text, published=PUB)
    assert (e.type, e.date, e.agency) == (DOC, when, SC)


@pytest.mark.parametrize("text", [
    # a draft passed, issued later (as without the chair)
    "A State Council executive meeting chaired by Premier Li Qiang on Friday passed a draft regulation on the "
    "management of rare earths.",
    # no document adopted
    "A State Council executive meeting chaired by Premier Li Qiang on Friday discussed measures to stabilise "
    "employment.",
    # a ministry's meeting adopts no document as the cabinet does
    "A Ministry of Commerce meeting chaired by Minister Wang Wentao on Friday adopted measures to stabilise "
    "foreign trade.",
    # the chair's word, not the meeting's act: a clause of its own
    "A State Council executive meeting chaired by Premier Li Qiang on Friday said regions that adopted a "
    "regulation on rare earths must report.",
])
def test_en_meeting_near_misses(text):
    assert [e for e in events(text, published=PUB) if e.type == DOC] == []


@pytest.mark.parametrize("text, when, title", [
    ("国务院总理李强8日主持召开国务院常务会议，审议通过《网络数据安全管理条例》。", "2025-11-08", "网络数据安全管理条例"),
    ("11月7日，国务院总理李强主持召开国务院常务会议，研究部署稳外贸工作，审议通过《稀土管理条例》。", "2025-11-07",
     "稀土管理条例"),
    ("李强12日主持召开国务院常务会议，听取关于民营经济发展情况的汇报，会议审议通过《关于推进养老服务发展的意见》。",
     "2025-11-12", "关于推进养老服务发展的意见"),
])
def test_zh_state_council_meeting_in_the_clause_before(text, when, title):
    e = only(text, "zh", published=ZH_PUB)
    assert (e.type, e.date, e.agency, e.title) == (DOC, when, SC, title)


def test_zh_ministry_meeting_in_the_clause_before():
    e = only("工业和信息化部10日召开部务会议，审议通过《工业和信息化领域数据安全管理办法》。", "zh", published=ZH_PUB)
    assert (e.type, e.date, e.agency) == (DOC, "2025-11-10", "MIIT")


@pytest.mark.parametrize("text", [
    # a meeting of no body named for it
    "李强主持召开座谈会，审议通过《稀土管理条例》。",
    # the clause has a subject of its own, which is no body
    "李强主持召开国务院常务会议，企业代表审议通过《稀土管理条例》。",
    # no meeting held before the verb
    "李强12日在北京考察，审议通过《稀土管理条例》。",
])
def test_zh_meeting_near_misses(text):
    assert [e for e in events(text, "zh", published=ZH_PUB) if e.agency == SC] == []


# --- 3. the body between a document's noun and its participle ---------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Local governments must clear their arrears to private firms, according to a guideline from the State "
     "Council published on Monday.", (DOC, "2024-11-11", SC)),
    ("Telecom operators must verify every user, under rules from the Ministry of Industry and Information "
     "Technology (MIIT) released on Tuesday.", (DOC, "2024-11-12", "MIIT")),
    ("Retail sales rose 4.8 percent in October, according to data from the Ministry of Commerce released on "
     "Wednesday.", (DATA, "2024-11-13", MOFCOM)),
    ("A notice by the NDRC issued last week asks provinces to speed up bond-funded projects.",
     (DOC, "2024-11", "NDRC")),
])
def test_owner_between_noun_and_participle(text, expected):
    e = only(text, published=PUB)
    assert (e.subtype or e.type, e.date, e.agency) == expected


@pytest.mark.parametrize("text", [
    # recalled in passing, dated by a year only (optional in the conventions, left out)
    "Local governments must clear their arrears, according to a guideline from the State Council published "
    "in 2019.",
    # another agent after the participle, no body
    "The rules from the MIIT published by a local newspaper on Monday drew wide attention.",
    # a company's plan, no body
    "A plan from Huawei released on Monday targets 50 million devices.",
])
def test_owner_near_misses(text):
    assert events(text, published=PUB) == []


# --- 5. "In the same notice, the ministry …" --------------------------------------------------

_STORY = (
    "The Ministry of Commerce on Thursday tightened export controls on battery technology. The Ministry of "
    "Commerce said the rules protect national security. Exporters must apply to the Ministry of Commerce for "
    "a licence. {occasion} {again}"
)


def _last(text: str):
    return summary(events(text, published=date(2025, 7, 11)))[-1]


@pytest.mark.parametrize("occasion, again, expected", [
    ("The Ministry of Industry and Information Technology said in a notice dated June 30 that it had revised "
     "the standard conditions for the lithium battery industry.",
     "In the same notice, the ministry named 41 more companies that meet the conditions.",
     (APPR, "2025-06-30", "MIIT")),
    ("The Ministry of Ecology and Environment on Tuesday issued rules on battery recycling.",
     "Alongside the rules, the ministry named 12 recycling companies as pilots.",
     (APPR, "2025-07-08", "Ministry of Ecology and Environment")),
    ("The MIIT on Monday issued a circular on the safety of power batteries.",
     "Under the same circular, the ministry published a list of 30 battery makers.",
     (APPR, "2025-07-07", "MIIT")),
])
def test_same_occasion_takes_the_occasions_ministry(occasion, again, expected):
    assert _last(_STORY.format(occasion=occasion, again=again)) == expected


@pytest.mark.parametrize("occasion, again", [
    # no same-occasion opening: "the ministry" is the story's
    ("The MIIT on Monday issued a circular on the safety of power batteries.",
     "Separately, the ministry published a list of 30 battery makers on Monday."),
    # the occasion's body is no ministry: "the ministry" cannot name the NDRC
    ("The NDRC on Monday issued a circular on the safety of power batteries.",
     "In the same circular, the ministry published a list of 30 battery makers."),
    # two bodies told the occasion: "the ministry" names neither alone
    ("The MIIT and the Ministry of Finance on Monday issued a circular on the safety of power batteries.",
     "In the same circular, the ministry published a list of 30 battery makers."),
])
def test_same_occasion_near_misses(occasion, again):
    assert _last(_STORY.format(occasion=occasion, again=again))[2] == MOFCOM
