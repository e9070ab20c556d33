"""Leftovers of the fifteenth session's audits (false or wrong events its helpers saw in older rules and
left), one test per construction, on sentences written for these tests: several wordings and
near-misses that must keep working.

Chinese: an act due by a deadline (在3月底前发布, 6月30日前印发, also after 将在: 日前 after a date is no
"recently") or asked of someone (要求各地…发布) is no act; a company's act after dealings with a body
(某企业在与工业和信息化部沟通后发布) is not the body's; an official's Q&A on a document's issuing
(有关负责人就《办法》出台答记者问) is no event (heldout3's gold: "The interview itself is not an
event."); SASAC's full name in brackets after its short name is one body. English: a relative clause
telling a document's draft (", a draft of which had been put out in November") makes the release no
consultation (one "for public comment" is dated by its own clause); a list published in a clause of
another subject (", and the association published a list of 30 qualified suppliers") or by the subject
after an "After consulting the MIIT," opening is no body's act.
"""
from __future__ import annotations

import pytest

from event_helpers import ZH_DAY, events, only, summary


def _zh(text: str) -> list[tuple[str, str | None, str | None]]:
    return summary(events(text, "zh", ZH_DAY))


# --- a deadline or a requirement is no act -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "工业和信息化部要求各地在3月底前发布实施方案。",
    "工业和信息化部要求各省级工业和信息化主管部门于6月底前印发本地区工作方案。",
    "工业和信息化部督促各基础电信企业尽快在年底前公布整改方案。",
    "工业和信息化部在6月30日前发布《工业互联网平台管理办法》。",
    "工业和信息化部于9月30日前出台《数据中心能效评价办法》。",
    "工业和信息化部将在6月30日前发布《工业互联网平台管理办法》。",
    "国家标准委计划于年底前批准发布《电动自行车安全技术规范》。",
])
def test_zh_deadline_or_requirement_is_no_act(text: str) -> None:
    assert _zh(text) == []


@pytest.mark.parametrize("text, day", [
    ("工业和信息化部日前发布《工业互联网平台管理办法》。", None),           # (日前: "recently")
    ("工业和信息化部16日发布《工业互联网平台管理办法》。", "2025-09-16"),
    ("工业和信息化部已于6月底前印发《工业互联网平台管理办法》。", None),     # (told done)
    ("根据国务院要求，工业和信息化部16日印发《工业互联网平台管理办法》。", "2025-09-16"),   # (a rule followed)
    ("市场监管总局16日批准发布《电动自行车用锂离子蓄电池安全技术规范》强制性国家标准。", "2025-09-16"),
])
def test_zh_acts_near_deadline_words_stay(text: str, day: str | None) -> None:
    found = _zh(text)
    assert len(found) == 1 and found[0][1] == day


@pytest.mark.parametrize("text", [
    "工业和信息化部16日印发通知，要求各地在3月底前发布实施方案。",
    "工业和信息化部16日印发通知，要求各地出台实施方案，并于年底前发布第一批名单。",
])
def test_zh_notice_asking_for_plans_is_one_act(text: str) -> None:
    # (the notice is the act; the plans and lists asked or due are not)
    assert _zh(text) == [("document_issued", "2025-09-16", "MIIT")]


# --- a company's act after dealings with a body ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "某企业在与工业和信息化部沟通后发布《产品召回计划》。",
    "该公司16日在与工业和信息化部充分沟通后发布了《召回计划》。",
    "某车企同市场监管总局协商后公布《缺陷汽车召回方案》。",
    "该企业向工业和信息化部汇报后印发了《整改方案》。",
])
def test_zh_act_after_dealings_is_not_the_bodys(text: str) -> None:
    assert _zh(text) == []


@pytest.mark.parametrize("text, agency", [
    ("工业和信息化部在与企业沟通后16日发布《汽车数据安全管理办法》。", "MIIT"),
    ("工业和信息化部与国家发展改革委会商后16日联合印发《工业领域碳达峰实施方案》。", "MIIT; NDRC"),
    ("工业和信息化部对68款App开展专项检测后16日发布《专项检测通报》。", "MIIT"),
])
def test_zh_bodys_own_act_after_dealings_stays(text: str, agency: str) -> None:
    assert _zh(text) == [("document_issued", "2025-09-16", agency)]


@pytest.mark.parametrize("text", [
    "After consulting the MIIT, the company released a recall plan on Tuesday.",
    "After talks with the NDRC, the carmaker on Tuesday published its restructuring plan.",
    "Following consultations with the MIIT, the association published a list of 30 qualified suppliers.",
])
def test_en_act_after_dealings_is_not_the_bodys(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize("text, agency", [
    ("After consulting industry experts, the MIIT released a guideline on humanoid robots on Tuesday.", "MIIT"),
    ("After a review, the ministry on Tuesday released a guideline on humanoid robots.", "MIIT"),
    ("Following talks with industry groups, the MIIT on Tuesday issued an action plan for data centers.", "MIIT"),
])
def test_en_bodys_act_after_an_opening_phrase_stays(text: str, agency: str) -> None:
    story = "The Ministry of Industry and Information Technology (MIIT) oversees the sector. " + text
    assert [(t, a) for t, _, a in summary(events(story))] == [("document_issued", agency)]


# --- an official's Q&A on a document -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "工业和信息化部有关负责人就《办法》出台答记者问。",
    "16日，工业和信息化部有关负责人就《工业数据安全管理办法》出台答记者问。",
    "工业和信息化部相关司局负责人就《指导意见》印发回答记者提问。",
    "国家标准委有关负责人就《电动自行车安全技术规范》发布接受记者采访。",
])
def test_zh_qa_on_a_document_is_no_event(text: str) -> None:
    assert _zh(text) == []


def test_zh_issuing_before_a_qa_stays() -> None:
    text = "工业和信息化部16日印发《工业数据安全管理办法》，有关负责人就此答记者问。"
    assert _zh(text) == [("document_issued", "2025-09-16", "MIIT")]


# --- a body's full name in brackets ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "国务院国资委（国务院国有资产监督管理委员会）16日印发《中央企业数字化转型指引》。",
    "国务院国有资产监督管理委员会16日印发《中央企业数字化转型指引》。",
    "国资委（国务院国有资产监督管理委员会）16日印发《中央企业数字化转型指引》。",
])
def test_zh_sasac_full_name_is_one_body(text: str) -> None:
    assert _zh(text) == [("document_issued", "2025-09-16", "SASAC")]


def test_zh_state_council_still_reads() -> None:
    assert _zh("国务院16日印发《关于推动未来产业创新发展的实施意见》。") == [
        ("document_issued", "2025-09-16", "State Council")]


# --- a draft told in a relative clause ---------------------------------------------------------------
@pytest.mark.parametrize("text, kind", [
    ("The SAC on Tuesday released national standards for electric bicycles, a draft of which had been put out "
     "in November.", "standard_release"),
    ("The MIIT on Tuesday issued rules on drone registration, the draft of which was put out in May.",
     "document_issued"),
    ("The MIIT on Tuesday issued rules on drone registration, whose draft had been circulated in May.",
     "document_issued"),
])
def test_en_draft_in_a_relative_clause_is_no_consultation_of_the_release_day(text: str, kind: str) -> None:
    assert summary(events(text)) == [(kind, "2024-11-05", summary(events(text))[0][2])]


def test_en_draft_for_comment_in_a_relative_clause_is_dated_by_its_clause() -> None:
    text = ("The MIIT on Tuesday released rules on drones, a draft of which was released for public comment "
            "in October.")
    assert sorted(summary(events(text)), key=str) == [
        ("document_issued", "2024-11-05", "MIIT"), ("other", "2024-10", "MIIT")]


@pytest.mark.parametrize("text", [
    "The MIIT on Tuesday released draft rules on drones for public comment.",
    "The MIIT on Tuesday released a draft of rules on drones for public comment.",
])
def test_en_drafts_released_stay_consultations(text: str) -> None:
    assert only(text).subtype == "public_consultation"


# --- another subject's list --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The MIIT issued the rules on Tuesday, and the association published a list of 30 qualified suppliers.",
    "The MIIT issued the rules on Tuesday, while the association also published a list of 30 qualified suppliers.",
    "The NDRC released the plan on Tuesday, and CATL published a list of 30 qualified suppliers.",
])
def test_en_another_subjects_list_is_no_approval(text: str) -> None:
    assert [t for t, _, _ in summary(events(text))] == ["document_issued"]


@pytest.mark.parametrize("text", [
    "The MIIT issued the rules on Tuesday, and published a list of 30 qualified companies.",
    "The MIIT issued the rules on Tuesday, and the ministry published a list of 30 qualified companies.",
    "The MIIT issued the rules on Tuesday, and the NDRC published a list of 30 qualified companies.",
])
def test_en_a_bodys_list_in_a_joined_clause_stays(text: str) -> None:
    assert "approval" in [t for t, _, _ in summary(events(text))]


def test_en_a_participle_after_a_join_stays_the_bodys() -> None:
    # (the trigger opens on its own noun: no other subject)
    text = "The NDRC held a briefing on Tuesday, and the guideline released at the event sets out 20 measures."
    assert [(t, a) for t, _, a in summary(events(text))] == [("document_issued", "NDRC")]


# --- English requirements and deadlines (guards: read right already) --------------------------------
@pytest.mark.parametrize("text", [
    "The ministry asked provinces to issue implementation plans by the end of March.",
    "The MIIT on Tuesday asked provincial authorities to issue implementation plans by the end of March.",
    "Provinces must publish implementation plans before June 30, the MIIT said.",
    "The ministry must publish the detailed rules before June 30.",
])
def test_en_requirement_or_deadline_is_no_act(text: str) -> None:
    assert events(text) == []


def test_en_notice_asking_for_plans_is_the_notice() -> None:
    text = "In a notice issued on Tuesday, the MIIT asked local authorities to issue implementation rules by the end of March."
    assert summary(events(text)) == [("document_issued", "2024-11-05", "MIIT")]
