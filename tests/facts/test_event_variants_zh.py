"""Chinese events told in other wordings of the studied sets' own event sentences (session 15's
variant pass: the gold sentences rewritten as another page could have written them, each construction
missed by three or more variants of two or more sources fixed in general). The sentences here are
written for these tests; each construction has near-misses that must not match.

Relative days: 前天 (two days before publication) and 上月/本月 with a day of the month (上月21日);
a consultation opening on a day (28日起) with its agent or its object between 起 and 征求 (…28日起由
工业和信息化部向社会公开征求意见; 3月15日起就《…》公开征求意见); a list made public in the passive, a time
and an agent between the list and its verb (…名单已于今年7月由工业和信息化部公布); standards approved by
a ministry's announcement without 发布 (批准《…》等16项…标准); a provincial or regional government's
information office (省人民政府新闻办公室, 省政府新闻办) named as such, not as the government.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events

PUB = date(2027, 6, 18)


def _of_type(text: str, type_: str, published: date = PUB, subtype: str | None = None) -> list[tuple]:
    return [(e.date, e.agency) for e in events(text, "zh", published)
            if e.type == type_ and (subtype is None or e.subtype == subtype)]


# --- 前天: two days before publication --------------------------------------------------------------
@pytest.mark.parametrize("text, type_", [
    ("前天，工业和信息化部公布第五批专精特新“小巨人”企业名单。", "approval"),
    ("国家发展改革委前天印发《关于促进民营经济发展的若干措施》。", "document_issued"),
    ("前天上午，工业和信息化部举行新闻发布会，介绍一季度工业运行情况。", "press_conference"),
    ("市场监管总局前天批准发布《电动自行车用锂离子电池安全技术规范》强制性国家标准。", "standard_release"),
])
def test_day_before_yesterday_dates_the_act(text, type_):
    assert [d for d, _ in _of_type(text, type_)] == ["2027-06-16"]


@pytest.mark.parametrize("text", [
    # (天津: a place after 前; 提前天数: days in advance; 日前, 此前: "recently", "before")
    "日前天津市工业和信息化局印发《天津市制造业数字化转型实施方案》。",
    "此前天津市人民政府印发《天津市加快发展新质生产力行动方案》。",
])
def test_qian_tian_inside_other_words_is_no_day(text):
    assert [d for d, _ in _of_type(text, "document_issued")] == [None]


# --- 上月N日 / 本月N日 --------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_, when", [
    ("上月21日，国务院新闻办公室举行“上半年工业和信息化发展情况”新闻发布会。", "press_conference", "2027-05-21"),
    ("工业和信息化部上个月24日公布第三批国家级智能制造示范工厂名单。", "approval", "2027-05-24"),
    ("本月4日，工业和信息化部等五部门联合印发《算力基础设施高质量发展行动计划》。", "document_issued", "2027-06-04"),
    ("上个月20日，国家能源局召开新闻发布会，介绍能源形势。", "press_conference", "2027-05-20"),
])
def test_month_relative_day_keeps_the_day(text, type_, when):
    assert [d for d, _ in _of_type(text, type_)] == [when]


def test_month_relative_day_in_january_goes_back_a_year():
    text = "上月28日，工业和信息化部印发《工业互联网创新发展行动计划》。"
    assert [d for d, _ in _of_type(text, "document_issued", date(2027, 1, 10))] == ["2026-12-28"]


@pytest.mark.parametrize("text", [
    # (上月底, 上月 alone: the month only; 上月31日 after a month of 30 days names no day)
    "上月底，工业和信息化部印发《工业互联网创新发展行动计划》。",
    "上月，工业和信息化部印发《工业互联网创新发展行动计划》。",
    "上月31日，工业和信息化部印发《工业互联网创新发展行动计划》。",
])
def test_month_relative_without_a_real_day_keeps_the_month(text):
    assert [d for d, _ in _of_type(text, "document_issued", date(2027, 7, 10))] == ["2027-06"]


# --- a consultation opening on a day, agent or object between 起 and 征求 ------------------------
@pytest.mark.parametrize("text, when", [
    ("《工业产品生产许可证管理条例（征求意见稿）》15日起由工业和信息化部向社会公开征求意见。", "2027-06-15"),
    ("工业和信息化部3月15日起就《新能源汽车动力电池综合利用管理办法（征求意见稿）》公开征求社会意见。", "2027-03-15"),
    ("工业和信息化部12日起就《民用无人驾驶航空器生产管理若干规定（征求意见稿）》向社会公开征求意见。", "2027-06-12"),
])
def test_consultation_opening_day_with_agent_or_object_between(text, when):
    assert [d for d, _ in _of_type(text, "other", subtype="public_consultation")] == [when]


@pytest.mark.parametrize("text", [
    # (自…起施行: a date in force; 征求意见截止: a deadline)
    "《工业产品生产许可证管理条例》自7月1日起由工业和信息化部负责组织实施。",
    "意见反馈截止时间为7月15日，自7月15日起不再就《管理办法（征求意见稿）》征求意见。",
])
def test_effective_dates_and_deadlines_date_no_consultation(text):
    assert all(d not in ("2027-07-01", "2027-07-15") for d, _ in _of_type(text, "other"))
    assert not [e for e in events(text, "zh", PUB) if e.date in ("2027-07-01", "2027-07-15")]


# --- a list made public in the passive ------------------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("第三批工业互联网标识解析二级节点建设运营试点名单已于今年5月由工业和信息化部公布。", "2027-05"),
    ("首批40个零碳工业园区建设试点名单已于4月由工业和信息化部、国家发展改革委联合公布。", "2027-04"),
    ("第四批国家安全应急产业示范基地名单于6月17日由工业和信息化部等三部门联合公布。", "2027-06-17"),
    ("2026年度绿色工厂名单日前由省工业和信息化厅正式公布。", None),
])
def test_passive_list_made_public(text, when):
    found = _of_type(text, "approval")
    assert [d for d, _ in found] == [when]
    assert found[0][1]


@pytest.mark.parametrize("text", [
    # (a list still to be made public; one made public by a company; one a plan will publish)
    "第四批示范基地名单将于7月由工业和信息化部公布。",
    "入围企业名单由中国汽车工业协会于6月10日公布。",
    "名单公布后，入选企业将获得资金支持。",
])
def test_passive_list_near_misses(text):
    assert _of_type(text, "approval") == []


# --- standards approved by announcement -----------------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("工业和信息化部15日发布2027年第8号公告，批准《工业机器人运维服务能力评价规范》等16项机械行业标准。", "2027-06-15"),
    ("工业和信息化部5月25日发布公告，批准《开源软件供应链安全要求》等5项行业标准。", "2027-05-25"),
    ("国家能源局近日批准《核电厂数字化仪控系统设计规范》等128项能源行业标准。", None),
])
def test_standards_approved_without_fabu(text, when):
    assert [d for d, _ in _of_type(text, "standard_release")] == [when]


@pytest.mark.parametrize("text", [
    # (a plan for drafting standards; standards still to be approved)
    "工业和信息化部批准《2027年第一批行业标准制修订计划》共286项行业标准制修订项目。",
    "工业和信息化部将于下月批准《工业机器人运维服务能力评价规范》等16项机械行业标准。",
])
def test_standards_approval_near_misses(text):
    assert _of_type(text, "standard_release") == []


# --- a provincial government's information office -------------------------------------------------
@pytest.mark.parametrize("text, office", [
    ("6月10日，安徽省人民政府新闻办公室举行新闻发布会，介绍全省新能源汽车产业发展情况。", "Anhui Provincial Government Information Office"),
    ("山东省政府新闻办10日召开新闻发布会，省工业和信息化厅有关负责同志介绍相关情况。", "Shandong Provincial Government Information Office"),
    ("6月10日，广东省人民政府新闻办召开“制造业当家”新闻发布会。", "Guangdong Provincial Government Information Office"),
    ("6月10日，广西壮族自治区人民政府新闻办公室举行新闻发布会。", "Guangxi Autonomous Region Government Information Office"),
])
def test_provincial_information_office_named_as_such(text, office):
    found = _of_type(text, "press_conference")
    assert [d for d, _ in found] == ["2027-06-10"]
    assert office in found[0][1]


@pytest.mark.parametrize("text, agency", [
    # (the government itself, and its general office, keep their names)
    ("6月10日，安徽省人民政府印发《安徽省制造业数字化转型行动方案》。", "Anhui Provincial Government"),
    ("6月10日，山东省人民政府办公厅印发《山东省工业互联网创新发展行动计划》。", "General Office of the Shandong Provincial Government"),
])
def test_provincial_government_and_general_office_unchanged(text, agency):
    assert _of_type(text, "document_issued") == [("2027-06-10", agency)]
