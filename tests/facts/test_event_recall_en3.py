"""English event recall, round 3: whole short stories in the wires' and papers' styles (the act told
in a later sentence, referring back), on text written for these tests (no labelled document was
read to write them), one test per construction, each with near-misses that must not match.

"At the weekend", "over the weekend", "last weekend" as the month of the weekend just past (as
"last week" is), also between a body and its verb ("Zhejiang's provincial authorities at the
weekend published …"); a province's "provincial authorities" after its possessive; "told a
briefing"; the National Financial Regulatory Administration; "gave the go-ahead to", "gave the
nod to" as approvals of counted entries; counts with thousands separators in an object ("named
1,200 companies as …"); a batch named bare ("published the latest batch on Tuesday"); "a policy
package" as a document; "approved a plan on Saturday to build …" (a time between the plan and
its purpose); "At the meeting, the ministry published …" after a sentence telling the meeting held
on a day, which is no event itself; "on Nov 3" (no point) between a body and its verb.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events, summary
from scrapers.facts.dates import find_dates

MON = date(2026, 5, 11)   # a Monday
FRI = date(2026, 5, 15)   # a Friday
NEA = "National Energy Administration"
NFRA = "National Financial Regulatory Administration"


def _of_type(text: str, type_: str, published: date = FRI) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.agency) for e in events(text, "en", published) if e.type == type_]


# --- the weekend just past ------------------------------------------------------------------------
@pytest.mark.parametrize("text, anchor, value", [
    ("at the weekend", MON, "2026-05"),
    ("over the weekend", MON, "2026-05"),
    ("During the weekend", MON, "2026-05"),
    ("last weekend", FRI, "2026-05"),
    ("at the weekend", date(2026, 5, 10), "2026-05"),        # (a Sunday's story: that weekend)
    ("over the weekend", date(2026, 6, 1), "2026-05"),       # (May 30-31, before a Monday in June)
])
def test_en_weekend_is_the_month_of_the_weekend_past(text: str, anchor: date, value: str) -> None:
    assert [(d.value, d.kind) for d in find_dates(f"The MIIT {text} issued rules.", anchor, "en")] == [(value, "month")]


@pytest.mark.parametrize("text, anchor", [
    ("next weekend", MON), ("this weekend", MON), ("weekends", MON), ("a weekend market", MON),
    # (Saturday and Sunday in two months: no month to give)
    ("over the weekend", date(2026, 3, 2)),   # (Feb 28 and Mar 1)
])
def test_en_weekend_near_misses(text: str, anchor: date) -> None:
    assert [d.value for d in find_dates(f"The MIIT {text} issued rules.", anchor, "en") if d.value] == []


def test_en_weekend_story_draft_for_comment() -> None:
    text = ("China is moving to cap the output of polysilicon as a price war drags on. The Ministry of Industry and "
            "Information Technology and the National Energy Administration released draft rules for public comment "
            "over the weekend, setting energy-consumption limits for new plants. The public can comment until June "
            "14. Shares of Tongwei Co. rose as much as 5% in Shanghai on Monday.")
    assert summary(events(text, "en", MON)) == [("other", "2026-05", f"MIIT; {NEA}")]


def test_en_weekend_story_provincial_authorities_list() -> None:
    text = ("Zhejiang is doubling down on smart manufacturing. Zhejiang's provincial authorities at the weekend "
            "published a list of 120 'future factories' that will receive tax breaks and cheap loans. The factories, "
            "most of them in Hangzhou and Ningbo, must apply for the support by June 30.")
    assert summary(events(text, "en", MON)) == [("approval", "2026-05", "Zhejiang Provincial Government")]


def test_en_weekend_story_work_conference() -> None:
    text = ("China will keep manufacturing's share of the economy stable in 2026, according to the national work "
            "conference on industry and information technology held in Beijing at the weekend. Minister Li Lecheng "
            "said the ministry would promote AI in factories.")
    assert summary(events(text, "en", date(2025, 12, 29))) == [("other", "2025-12", "MIIT")]


@pytest.mark.parametrize("text", [
    # (a company's act at the weekend; a weekend ahead; the possessive before a non-government noun)
    "BYD at the weekend published a list of 120 suppliers it would pay early.",
    "The MIIT will publish a list of 120 future factories next weekend.",
    "Zhejiang's provincial companies at the weekend published a list of 120 suppliers.",
])
def test_en_weekend_story_near_misses(text: str) -> None:
    assert [e for e in events(text, "en", MON) if e.type == "approval"] == []


# --- "told a briefing"; the financial regulator --------------------------------------------------
def test_en_told_a_briefing_story() -> None:
    text = ("Beijing plans to speed up the rollout of 5G-Advanced networks. Officials from the Ministry of Industry "
            "and Information Technology told a briefing on Wednesday that operators had built 4.5 million 5G base "
            "stations. The ministry said it would issue spectrum for 6G trials next year.")
    assert _of_type(text, "press_conference") == [("2026-05-13", "MIIT")]


@pytest.mark.parametrize("text", [
    "Xiaomi executives told a briefing on Wednesday that sales rose.",
    "The MIIT will hold a briefing next Tuesday on 6G trials.",
])
def test_en_told_a_briefing_near_misses(text: str) -> None:
    assert _of_type(text, "press_conference") == []


@pytest.mark.parametrize("text, when", [
    ("China's financial regulator is cracking down on auto loans. Rules limiting down-payment subsidies were "
     "issued by the National Financial Regulatory Administration late last month. The regulator said the rules "
     "would curb risky lending. Banks have until June to comply.", "2026-04"),
    ("The NFRA on Tuesday issued rules on consumer loans for car purchases.", "2026-05-12"),
    ("China's financial regulator on Tuesday issued guidelines on lending to tech firms.", "2026-05-12"),
])
def test_en_financial_regulator_acts(text: str, when: str) -> None:
    assert _of_type(text, "document_issued") == [(when, NFRA)]


@pytest.mark.parametrize("text", [
    "Britain's financial regulator on Tuesday issued rules on crypto lending.",
    "The NFRA will issue rules on car loans next month.",
])
def test_en_financial_regulator_near_misses(text: str) -> None:
    assert [e for e in events(text, "en", FRI) if e.agency == NFRA] == []


# --- approvals: go-ahead and nod, counts with separators, a bare batch -----------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("The State Council on Sunday gave the go-ahead to four more nuclear power projects.", "2026-05-10",
     "State Council"),
    ("The NDRC gave the nod to 12 railway projects on Tuesday.", "2026-05-12", "NDRC"),
    ("Ten computing hub projects were given the go-ahead by the NDRC on Tuesday.", "2026-05-12", "NDRC"),
])
def test_en_go_ahead_and_nod_are_approvals(text: str, when: str, agency: str) -> None:
    assert _of_type(text, "approval") == [(when, agency)]


@pytest.mark.parametrize("text", [
    # (a company's, uncounted, a future)
    "Tesla gave the go-ahead to three new plants on Tuesday.",
    "The NDRC gave the nod to projects in the west on Tuesday.",
    "The State Council is expected to give the go-ahead to four reactors next month.",
])
def test_en_go_ahead_and_nod_near_misses(text: str) -> None:
    assert _of_type(text, "approval") == []


def test_en_counts_with_separators_story() -> None:
    text = ("Hangzhou's 'six little dragons' are now national champions. The Ministry of Industry and Information "
            "Technology on Thursday named 1,200 companies as specialised 'little giants', including Unitree and "
            "DeepSeek. The list was published on the ministry's website. Being on it brings tax breaks.")
    assert _of_type(text, "approval") == [("2026-05-14", "MIIT")]


@pytest.mark.parametrize("text", [
    # (money, not entries; a company's)
    "The MIIT on Thursday approved 1,200 million yuan of subsidies for small firms.",
    "Alibaba on Thursday named 1,200 companies as its cloud partners.",
])
def test_en_counts_with_separators_near_misses(text: str) -> None:
    assert _of_type(text, "approval") == []


def test_en_bare_batch_story() -> None:
    text = ("China's cyberspace regulator has cleared a further 38 generative AI services for public release, "
            "bringing the total to more than 540. The Cyberspace Administration of China published the latest batch "
            "on Tuesday. Among them are chatbots from Baidu and ByteDance.")
    assert _of_type(text, "approval") == [("2026-05-12", "Cyberspace Administration of China")]


@pytest.mark.parametrize("text", [
    "The MIIT published the latest batch figures on Tuesday.",
    "Baidu released the latest batch on Tuesday.",
    "The MIIT will publish the next batch in June.",
])
def test_en_bare_batch_near_misses(text: str) -> None:
    assert _of_type(text, "approval") == []


# --- documents: a policy package, a plan to build with a time between -------------------------------
def test_en_policy_package_story() -> None:
    text = ("Chinese chipmakers are getting more help. A policy package released on Nov 3 by the Shanghai municipal "
            "government offers rent-free space for chip design start-ups. The package was drafted with input from "
            "SMIC and Hua Hong, which have big plants in the city.")
    assert _of_type(text, "document_issued", date(2025, 11, 14)) == [("2025-11-03", "Shanghai Municipal Government")]


@pytest.mark.parametrize("text", [
    "A package released on Nov 3 by the customs office contained fake chips.",
    "A pay package released on Nov 3 by the company drew criticism.",
])
def test_en_policy_package_near_misses(text: str) -> None:
    assert _of_type(text, "document_issued", date(2025, 11, 14)) == []


@pytest.mark.parametrize("text, when", [
    ("China's State Council approved a plan on Saturday to build a national unified computing network.", "2026-05-09"),
    ("The NDRC approved a plan on Friday to expand the Yangshan port.", "2026-05-15"),
])
def test_en_plan_to_build_with_a_time_between(text: str, when: str) -> None:
    assert [d for d, _ in _of_type(text, "approval")] == [when]


@pytest.mark.parametrize("text", [
    # (a plan with no project: no list, no approval)
    "The State Council approved a plan on Saturday on the care of the elderly.",
    "The State Council approved a plan on Saturday, officials said.",
])
def test_en_plan_to_build_near_misses(text: str) -> None:
    assert _of_type(text, "approval") == []


# --- "At the meeting," after a meeting held ----------------------------------------------------------
@pytest.mark.parametrize("held, at", [
    ("The Ministry of Industry and Information Technology on Wednesday held a meeting in Beijing to launch a 6G "
     "technology trial programme.", "At the meeting, the ministry published a list of 15 companies and "
                                    "universities that will take part."),
    ("The MIIT convened a symposium on robots in Shenzhen on Wednesday.",
     "At the symposium, the ministry named 12 pilot zones for humanoid robots."),
    ("On Wednesday the MIIT hosted a ceremony for the winners of a 5G contest.",
     "During the ceremony, the ministry released a list of 30 model factories."),
])
def test_en_act_at_the_meeting_held_before(held: str, at: str) -> None:
    text = f"China's industry ministry is pushing ahead. {held} {at} Huawei and ZTE are among them."
    assert _of_type(text, "approval") == [("2026-05-13", "MIIT")]


@pytest.mark.parametrize("text", [
    # (no meeting held in the sentence before; the meeting ahead)
    "The MIIT said on Wednesday that 6G trials would begin. At the meeting, the ministry published a list of 15 "
    "companies.",
    "The MIIT will hold a meeting on 6G next Wednesday. At the meeting, the ministry will publish a list of 15 "
    "companies.",
])
def test_en_act_at_the_meeting_near_misses(text: str) -> None:
    assert [e for e in events(text, "en", FRI) if e.type == "approval" and e.date] == []
