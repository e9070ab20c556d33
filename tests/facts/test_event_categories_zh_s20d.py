"""Chinese events by category (session 20, D): sentences written fresh from the kinds of variation
real pages use; here the two constructions that failed, each in several wordings with near-misses.

* 计划/预计 as verbs ahead of an act (计划年内出台《…》): an intention, not an act done.
* 启动 a pilot programme (启动…城市试点工作): a campaign set going, as 启动…活动 is.
"""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.facts.events import extract_events
from scrapers.facts.model import Event

PUB = date(2030, 6, 20)


def events(text: str, published: date | None = PUB) -> list[Event]:
    found = extract_events(text, published=published, lang="zh")
    for e in found:  # every quote is the exact text at its offset
        assert text[e.start:e.start + len(e.quote)] == e.quote
    return found


# --- 计划/预计 before the verb: the act still ahead --------------------------------------------

@pytest.mark.parametrize("sentence", [
    "工业和信息化部计划年内出台《智能制造发展规划》。",
    "工业和信息化部计划出台《智能制造发展规划》，并拟于下半年启动新一批试点。",
    "国家发展改革委计划明年印发《关于推动设备更新的实施意见》。",
    "工业和信息化部计划今年下半年发布《工业互联网安全管理办法》。",
    "工业和信息化部预计年底前公布第六批专精特新“小巨人”企业名单。",
    "两部门计划适时出台《新能源汽车推广应用实施细则》。",
])
def test_planned_act_is_no_event(sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("sentence, when", [
    # (the noun 计划, a plan named, before the act: 该计划, 工作计划, 行动计划)
    ("该计划印发以来成效明显，工业和信息化部3月印发《行动方案》。", "2030-03"),
    ("按照计划，工业和信息化部3月印发《行动方案》。", "2030-03"),
    ("工业和信息化部计划司3月印发《行动方案》。", "2030-03"),
    ("工业和信息化部规划司3月印发《“十六五”规划编制工作计划》。", "2030-03"),
    # (a forecast of a figure governs no act later in the sentence)
    ("预计今年产量增长5%，工业和信息化部3月印发的《行动方案》提出了目标。", "2030-03"),
])
def test_plan_as_noun_or_forecast_keeps_the_act(sentence, when):
    assert [(e.type, e.date) for e in events(sentence)] == [("document_issued", when)]


# --- 启动 a pilot programme ----------------------------------------------------------------

@pytest.mark.parametrize("sentence, when, agency", [
    ("6月8日，工业和信息化部、财政部启动第三批中小企业数字化转型城市试点工作。", "2030-06-08", "MIIT; Ministry of Finance"),
    ("工业和信息化部6月3日启动2030年中小企业数字化转型城市试点工作。", "2030-06-03", "MIIT"),
    ("5月，工业和信息化部、公安部正式启动智能网联汽车准入和上路通行试点。", "2030-05",
     "MIIT; Ministry of Public Security"),
])
def test_pilot_set_going_is_a_plan(sentence, when, agency):
    assert [(e.type, e.date, e.agency) for e in events(sentence)] == [("plan_announced", when, agency)]


@pytest.mark.parametrize("sentence", [
    # (a call for candidates, no programme yet)
    "工业和信息化部近日启动第二批试点城市遴选工作。",
    "工业和信息化部近日启动2030年试点示范项目申报工作。",
    # (a company's pilot, a pilot still ahead, one required)
    "某公司6月3日启动数字化转型试点工作。",
    "工业和信息化部将于7月启动第二批城市试点工作。",
    "工业和信息化部计划下半年启动城市试点工作。",
    "各地要尽快启动试点工作。",
    # (the period since the act, undated)
    "自工业和信息化部启动城市试点工作以来，已有30个城市参与。",
])
def test_pilot_near_misses(sentence):
    assert [e for e in events(sentence) if e.type == "plan_announced"] == []


def test_pilot_batch_chosen_stays_an_approval():
    # (确定…为第二批试点城市: a list, approve, not launch; untouched by the pilot reading)
    found = events("6月3日，工业和信息化部等四部门确定20个城市为第二批试点城市。")
    assert [(e.type, e.date) for e in found] == [("approval", "2030-06-03")]
