"""Chinese event recall: wire and ministry-page phrasings of government actions, on sentences
written for these tests (no labelled document was read to write them), one test per construction,
each with near-misses that must not match.

A notice named bare, its content in the next clause (商务部、海关总署30日发布公告，对…实施出口管制;
发出通知，部署…; 联合发文，…), and the time of a clause that only puts out a numbered notice or signs a
decree, given to the act of the next (发布2027年第12号国家标准公告，批准发布…; 签署第812号国务院令，公布
《…》); a revised text named as such (公布修订后的《…》); an issue 以…名义 (in the name of the body
named); a document the State Council executive meeting adopts when the meeting is the subject of an
earlier clause (国务院常务会议研究部署…，审议通过《…》; 国务院常务会议16日召开，会议审议通过…); data told
bare at the end of a clause (发布1—5月全国电力工业统计数据。, 公布…统计公报), a notice of figures
(…通告显示), the body's word on a named day with figures after it (据工业和信息化部18日消息，…); places
named to be zones (确定…为首批…示范城市), licences granted (向…发放…牌照), plaques given (为…授牌), a plan
approved by reply (批复《…规划》), new areas and development zones set up by reply; the day before
the verb, not a month inside its object, dating a report released. Not events: a tally (累计公布了
六批…), places unnamed acting each on its own (各地纷纷出台配套措施).
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events

PUB = date(2027, 6, 18)


def _of_type(text: str, type_: str, published: date = PUB) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.agency) for e in events(text, "zh", published) if e.type == type_]


def _kinds(text: str, published: date = PUB) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.subtype, e.date) for e in events(text, "zh", published)]


# --- a notice named bare ------------------------------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("商务部、海关总署5月30日发布公告，对部分无人机相关物项实施出口管制。", "2027-05-30"),
    ("国务院关税税则委员会6月13日发布公告，对原产于美国的部分进口商品加征关税。", "2027-06-13"),
    ("市场监管总局6月10日发布通告，召回部分存在安全隐患的电动自行车。", "2027-06-10"),
    ("6月16日，工业和信息化部发出通知，部署开展2027年网络安全技术应用试点示范工作。", "2027-06-16"),
    ("国家发展改革委等五部门近日联合发文，部署开展2027年绿色消费推进行动。", None),
    ("工信部16日晚间发布通报，对23款违规收集个人信息的应用程序进行下架处理。", "2027-06-16"),
])
def test_zh_a_notice_named_bare_is_a_document(text: str, when: str | None) -> None:
    assert [d for d, _ in _of_type(text, "document_issued")] == [when]


@pytest.mark.parametrize("text", [
    "比亚迪股份有限公司6月15日发布公告称，公司5月新能源汽车销量达38.2万辆。",   # (a company)
    "宁德时代6月16日晚间发布公告，拟在匈牙利投资建设电池工厂。",
    "各地要及时发文，做好政策落实工作。",                                          # (required)
    "工业和信息化部将于下月发出通知，部署开展质量提升行动。",                      # (future)
])
def test_zh_no_notice_named_bare(text: str) -> None:
    assert _of_type(text, "document_issued") == []


def test_zh_a_notice_whose_next_clause_is_the_act_stays_one_approval() -> None:
    text = "工业和信息化部14日发布公告，公布第四批符合《光伏制造行业规范条件》的企业名单。"
    assert _kinds(text) == [("approval", None, "2027-06-14")]


# --- the time of a notice or decree clause ---------------------------------------------------------
@pytest.mark.parametrize("text, type_, when", [
    ("国家市场监督管理总局、国家标准化管理委员会6月11日发布2027年第12号中国国家标准公告，批准发布487项推荐性国家标准。",
     "standard_release", "2027-06-11"),
    ("工业和信息化部部长6月15日签署第72号部令，公布《工业和信息化领域数据安全管理办法》。", "document_issued", "2027-06-15"),
    ("国务院总理李强6月12日签署国务院令，公布修订后的《无线电管理条例》。", "document_issued", "2027-06-12"),
])
def test_zh_a_notice_or_decree_clause_dates_the_act(text: str, type_: str, when: str) -> None:
    assert [d for d, _ in _of_type(text, type_)] == [when]


def test_zh_a_clause_with_more_than_a_notice_gives_no_time() -> None:
    # (the day is the meeting's clause's, which says more than that a notice was put out)
    text = "工业和信息化部6月11日召开座谈会听取企业意见，会后公布了《电信条例实施细则》。"
    assert [d for d, _ in _of_type(text, "document_issued")] == [None]


# --- issued in a body's name ----------------------------------------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("国家发展改革委起草的《关于加快建设全国统一电力市场体系的实施意见》，经国务院同意，以国务院办公厅名义于6月5日印发。",
     "2027-06-05", "General Office of the State Council"),
    ("该意见经国务院同意，以国家发展改革委名义近日印发。", None, "NDRC"),
])
def test_zh_issued_in_a_bodys_name(text: str, when: str | None, agency: str) -> None:
    assert _of_type(text, "document_issued") == [(when, agency)]


def test_zh_in_a_bodys_name_to_come_is_no_issue() -> None:
    assert _of_type("该意见拟以国务院办公厅名义印发。", "document_issued") == []


# --- the State Council executive meeting as an earlier clause's subject -----------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("6月12日，国务院常务会议研究部署推动人工智能产业高质量发展的政策措施，审议通过《关于促进低空经济发展的意见》。",
     "2027-06-12", "State Council"),
    ("国务院常务会议6月16日召开，会议审议通过《关于加快推进服务业扩大开放的意见》。", "2027-06-16", "State Council"),
    ("工业和信息化部部务会议16日召开，会议审议通过《电信条例实施细则》。", "2027-06-16", "MIIT"),
])
def test_zh_a_meeting_subject_adopts(text: str, when: str, agency: str) -> None:
    assert _of_type(text, "document_issued") == [(when, agency)]


@pytest.mark.parametrize("text", [
    "国务院常务会议16日召开，会议审议通过《中华人民共和国电信法（草案）》。",       # (a draft for the legislature)
    "国务院常务会议16日召开，会议将审议《关于加快推进服务业扩大开放的意见》。",     # (to come)
    "国务院常务会议16日召开，会议听取了关于服务业扩大开放情况的汇报。",            # (nothing adopted)
])
def test_zh_no_meeting_adoption(text: str) -> None:
    assert _of_type(text, "document_issued") == []


# --- data told bare, a notice of figures, the body's word on a day ---------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("国家能源局6月16日发布1—5月全国电力工业统计数据。", "2027-06-16", "National Energy Administration"),
    ("国家统计局15日发布5月份国民经济运行数据。", "2027-06-15", "National Bureau of Statistics"),
    ("工业和信息化部6月10日公布2026年通信业统计公报。", "2027-06-10", "MIIT"),
    ("工信部6月17日发布的2027年第一季度电信服务质量通告显示，用户申诉量同比下降12%。", "2027-06-17", "MIIT"),
    ("据工业和信息化部18日消息，1—5月，我国规模以上电子信息制造业增加值同比增长12.1%。", "2027-06-18", "MIIT"),
    # (the day before the verb dates the release, not the month its report covers)
    ("工业和信息化部18日对外发布了2027年5月份通信业经济运行情况。", "2027-06-18", "MIIT"),
])
def test_zh_data_released(text: str, when: str, agency: str) -> None:
    assert [(e.date, e.agency) for e in events(text, "zh", PUB) if e.subtype == "data_release"] == [(when, agency)]


@pytest.mark.parametrize("text", [
    "工业和信息化部今年3月发布了工业大数据。",                                         # (big data, no release)
    "工业和信息化部6月发布了工业数据分类分级指南。",                                    # (the clause goes on)
    "中国汽车工业协会6月11日发布数据。",                                               # (an association)
    "据中国汽车工业协会18日消息，1—5月，汽车销量同比增长12.1%。",
    "据新华社18日消息，1—5月，汽车销量同比增长12.1%。",                               # (a news agency)
    "据工业和信息化部18日消息，工信部近日印发《关于推进工业互联网的通知》，明确建成100个平台。",  # (an act told)
    "工业和信息化部将于下月发布1—6月统计数据。",                                       # (future)
])
def test_zh_no_data_released(text: str) -> None:
    assert [e for e in events(text, "zh", PUB) if e.subtype == "data_release"] == []


# --- approvals: places named zones, licences granted, plaques, plans and new areas approved ---------
@pytest.mark.parametrize("text, when, agency", [
    ("工业和信息化部日前确定北京、上海等20个城市为首批新型工业化示范城市。", None, "MIIT"),
    ("国家发展改革委5月确定雄安、合肥为国家级改革试点。", "2027-05", "NDRC"),
    ("工业和信息化部今年5月向中国移动、中国电信、中国联通发放了6G技术试验频率使用许可。", "2027-05", "MIIT"),
    ("工业和信息化部6月6日向中国电信、中国移动、中国联通、中国广电发放5G-A商用牌照。", "2027-06-06", "MIIT"),
    ("6月11日，工业和信息化部为首批10个国家级工业互联网标识解析二级节点授牌。", "2027-06-11", "MIIT"),
    ("国务院日前批复《长江中游城市群发展规划（2027—2035年）》。", None, "State Council"),
    ("国务院近日批复同意设立福州新区。", None, "State Council"),
    ("国务院6月批复同意设立宜宾经济技术开发区。", "2027-06", "State Council"),
])
def test_zh_approvals(text: str, when: str | None, agency: str) -> None:
    assert _of_type(text, "approval") == [(when, agency)]


@pytest.mark.parametrize("text", [
    "会议确定2027年为制造业质量提升年。",                                            # (no zone)
    "工业和信息化部将向符合条件的企业发放5G-A商用牌照。",                             # (future)
    "截至5月底，工业和信息化部已累计向200余家企业发放增值电信业务经营许可证。",        # (a tally)
    "某银行6月向小微企业发放贷款50亿元。",                                           # (loans, no body)
    "市场监管总局6月10日发布公告，批准《电动自行车安全技术规范》强制性国家标准。",       # (a standard)
    "依据国务院批复的《长江中游城市群发展规划》，各地加快推进重点项目。",              # (in passing, undated)
    "为各地开发区授牌的工作将于年内完成。",                                           # (future, unnamed)
])
def test_zh_no_such_approval(text: str) -> None:
    assert _of_type(text, "approval") == []


# --- a tally; places unnamed ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "2019年以来，工业和信息化部累计公布了六批专精特新“小巨人”企业名单。",
    "近年来，国家发展改革委已累计批复设立19个国家级新区。",
    "为贯彻落实国务院印发的《中国制造2025》，各地纷纷出台配套措施。",
    "各省份近日陆续出台促进民营经济发展的政策措施。",
])
def test_zh_a_tally_or_unnamed_places_is_no_event(text: str) -> None:
    assert events(text, "zh", PUB) == []


@pytest.mark.parametrize("text, type_", [
    ("工业和信息化部6月12日公布第七批专精特新“小巨人”企业名单，累计培育“小巨人”企业1.5万家。", "approval"),
    ("工业和信息化部近日印发《关于指导各地开展中小企业数字化转型的通知》。", "document_issued"),
])
def test_zh_one_act_beside_a_tally_or_各地_in_a_title_stays(text: str, type_: str) -> None:
    assert [e.type for e in events(text, "zh", PUB)] == [type_]
