"""Chinese events, session 20 (category probes' leftovers): a further act with no subject after a
semicolon; 由…牵头，会同… bodies and 印发的《…》正式对外公开; 自《…》<month>印发以来; an undated act in a
在…后 clause; 今年以来 acts (each found, undated). Sentences are our own; near-misses must stay silent."""
from datetime import date

import pytest

from scrapers.facts.events import extract_events

PUB = date(2030, 6, 20)


def _events(text):
    return [(e.type, e.date, e.agency) for e in extract_events(text, published=PUB, lang="zh")]


@pytest.mark.parametrize("text, expected", [
    ("4月，工业和信息化部印发《新材料产业发展指南》；5月，又公布了首批新材料生产应用示范平台名单。",
     ("approval", "2030-05", "MIIT")),
    ("今年3月，工业和信息化部印发《工业互联网创新发展行动计划》；5月，随后公布了第一批工业互联网示范区名单。",
     ("approval", "2030-05", "MIIT")),
    ("2月，国家发展改革委发布《氢能产业发展意见》；4月，还印发了《氢能示范城市群建设方案》。",
     ("document_issued", "2030-04", "NDRC")),
    ("1月，工业和信息化部印发《人形机器人指导意见》；3月，此后又认定了第二批人形机器人创新中心。",
     ("approval", "2030-03", "MIIT")),
])
def test_further_act_after_semicolon(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize("text", [
    "3月，工业和信息化部印发《数字化转型实施方案》；5月，部分企业公布了转型成果。",
    "4月，工业和信息化部印发《新材料产业发展指南》；5月，又将公布首批示范平台名单。",
    "4月，工业和信息化部印发《新材料产业发展指南》；5月，该协会又公布了首批示范平台名单。",
])
def test_further_act_near_misses(text):
    assert [e for e in _events(text) if e[1] == "2030-05"] == []


@pytest.mark.parametrize("text, bodies", [
    ("近日，由工业和信息化部牵头，会同国家发展改革委等部门联合印发的《智能网联汽车产业发展规划》正式对外公开。",
     {"MIIT", "NDRC"}),
    ("由工业和信息化部牵头，国家发展改革委等八部门联合印发《新型储能制造业高质量发展行动方案》。", {"MIIT", "NDRC"}),
    ("3月，由国家发展改革委牵头，会同工业和信息化部等部门联合印发了《氢能产业发展中长期规划》。", {"MIIT", "NDRC"}),
    ("近日，工业和信息化部印发的《智能网联汽车产业发展规划》正式发布。", {"MIIT"}),
])
def test_led_by_and_made_public(text, bodies):
    got = [e for e in _events(text) if e[0] == "document_issued"]
    assert len(got) == 1 and bodies <= set(got[0][2].split("; "))


@pytest.mark.parametrize("text", [
    "由中国汽车工业协会牵头，会同多家企业联合发布《汽车数据安全倡议》。",
    "工业和信息化部印发的《智能网联汽车产业发展规划》提出，到2030年实现目标。",
])
def test_led_by_near_misses(text):
    assert _events(text) == []


@pytest.mark.parametrize("text, when", [
    ("工业和信息化部近日召开数据产业推进会。自《关于促进数据产业高质量发展的指导意见》去年9月印发以来，各地积极推进落实。",
     "2029-09"),
    ("工业和信息化部近日召开储能推进会。自《新型储能制造业高质量发展行动方案》今年2月发布以来，行业投资明显加快。",
     "2030-02"),
])
def test_since_title_issued(text, when):
    assert ("document_issued", when, "MIIT") in _events(text)


@pytest.mark.parametrize("text", [
    "工业和信息化部近日召开机器人推进会。自《机器人产业发展规划》印发以来，各地积极推进落实。",
    "在国务院批复设立长三角生态绿色一体化发展示范区后，两省一市加快推进相关工作。",
    "在工业和信息化部批复创建国家级车联网先导区后，各地加快建设。",
])
def test_undated_background_act_silent(text):
    assert _events(text) == []


@pytest.mark.parametrize("text, expected", [
    ("今年4月，国务院批复设立长三角生态绿色一体化发展示范区。", ("approval", "2030-04", "State Council")),
    ("在2028年3月国务院批复设立长三角生态绿色一体化发展示范区后，两省一市加快推进相关工作。",
     ("approval", "2028-03", "State Council")),
])
def test_dated_approval_kept(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize("text, n", [
    ("工业和信息化部今年以来先后印发《机器人产业发展规划》和《人形机器人创新发展指导意见》，为产业发展指明方向。", 2),
    ("今年以来，工业和信息化部印发了《工业互联网标识解析体系建设方案》。", 1),
])
def test_this_year_since_each_document_undated(text, n):
    # (guard, passing before too: 今年以来 is a span, no date, as test_event_recall_zh2 story6 has it;
    # the conventions say nothing of it)
    assert [e[1] for e in _events(text) if e[0] == "document_issued"] == [None] * n


def test_this_year_since_tally_silent():
    assert _events("今年以来，工业和信息化部累计公布了三批示范名单。") == []
