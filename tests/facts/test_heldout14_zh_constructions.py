"""Chinese event and metric constructions the fourteenth held-out set exposed, one test per
construction, on sentences written for these tests (each group also holds the held-out wording,
reworded into a sentence of its own, and near-misses that must not match).

Events: a body named with a second name in brackets (市场监管总局（国家标准委）…批准发布); a body that
issues a notice after a first act of its own (…对68款App开展专项检测后发布通报); a city as the subject
of its clause (沈阳市近日出台《…》), its government.
Metrics: visitors counted in 人次 are a count (and a flow over their year); half of a whole named
between 占 and 的 (产量占全国的一半以上, 占全省的近一半) is a share; an award's cap right before the figure
(给予最高500万元奖励) is a rule's term, no figure; the 比例 of places a network reaches (行政村通5G比例)
is a coverage rate; a source's 测算, told as its word (中国节能协会测算，…), makes an estimate.
Times: a running total since a year or an event in that year (自2015年…启动以来，…累计投入…) is stated as
of the statement, and its span is not carried to later sentences; the month a document was
issued or a list put up for comment (…去年11月联合印发的《…》) dates that act, not the figures of the
sentences after it; a density goes on reporting the past year its paragraph opened with; the
investment a set of projects involves (涉及投资) is their size as things stand.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events
from metric_helpers import metrics, time_of

PUB = date(2028, 7, 14)
EV_PUB = date(2028, 3, 10)


# --- events: a body with a second name in brackets --------------------------------------------------
@pytest.mark.parametrize("text, type_, when", [
    ("市场监管总局（国家标准委）3月5日批准发布强制性国家标准《电动平衡车安全技术规范》（GB 41203—2028）。",
     "standard_release", "2028-03-05"),
    ("国家发展改革委（国家能源局）2月26日印发《关于加快推进新型储能发展的实施意见》。", "document_issued", "2028-02-26"),
    ("市场监管总局（国家标准委）近日发布公告，批准发布《家用燃气灶具》等86项推荐性国家标准。", "standard_release", None),
    ("工业和信息化部（国家航天局）2月12日正式印发《卫星互联网产业发展行动计划》。", "document_issued", "2028-02-12"),
])
def test_zh_a_body_with_a_bracketed_second_name_acts(text: str, type_: str, when: str | None) -> None:
    assert [(e.type, e.date) for e in events(text, "zh", EV_PUB)] == [(type_, when)]


@pytest.mark.parametrize("text", [
    "市场监管总局（国家标准委）将于下月发布《电动平衡车安全技术规范》。",                  # (ahead)
    "市场监管总局（国家标准委）有关负责人表示，近期将发布《电动平衡车安全技术规范》。",    # (a speaker)
    "中国电子技术标准化研究院（工业和信息化部电子第四研究所）发布《智能穿戴白皮书》。",    # (an institute)
])
def test_zh_no_act_of_a_body_with_a_second_name(text: str) -> None:
    assert events(text, "zh", EV_PUB) == []


# --- events: an act after a first act of the same body ----------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("工业和信息化部去年11月对52款智能门锁App开展专项检测后发布通报，点名9款违规App。", "2027-11"),
    ("工业和信息化部2月在广泛征求意见后正式印发《工业互联网标识管理办法》。", "2028-02"),
    ("国家发展改革委1月经国务院同意后印发《关于促进民营投资的若干措施》。", "2028-01"),
    ("市场监管总局今年1月在完成合规评估后发布《网络交易平台规则监督管理办法》。", "2028-01"),
])
def test_zh_an_act_after_a_first_act_is_the_bodys(text: str, when: str) -> None:
    found = events(text, "zh", EV_PUB)
    assert [(e.type, e.date) for e in found] == [("document_issued", when)]


@pytest.mark.parametrize("text", [
    "工业和信息化部将在完成专项检测后发布通报。",                      # (ahead)
    "工业和信息化部对违规企业约谈后，涉事企业发布整改公告。",        # (another subject after the comma)
    "工业和信息化部去年11月对52款智能门锁App开展专项检测，涉及用户超过3000万。",  # (no issuing)
])
def test_zh_no_act_after_a_first_act(text: str) -> None:
    assert [e for e in events(text, "zh", EV_PUB) if e.type == "document_issued"] == []


# --- events: a city as the subject of its clause ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "沈阳市近日出台《沈阳市加快机器人产业发展若干政策措施》，对首台产品给予奖励。",
    "苏州市日前印发《苏州市智能制造三年行动计划（2028—2030年）》。",
    "我市近日出台《关于支持低空经济高质量发展的若干措施》。",
    "宁波市3月2日发布通知，对新购工业机器人给予补贴。",
])
def test_zh_a_city_acting_is_its_government(text: str) -> None:
    found = events(text, "zh", EV_PUB)
    assert [(e.type, e.agency) for e in found] == [("document_issued", "local government")]


@pytest.mark.parametrize("text", [
    "全市近日出台《若干措施》的企业超过200家。",          # (the whole city: no body)
    "不少城市近日出台《汽车消费补贴办法》。",              # (cities, unnamed)
    "沈阳市委近日印发《关于加强基层治理的意见》。",        # (the party committee)
    "沈阳市将于下月出台《机器人产业发展若干措施》。",      # (ahead)
    "各市近日出台《若干措施》。",                          # (each city)
])
def test_zh_no_city_acting(text: str) -> None:
    assert events(text, "zh", EV_PUB) == []


# --- metrics: visitors counted in 人次 -------------------------------------------------------------------
@pytest.mark.parametrize("text, value, when", [
    ("2027年，国家工业遗产所在地共接待游客约1.2亿人次，同比增长18.4%。", 1.2e8, "2027"),
    ("2027年，全省工业旅游景区接待游客3600万人次。", 3.6e7, "2027"),
    ("今年上半年，示范基地共接待研学学生85万人次。", 8.5e5, "2028-01/2028-06"),
])
def test_zh_person_visits_are_a_count_over_their_span(text: str, value: float, when: str) -> None:
    found = [m for m in metrics(text, "zh", PUB) if m.unit == "count"]
    assert [(m.value, m.measure, m.period) for m in found] == [(value, "level", when)]


@pytest.mark.parametrize("text", [
    "今年以来，工业和信息化部召开专题会议12次。",     # (occasions)
    "该平台已累计迭代升级8次。",                        # (times something was done)
])
def test_zh_occasions_stay_no_count(text: str) -> None:
    assert metrics(text, "zh", PUB) == []


# --- metrics: half of a whole named between 占 and 的 -------------------------------------------------
@pytest.mark.parametrize("text, qualifier", [
    ("目前，深圳市产量占全国的一半以上。", "ge"),
    ("汽车制造业机器人应用量占全省的近一半。", "approx"),
    ("长三角地区集成电路产值占全国的一半。", "eq"),
    ("民营企业出口额占全市的一半以上。", "ge"),
])
def test_zh_half_of_a_named_whole_is_a_share(text: str, qualifier: str) -> None:
    found = metrics(text, "zh", PUB)
    assert [(m.value, m.unit, m.measure, m.qualifier) for m in found] == [(50.0, "percent", "share", qualifier)]


@pytest.mark.parametrize("text", [
    "受需求下滑影响，企业利润减少了一半。",        # (halved: no share)
    "一半以上的企业已完成数字化改造。",            # (no 占)
])
def test_zh_half_without_a_whole_is_no_share(text: str) -> None:
    assert [m for m in metrics(text, "zh", PUB) if m.measure == "share"] == []


# --- metrics: an award's cap -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "沈阳市近日出台《若干政策措施》，对首台（套）机器人产品给予最高500万元奖励。",
    "对新认定的国家级智能工厂，给予最高1000万元的一次性奖励。",
    "按设备投资额的10%给予最高2000万元补助。",
])
def test_zh_an_awards_cap_is_no_figure(text: str) -> None:
    assert [m for m in metrics(text, "zh", PUB) if m.unit == "CNY"] == []


@pytest.mark.parametrize("text, value", [
    ("2027年，全省共发放智能制造奖励资金5.2亿元。", 5.2e8),                # (money paid out)
    ("其中，奖励金额最高的企业获得资金3000万元。", 3e7),                     # (最高 not before the figure)
])
def test_zh_awards_paid_stay(text: str, value: float) -> None:
    assert [m.value for m in metrics(text, "zh", PUB) if m.unit == "CNY"] == [value]


# --- metrics: a coverage 比例 is a rate ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "截至4月末，全国行政村通5G比例超过95%。",
    "到2029年，行政村通千兆光网比例超过90%。",
    "全省自然村通光纤比例达到98.6%。",
    "截至2027年底，农村地区宽带覆盖比例达到99%。",
])
def test_zh_a_coverage_ratio_is_a_rate(text: str) -> None:
    assert [m.measure for m in metrics(text, "zh", PUB)] == ["rate"]


@pytest.mark.parametrize("text", [
    "全行业电炉熔炼比例达到63.5%。",
    "5G用户比例达到72%。",
    "新建大型数据中心绿色电力使用比例不低于80%。",
])
def test_zh_other_ratios_stay_shares(text: str) -> None:
    assert [m.measure for m in metrics(text, "zh", PUB)] == ["share"]


# --- metrics: a source's 测算 -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "中国节能协会测算，2027年我国节能服务产业总产值为6850亿元，同比增长9.1%。",
    "中国汽车工业协会测算，2027年全国汽车后市场规模为2.1万亿元。",
    "中国信息通信研究院测算：2027年我国数字经济规模为62.1万亿元。",
])
def test_zh_a_sources_reckoning_is_an_estimate(text: str) -> None:
    found = metrics(text, "zh", PUB)
    assert found and {m.status for m in found} == {"estimate"}


@pytest.mark.parametrize("text", [
    "中国节能协会统计，2027年我国节能服务产业总产值为6850亿元。",      # (counted: actual)
    "协会完善了测算方法。2027年节能服务产业总产值为6850亿元。",          # (the method, another sentence)
    "若按上年不变价测算，2027年电信业务总量同比增长9.3%。",              # (a method of reckoning)
    "按可比价格测算，2027年全省工业增加值同比增长6.1%。",
])
def test_zh_a_sources_count_stays_actual(text: str) -> None:
    assert {m.status for m in metrics(text, "zh", PUB)} == {"actual"}


# --- times: a running total since a year --------------------------------------------------------------------
@pytest.mark.parametrize("text, values", [
    ("自2015年电信普遍服务试点启动以来，中央财政和基础电信企业累计投入超过800亿元。", [8e10]),
    ("据介绍，自2019年启动以来，工业节能诊断服务累计为超过2.6万家企业提供诊断服务，提出节能改造建议4.8万余条。",
     [26000, 48000]),
    ("2021年以来，全国累计公告钢铁产能置换项目168个。", [168]),
    ("从2020年首批试点开展以来，累计建成智能工厂1200家。", [1200]),
])
def test_zh_a_running_total_since_a_year_is_as_of_the_statement(text: str, values: list[float]) -> None:
    found = metrics(text, "zh", PUB)
    assert [(m.value, m.period, m.as_of) for m in found] == [(v, None, "2028-07") for v in values]


@pytest.mark.parametrize("text, when", [
    ("自2020年以来，全国新建5G基站120万个。", "2020/2028"),                 # (no running total: a span)
    ("2020年起，全省新建5G基站12万个。", "2020/2028"),                      # (a start, no 以来)
])
def test_zh_a_span_since_a_year_without_a_running_total_stays(text: str, when: str) -> None:
    assert [m.period for m in metrics(text, "zh", PUB)] == [when]


def test_zh_a_running_totals_span_is_not_carried() -> None:
    text = ("自2019年启动以来，工业节能诊断服务累计为超过2.6万家企业提供诊断服务。"
            "其中，江苏、浙江、山东三省接受诊断的企业数量分别为2860家、2410家和2150家。")
    assert {time_of(m) for m in metrics(text, "zh", PUB)} == {"2028-07"}


# --- times: the month a document was issued dates that act -----------------------------------------------
@pytest.mark.parametrize("text", [
    "国家发展改革委、工业和信息化部等部门去年11月联合印发的《工业园区能源审计指南》提出更高要求。"
    "首批完成能源审计的园区共86个，涉及投资约410亿元。",
    "本批名单已于去年11月在部门户网站进行公示。首批完成能源审计的园区共86个，涉及投资约410亿元。",
    "《指南》2027年9月修订印发。首批完成能源审计的园区共86个，涉及投资约410亿元。",
])
def test_zh_an_acts_month_is_not_carried(text: str) -> None:
    assert [time_of(m) for m in metrics(text, "zh", PUB)] == ["2028-07", "2028-07"]


def test_zh_a_month_opening_its_sentence_is_still_carried() -> None:
    text = "11月，全省规模以上工业增加值同比增长5.2%。其中，制造业增加值同比增长6.1%。"
    assert [time_of(m) for m in metrics(text, "zh", PUB)] == ["2027-11", "2027-11"]


# --- times: a density going on reporting a past year -------------------------------------------------------
def test_zh_a_density_after_a_past_year_is_of_it() -> None:
    text = ("2027年，全省机器人产业营业收入612.4亿元，同比增长16.8%。其中，沈阳、大连两市分别为388.6亿元和146.2亿元。"
            "全省制造业机器人密度达到每万名工人412台。")
    found = [m for m in metrics(text, "zh", date(2028, 4, 21)) if m.measure == "density"]
    assert [time_of(m) for m in found] == ["2027-12"]


def test_zh_a_density_now_stays_now() -> None:
    text = "2027年，全省机器人产业营业收入612.4亿元。目前，全省制造业机器人密度已达到每万名工人430台。"
    found = [m for m in metrics(text, "zh", date(2028, 4, 21)) if m.measure == "density"]
    assert [time_of(m) for m in found] == ["2028-04"]


# --- times: the investment a set of projects involves ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "首批完成能源审计的园区识别节能改造项目1320个，涉及投资约410亿元。",
    # (after a goal for the year still running: no period of that year)
    "今年将面向1200家企业开展诊断。首批完成能源审计的园区识别节能改造项目1320个，涉及投资约410亿元。",
    "今年计划完成诊断企业1200家。已诊断企业提出改造项目860个，涉及投资约95亿元。",
])
def test_zh_project_investment_is_a_stock(text: str) -> None:
    found = [m for m in metrics(text, "zh", PUB) if m.unit == "CNY"]
    assert [(m.period, m.as_of) for m in found] == [(None, "2028-07")]


def test_zh_investment_made_over_a_year_stays_a_flow() -> None:
    found = metrics("2027年，全省重点项目完成投资1200亿元。", "zh", PUB)
    assert [(m.period, m.as_of) for m in found] == [("2027", None)]


def test_zh_entrants_after_a_lists_notice_month_are_the_lists() -> None:
    text = ("1月12日，工业和信息化部公布第七批国家工业遗产名单，52个项目入选。本批名单已于去年11月在部门户网站进行公示。"
            "从行业分布看，入选项目中冶金、机械和纺织类分别为12个、9个和7个。")
    found = metrics(text, "zh", date(2028, 1, 14))
    assert [(m.value, m.period) for m in found] == [(52, "2028-01"), (12, "2028-01"), (9, "2028-01"), (7, "2028-01")]
