"""Chinese event and metric constructions the twelfth held-out set exposed, one test per
construction, on sentences written for these tests (each group also holds the held-out wording,
reworded into a sentence of its own, and near-misses that must not match).

Events: a campaign set going without quotes (五部门启动2026年新能源汽车下乡活动); a standard approved in
the passive with its time before the agent (…国家标准已于今年4月由市场监管总局批准发布), and no modal read
in the title just before (《…安全通用要求》); the final text compared with its draft (与今年6月公开征求
意见的版本相比) as the consultation of the document just told; a statistics bulletin named without 《》
as the title of a data release said to be recent (日前发布的2026年通信业统计公报显示); a city approved to
become a 名城 (批复同意福州市创建中国软件特色名城).
Metrics: 万兆 (ten-gigabit) is no figure; 已有96.3%的乡镇建成… is a rate, not a modifier; places
counted as a list's entrants (18个城市和56家企业入选) and 入围 as additions; 含本批次 marks a running
total; breakdown sentences (分区域看, 分省份看, 从地区看) take the time of the figures just reported;
the entrants of a list published on a day are added that month; the 都 of 成都 is no "both".
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events, only as only_event
from metric_helpers import metrics

PUB = date(2026, 7, 31)


# --- events: a campaign set going, named without quotes --------------------------------------------
@pytest.mark.parametrize("text, when, title", [
    ("6月，工业和信息化部等五部门启动2026年新能源汽车下乡活动，参与活动的车型共126款。", "2026-06", "2026年新能源汽车下乡活动"),
    ("7月15日，商务部启动2026年全国消费促进月活动。", "2026-07-15", "2026年全国消费促进月活动"),
    ("今年4月，市场监管总局启动实施电动自行车质量安全专项行动。", "2026-04", "电动自行车质量安全专项行动"),
])
def test_zh_a_campaign_started_without_quotes_is_a_plan_announced(text: str, when: str, title: str) -> None:
    e = only_event(text, "zh", PUB)
    assert (e.type, e.date, e.title) == ("plan_announced", when, title)


@pytest.mark.parametrize("text", [
    "工业和信息化部将于下月启动新能源汽车下乡活动。",      # (future)
    "京东近日启动家电以旧换新促销活动。",                  # (a company)
    "6月，工业和信息化部启动了一系列活动。",               # (a number of them, unnamed)
    "工业和信息化部启动新能源汽车下乡活动以来，销量增长明显。",  # (a time clause)
    "6月，工业和信息化部启动新能源汽车下乡活动方案编制工作。",  # (not the campaign itself)
])
def test_zh_no_campaign_started(text: str) -> None:
    assert [e for e in events(text, "zh", PUB) if e.type == "plan_announced"] == []


# --- events: a standard approved in the passive ------------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("在安全方面，《电动汽车充电设施安全通用要求》强制性国家标准已于今年4月由市场监管总局（国家标准委）批准发布，"
     "将于2026年10月1日起实施。", "2026-04"),
    ("《电动自行车用锂离子蓄电池安全技术规范》国家标准已于3月由市场监管总局批准发布。", "2026-03"),
    ("《数据中心能效限定值及能效等级要求》强制性国家标准由市场监管总局于5月批准发布。", "2026-05"),
])
def test_zh_a_standard_approved_with_its_time_before_the_agent(text: str, when: str) -> None:
    e = only_event(text, "zh", PUB)
    assert (e.type, e.date, e.agency.split("; ")[0]) == ("standard_release", when, "SAMR")


@pytest.mark.parametrize("text", [
    "《电动汽车充电设施安全通用要求》强制性国家标准将于今年10月由市场监管总局批准发布。",
    "市场监管总局要求尽快发布电动汽车充电设施安全标准。",
])
def test_zh_no_standard_approved(text: str) -> None:
    assert [e for e in events(text, "zh", PUB) if e.type == "standard_release"] == []


# --- events: the final text compared with its draft ----------------------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("工业和信息化部26日发布《钢铁行业产能置换实施办法（2026年修订）》。与今年6月公开征求意见的版本相比，《办法》进一步"
     "收紧了置换比例。", "2026-06", "MIIT"),
    ("国家发展改革委10日印发《关于完善储能价格机制的通知》。较今年3月面向社会征求意见的稿子，正式稿新增了两条措施。",
     "2026-03", "NDRC"),
    ("工业和信息化部28日印发《工业互联网平台管理办法》。相较于5月公开征求意见的版本，《办法》删去了备案要求。",
     "2026-05", "MIIT"),
])
def test_zh_the_draft_compared_with_is_the_documents_consultation(text: str, when: str, agency: str) -> None:
    found = [e for e in events(text, "zh", PUB) if e.subtype == "public_consultation"]
    assert [(e.date, e.agency) for e in found] == [(when, agency)]


@pytest.mark.parametrize("text", [
    "与今年6月公开征求意见的版本相比，新规收紧了置换比例。",      # (no document told before)
    "工业和信息化部26日发布《钢铁行业产能置换实施办法》。业内人士认为，与征求意见稿相比变化不大。",  # (no consultation told)
])
def test_zh_no_consultation_without_a_document_and_a_draft_put_out(text: str) -> None:
    assert [e for e in events(text, "zh", PUB) if e.subtype == "public_consultation"] == []


# --- events: a statistics bulletin named without 《》 ---------------------------------------------------
@pytest.mark.parametrize("text, title", [
    ("工业和信息化部日前发布的2026年通信业统计公报显示，截至2026年底，我国千兆用户达2.31亿户。", "2026年通信业统计公报"),
    ("国家统计局近日发布的2025年国民经济和社会发展统计公报显示，全年粗钢产量10亿吨。", "2025年国民经济和社会发展统计公报"),
    ("工业和信息化部日前公布的2026年1—5月通信业经济运行情况显示，电信业务收入增长5%。", "2026年1—5月通信业经济运行情况"),
])
def test_zh_a_recent_bulletin_named_is_a_titled_data_release(text: str, title: str) -> None:
    e = only_event(text, "zh", PUB)
    assert (e.type, e.subtype, e.date, e.title) == ("other", "data_release", None, title)


def test_zh_recent_data_with_no_name_stays_unread() -> None:
    assert events("工业和信息化部日前发布的数据显示，电信业务收入增长5%。", "zh", PUB) == []


# --- events: a city approved to become a 名城 --------------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("日前，工业和信息化部批复同意福州市创建中国软件特色名城（工信部信发函〔2027〕61号）。", None),
    ("工业和信息化部3月批复同意苏州市创建中国软件名城。", "2026-03"),
])
def test_zh_a_city_approved_to_become_a_mingcheng(text: str, when: str | None) -> None:
    e = only_event(text, "zh", PUB)
    assert (e.type, e.date, e.agency) == ("approval", when, "MIIT")


@pytest.mark.parametrize("text", [
    "福州是国家历史文化名城，软件产业基础雄厚。",
    "福州市将申请创建中国软件名城。",
])
def test_zh_no_approval_of_a_mingcheng(text: str) -> None:
    assert events(text, "zh", PUB) == []


# --- metrics: 万 opening a word ---------------------------------------------------------------------
@pytest.mark.parametrize("text, values", [
    ("到2028年底，试点城市万兆光网覆盖家庭超过5000万户。", [50000000]),
    ("工业和信息化部公布首批万兆光网试点名单，56家企业入选。", [56]),
    ("万物互联设备数量超过1亿台。", [100000000]),
    ("全省数字经济规模突破万亿元。", [1e12]),   # (a magnitude with its unit stays a figure)
])
def test_zh_wan_opening_a_word_is_no_figure(text: str, values: list[float]) -> None:
    assert [m.value for m in metrics(text, "zh", PUB)] == values


# --- metrics: the share of a whole that has or does something ----------------------------------------
@pytest.mark.parametrize("text, value, qualifier", [
    ("全国已有96.3%的乡镇建成充电设施。", 96.3, "eq"),
    ("全省已有85%的规上工业企业开展数字化改造。", 85, "eq"),
    ("目前约有60%的行政村开通了5G网络。", 60, "approx"),
])
def test_zh_a_share_of_those_that_have_is_a_rate(text: str, value: float, qualifier: str) -> None:
    assert [(m.value, m.measure, m.qualifier) for m in metrics(text, "zh", PUB)] == [(value, "rate", qualifier)]


@pytest.mark.parametrize("text", [
    "该公司拥有30%的股份。",
    "企业享有15%的税收优惠。",
    "新工艺可降低20%的能耗。",
])
def test_zh_a_percent_modifier_stays_out(text: str) -> None:
    assert metrics(text, "zh", PUB) == []


# --- metrics: places and firms admitted to a list ------------------------------------------------------
@pytest.mark.parametrize("text, values", [
    ("北京、上海、杭州等18个城市和56家企业入选，试点期为两年。", [18, 56]),
    ("共有12个省份入围。", [12]),
    ("共有1286家企业入围，公示期为7天。", [1286]),
])
def test_zh_entrants_of_a_list_are_additions(text: str, values: list[float]) -> None:
    found = metrics(text, "zh", PUB)
    assert [(m.value, m.measure) for m in found] == [(v, "additions") for v in values]


@pytest.mark.parametrize("text", ["覆盖全国31个省份。", "项目涉及18个城市。"])
def test_zh_places_covered_stay_out(text: str) -> None:
    assert metrics(text, "zh", PUB) == []


def test_zh_a_total_including_this_batch_is_a_level() -> None:
    found = metrics("截至目前，全省累计培育专精特新中小企业6542家（含本批次拟认定企业）。", "zh", date(2026, 9, 25))
    assert [(m.value, m.measure, m.as_of) for m in found] == [(6542, "level", "2026-09")]


def test_zh_a_batch_counted_stays_additions() -> None:
    assert [m.measure for m in metrics("本批次共认定企业120家。", "zh", PUB)] == ["additions"]


# --- metrics: the time of a breakdown ----------------------------------------------------------------
@pytest.mark.parametrize("text, published, times", [
    ("截至2026年10月底，全国二级节点412个。\n\n分区域看，长三角、珠三角两地二级节点数量分别为137个和86个。",
     date(2026, 12, 4), [(None, "2026-10")] * 3),
    ("上半年，全国新增充电桩50万个。\n\n分省份看，山东、河南两省充电设施数量分别为38.2万个和31.5万个。",
     date(2026, 7, 31), [("2026-01/2026-06", None), (None, "2026-06"), (None, "2026-06")]),
    ("2026年，全国千兆用户增长20%。\n\n从地区看，广东、江苏两省千兆用户分别达到2203万户和1862万户。",
     date(2027, 3, 20), [("2026", None), (None, "2026-12"), (None, "2026-12")]),
    ("1—8月，全省软件业务收入增长10%。\n\n分地区看，甲、乙两市软件业务收入分别为800亿元和100亿元。",
     date(2026, 9, 25), [("2026-01/2026-08", None)] * 3),
])
def test_zh_a_breakdown_takes_the_time_just_reported(text: str, published: date, times: list) -> None:
    assert [(m.period, m.as_of) for m in metrics(text, "zh", published)] == times


def test_zh_a_share_of_a_flow_broken_down_keeps_the_period() -> None:
    text = "1—10月，全国工业炸药产量增长5%。\n\n分地区看，甲、乙两省区产量合计占全国总量的35.4%。"
    assert [(m.value, m.period) for m in metrics(text, "zh", date(2026, 11, 24))] == [
        (5, "2026-01/2026-10"), (35.4, "2026-01/2026-10")]


def test_zh_no_breakdown_opening_keeps_the_statement_month() -> None:
    text = "截至2026年10月底，全国二级节点412个。\n\n长三角二级节点数量为137个。"
    assert [m.as_of for m in metrics(text, "zh", date(2026, 12, 4))] == ["2026-10", "2026-12"]


# --- metrics: entrants of a list published on a day ---------------------------------------------------
@pytest.mark.parametrize("text, published, period", [
    ("工业和信息化部2027年1月20日公布首批万兆光网试点名单，56家企业入选。", date(2027, 2, 10), "2027-01"),
    # (an approval of projects is a level since session 18: test_conventions_s18b.py)
    ("工业和信息化部18日公布第三批智慧化工园区试点示范名单，32家园区入选。", date(2026, 11, 19), "2026-11"),
    # (PUBLISHED unknown: the day's own year)
    ("工业和信息化部2027年1月20日公布首批试点名单，56家企业入选。", None, "2027-01"),
])
def test_zh_entrants_of_a_list_published_on_a_day(text: str, published: date | None, period: str) -> None:
    assert [(m.measure, m.period) for m in metrics(text, "zh", published)] == [("additions", period)]


@pytest.mark.parametrize("text, published, period", [
    # (the list's edition year, whether or not it is the day's year)
    ("工业和信息化部3月24日公布2022年度绿色制造名单，共有874家绿色工厂入选。", date(2023, 3, 28), "2022"),
    ("11月19日，省经济和信息化厅公布2024年度绿色制造名单，新增绿色工厂138家。", date(2024, 11, 20), "2024"),
    # (a span of the sentence's own)
    ("工业和信息化部9月24日通报，1—8月新增入选企业56家。", date(2026, 9, 25), "2026-01/2026-08"),
])
def test_zh_a_time_of_the_sentence_outranks_the_day(text: str, published: date, period: str) -> None:
    assert [m.period for m in metrics(text, "zh", published)] == [period]


# --- metrics: the 都 of a city's name -----------------------------------------------------------------
def test_zh_the_du_of_chengdu_is_no_both() -> None:
    found = metrics("其中，成都、绵阳、德阳三市“小巨人”企业分别为276家、58家和41家。", "zh", date(2026, 9, 25))
    assert [m.value for m in found] == [276, 58, 41]


def test_zh_a_real_both_after_chengdu_still_distributes() -> None:
    assert len(metrics("成都、重庆两市汽车产量都超过100万辆。", "zh", PUB)) == 2

