"""Chinese event and metric constructions the nineteenth held-out set exposed, one test per
construction, on sentences written for these tests (each group also holds the held-out wording,
reworded into a sentence of its own, and near-misses that must not match).

Time: a span since a month (自去年11月开榨以来，截至2月底 / 2032年11月以来: from that month to the 截至
month, else to the statement's); the periods of a 分别 list are a list themselves (今年以来，…，1—8月…分别下降
37.5%和42.9%: the aside's 今年以来 dates neither).
Measures: entrants a notice names after 确定 (确定186家示范企业、43个示范项目…: additions, each item
of the list, and the breakdown after them); the units that did something named first (其中通过…评估的
企业超过三成: a rate).
Metrics: a region's share of a whole named right before the percentage (集聚了全国近七成的硅片产能);
the bound a group's members pass, their count after their noun (培育年产糖50万吨以上的企业集团3家: no tonnage).
Events: a 行动计划 named again as 该计划 (该计划征求意见稿曾于去年11月向社会公开征求意见); a press
conference of the National Administration of Traditional Chinese Medicine (同日，国家中医药管理局举行新闻发布会).
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events
from metric_helpers import metrics, time_of

PUB = date(2033, 3, 17)


# --- time: a span since a month -------------------------------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("发布会介绍，2032/33年榨季自去年11月开榨以来，截至2月底，全区累计入榨甘蔗5286万吨，同比增长4.2%。",
     "2032-11/2033-02"),
    ("本榨季自去年12月开榨以来，截至2月末，全省累计产糖120万吨。", "2032-12/2033-02"),
    ("自今年1月以来，截至2月底，全市累计完成投资50亿元。", "2033-01/2033-02"),
    ("自2032年10月项目启动以来，截止2033年1月底，累计生产电池120万只。", "2032-10/2033-01"),
])
def test_zh_a_span_since_a_month_up_to_a_month_end(text: str, span: str) -> None:
    found = metrics(text, "zh", PUB)
    assert found and {time_of(m) for m in found} == {span}


@pytest.mark.parametrize("text, span", [
    ("去年11月以来，全区累计入榨甘蔗5286万吨。", "2032-11/2033-03"),            # (up to the statement)
    ("2032年11月以来，全区累计入榨甘蔗5286万吨。", "2032-11/2033-03"),
    ("自今年1月份以来，全省累计出口汽车12万辆。", "2033-Q1"),
])
def test_zh_a_span_since_a_month_up_to_the_statement(text: str, span: str) -> None:
    assert [time_of(m) for m in metrics(text, "zh", PUB)] == [span]


@pytest.mark.parametrize("text, when", [
    ("截至2月底，全区累计入榨甘蔗5286万吨。", "2033-02"),                      # (no since: a stock's date)
    ("去年11月，全区入榨甘蔗800万吨。", "2032-11"),                            # (a month, no 以来)
    ("自去年11月起，全区入榨甘蔗800万吨。", "2032-11"),                        # (起: a start, no span)
])
def test_zh_no_span_since_a_month(text: str, when: str) -> None:
    assert [time_of(m) for m in metrics(text, "zh", PUB)] == [when]


def test_zh_a_seasons_span_carries_to_the_paragraphs_figures() -> None:
    text = ("2032/33年榨季自去年11月开榨以来，截至2月底，全区累计入榨甘蔗5286万吨，同比增长4.2%；"
            "产混合糖664.5万吨，同比增长6.7%。崇左、来宾两市产糖量分别为182.3万吨和96.8万吨。")
    assert {time_of(m) for m in metrics(text, "zh", PUB)} == {"2032-11/2033-02"}


# --- time: the periods of a 分别 list are a list -----------------------------------------------
@pytest.mark.parametrize("text", [
    "今年以来，全省烟花爆竹行业未发生较大以上生产安全事故，1—8月事故起数和死亡人数同比分别下降37.5%和42.9%。",
    "今年以来，全省未发生重大事故，1—8月事故起数和受伤人数同比分别下降20%和30%。",
])
def test_zh_an_aside_period_does_not_date_a_respectively_list(text: str) -> None:
    found = metrics(text, "zh", date(2032, 9, 16))
    assert [time_of(m) for m in found] == ["2032-01/2032-08", "2032-01/2032-08"]


@pytest.mark.parametrize("text, periods", [
    ("5月、6月，全省规上工业增加值增速分别为12.2%和13.4%。", ["2032-05", "2032-06"]),
    ("2030年和2031年，全省产量分别为5万吨和6万吨。", ["2030", "2031"]),
])
def test_zh_listed_periods_still_date_a_respectively_list(text: str, periods: list[str]) -> None:
    assert [time_of(m) for m in metrics(text, "zh", date(2032, 9, 16))] == periods


# --- measures: entrants a notice names after 确定 ----------------------------------------------
_NOTICE = "8月11日，工业和信息化部办公厅印发《关于公布第七批服务型制造示范名单的通知》，"


@pytest.mark.parametrize("clause, values", [
    ("确定186家示范企业、43个示范项目、37个示范平台和12个示范城市。", [186.0, 43.0, 37.0, 12.0]),
    ("确定了52家试点企业和18个试点园区。", [52.0, 18.0]),
    ("确定30家标杆企业。", [30.0]),
])
def test_zh_entrants_a_notice_names_are_additions(clause: str, values: list[float]) -> None:
    found = metrics(_NOTICE + clause, "zh", date(2032, 8, 13))
    assert [(m.value, m.measure) for m in found] == [(v, "additions") for v in values]


def test_zh_the_breakdown_of_named_entrants_is_additions() -> None:
    text = (_NOTICE + "确定186家示范企业、43个示范项目。其中，示范企业中来自东部地区的有109家，"
            "来自中西部和东北地区的有77家。")
    found = metrics(text, "zh", date(2032, 8, 13))
    assert [(m.value, m.measure) for m in found] == [(186.0, "additions"), (43.0, "additions"),
                                                   (109.0, "additions"), (77.0, "additions")]


@pytest.mark.parametrize("text", [
    "方案确定了3个重点方向和12家企业。",               # (no programme's entrants)
    "全国已确定186家示范企业。",                        # (已确定: so far, a stock)
])
def test_zh_no_entrants_named(text: str) -> None:
    assert {m.measure for m in metrics(text, "zh", date(2032, 8, 13)) if m.unit == "count"} <= {"level"}


def test_zh_an_item_after_what_places_do_keeps_its_own_measure() -> None:
    # (the words before the 、 tell what the places counted do, no noun of the count before: the
    # next count is not read as one more entrant of the list)
    text = "日前，两部门联合印发《关于开展第十批电信普遍服务试点工作的通知》，本批试点共支持5200个行政村开展千兆光网升级、860个行政村补齐网络覆盖短板。"
    assert [m.measure for m in metrics(text, "zh", date(2032, 8, 13)) if m.value == 860.0] == ["level"]


# --- measures: the units that did something, named first ------------------------------------------
@pytest.mark.parametrize("text", [
    "目前，全国共有中药生产企业4620家，其中通过智能制造能力成熟度二级以上评估的企业超过三成。",
    "全省已开展数字化改造的规上企业约为60%。",
    "其中实现上云的中小企业超过45%。",
])
def test_zh_units_that_did_something_are_a_rate(text: str) -> None:
    found = [m for m in metrics(text, "zh", date(2032, 11, 19)) if m.unit == "percent"]
    assert [m.measure for m in found] == ["rate"]


@pytest.mark.parametrize("text", [
    "其中东部地区的企业超过三成。",                      # (units by where they are: a share)
    "其中来自东部地区的企业约为60%。",
    "其中开展数字化改造的企业占比超过40%。",             # (占比: a share by the session-17 rule)
])
def test_zh_units_by_what_they_are_stay_a_share(text: str) -> None:
    found = [m for m in metrics(text, "zh", date(2032, 11, 19)) if m.unit == "percent"]
    assert [m.measure for m in found] == ["share"]


# --- metrics: a share of a whole named right before the percentage --------------------------------
@pytest.mark.parametrize("text, value", [
    ("长三角地区集聚了全国近七成的硅片产能。", 70.0),
    ("长三角集中了全国60%的集成电路产能。", 60.0),
    ("该省贡献了全球约三成的稀土产量。", 30.0),
])
def test_zh_a_share_of_a_whole_named_before(text: str, value: float) -> None:
    found = [m for m in metrics(text, "zh", date(2032, 10, 22)) if m.unit == "percent"]
    assert [(m.value, m.measure) for m in found] == [(value, "share")]


@pytest.mark.parametrize("text", [
    "该公司拥有30%的股份。",                              # (owned: a modifier)
    "该企业降低了30%的能耗。",
])
def test_zh_no_whole_named_stays_dropped(text: str) -> None:
    assert [m for m in metrics(text, "zh", date(2032, 10, 22)) if m.unit == "percent"] == []


# --- metrics: the bound a group's members pass, their count after their noun ----------------------
@pytest.mark.parametrize("text", [
    "提出到2035年，糖业全产业链产值突破1500亿元，培育年产糖50万吨以上的企业集团3家。",
    "培育年产能100万吨以上的钢铁企业5家。",
    "到2035年，培育营业收入超过100亿元的龙头企业10家。",
])
def test_zh_a_members_bound_before_their_count_is_no_figure(text: str) -> None:
    found = metrics(text, "zh", PUB)
    assert [m for m in found if m.unit in ("tonne",) or (m.unit == "CNY" and m.value == 1e10)] == []


@pytest.mark.parametrize("text, value", [
    ("2032年，全区产糖664.5万吨。", 6645000.0),                 # (no members after)
    ("到2035年，年产糖能力达到800万吨的目标基本实现。", 8000000.0),   # (的 then no count: kept)
])
def test_zh_tonnages_without_members_counted_after(text: str, value: float) -> None:
    assert [m.value for m in metrics(text, "zh", PUB) if m.unit == "tonne"] == [value]


# --- events --------------------------------------------------------------------------------------
_PLAN = "今年3月，工业和信息化部会同国家发展改革委等八部门联合印发《服务型制造高质量发展行动计划（2032—2035年）》。"


@pytest.mark.parametrize("sentence, when", [
    ("该计划征求意见稿曾于去年11月向社会公开征求意见，共收到意见建议410余条。", "2031-11"),
    ("此计划征求意见稿于今年1月面向社会公开征求意见。", "2032-01"),
    ("该计划征求意见稿已于去年12月公开征求意见。", "2031-12"),
])
def test_zh_a_plans_past_consultation_named_again(sentence: str, when: str) -> None:
    # (taken by the bodies that issued the plan, the first of them the MIIT)
    found = [(e.date, e.agency.split("; ")[0]) for e in events(_PLAN + sentence, "zh", date(2032, 8, 13))
             if e.subtype == "public_consultation"]
    assert found == [(when, "MIIT")]


@pytest.mark.parametrize("sentence", [
    "该计划将于今年9月向社会公开征求意见。",              # (ahead)
    "该计划提出，到2035年示范企业服务收入占比超过35%。",  # (no consultation)
])
def test_zh_no_plans_past_consultation(sentence: str) -> None:
    found = [e for e in events(_PLAN + sentence, "zh", date(2032, 8, 13)) if e.subtype == "public_consultation"]
    assert found == []


_NATCM = "National Administration of Traditional Chinese Medicine"


@pytest.mark.parametrize("text, when", [
    ("本报北京11月18日电　国家中医药管理局、工业和信息化部等五部门18日联合印发《中药工业高质量发展行动方案》。"
     "同日，国家中医药管理局举行新闻发布会。", "2032-11-18"),
    ("18日，国家中医药管理局举行新闻发布会。", "2032-11-18"),
    ("国家中医药局18日举行“推动中药工业高质量发展”新闻发布会。", "2032-11-18"),
])
def test_zh_a_press_conference_of_the_tcm_administration(text: str, when: str) -> None:
    found = [(e.date, e.agency) for e in events(text, "zh", date(2032, 11, 19)) if e.type == "press_conference"]
    assert found == [(when, _NATCM)]


def test_zh_the_tcm_administration_leads_a_joint_issue() -> None:
    text = "国家中医药管理局、工业和信息化部、国家药监局等五部门18日联合印发《中药工业高质量发展行动方案》。"
    found = [e for e in events(text, "zh", date(2032, 11, 19)) if e.type == "document_issued"]
    assert [e.agency.split("; ")[0] for e in found] == [_NATCM]


def test_zh_a_tcm_association_holds_no_press_conference() -> None:
    text = "18日，中华中医药学会举行新闻发布会。"
    assert [e for e in events(text, "zh", date(2032, 11, 19)) if e.type == "press_conference"] == []
