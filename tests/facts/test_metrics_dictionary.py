"""The conformed metric dictionary: file shape, coverage of the indicators MIIT releases talk
about, and bilingual alias lookup."""
from __future__ import annotations

import pytest

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
UNITS = {"CNY", "USD", "percent", "percentage_points", "count", "tonne", "EFLOPS", "EB", "robots_per_10000_workers", "ratio"}
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
