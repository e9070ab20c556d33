"""Chinese events: constructions widened from variants of past blind misses (session 19).

Each test writes its own sentences: several wordings of one construction, and near-misses (a time
ahead, 将/拟, a company's act, an emergency response, a bare period bound) that must not fire.
"""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.facts.events import extract_events
from scrapers.facts.model import Event

PUB = date(2030, 10, 17)
# (a story about a ministry's plan, its department's draft told after: the department is no body
# the table knows, so the act is the plan's issuer's only when the sentence tells it is done)
LEAD = "工业和信息化部近日印发《智能装备产业行动计划》。"


def events(text: str, published: date | None = PUB) -> list[Event]:
    found = extract_events(text, published=published, lang="zh")
    for e in found:  # every quote is the exact text at its offset
        assert text[e.start:e.start + len(e.quote)] == e.quote
    return found


def of_type(text: str, type_: str, published: date | None = PUB) -> list[Event]:
    return [e for e in events(text, published) if e.type == type_]


# --- a time heading the sentence: a connective, and the act done -------------------------------

@pytest.mark.parametrize("sentence, when", [
    ("今年4月，《行动计划（征求意见稿）》由装备工业一司发布并公开征求意见，共收到意见建议260余条。", "2030-04"),
    ("该负责人表示，今年5月，《行动计划（征求意见稿）》由装备工业一司面向社会公开征求意见。", "2030-05"),
    ("3月12日，《行动计划》征求意见稿由装备工业一司向社会公开征求意见。", "2030-03-12"),
    ("2030年6月份，《行动计划（征求意见稿）》由规划司公开征求意见，各方反映积极。", "2030-06"),
])
def test_time_clause_heading_a_draft_consultation_is_past(sentence, when):
    found = [e for e in of_type(LEAD + sentence, "other") if e.subtype == "public_consultation"]
    assert [(e.date, e.agency) for e in found] == [(when, "MIIT")]


@pytest.mark.parametrize("sentence", [
    # (a consultation still ahead: 将, 拟)
    "今年11月，《行动计划（征求意见稿）》将由装备工业一司向社会公开征求意见。",
    "今年11月，《行动计划（征求意见稿）》拟由装备工业一司公开征求意见。",
    # (no time heading it, nor 已/曾: nothing tells the step is done)
    "《行动计划（征求意见稿）》由装备工业一司公开征求意见，共收到意见建议260余条。",
    # (a time a week-day name cannot be, 下月: not a past date)
    "下月，《行动计划（征求意见稿）》由装备工业一司向社会公开征求意见。",
])
def test_time_clause_near_misses(sentence):
    assert [e for e in of_type(LEAD + sentence, "other") if e.subtype == "public_consultation"] == []


# --- 自…以来: the act's own time ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, type_, when", [
    ("自今年6月工业和信息化部批复组建国家高档数控机床制造业创新中心以来，中心已突破关键技术12项。", "approval", "2030-06"),
    ("自去年3月工业和信息化部等五部门启动新能源汽车下乡活动以来，参与活动的车型已达126款。", "plan_announced", "2029-03"),
    ("从今年2月工业和信息化部发布《行动计划》征求意见稿以来，共收到意见建议260余条。", "other", "2030-02"),
])
def test_since_an_act_keeps_its_time(sentence, type_, when):
    found = of_type(sentence, type_)
    assert [(e.date, e.agency.split("; ")[0]) for e in found] == [(when, "MIIT")]


def test_since_a_bare_time_is_no_date_of_an_act():
    # (自今年6月以来: a period's bound; the act in the main clause is undated, so dropped as
    # background, as before)
    assert [e.date for e in of_type("自今年6月以来，工业和信息化部累计批复组建创新中心5家。", "approval")] in ([], [None])


# --- a draft named after its title ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "省市场监管局上月发布《培育钻石 分级》地方标准征求意见稿，意见反馈截止时间为11月30日。",
    "10月9日，工业和信息化部发布《汽车数据安全管理规定》征求意见稿，向社会公开征求意见。",
    "工业和信息化部10月9日发布《算力基础设施指南》修订征求意见稿。",
])
def test_draft_after_its_title_is_a_consultation(sentence):
    found = events(sentence)
    assert {(e.type, e.subtype) for e in found} == {("other", "public_consultation")}


def test_standard_after_its_title_without_draft_stays_a_standard():
    found = events("省市场监管局10月9日发布《培育钻石 分级》地方标准，自明年1月1日起实施。")
    assert [e.type for e in found] == ["standard_release"]


# --- passives beyond documents: campaigns, catalogues, approvals got --------------------------

@pytest.mark.parametrize("sentence, type_", [
    ("6月，2030年新能源汽车下乡活动由工业和信息化部等五部门正式启动，参与活动的车型共126款。", "plan_announced"),
    ("今年6月，“数字消费节”系列活动由商务部联合启动，持续至年底。", "plan_announced"),
    ("6月，中小企业数字化赋能专项行动由工业和信息化部组织开展，覆盖30个城市。", "plan_announced"),
    ("6月，2030年度电机“能效之星”产品目录由工业和信息化部对外公布，62家企业的218个型号入选。", "approval"),
    ("6月，国家高档数控机床制造业创新中心经工业和信息化部批复组建。", "approval"),
    ("福州市创建中国软件特色名城6月获工业和信息化部批复同意。", "approval"),
])
def test_object_first_passives(sentence, type_):
    found = of_type(sentence, type_)
    assert [e.date for e in found] == ["2030-06"]
    assert found[0].agency.split("; ")[0] in ("MIIT", "Ministry of Commerce")


@pytest.mark.parametrize("sentence", [
    # (a company's campaign: no government body acts)
    "6月，2030年新能源汽车下乡巡展活动由某汽车集团正式启动，参与活动的车型共126款。",
    # (an emergency response set going)
    "6月，防汛应急救援行动由应急管理部正式启动。",
    # (still ahead)
    "2030年新能源汽车下乡活动将于12月由工业和信息化部等五部门正式启动。",
    # (a body named in passing, its approval past long ago: 经…批复组建的)
    "经工业和信息化部批复组建的国家高档数控机床制造业创新中心已突破关键技术12项。",
    # (a zone that is to ask for approval)
    "福州市拟申请创建中国软件特色名城，相关材料将报工业和信息化部批复。",
])
def test_object_first_passive_near_misses(sentence):
    assert [e for e in events(sentence) if e.type in ("plan_announced", "approval")] == []


# --- campaigns set going: 组织开展, 在<place>启动 --------------------------------------------------

@pytest.mark.parametrize("sentence, when", [
    ("今年6月，工业和信息化部等五部门组织开展2030年新能源汽车下乡活动，参与活动的车型共126款。", "2030-06"),
    ("6月18日，工业和信息化部等五部门在海南启动2030年新能源汽车下乡活动。", "2030-06-18"),
    ("工业和信息化部9月在京启动中小企业服务月活动。", "2030-09"),
])
def test_campaign_set_going(sentence, when):
    found = of_type(sentence, "plan_announced")
    assert [(e.date, e.agency.split("; ")[0]) for e in found] == [(when, "MIIT")]


@pytest.mark.parametrize("sentence", [
    "某汽车集团6月组织开展2030年新能源汽车下乡巡展活动。",
    "工业和信息化部将于12月组织开展2030年新能源汽车下乡活动。",
    # (开展 alone: what a plan asks of many)
    "今年6月，工业和信息化部等五部门开展2030年新能源汽车下乡活动。",
])
def test_campaign_near_misses(sentence):
    assert of_type(sentence, "plan_announced") == []


# --- 通报: named by its subject, in passing, by its verb -------------------------------------------

@pytest.mark.parametrize("sentence, when", [
    ("去年11月，工业和信息化部发布关于侵害用户权益行为App的通报，点名17款儿童智能手表App。", "2029-11"),
    ("根据工业和信息化部去年11月发布的通报，17款儿童智能手表App存在违规收集个人信息问题。", "2029-11"),
    ("工业和信息化部去年11月通报了17款存在违规收集个人信息问题的儿童智能手表App。", "2029-11"),
    ("工业和信息化部9月3日通报了一批侵害用户权益的App，共23款。", "2030-09-03"),
])
def test_notice_wordings(sentence, when):
    found = of_type(sentence, "document_issued")
    assert [(e.date, e.agency) for e in found] == [(when, "MIIT")]


@pytest.mark.parametrize("sentence", [
    # (an undated notice in passing: no news)
    "根据工业和信息化部发布的通报，17款儿童智能手表App存在违规收集个人信息问题。",
    # (a company's side: 被通报)
    "去年11月，某公司的3款App被通报了17项问题。",
    # (ahead)
    "工业和信息化部将于下月通报17款存在问题的App。",
    # (通报 with nothing counted: a meeting told of the situation)
    "工业和信息化部去年11月通报了有关情况。",
])
def test_notice_near_misses(sentence):
    assert of_type(sentence, "document_issued") == []


def test_since_an_undated_campaign_is_no_event():
    # (…启动…活动以来 with no time of its own: the period's background, dated only)
    assert of_type("工业和信息化部启动新能源汽车下乡活动以来，参与活动的车型已达126款。", "plan_announced") == []


# --- approvals by letter, consultations on a kind, data put out bare or in the passive ----------

@pytest.mark.parametrize("sentence, type_, subtype, when", [
    ("6月12日，工业和信息化部复函同意组建国家高档数控机床制造业创新中心。", "approval", None, "2030-06-12"),
    ("工业和信息化部9月复函同意筹建国家智能传感器创新中心。", "approval", None, "2030-09"),
    ("省市场监管局9月公开征求《培育钻石 分级》地方标准意见，意见反馈截止时间为11月30日。", "other", "public_consultation", "2030-09"),
    ("工业和信息化部9月面向社会征求《汽车软件升级通用技术要求》国家标准的意见。", "other", "public_consultation", "2030-09"),
    ("国家林草局9月15日公布，2030年上半年全国竹产业总产值达到5300亿元，同比增长8.7%。", "other", "data_release", "2030-09-15"),
    ("工业和信息化部15日发布，1—8月规模以上电子信息制造业增加值同比增长11.2%。", "other", "data_release", "2030-10-15"),
    ("2029年通信业统计公报日前由工业和信息化部发布。", "other", "data_release", None),
    ("1—8月通信业经济运行情况9月20日由工业和信息化部对外发布。", "other", "data_release", "2030-09-20"),
])
def test_more_wordings(sentence, type_, subtype, when):
    found = [e for e in of_type(sentence, type_) if e.subtype == subtype]
    assert [(e.date, e.agency.split("; ")[0]) for e in found] == [(when, found[0].agency.split("; ")[0] if found else None)]
    assert found[0].agency.split("; ")[0] in ("MIIT", "National Forestry and Grassland Administration") or "市场监" in sentence


@pytest.mark.parametrize("sentence", [
    # (an association's figures: no government body)
    "中国竹产业协会15日公布，2030年全国竹产业总产值达到1.06万亿元，同比增长8.7%。",
    # (figures to come)
    "工业和信息化部将于下月公布，1—9月规模以上电子信息制造业增加值同比增长情况。",
    # (the verb bare, then an act of its own: no data put out)
    "工业和信息化部15日发布，将于11月启动2030年新能源汽车下乡活动，参与车型同比增长20%。",
    # (a reply that is to come)
    "工业和信息化部拟复函同意组建国家智能传感器创新中心。",
    # (a report that is to be released by a body)
    "2030年通信业统计公报将于明年1月由工业和信息化部发布。",
])
def test_more_wordings_near_misses(sentence):
    assert [e for e in events(sentence) if e.subtype == "data_release" or e.type == "approval"] == []
