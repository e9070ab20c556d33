"""Metric and event constructions the ninth held-out set exposed, one test per construction, on
sentences written for these tests (not taken from any labelled set).

Events: "standard conditions" (规范条件) issued are a document, not a standard; the draft of a
document just reported ("A draft of the rules was put out for public comment in July") is a
consultation by the document's bodies; a trial a regulator approves ("approved a commercial trial
of …"); a co-acting ministry the body table does not list between the actor and its verb, and the
bracket of an acronym read as the body itself ("Technology (MIIT) on Wednesday approved"); a
notice's own act (现予公布) dated by the signature date at its foot.
Metrics: a robot density carried to later counts of "units" and to bare numbers; the figure a
comparison names with its unit left out ("up from 470 a year earlier", "compared with 51 in the same
period of 2025"); price bounds, per-unit denominators, rule minimums and ampere-hours as no
figures (and 要求不低于, 排名前10家); 不足…的一半 as a share; 撤销N家 as removals; a growth against
a named base year; a rate named as the subject before an appositive; "from about 4% now"; what
the entrants of a list hold; 确定…等N个 as entrants; a change since a plan's end as of the stock's
date; "expect full-year"; a total brought by additions of a named month; a share whose change is
counted "from 2024".
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events, only as only_event
from metric_helpers import metrics, only, reader, time_of

PUB = date(2026, 9, 18)  # a Friday


en, zh = reader("en", PUB), reader("zh", PUB)


_time = time_of


# --- events ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("The industry ministry on Tuesday published revised standard conditions for the cement industry.", "2026-09-15"),
    ("The MIIT on Monday issued new standard conditions for the photovoltaic manufacturing industry.", "2026-09-14"),
    ("China's industry ministry released standard conditions for the lithium battery industry on Wednesday.",
     "2026-09-16"),
])
def test_en_standard_conditions_issued_are_a_document(text: str, when: str) -> None:
    e = only_event(text, "en", PUB)
    assert (e.type, e.date, e.agency) == ("document_issued", when, "MIIT")


def test_en_a_national_standard_released_stays_a_standard() -> None:
    e = only_event("The MIIT on Tuesday released 12 industry standards for the cement industry.", "en", PUB)
    assert e.type == "standard_release"


@pytest.mark.parametrize("text, month, agency", [
    ("The industry ministry on Friday published revised standard conditions for the tyre industry. "
     "A draft of the rules was put out for public comment in May.", "2026-05", "MIIT"),
    ("The Ministry of Industry and Information Technology issued a guideline on Thursday on industrial water saving. "
     "Under the guideline, water use should fall. A draft of the guideline was released for public comment in June.",
     "2026-06", "MIIT"),
    ("The NDRC on Monday issued a plan on recycling wind turbine blades. "
     "A draft version of the plan was put out for public consultation in March.", "2026-03", "NDRC"),
])
def test_en_the_draft_of_a_document_just_reported(text: str, month: str, agency: str) -> None:
    found = [e for e in events(text, "en", PUB) if e.subtype == "public_consultation"]
    assert [(e.date, e.agency) for e in found] == [(month, agency)]


def test_en_a_draft_with_no_document_reported_before_is_no_event() -> None:
    assert events("A draft of the rules was put out for public comment in July.", "en", PUB) == []


@pytest.mark.parametrize("text, when", [
    ("China's Ministry of Industry and Information Technology (MIIT) on Wednesday approved a commercial trial of "
     "direct-to-device satellite services in 12 provinces.", "2026-09-16"),
    ("The MIIT on Monday approved a pilot programme for low-altitude drone logistics in Shenzhen.", "2026-09-14"),
    ("The industry ministry last month approved commercial trials of 5G-A networks in three cities.", "2026-08"),
])
def test_en_a_trial_a_regulator_approves(text: str, when: str) -> None:
    e = only_event(text, "en", PUB)
    assert (e.type, e.date) == ("approval", when)


@pytest.mark.parametrize("text, when", [
    ("In July, the MIIT and the Ministry of Water Resources named 86 enterprises as national water-efficiency leaders.",
     "2026-07"),
    ("The MIIT and the Ministry of Emergency Management on Tuesday named 40 firms as safety demonstration enterprises.",
     "2026-09-15"),
    ("In August, the NDRC and the Ministry of Veterans Affairs named 18 enterprises as model employers.", "2026-08"),
])
def test_en_a_co_acting_ministry_the_body_table_does_not_list(text: str, when: str) -> None:
    e = only_event(text, "en", PUB)
    assert (e.type, e.date) == ("approval", when)


@pytest.mark.parametrize("signed, published", [
    ("2026年10月16日", date(2026, 10, 19)),
    ("2026年3月2日", date(2026, 3, 9)),
    ("2025年12月30日", date(2026, 1, 4)),
])
def test_zh_a_notice_publishing_its_own_list_on_its_signature_date(signed: str, published: date) -> None:
    text = ("某省工业和信息化厅关于公布2026年度省级专精特新示范企业名单的通知\n各市工业和信息化局：\n"
            "经企业申报、专家评审，现确定某某科技有限公司等120家企业为2026年度省级专精特新示范企业，现予公布（名单见附件）。\n"
            f"\n省工业和信息化厅\n{signed}\n")
    found = [e for e in events(text, "zh", published) if e.type == "approval"]
    y, rest = signed.split("年")
    m, d = rest.rstrip("日").split("月")
    assert [e.date for e in found] == [f"{y}-{int(m):02d}-{int(d):02d}"]


def test_zh_a_notice_without_a_signature_is_dated_by_its_page() -> None:
    text = ("某省工业和信息化厅关于公布2026年度省级专精特新示范企业名单的通知\n"
            "经企业申报、专家评审，现确定某某科技有限公司等120家企业为2026年度省级专精特新示范企业，现将名单予以公布。\n"
            "联系电话：0571-12345678\n")
    found = [e for e in events(text, "zh", date(2026, 10, 19)) if e.type == "approval"]
    assert [e.date for e in found] == ["2026-10-19"]


# --- metrics: units carried ------------------------------------------------------------------
@pytest.mark.parametrize("second, values", [
    ("Density in Jiangsu, Zhejiang and Shanghai stood at 612, 598 and 575 units respectively last year.",
     [612, 598, 575]),
    ("That compares with a world average of 177 units in 2024, according to the IFR.", [177]),
    ("Sichuan and Hubei reached 298 and 276 units.", [298, 276]),
])
def test_en_a_robot_density_carried_to_later_units(second: str, values: list[float]) -> None:
    first = "China's manufacturing robot density reached 520 units per 10,000 workers in 2025."
    found = en(f"{first} {second}")[1:]
    assert [(m.value, m.unit, m.measure) for m in found] == [(v, "robots_per_10000_workers", "density") for v in values]


@pytest.mark.parametrize("second, values", [
    ("广东、江苏、上海分别为每万名工人612台、598台和575台。", [612, 598, 575]),
    ("其中，浙江达到540台。", [540]),
])
def test_zh_a_robot_density_carried_to_later_counts_of_tai(second: str, values: list[float]) -> None:
    first = "2025年，我国制造业机器人密度达到每万名工人520台。"
    found = zh(f"{first}{second}")[1:]
    assert [(m.value, m.unit) for m in found] == [(v, "robots_per_10000_workers") for v in values]


def test_zh_firms_after_a_density_stay_counts() -> None:
    text = "制造业机器人密度达到每万名工人470台。目前已有63家企业列入名单，其中2025年新增17家。"
    assert [(m.value, m.unit) for m in zh(text)][1:] == [(63, "count"), (17, "count")]


def test_en_units_far_from_a_density_stay_counts() -> None:
    text = ("China's manufacturing robot density reached 520 units per 10,000 workers in 2025. Exports rose. "
            "Output of industrial robots rose 26.4 percent to 521,000 units in the first eight months.")
    assert [(m.value, m.unit) for m in en(text)][-1] == (521000, "count")


@pytest.mark.parametrize("text, value, unit, when", [
    ("China's robot density reached 520 units per 10,000 workers in 2025, up from 470 a year earlier.",
     470, "robots_per_10000_workers", "2024"),
    ("The country carried out 62 orbital launches in the first ten months of this year, compared with 51 in the "
     "same period of 2025.", 51, "count", "2025-01/2025-10"),
    ("Sales reached 4.2 million tonnes in 2025, up from 3.9 million a year earlier.", 3.9e6, "tonne", "2024"),
])
def test_en_the_figure_a_comparison_names_with_its_unit_left_out(text: str, value: float, unit: str, when: str) -> None:
    found = [m for m in en(text) if m.value == value]
    assert [(m.unit, _time(m)[:len(when)]) for m in found] == [(unit, when)]


# --- metrics: no figures ---------------------------------------------------------------------
@pytest.mark.parametrize("text, kept", [
    ("Cheaper collaborative robots priced below 50,000 yuan ($7,000) were helping to widen adoption.", []),
    ("The subsidy covers phones priced under 6,000 yuan, the commission said.", []),
    ("Water use per 10,000 yuan of industrial value added fell 4.1 percent in 2025.", [-4.1]),
    ("Energy use per 10,000 yuan of GDP dropped 3 percent last year.", [-3]),
    ("The rules require new tyre projects to have an annual capacity of at least 5 million units.", []),
    ("The standard would apply to battery cells with a capacity above 50 ampere-hours.", []),
])
def test_en_price_bounds_denominators_rule_minimums_are_no_figures(text: str, kept: list[float]) -> None:
    assert [m.value for m in en(text)] == kept


@pytest.mark.parametrize("text, kept", [
    ("本批公告中，单家企业年处理能力要求不低于2万吨。", []),
    ("到2030年，排名前10家企业生产总值占全行业比重达到60%以上。", [60]),
    ("行业排名前5家企业产量占全国总产量的45%。", [45]),
    ("经专家评审，共有142个场景入选。", [142]),
    ("此前5家企业已获认定。", [5]),
    ("全年共举办对接活动3场。", []),
])
def test_zh_required_bounds_and_top_groups_are_no_figures(text: str, kept: list[float]) -> None:
    assert [m.value for m in zh(text)] == kept


# --- metrics: attributes ---------------------------------------------------------------------
@pytest.mark.parametrize("text, qualifier", [
    ("今年1—6月，规范企业回收处理废旧电池23.6万吨，但仍不足同期理论退役量的一半。", "lt"),
    ("今年上半年，该省新能源汽车产量超过全国总量的一半。", "gt"),
])
def test_zh_half_of_a_total_after_a_bound(text: str, qualifier: str) -> None:
    half = [m for m in zh(text) if m.unit == "percent"]
    assert [(m.value, m.measure, m.qualifier) for m in half] == [(50, "share", qualifier)]


@pytest.mark.parametrize("text, value", [
    ("7月13日，工业和信息化部公布第六批企业名单，新增38家企业，同时撤销5家企业的公告资格。", -5),
    ("本次共新增12家企业，撤销3家企业的资格。", -3),
])
def test_zh_entries_a_list_revokes_are_removals(text: str, value: float) -> None:
    removed = [m for m in zh(text) if m.value < 0]
    assert [(m.value, m.measure) for m in removed] == [(value, "additions")]


@pytest.mark.parametrize("text, lang, value, measure, period", [
    ("China's commercial space economy reached 2.8 trillion yuan in 2025, up 16.5 percent from 2024.", "en",
     16.5, "yoy_growth", "2025"),
    ("Software revenue reached 1.2 trillion yuan in 2024, up 12 percent from 2023.", "en", 12, "yoy_growth", "2024"),
    ("2025年，规模以上工业单位增加值能耗比2020年下降17.2%。", "zh", -17.2, "growth", "2021/2025"),
    ("2024年，全省工业用水量比2020年下降9.5%。", "zh", -9.5, "growth", "2021/2024"),
    ("Water use per 10,000 yuan of value added dropped 22.6 percent over the five years, and the reuse rate "
     "reached 92.9 percent in 2025.", "en", -22.6, "growth", "2021/2025"),
])
def test_a_change_against_a_named_base_year(text: str, lang: str, value: float, measure: str, period: str) -> None:
    m = next(m for m in metrics(text, lang, PUB) if m.value == value)
    assert (m.measure, m.period) == (measure, period)


def test_a_goal_against_a_base_year_keeps_its_horizon() -> None:
    m = only("到2028年，规模以上工业单位增加值能耗较2025年下降10%左右。", "zh", PUB)
    assert (m.measure, m.status, m.period) == ("growth", "target", "2028")


@pytest.mark.parametrize("text", [
    "Operating rates at semi-steel tyre plants in Shandong, the country's biggest production hub, averaged about 78% "
    "in August.",
    "Capacity utilization at cement plants in Anhui, a major producer, stood at 61% in August.",
])
def test_en_a_rate_named_as_the_subject_before_an_appositive(text: str) -> None:
    assert only(text, "en", PUB).measure == "rate"


@pytest.mark.parametrize("text, value", [
    ("GGII expects sodium-ion batteries to reach a penetration rate of 15% to 20% in two-wheelers by 2028, "
     "from about 4% now.", 4),
    ("The plan aims to lift the rate to 60 percent by 2027, from around 35 percent currently.", 35),
])
def test_en_the_starting_point_of_a_goal_stated_now(text: str, value: float) -> None:
    m = next(m for m in en(text) if m.value == value)
    assert (m.status, m.as_of) == ("actual", "2026-09")


@pytest.mark.parametrize("text, value, measure", [
    ("本批入选集群共集聚中小企业1.86万家。", 18600, "level"),
    ("入选项目共带动就业3.2万人。", 32000, "level"),
    ("现确定佛山市顺德区智能家电等32个集群为2026年度省级中小企业特色产业集群。", 32, "additions"),
    ("现确定某某公司等45家企业为省级绿色工厂。", 45, "additions"),
])
def test_zh_entrants_and_what_they_hold(text: str, value: float, measure: str) -> None:
    m = next(m for m in zh(text) if m.value == value)
    assert m.measure == measure


@pytest.mark.parametrize("text, value, as_of", [
    ("截至8月底，全国共有民爆生产企业69家，较“十三五”末减少近两成。", -20, "2026-08"),
    ("截至6月底，全省共有炼油企业42家，比“十三五”末减少15%。", -15, "2026-06"),
])
def test_zh_a_stock_against_a_past_plans_end(text: str, value: float, as_of: str) -> None:
    m = next(m for m in zh(text) if m.value == value)
    assert (m.measure, m.as_of) == ("growth", as_of)


@pytest.mark.parametrize("text", [
    "Analysts at Zhongtai Securities expect full-year exports to grow 5% to 7%.",
    "IDC said in July that it expected full-year shipments of about 6 million units.",
])
def test_en_expected_full_year_figures_are_this_years(text: str) -> None:
    assert _time(en(text)[0]) == "2026"


@pytest.mark.parametrize("text, as_of", [
    ("In July, the MIIT named 86 enterprises as water-efficiency leaders, bringing the total to 412.", "2026-07"),
    ("In August, the ministry named 30 factories as green factories, bringing the total to 250.", "2026-08"),
])
def test_en_a_total_brought_by_additions_of_a_named_month(text: str, as_of: str) -> None:
    m = next(m for m in en(text) if m.measure == "level")
    assert m.as_of == as_of


@pytest.mark.parametrize("text, value, period", [
    ("Domestic brands held 48.6 percent of the home market, up 4.1 percentage points from 2024.", 48.6, "2025"),
    ("Local suppliers took 37 percent of the market, down 2 points from 2023.", 37, "2024"),
])
def test_en_a_share_whose_change_is_counted_from_a_year(text: str, value: float, period: str) -> None:
    m = next(m for m in en(text) if m.value == value)
    assert m.period == period


@pytest.mark.parametrize("text, values", [
    ("现确定某某公司等32个集群为2026年度省级特色产业集群。2025年集群主导产业产值合计约9860亿元。"
     "从区域分布看，深圳、东莞两市分别入选5个和4个集群。", [(5, "2026"), (4, "2026")]),
    ("现确定某某项目等120个项目为2026年度省级示范项目。2025年入选项目总投资约800亿元。其中，苏南地区入选58个。",
     [(58, "2026")]),
])
def test_zh_entrants_counted_after_a_lists_own_count_are_that_lists(text: str, values: list[tuple]) -> None:
    later = [m for m in zh(text) if m.measure == "additions"][1:]
    assert [(m.value, m.period) for m in later] == values


@pytest.mark.parametrize("text", [
    "Density in Jiangsu and Shanghai stood at 612 and 575 units respectively last year. "
    "Sichuan and Hubei reached 298 and 276 units.",
    "Density in Jiangsu and Shanghai stood at 612 and 575 units in 2025. Sichuan and Hubei reached 298 and 276 units.",
])
def test_en_densities_listed_on_keep_the_time_of_the_sentence_before(text: str) -> None:
    first = "China's manufacturing robot density reached 520 units per 10,000 workers in 2025. "
    found = en(first + text)
    assert [_time(m)[:4] for m in found[-2:]] == ["2025", "2025"]
