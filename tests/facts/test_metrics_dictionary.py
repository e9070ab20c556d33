"""The conformed metric dictionary: file shape, coverage of the indicators MIIT releases talk
about, and bilingual alias lookup."""
from __future__ import annotations

import pytest

from metric_helpers import metrics

from scrapers.facts import dictionary

REQUIRED_KEYS = {
    "software_revenue", "software_profit", "software_exports", "telecom_revenue", "base_stations_5g", "users_5g",
    "mobile_phone_users", "gigabit_broadband_users", "industrial_value_added", "manufacturing_value_added",
    "ai_core_industry_scale", "ai_enterprises", "ai_medical_class3_certificates", "ai_pilot_zones",
    "intelligent_manufacturing_standards", "computing_power", "data_centre_racks", "industrial_internet_platforms",
    "little_giants", "specialised_smes", "green_factories", "robot_density", "industrial_robot_output", "ic_output",
    "nev_output", "nev_sales", "nev_exports", "auto_output", "auto_sales", "steel_crude_output", "mobile_phone_output",
    "electronics_value_added",
}
SECTORS = {"software", "telecom", "electronics", "ai", "industry", "raw_materials", "equipment", "auto",
           "consumer_goods", "sme", "green", "cybersecurity"}
UNITS = {"CNY", "USD", "percent", "percentage_points", "count", "tonne", "EFLOPS", "EB", "W", "Wh", "robots_per_10000_workers", "ratio"}
MEASURES = {"level", "yoy_growth", "growth", "share", "pp_change", "cagr", "additions", "net_increase", "density", "rate"}


def test_file_shape() -> None:
    rows = dictionary.load_rows()
    assert tuple(rows[0].keys()) == dictionary.COLUMNS
    keys = [r["metric_key"] for r in rows]
    assert len(keys) == len(set(keys))
    for row in rows:
        assert row["name_en"] and row["name_zh"] and row["description"], row["metric_key"]
        assert row["sector"] in SECTORS, row["metric_key"]
        assert row["unit"] in UNITS, row["metric_key"]
        assert row["measure_default"] in MEASURES, row["metric_key"]


def test_required_indicators_are_present() -> None:
    assert REQUIRED_KEYS <= set(dictionary.entries())


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("人工智能核心产业规模", "zh", "ai_core_industry_scale"),
        ("AI core industry scale", "en", "ai_core_industry_scale"),
        ("the artificial intelligence core industry", "en", "ai_core_industry_scale"),
        ("5G移动电话用户", "zh", "users_5g"),
        ("移动电话用户", "zh", "mobile_phone_users"),
        ("5G mobile phone users", "en", "users_5g"),
        ("专精特新“小巨人”企业", "zh", "little_giants"),
        ("national-level 'little giant' firms", "en", "little_giants"),
        ("全国软件业务收入", "zh", "software_revenue"),
        ("Software business revenue", "en", "software_revenue"),
        ("新能源汽车产量", "zh", "nev_output"),
        ("NEV exports", "en", "nev_exports"),
        ("China produced 244.7 billion integrated circuits", "en", "ic_output"),
    ],
)
def test_lookup_in_both_languages(text: str, lang: str, key: str) -> None:
    assert dictionary.lookup([text], lang) == key


def test_english_aliases_respect_word_boundaries() -> None:
    assert dictionary.lookup(["racksmith tools"], "en") is None


def test_generic_aliases_need_the_sector() -> None:
    assert dictionary.lookup(["the number of enterprises"], "en") is None
    assert dictionary.lookup(["the number of enterprises"], "en", sector="ai") == "ai_enterprises"


def test_units_restrict_the_rows() -> None:
    assert dictionary.lookup(["人工智能核心产业规模"], "zh", units=frozenset({"count"})) is None


# --- coverage of the indicators MIIT bulletins name (issue #4) ---------------------------------------
def _keys(text: str, lang: str) -> list[tuple[float, str | None]]:
    return [(m.value, m.metric_key) for m in metrics(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("2024年1-9月，软件业实现利润总额1.2万亿元。", "zh", "software_profit"),
        ("前三季度，外包服务出口同比增长8.5%。", "zh", "software_outsourcing_exports"),
        ("Exports of outsourcing services grew 8.5 percent in the first three quarters.", "en",
         "software_outsourcing_exports"),
        ("嵌入式系统软件出口同比下降4.2%。", "zh", "embedded_software_exports"),
        ("Exports of embedded system software fell 4.2 percent.", "en", "embedded_software_exports"),
        ("服务机器人产量同比增长18.3%。", "zh", "service_robot_output"),
        ("Output of service robots rose 18.3 percent.", "en", "service_robot_output"),
        ("规模以上制造业企业利润同比增长3.1%。", "zh", "manufacturing_profit"),
        ("Profits of major manufacturers rose 3.1 percent.", "en", "manufacturing_profit"),
        ("工业互联网平台服务收入同比增长15.6%。", "zh", "industrial_internet_platform_service_revenue"),
        ("Revenue from industrial internet platform services expanded 15.6 percent.", "en",
         "industrial_internet_platform_service_revenue"),
        # a longer name beats the shorter one inside it (工业增加值 in 消费品工业增加值)
        ("上半年，消费品工业增加值同比增长4.6%。", "zh", "consumer_goods_value_added"),
        ("重点平台连接工业设备超过9000万台（套）。", "zh", "industrial_equipment_connected"),
        ("More than 90 million sets of industrial equipment are connected to the platforms.", "en",
         "industrial_equipment_connected"),
        # the share of world manufacturing is its own series, not a share of GDP
        ("我国制造业增加值占全球比重约为29%。", "zh", "manufacturing_global_share"),
        ("Its share of global manufacturing rose to nearly 29 percent.", "en", "manufacturing_global_share"),
        ("制造业增加值占国内生产总值比重为26.5%。", "zh", "manufacturing_value_added"),
    ],
)
def test_bulletin_indicators_get_one_key_in_both_languages(text: str, lang: str, key: str) -> None:
    assert [k for _, k in _keys(text, lang)] == [key]


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        # the sector of the figure before decides which row a bare "利润总额" / "profits" belongs to
        ("1—9月，全国软件业务收入9.8万亿元。利润总额1.2万亿元。", "zh", "software_profit"),
        ("1—9月，电子信息制造业营业收入11.2万亿元。利润总额4800亿元。", "zh", "electronics_profit"),
        ("十年间，消费品工业营业收入增长36%，利润增长60%。", "zh", "consumer_goods_profit"),
        ("Software business revenue reached 9.8 trillion yuan. Total profits came to 1.2 trillion yuan.", "en",
         "software_profit"),
        ("Electronics operating revenue reached 11.2 trillion yuan. Profits came to 480 billion yuan.", "en",
         "electronics_profit"),
    ],
)
def test_generic_names_take_the_sector_of_the_text(text: str, lang: str, key: str) -> None:
    assert _keys(text, lang)[-1][1] == key


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("1—9月，实现利润总额1.2万亿元。", "zh"),  # no sector: no key
        ("Total profits came to 1.2 trillion yuan.", "en"),
        # a narrower industry named before the generic word is not the sector's own figure
        ("1—9月，全国软件业务收入9.8万亿元。纺织行业利润总额1000亿元。", "zh"),
        ("Software business revenue reached 9.8 trillion yuan. Textile profits came to 100 billion yuan.", "en"),
    ],
)
def test_generic_names_without_their_sector_stay_unmapped(text: str, lang: str) -> None:
    assert _keys(text, lang)[-1][1] is None


def test_one_generic_alias_on_rows_of_different_sectors() -> None:
    assert dictionary.lookup(["利润总额"], "zh") is None
    assert dictionary.lookup(["利润总额"], "zh", sector="software") == "software_profit"
    assert dictionary.lookup(["利润总额"], "zh", sector="electronics") == "electronics_profit"
    assert dictionary.lookup(["利润总额"], "zh", sector="consumer_goods") == "consumer_goods_profit"
    assert dictionary.lookup(["利润总额"], "zh", sector="telecom") is None
    assert dictionary.lookup(["operating revenue"], "en", sector="electronics") == "electronics_revenue"
    assert dictionary.lookup(["operating revenue"], "en", sector="consumer_goods") == "consumer_goods_revenue"


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("实现利润总额", "zh", "consumer_goods_profit"),     # a reporting verb
        ("全年利润总额", "zh", "consumer_goods_profit"),     # a time word
        ("营业收入和利润", "zh", "consumer_goods_profit"),   # a list
        ("its operating revenue", "en", "consumer_goods_revenue"),
        ("利润率", "zh", None),                             # a margin, not the profit
        ("家用电器行业利润总额", "zh", None),               # a narrower industry
        ("服装企业营业收入", "zh", None),
        ("home appliance operating revenue", "en", None),
        ("textile profits", "en", None),
    ],
)
def test_generic_alias_counts_only_when_bare(text: str, lang: str, key: str | None) -> None:
    assert dictionary.lookup([text], lang, sector="consumer_goods") == key


# --- which row a figure takes when the clause names more than one ------------------------------------
@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a share of the world is its own series, not the level's
    ("我国制造业增加值从2015年的20.4万亿元增加到2023年的33万亿元，占全球比重由24%提高到约30%。", "zh",
     [(2.04e13, "manufacturing_value_added"), (3.3e13, "manufacturing_value_added"),
      (24.0, "manufacturing_global_share"), (30.0, "manufacturing_global_share")]),
    # what a count counts is the first indicator after it; the one after that is the next figure's
    ("截至6月底，全国80多个具有行业影响力的工业互联网平台连接工业设备近9000万台（套）。", "zh",
     [(80.0, "industrial_internet_platforms"), (9.0e7, "industrial_equipment_connected")]),
    ("截至6月底，80多个工业互联网平台连接工业设备近9000万台（套）。", "zh",
     [(80.0, "industrial_internet_platforms"), (9.0e7, "industrial_equipment_connected")]),
    # a list of counts named once, after its last figure
    ("The northern and southern provinces had 510,000 and 230,000 5G base stations respectively.", "en",
     [(510000.0, "base_stations_5g"), (230000.0, "base_stations_5g")]),
    # the verb names the indicator of a count of NEVs, the second verb too
    ("Carmakers produced 9.6 million new energy vehicles in 2023 and sold 9.5 million.", "en",
     [(9.6e6, "nev_output"), (9.5e6, "nev_sales")]),
    ("The country sold 3.5 million NEVs in 2021.", "en", [(3.5e6, "nev_sales")]),
    # two share rows in one clause: each list member is its own row (the rebuilt member too)
    ("2022年，开展网络化协同和服务型制造的企业比例分别为39.5%和30.1%。", "zh",
     [(39.5, "networked_collaboration_rate"), (30.1, "service_manufacturing_rate")]),
    ("开展服务型制造的企业比例达31.2%。", "zh", [(31.2, "service_manufacturing_rate")]),
    # a group's revenue and (bare) profits: the profits are the group's too
    ("1—6月，规模以上中小企业营业收入和利润同比分别增长7.5%和11.2%。", "zh",
     [(7.5, "sme_revenue"), (11.2, "sme_profit")]),
    ("Revenue and profits of SMEs above designated size rose 7.5 percent and 11.2 percent, respectively.", "en",
     [(7.5, "sme_revenue"), (11.2, "sme_profit")]),
])
def test_the_row_of_each_figure_in_a_clause_naming_several(text: str, lang: str, expected) -> None:
    assert _keys(text, lang) == expected


def test_english_cloud_computing_revenue_but_not_a_member_of_such_as():
    assert _keys("Revenue from cloud computing grew 31 percent in the first half.", "en") == [
        (31.0, "cloud_computing_revenue")]
    # cloud computing as one of the emerging businesses is no cloud revenue
    assert _keys("Revenue from emerging businesses such as cloud computing and data centers rose 5.1 percent.",
                 "en")[0][1] != "cloud_computing_revenue"
