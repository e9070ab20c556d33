"""Each figure takes the metric_key (and geography) of what it states, never another figure's:
list members each take their own indicator or none, a regional breakdown keeps its regions, and
what a figure counts must fit the key (people are no count of firms, an intensity per unit of
value added is not the value added). Sentences written for these tests."""
from __future__ import annotations

import pytest

from metric_helpers import metrics
from scrapers.facts.subjects import region_of, split_list


def _keys(text: str, lang: str) -> list[tuple[float, str | None]]:
    return [(m.value, m.metric_key) for m in metrics(text, lang)]


def _geos(text: str, lang: str) -> list[tuple[str | None, str]]:
    return [(m.metric_key, m.geography) for m in metrics(text, lang)]


# --- list members: their own key or none -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a list of industries: 数据中心 and 人工智能 name no row, and take none (not 云计算's)
        ("2023年，全国数据中心、云计算、人工智能、大数据产业规模分别达到2000亿元、3000亿元、5000亿元和1.6万亿元。", "zh",
         [(2e11, None), (3e11, "cloud_computing_revenue"), (5e11, None), (1.6e12, "big_data_industry_scale")]),
        ("大数据产业和云计算规模分别为1.5万亿元和5000亿元。", "zh",
         [(1.5e12, "big_data_industry_scale"), (5e11, "cloud_computing_revenue")]),
        # each member its own revenue, whichever comes first
        ("前三季度，云计算和大数据收入同比分别增长25.1%和31.5%。", "zh",
         [(25.1, "cloud_computing_revenue"), (31.5, "big_data_revenue")]),
        ("前三季度，大数据收入和云计算收入分别增长31.5%和25.1%。", "zh",
         [(31.5, "big_data_revenue"), (25.1, "cloud_computing_revenue")]),
        ("In 2023, the scale of the data center, cloud computing and big data industries reached 200 billion yuan, "
         "300 billion yuan and 1.6 trillion yuan, respectively.", "en",
         [(2e11, None), (3e11, None), (1.6e12, "big_data_industry_scale")]),
        # a member written after the clause's first figure is not that figure's indicator
        ("In the first quarter, integrated circuits posted value-added growth of 20.1 percent and smart consumer "
         "devices 8.3 percent.", "en", [(20.1, "ic_output"), (8.3, None)]),
        ("Integrated circuits grew 18 percent in value-added terms and display panels 6.5 percent.", "en",
         [(18, "ic_output"), (6.5, None)]),
        # output and sales of one product: the bare measure is of the first member's product
        ("Overall vehicle production and sales rose 5.2 percent and 6.1 percent, respectively.", "en",
         [(5.2, "auto_output"), (6.1, "auto_sales")]),
        ("Vehicle output and sales grew 3.4 percent and 4.4 percent, respectively, in the first half.", "en",
         [(3.4, "auto_output"), (4.4, "auto_sales")]),
        ("汽车产量和销量同比分别增长5.2%和6.1%。", "zh", [(5.2, "auto_output"), (6.1, "auto_sales")]),
    ],
)
def test_list_members_take_their_own_key(text: str, lang: str, expected: list) -> None:
    assert _keys(text, lang) == expected


def test_a_list_of_months_keeps_its_one_indicator() -> None:
    # 3月、4月 is a list of periods, not of indicators: both figures are the industry's value added
    found = _keys("电子信息制造业3月、4月增加值增速分别为10.2%和11.4%。", "zh")
    assert found == [(10.2, "electronics_value_added"), (11.4, "electronics_value_added")]


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("前三季度，大数据业务收入同比增长31.5%。", "zh", "big_data_revenue"),
        ("前三季度，数据中心业务收入同比增长9.8%。", "zh", "data_centre_revenue"),
        ("Revenue from big data grew 31.5 percent in the first three quarters.", "en", "big_data_revenue"),
        ("Data center business revenue rose 9.8 percent in the first three quarters.", "en", "data_centre_revenue"),
        ("In 2023, China's big data industry reached 1.6 trillion yuan.", "en", "big_data_industry_scale"),
    ],
)
def test_new_rows_are_found(text: str, lang: str, key: str) -> None:
    assert [k for _, k in _keys(text, lang)] == [key]


# --- regional breakdowns: each figure its region ------------------------------------------------------
_REGIONS = ["China:East", "China:Central", "China:West", "China:Northeast"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("截至6月末，东部、中部、西部和东北地区5G基站分别达120万个、50万个、55万个和15万个。", "zh"),
        ("分地区看，东部地区5G基站120万个，中部地区50万个，西部地区55万个，东北地区15万个。", "zh"),
        ("The eastern, central, western and northeastern regions had 812,000, 405,000, 433,000 and 121,000 5G "
         "base stations, respectively.", "en"),
        ("By the end of June, the eastern, central, western and northeastern regions had 812,000, 405,000, 433,000 "
         "and 121,000 5G base stations, respectively, the ministry said.", "en"),
    ],
)
def test_regional_breakdown_keeps_each_region(text: str, lang: str) -> None:
    assert _geos(text, lang) == [("base_stations_5g", region) for region in _REGIONS]


def test_regions_named_one_by_one_take_the_first_ones_indicator() -> None:
    text = "The eastern region had 812,000 5G base stations, the central region 405,000 and the western region 433,000."
    assert _geos(text, "en") == [("base_stations_5g", region) for region in _REGIONS[:3]]


# --- what is counted must fit the key -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # people are no count of firms
        ("消费品工业规模以上企业吸纳就业约3000万人。", "zh"),
        ("人工智能企业从业人员超过50万名。", "zh"),
        ("Consumer goods enterprises above designated size employed about 30 million people.", "en"),
        # entities that changed their names are none of the listed enterprises
        ("按照动态管理要求，12家绿色工厂、5家绿色供应链管理企业被移出名单，86家单位名称发生变更。", "zh"),
        ("前五批名单中有9家绿色工业园区和4家绿色供应链管理企业被撤销，另有57家单位变更了名称。", "zh"),
        # an intensity per unit of value added is not the value added
        ("预计今年单位工业增加值能耗下降3.5%左右。", "zh"),
        ("十四五期间，单位工业增加值二氧化碳排放下降18%。", "zh"),
        ("Energy consumption per unit of industrial value added dropped 3.5 percent this year.", "en"),
    ],
)
def test_a_figure_whose_count_or_base_does_not_fit_takes_no_key(text: str, lang: str) -> None:
    assert _keys(text, lang)[-1][1] is None


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        # (controls: the rules above leave these alone)
        ("截至9月末，5G用户达8亿人。", "zh", ["users_5g"]),
        ("截至9月末，累计建成5G基站300万个，今年新增60万个基站。", "zh", ["base_stations_5g", "base_stations_5g"]),
        ("前三季度，规模以上工业增加值同比增长4.5%，单位工业增加值能耗下降3.5%。", "zh", ["industrial_value_added", None]),
        ("China had 3.2 million 5G base stations, 450,000 more than at the end of last year.", "en",
         ["base_stations_5g", "base_stations_5g"]),
    ],
)
def test_fitting_figures_keep_their_key(text: str, lang: str, key: list) -> None:
    assert [k for _, k in _keys(text, lang)] == key


# --- a share of doers names its indicator after the verb ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The numerical control rate of key processes reached 58 percent, and 75 percent of enterprises used digital "
         "R&D and design tools, the ministry said.", "en"),
        ("Key process digitalization rate rose to 60 percent, while 80 percent of firms have adopted digital R&D "
         "tools.", "en"),
        ("关键工序数控化率达58%，数字化研发设计工具普及率达75%。", "zh"),
    ],
)
def test_share_of_enterprises_using_digital_tools(text: str, lang: str) -> None:
    assert [k for _, k in _keys(text, lang)] == ["key_process_nc_rate", "digital_rd_tool_penetration"]


# --- the helpers the rules rest on ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("subject", "parts"),
    [
        ("Overall vehicle production and sales", ["Overall vehicle production", "Overall vehicle sales"]),
        ("smartphone output and exports", ["smartphone output", "smartphone exports"]),
        # (a bare measure needs a product before the first one: "production and sales" stays as it is)
        ("production and sales", ["production", "sales"]),
    ],
)
def test_split_list_english_product_measures(subject: str, parts: list[str]) -> None:
    assert split_list(subject, 2, "en") == parts


@pytest.mark.parametrize(
    ("subject", "lang", "bare"),
    [
        ("中部地区", "zh", True), ("上海", "zh", True), ("广东省", "zh", True), ("西部", "zh", True),
        ("东部地区5G基站", "zh", False), ("北京软件业务收入", "zh", False),
        ("the central region", "en", True), ("Shanghai", "en", True),
        ("the central government", "en", False), ("Beijing's software revenue", "en", False),
    ],
)
def test_bare_place(subject: str, lang: str, bare: bool) -> None:
    from scrapers.facts.subjects import bare_place  # (new: imported here, so the rest runs on older code)

    assert bare_place(subject, lang) is bare


def test_region_of_reads_past_the_article() -> None:
    assert region_of("The eastern", "en") == "China:East"


# --- tiers of one indicator are series of their own -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("截至今年6月，全国已建成先进级智能工厂9000余家、卓越级智能工厂600家、领航级智能工厂20家。", "zh",
         [(9000, "smart_factories_advanced"), (600, "smart_factories_excellence"), (20, "smart_factories_leading")]),
        # English writes the tiers as modifiers sharing one noun at the end of the list
        ("Some 9,000 advanced-level, 600 excellence-level and 20 leading-level smart factories have been built.", "en",
         [(9000, "smart_factories_advanced"), (600, "smart_factories_excellence"), (20, "smart_factories_leading")]),
        ("The province has 1,500 basic-level smart factories.", "en", [(1500, "smart_factories_basic")]),
        # or after the noun, with the noun left out of the counts that follow
        ("The country now has 36,000 smart factories at the basic level, 9,000 at the advanced level "
         "and 20 at the leading level.", "en",
         [(36_000, "smart_factories_basic"), (9000, "smart_factories_advanced"), (20, "smart_factories_leading")]),
        # no tier: the total
        ("China now has 12,000 smart factories.", "en", [(12_000, "smart_factories")]),
        ("全国已建成智能工厂1.2万家。", "zh", [(12_000, "smart_factories")]),
    ],
)
def test_smart_factory_tiers_have_their_own_keys(text: str, lang: str, want: list[tuple[float, str]]) -> None:
    assert [(m.value, m.metric_key) for m in metrics(text, lang)] == want
