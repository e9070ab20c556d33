"""Precision audit 7: the Chinese event-recall rules of 1.25.5 (a bare notice, a notice or decree
clause dating the next, 以…名义印发, a meeting as an earlier clause's subject, data named at a
clause's end, 据…日消息, 确定…为…试点, licences, plaques, 批复《…》, 批复设立 a new area, the drops for
tallies and 各地), on sentences written for these tests in the styles of ministry and provincial
pages and of 人民日报, 经济日报, 证券时报 and 第一财经 (none from a labelled set). Each group has
near-misses that must keep their reading.

Not acts: a verb not done, asked about, forbidden or done as a habit (尚未发布通知, 是否发布公告,
严禁以…名义印发, 每月发布…数据); a foreign body (美国商务部发布公告); a bare notice or article whose
subject is no body (工信部部长在《求是》杂志发文, 公众号发文, 媒体发文, 中央纪委…网站发布通报，工业和
信息化部原副司长…); "据…日消息" with no figures or with another act; a company's meeting; a grant
stopped (暂停发放…许可证), received (获得…颁发的许可证) or tallied (已发放的…牌照); a plaque a body
attends or receives (出席授牌仪式, 获…授牌); a plan or a new area named in passing (按照…批复《…》的要求,
批复设立的…新区) or awaited (待…批复《…》后); 不确定性为…, 确定将为…提供.

Judged fine, not tested as misfires: a past act dated by its year in background (2019年，工业和信息化部
确定深圳为…试点城市; 国务院于2019年批复《…》): a past, dated act of a body, which the devset conventions
label (as "The MIIT in 2019 granted 5G licences to 4 operators" is, in audit 5); a province's
government adopting a document at its executive meeting (湖北省政府常务会议…审议通过《…》).
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events

PUB = date(2027, 6, 18)


def _kinds(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.type, e.subtype, e.date, e.agency) for e in events(text, "zh", PUB)]


# --- a bare notice, an article, a document in a body's name ------------------------------------------
@pytest.mark.parametrize("text", [
    # (companies and exchanges)
    "贵州茅台6月17日晚间发布公告，公司拟以现金方式回购股份。",
    "上市公司16日发布公告，公司控股股东拟减持不超过2%的股份。",
    "中国移动6月16日发布公告，公司5月份5G套餐用户净增320万户。",
    "中国电信股份有限公司6月16日晚间发布公告，拟分拆子公司上市。",
    "国家电网有限公司16日发布通知，部署迎峰度夏电力保供工作。",
    "深交所6月16日发布公告，对某公司股票实施停牌。",
    "学校16日发布通知，暑假将于7月10日开始。",
    # (foreign bodies, which the lexicon reads as China's namesakes)
    "美国商务部工业与安全局16日发布公告，将12家中国实体列入出口管制实体清单。",
    "美国财政部6月16日发布公告，对多家中国企业实施制裁。",
    "美国商务部16日发布《出口管制条例》修订版。",
    "印度商工部6月16日发布通知，对原产于中国的光伏玻璃征收反倾销税。",
    "欧盟委员会16日发布公告，对原产于中国的电动汽车发起反补贴调查。",
    # (no body the subject: a commission's website on an official, a minister's article, an account, media)
    "中央纪委国家监委网站16日发布通报，工业和信息化部原副司长张某某被开除党籍。",
    "工信部部长金壮龙在《求是》杂志发文，阐述推进新型工业化的重大意义。",
    "工业和信息化部部长金壮龙6月16日在人民日报发文，强调加快建设制造强国。",
    "工业和信息化部官方微信公众号16日发文，提醒用户谨防电信网络诈骗。",
    "人民日报16日发文，呼吁加快发展新质生产力。",
    "多家媒体16日发文，解读工业和信息化部的新政策。",
    # (not done, asked about, to come, required, forbidden)
    "工业和信息化部尚未发布通知，相关工作仍在研究中。",
    "工业和信息化部没有发布公告，网传消息不实。",
    "工信部是否发布公告，目前尚无定论。",
    "工业和信息化部拟联合发文，进一步规范新能源汽车市场秩序。",
    "工业和信息化部必须发文，明确各方责任。",
    "各部门不得随意发文，增加基层负担。",
    "以工业和信息化部名义发布的文件均以官网公布为准。",
    "严禁以国家发展改革委名义印发任何未经审批的文件。",
    "不法分子冒用工业和信息化部名义发布虚假招聘信息，请广大求职者提高警惕。",
    "他以个人名义发布了一份关于人工智能发展的倡议。",
    "中国汽车工业协会以协会名义发布了行业自律公约。",
    "工业和信息化部将公布修订后的《电信条例》。",
    # (a foreign leader's decree)
    "特朗普16日签署行政令，宣布对进口钢铝产品加征25%的关税。",
    "美国总统16日签署行政令，对中国半导体企业实施投资限制。",
])
def test_no_notice_of_a_body(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize("text, when, agency", [
    # (near-misses: a body's unit as the subject, a foreign country after the verb or in an earlier
    # clause, 不得 in the notice's content, a time in the clause)
    ("工业和信息化部网络安全管理局16日发布通报，对15款违规应用程序进行下架处理。", "2027-06-16", "MIIT"),
    ("商务部16日发布公告，对原产于美国的进口丙酸征收反倾销税。", "2027-06-16", "Ministry of Commerce"),
    ("针对美国商务部的出口管制措施，商务部16日发布公告，将12家美国实体列入不可靠实体清单。", "2027-06-16",
     "Ministry of Commerce"),
    ("工业和信息化部16日发布通知，要求各地不得以任何形式限制新能源汽车销售。", "2027-06-16", "MIIT"),
    ("指导各地做好迎峰度夏工作，国家能源局16日发出通知，部署电力保供工作。", "2027-06-16",
     "National Energy Administration"),
])
def test_a_notice_of_a_body_stays(text: str, when: str, agency: str) -> None:
    assert _kinds(text) == [("document_issued", None, when, agency)]


def test_a_revised_draft_is_put_out_for_comment_not_issued() -> None:
    text = "工业和信息化部16日公布修订后的《电信条例（征求意见稿）》，向社会公开征求意见。"
    assert [k[:2] for k in _kinds(text)] == [("other", "public_consultation")]


# --- a meeting as an earlier clause's subject -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "中国移动总经理办公会议16日召开，会议审议通过《2027年度投资计划》。",              # ("中国" read as the country)
    "国家电网公司总经理办公会议16日召开，会议审议通过《迎峰度夏保供方案》。",
    "公司总经理办公会议16日召开，会议审议通过《员工薪酬管理办法》。",
    "公司第三届董事会第十次会议16日召开，会议审议通过《关于回购公司股份的议案》。",
    "清华大学校长办公会议16日召开，会议审议通过《学科建设规划》。",
    "省人大常委会第十次会议第一次全体会议16日举行，会议审议通过《湖北省数据条例》。",
    "国务院常务会议16日召开，会议听取了关于服务业扩大开放情况的汇报，会议要求各地尽快审议通过配套措施。",
    "国务院常务会议16日召开，会议原则通过《中华人民共和国电信法（草案）》。",
    "工业和信息化部部务会议16日召开，会议审议通过《电信条例实施细则（草案）》，决定提请国务院审议。",
])
def test_no_meeting_of_a_body_adopts(text: str) -> None:
    assert [k for k in _kinds(text) if k[0] == "document_issued"] == []


@pytest.mark.parametrize("text, agency", [
    ("国家发展改革委主任办公会议16日召开，会议审议通过《关于完善价格治理机制的意见》。", "NDRC"),
    ("国务院常务会议16日召开，会议审议通过《关于加快推进服务业扩大开放的意见》。", "State Council"),
])
def test_a_meeting_of_a_body_adopts(text: str, agency: str) -> None:
    assert _kinds(text) == [("document_issued", None, "2027-06-16", agency)]


# --- data -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # (a habit, not done, asked, required, an offence, no body, a foreign body)
    "国家统计局每月发布工业生产数据。",
    "工业和信息化部按季度公布通信业统计数据。",
    "国家统计局定期发布相关数据，社会各界可在官网查询。",
    "工业和信息化部近年来持续发布行业运行数据。",
    "国家统计局尚未发布5月份数据。",
    "国家统计局是否发布季度数据，取决于数据质量。",
    "工业和信息化部要求各地及时发布统计数据。",
    "国家统计局依法查处了发布虚假统计数据的行为。",
    "部分企业被查出发布虚假统计数据。",
    "多家机构16日发布预测数据，认为二季度经济增速将回升。",
    "乘联会16日发布5月乘用车市场数据。",
    "国家统计局拟于7月15日发布二季度数据。",
    "统计数据显示，5月新能源汽车销量同比增长30%。",
    "美国商务部16日公布5月零售销售数据。",
    "美国商务部16日发布的数据显示，5月零售销售环比增长0.5%。",
    "欧盟统计局16日公布欧元区5月通胀数据。",
    # (the body's word on a day, with no figures, with another act, or one to come)
    "据工业和信息化部18日消息，金壮龙部长17日在京会见了特斯拉首席执行官马斯克。",
    "据商务部18日消息，商务部部长王文涛17日与美国商务部长举行视频通话。",
    "据国家发展改革委18日消息，国家发展改革委副主任17日赴四川调研，考察了3个重大项目。",
    "据工业和信息化部18日消息，工信部日前约谈了5家新能源汽车企业。",
    "据工业和信息化部18日消息，第二十届中国国际中小企业博览会将于9月在广州举办。",
    "据工业和信息化部18日消息，工信部副部长17日出席2027世界智能产业博览会开幕式并致辞。",
    "据工业和信息化部18日消息，工业和信息化部将于7月1日起开展为期3个月的专项整治行动。",
    "据人民日报18日消息，1—5月，全国规模以上工业增加值同比增长6.1%。",
])
def test_no_data_release(text: str) -> None:
    assert [k for k in _kinds(text) if k[1] == "data_release"] == []


@pytest.mark.parametrize("text, when, agency", [
    ("据工业和信息化部18日消息，1—5月，我国软件业务收入同比增长12.1%。", "2027-06-18", "MIIT"),
    # (每月 after the verb, in the figures)
    ("国家统计局16日发布数据，1—5月全国规模以上工业增加值同比增长6.1%，其中每月增速均保持在5%以上。", "2027-06-16",
     "National Bureau of Statistics"),
    ("国家统计局16日发布5月份国民经济运行数据。", "2027-06-16", "National Bureau of Statistics"),
])
def test_a_data_release_stays(text: str, when: str, agency: str) -> None:
    assert _kinds(text) == [("other", "data_release", when, agency)]


def test_a_news_agency_telling_of_a_bodys_list_is_the_bodys_approval() -> None:
    text = "据新华社18日消息，工业和信息化部17日公布了第七批“小巨人”企业名单。"
    assert _kinds(text) == [("approval", None, "2027-06-17", "MIIT")]


# --- approvals: places named, licences, plaques, plans and new areas ----------------------------------
@pytest.mark.parametrize("text", [
    # (确定…为: a company's choice, 不确定性, 确定将为…提供, to come, required, passive with no body)
    "中国移动6月确定北京、上海为首批5G-A商用试点城市。",
    "公司董事会16日确定苏州、无锡为新工厂选址试点城市。",
    "工业和信息化部表示，外部环境的不确定性为试点示范工作带来新的挑战。",
    "工业和信息化部已确定将为首批试点城市提供专项资金支持。",
    "工业和信息化部将确定一批城市为首批试点城市。",
    "各地要确定若干园区为省级试点园区。",
    "苏州被确定为首批新型工业化示范城市。",
    # (licences stopped, revoked, received, tallied, asked about, expected)
    "工业和信息化部6月暂停发放新的增值电信业务经营许可证。",
    "国家药监局16日宣布停止核发相关产品的生产许可证。",
    "工业和信息化部16日依法吊销3家企业的电信业务经营许可证。",
    "小米汽车6月16日获得工业和信息化部颁发的新能源汽车生产许可证。",
    "公司公告称，公司近日收到工业和信息化部核发的《增值电信业务经营许可证》。",
    "某公司16日发布公告称，公司获得工业和信息化部颁发的基础电信业务经营许可证。",
    "上海今年累计发放新能源汽车专用牌照12万张。",
    "工业和信息化部官网显示，目前已发放的5G商用牌照共有4张。",
    "工业和信息化部何时发放6G牌照，仍有待观察。",
    "业内人士预计，工业和信息化部有望年内发放6G商用牌照。",
    # (plaques: an association's, a ceremony attended or named, received, their holders, to come)
    "中国汽车工业协会16日为首批10家汽车芯片创新企业授牌。",
    "中国汽车工业协会16日举行授牌仪式，为首批10家汽车芯片创新企业授牌。",
    "工业和信息化部副部长出席授牌仪式并致辞。",
    "在16日举行的授牌仪式上，工业和信息化部副部长表示，要加快推进新型工业化。",
    "公司16日获工业和信息化部授牌“国家级工业设计中心”。",
    "首批授牌企业将享受多项政策支持，工业和信息化部将加强跟踪指导。",
    "工业和信息化部将于下月为首批示范基地授牌。",
    # (plans: in passing, awaited, not done, sought; a board's)
    "按照国务院批复《长江中游城市群发展规划》的要求，湖北加快推进重点项目建设。",
    "待国务院批复《武汉都市圈发展规划》后，相关项目将加快落地。",
    "国务院尚未批复《武汉都市圈发展规划》。",
    "省政府已将《武汉都市圈发展规划》报请国务院批复。",
    "湖北省正在积极争取国务院批复《武汉都市圈发展规划》。",
    "公司董事会16日批准《2027年度财务预算方案》。",
    # (new areas: named in passing, sought, a project in one)
    "目前，经国务院批复设立的国家级新区已达19个。",
    "2017年国务院批复设立的雄安新区，目前已进入大规模建设阶段。",
    "湖北省正在积极争取国务院批复设立武汉长江新区。",
    "市政府16日批准建设滨海新区地铁线路，总投资约120亿元。",
])
def test_no_such_approval(text: str) -> None:
    assert [k for k in _kinds(text) if k[0] == "approval"] == []


@pytest.mark.parametrize("text, when, agency", [
    # (near-misses: the body holds the ceremony, grants, names places, approves, sets up an area)
    ("工业和信息化部16日举行授牌仪式，为首批10家国家级工业设计中心授牌。", "2027-06-16", "MIIT"),
    ("工业和信息化部16日向中国电信、中国移动、中国联通发放5G-A商用牌照。", "2027-06-16", "MIIT"),
    ("工业和信息化部确定北京等10个城市为首批试点城市，给予专项资金支持。", None, "MIIT"),
    ("国务院近日批复同意设立福州新区，福州新区由此成为第19个国家级新区。", None, "State Council"),
    ("国务院6月批复同意江苏省设立南京江北新区（国家级新区）。", "2027-06", "State Council"),
    ("国务院日前批复《长江中游城市群发展规划（2027—2035年）》，要求湖北、湖南、江西三省加快推进。", None, "State Council"),
    # (a past act dated by its year or month: an event, see the module docstring)
    ("2019年，工业和信息化部确定深圳为首批5G应用试点城市。", "2019", "MIIT"),
    ("工业和信息化部2019年6月向中国电信、中国移动、中国联通、中国广电发放5G商用牌照，我国由此进入5G商用元年。",
     "2019-06", "MIIT"),
])
def test_an_approval_stays(text: str, when: str | None, agency: str) -> None:
    assert _kinds(text) == [("approval", None, when, agency)]


# --- the 各地 drop: bodies a ministry acts with are not the subject ----------------------------------
def test_a_ministry_acting_with_the_provinces_stays() -> None:
    text = "工业和信息化部会同各省级主管部门16日公布了第七批专精特新“小巨人”企业名单。"
    assert _kinds(text) == [("approval", None, "2027-06-16", "MIIT")]
