"""Chinese metric constructions, one test per construction, on sentences written for these tests
(not taken from the devset)."""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import PUB
from metric_helpers import metrics as _metrics
from metric_helpers import only as _only


def metrics(text: str, published: date | None = PUB):
    return _metrics(text, "zh", published)


def only(text: str, published: date | None = PUB):
    return _only(text, "zh", published)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("全国软件业务收入达到4000亿元。", 4.0e11, "CNY"),
        ("全国电信业务收入为1.2万亿元。", 1.2e12, "CNY"),
        ("全国5G基站总数达到142.5万个。", 1_425_000, "count"),
        ("全年制造业增加值将新增８万亿元。", 8.0e12, "CNY"),
        ("基金累计投资１９８１个项目。", 1981, "count"),
        ("软件业务出口额为160亿美元。", 1.6e10, "USD"),
        ("上半年粗钢产量5.3亿吨。", 5.3e8, "tonne"),
        ("全国算力总规模达到230EFLOPS。", 230, "EFLOPS"),
        ("全国存储总容量达到1200EB。", 1200, "EB"),
        ("千兆宽带用户突破1.5亿户。", 1.5e8, "count"),
        ("千兆用户数突破8000万。", 8.0e7, "count"),
    ],
)
def test_values_are_in_base_units(text: str, value: float, unit: str) -> None:
    m = only(text)
    assert m.value == pytest.approx(value)
    assert m.unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("目前已批复建设八个国家级先导区。", 8),
        ("工信部累计发布三十项国家标准。", 30),
        ("全省已培育两千多家专精特新企业。", 2000),
    ],
)
def test_chinese_numerals(text: str, value: float) -> None:
    m = only(text)
    assert m.value == value
    assert m.unit == "count"


def test_chinese_numeral_as_article_is_not_a_figure() -> None:
    assert metrics("要推动一个产业链协同发展，三家基础电信企业要加强合作。") == []


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("绿色工厂已逾5000家。", "gt"),
        ("相关企业超过6000家。", "gt"),
        ("大型数据中心突破600个。", "gt"),
        ("全国共有工业互联网平台300余个。", "gt"),
        ("培育专精特新中小企业6万多家。", "gt"),
        ("推广的绿色产品接近4万个。", "approx"),
        ("全国工业机器人装机量近30万台。", "approx"),
        ("投入财政资金约80亿元。", "approx"),
        ("预计全年工业增加值增长6%左右。", "approx"),
        ("平台普及率达到60%以上。", "ge"),
        ("带动不少于3万家企业完成改造。", "ge"),
        ("数字化研发工具普及率为81.2%。", "eq"),
    ],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert only(text).qualifier == qualifier


def test_range() -> None:
    m = only("到2027年，培育3—5家具有国际影响力的领军企业。")
    assert (m.value, m.value_high, m.qualifier) == (3, 5, "range")
    assert m.status == "target"


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("1—9月，规模以上工业增加值同比增长5.8%。", 5.8, "yoy_growth"),
        ("1—9月，行业利润总额同比下降2.1%。", -2.1, "yoy_growth"),
        ("前三季度，手机产量减少4.4%。", -4.4, "yoy_growth"),
        ("十年来，行业营业收入增长48%。", 48, "growth"),
        ("过去五年，产业规模年均增长12.4%。", 12.4, "cagr"),
        ("高技术制造业增加值占规模以上工业的比重为16.5%。", 16.5, "share"),
        ("高技术制造业对全部工业增长的贡献率为28.1%。", 28.1, "share"),
        ("关键工序数控化率达到62.9%。", 62.9, "rate"),
        ("截至9月末，5G移动电话用户较上年末净增1.2亿户。", 1.2e8, "net_increase"),
        ("今年前三季度新建5G基站35万个。", 350000, "additions"),
        ("2023年，我国制造业机器人密度达到每万名工人470台。", 470, "density"),
    ],
)
def test_measures_and_signs(text: str, value: float, measure: str) -> None:
    m = only(text)
    assert m.value == pytest.approx(value)
    assert m.measure == measure


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("增速比上月回落0.6个百分点。", -0.6),
        ("增速较上半年加快1.2个百分点。", 1.2),
        ("利润降幅较一季度收窄3.1个百分点。", 3.1),
    ],
)
def test_percentage_point_changes(text: str, value: float) -> None:
    m = only(text)
    assert (m.unit, m.measure) == ("percentage_points", "pp_change")
    assert m.value == pytest.approx(value)


def test_share_in_tenths() -> None:
    found = metrics("这些企业中，研发人员占比超四成的超过六成，出口比重在三成以上的占四成以上。")
    assert [(m.value, m.qualifier) for m in found] == [(40, "gt"), (60, "gt"), (30, "ge"), (40, "ge")]
    assert all(m.unit == "percent" for m in found)


def test_respectively_list_gives_one_metric_each() -> None:
    found = metrics("前三季度，集成电路和服务器产量分别增长21.2%和8.7%。")
    assert [m.value for m in found] == [21.2, 8.7]
    assert [m.subject_source for m in found] == ["集成电路", "服务器产量"]
    assert all(m.measure == "yoy_growth" and m.period == "2024-01/2024-09" for m in found)


def test_respectively_list_of_levels_keeps_the_qualifier() -> None:
    found = metrics("2023年，云计算、大数据产业规模分别超过6000亿元和1.5万亿元。")
    assert [(m.value, m.qualifier) for m in found] == [(6.0e11, "gt"), (1.5e12, "gt")]


def test_both_output_and_sales_give_two_metrics() -> None:
    found = metrics("今年1—9月，新能源汽车产量和销量均超过800万辆，同比均增长30%。")
    assert [(m.value, m.qualifier) for m in found] == [(8.0e6, "gt"), (8.0e6, "gt"), (30, "eq"), (30, "eq")]
    assert found[0].subject_source != found[1].subject_source


def test_regions_from_a_respectively_list() -> None:
    found = metrics("截至9月末，东部、中部、西部和东北地区5G基站分别为150万个、80万个、90万个和20万个。")
    assert [m.geography for m in found] == ["China:East", "China:Central", "China:West", "China:Northeast"]
    assert all(m.as_of == "2024-09" for m in found)


@pytest.mark.parametrize(
    ("text", "published", "period", "as_of"),
    [
        ("截至9月末，全国5G基站总数达到408.9万个。", PUB, None, "2024-09"),
        ("截至去年底，全国5G基站总数达到337.7万个。", date(2024, 3, 1), None, "2023-12"),
        ("到2023年底，全国数据中心机架总规模超过810万标准机架。", PUB, None, "2023-12"),
        ("1—8月，软件业务收入同比增长11.2%。", PUB, "2024-01/2024-08", None),
        ("前三季度，软件业务收入同比增长11.2%。", PUB, "2024-01/2024-09", None),
        ("上半年，规模以上工业增加值同比增长6.0%。", PUB, "2024-01/2024-06", None),
        ("前5个月，工业企业利润同比增长3.4%。", PUB, "2024-01/2024-05", None),
        ("二季度，工业增加值同比增长5.9%。", PUB, "2024-Q2", None),
        ("8月份，工业增加值同比增长4.5%。", PUB, "2024-08", None),
        ("2022年，我国集成电路产量为3242亿块。", PUB, "2022", None),
        ("目前，我国已建成5G基站400万个。", PUB, None, "2024-10"),
        ("1—11月，电信业务收入1.6万亿元。", date(2025, 1, 15), "2024-01/2024-11", None),
    ],
)
def test_periods_and_as_of(text: str, published: date, period: str | None, as_of: str | None) -> None:
    m = only(text, published)
    assert (m.period, m.as_of) == (period, as_of)


def test_period_carries_to_later_sentences() -> None:
    found = metrics("1—9月，全国软件业务收入9.8万亿元，同比增长11.0%。\n信息安全收入同比增长6.2%。")
    assert [m.period for m in found] == ["2024-01/2024-09"] * 3


def test_from_to_gives_two_years() -> None:
    found = metrics("从2013年到2023年，数字经济规模由14万亿元扩大到53.9万亿元。", date(2024, 8, 1))
    assert [m.value for m in found] == [1.4e13, 5.39e13]
    assert [(m.period or m.as_of)[:4] for m in found] == ["2013", "2023"]


@pytest.mark.parametrize(
    ("text", "published", "status"),
    [
        ("预计今年规模以上工业增加值增长5.8%左右。", date(2024, 12, 20), "estimate"),
        ("预计“十五五”期间，制造业增加值将新增10万亿元。", date(2026, 3, 1), "forecast"),
        ("到2027年，工业互联网平台普及率要达到60%以上。", PUB, "target"),
        ("目标是到2026年培育100家领航企业。", PUB, "target"),
        ("到2023年底，全国数据中心机架总规模超过810万标准机架。", PUB, "actual"),
    ],
)
def test_status(text: str, published: date, status: str) -> None:
    assert only(text, published).status == status


def test_target_year_is_the_date() -> None:
    m = only("到2027年，工业互联网平台普及率要达到60%以上。")
    assert m.as_of == "2027" or m.period == "2027"


def test_world_figures() -> None:
    found = metrics("2023年，全球工业机器人装机量为54万台，其中我国装机量为28万台。")
    assert [m.geography for m in found] == ["World", "China"]


@pytest.mark.parametrize(
    "text",
    [
        "《方案》从五个方面提出了17项重点任务。",
        "这是国家推行绿色制造体系以来发布的第八批名单。",
        "该规划由工业和信息化部等15个部门联合印发。",
        "我国制造业规模已连续14年位居世界第一。",
        "该标准规定了电池组的7个方面22项安全要求。",
        "标准自2025年1月1日起实施。",
        "《工业互联网创新发展行动计划（2024—2026年）》正式印发。",
        "工信部科〔2024〕115号文件明确了有关要求。",
    ],
)
def test_distractors_are_not_metrics(text: str) -> None:
    assert metrics(text) == []


def test_page_furniture_and_headlines_are_skipped() -> None:
    text = (
        "首页 > 新闻 > 工信动态\n"
        "发布时间：2024-10-20 09:30　来源：工业和信息化部　浏览次数：1024\n"
        "前三季度5G基站超400万个\n"
        "截至9月末，全国5G基站总数达到408.9万个。\n"
        "电话：010-68208000　邮编：100804　京ICP备04000001号\n"
        "【打印本页】　【关闭窗口】"
    )
    found = metrics(text)
    assert [m.value for m in found] == [4_089_000]


def test_quote_is_the_exact_source_sentence() -> None:
    text = "本报讯 前三季度，全国软件业务收入９.８万亿元，同比增长11%。其他内容。"
    found = metrics(text)
    assert found
    for m in found:
        assert text[m.start: m.start + len(m.quote)] == m.quote
        assert "同比增长11%" in m.quote
    assert found[0].value == pytest.approx(9.8e12)


def test_metric_keys_map_chinese_subjects() -> None:
    found = metrics("2022年，我国人工智能核心产业规模达到5080亿元，相关企业超过4000家。")
    assert [m.metric_key for m in found] == ["ai_core_industry_scale", "ai_enterprises"]
    assert found[0].subject == "AI core industry scale"
    unmapped = only("全国共有某某新型设施120个。")
    assert unmapped.metric_key is None


def test_month_on_month_growth_is_not_year_on_year() -> None:
    m = only("10月份，粗钢日均产量环比增长4.6%。")
    assert (m.measure, m.value) == ("growth", 4.6)


def test_plans_for_the_current_year_are_targets() -> None:
    m = only("2024年将新建5G基站60万个以上。", date(2024, 1, 18))
    assert (m.status, m.qualifier, m.measure) == ("target", "ge", "additions")
    assert m.counted != "以上"


def test_whole_year_in_a_january_report_is_the_year_before() -> None:
    m = only("全年规模以上工业增加值同比增长4.6%。", date(2024, 1, 18))
    assert m.period == "2023"


def test_density_with_a_verb() -> None:
    m = only("我国制造业每万名工人拥有工业机器人470台。")
    assert (m.unit, m.measure, m.value) == ("robots_per_10000_workers", "density", 470)


@pytest.mark.parametrize("text", ["全省新建农村公路3000公里。", "已有数百家企业参与。", "覆盖上万家企业。"])
def test_units_outside_the_model_and_vague_amounts_are_dropped(text: str) -> None:
    assert metrics(text) == []


def test_power_is_in_the_model() -> None:
    # (power in watts joined the model, issue #4: once a unit outside it, test_power_energy_units.py)
    m = only("全省新增装机容量3000万千瓦。")
    assert (m.unit, m.value, m.measure) == ("W", 3e10, "additions")


def test_rank_is_not_a_world_figure() -> None:
    m = only("我国算力总规模达到230EFLOPS，居全球第二位。")
    assert m.geography == "China"


def test_provinces_in_a_respectively_list() -> None:
    found = metrics("1—10月，北京、广东软件业务收入居全国前列，同比分别增长13.4%和9.8%。")
    assert [(m.value, m.geography) for m in found] == [(13.4, "China:Beijing"), (9.8, "China:Guangdong")]


def test_region_subject_without_a_list() -> None:
    m = only("1—10月，东部地区完成软件业务收入92,380亿元。")
    assert m.geography == "China:East"
    assert m.value == pytest.approx(9.238e12)


def test_rank_is_not_a_count() -> None:
    assert metrics("广东软件业务收入居全国前5名。") == []


def test_forecast_for_a_year_still_months_away() -> None:
    assert only("预计今年新能源汽车销量将超过1150万辆。", date(2024, 9, 12)).status == "forecast"
    assert only("预计今年新能源汽车销量将超过1150万辆。", date(2024, 11, 28)).status == "estimate"


@pytest.mark.parametrize(
    "text",
    ["标准规定，电池组在过充电试验中温升应不超过10%。", "会议吸引了300余名嘉宾参会。", "单体电池的容量偏差不得低于5%。"],
)
def test_normative_parameters_and_event_attendance_are_not_metrics(text: str) -> None:
    assert metrics(text) == []


def test_application_is_not_normative_wording() -> None:
    assert only("5G应用已覆盖超过80个国民经济大类。").value == 80


def test_list_with_the_unit_once() -> None:
    found = metrics("1—10月，手机、计算机和集成电路产量同比分别增长12.1、8.5和6.3%。")
    assert [(m.value, m.measure, m.subject_source) for m in found] == [
        (12.1, "yoy_growth", "手机"), (8.5, "yoy_growth", "计算机"), (6.3, "yoy_growth", "集成电路产量")]


def test_net_increase_keeps_the_subject_and_abbreviated_regions() -> None:
    found = metrics("截至11月末，5G基站总数达419.1万个，比上年末净增81.5万个。\n东、中、西部和东北地区5G基站占比分别为33.5%、32.9%、35.1%和30.6%。",
                    date(2024, 12, 20))
    assert [m.metric_key for m in found[:2]] == ["base_stations_5g", "base_stations_5g"]
    assert found[1].measure == "net_increase" and found[1].period == "2024-01/2024-11"
    assert [m.geography for m in found[2:]] == ["China:East", "China:Central", "China:West", "China:Northeast"]


@pytest.mark.parametrize(
    ("text", "measure"),
    [("今年，省工信厅认定省级绿色工厂286家。", "additions"),   # a batch recognised
     ("全省共认定2186家专精特新中小企业。", "additions"),
     ("全省累计认定省级绿色工厂1200家。", "level"),            # what the recognitions have reached
     ("全省已认定省级绿色工厂1200家。", "level"),
     ("经认定的高新技术企业达到1.2万家。", "level"),           # firms that are recognised: a stock
     ("国家层面认定的专精特新“小巨人”企业4762家。", "level")],
)
def test_recognised_in_a_batch_are_additions_recognised_so_far_a_level(text: str, measure: str) -> None:
    assert only(text).measure == measure


def test_recognised_over_several_batches_is_a_level() -> None:
    assert only("前三批共认定省级绿色工厂860家。").measure == "level"
