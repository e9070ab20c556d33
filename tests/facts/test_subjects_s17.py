"""The subject shown for a figure (what analysts read in the marts): the indicator without the
clause around it — datelines, reporting and goal frames, a body's act, a verb at either end, a
title's tail — and "China produced N tonnes of X" named as X output, not borrowed from an earlier
figure. Sentences written for these tests."""
from __future__ import annotations

import pytest

from metric_helpers import metrics
from scrapers.facts.subjects import tidy_subject


def _subject(text: str, lang: str, value: float) -> str:
    found = [m for m in metrics(text, lang) if m.value == value]
    assert found, [(m.value, m.subject) for m in metrics(text, lang)]
    return found[0].subject


# --- "China produced N tonnes of X" -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("The region will also build 30 parks. China produced 54,000 tonnes of graphite film in 2025.", 54_000, "graphite film output"),
        ("Officials plan more pilots. China exported 3.2 million tons of aluminium foil last year, up 4 percent.", 3_200_000, "aluminium foil exports"),
        ("Officials plan more pilots. China exported 3.2 million tons of aluminium foil last year, up 4 percent.", 4, "aluminium foil exports"),
        ("China imported 12,500 tonnes of gallium metal during the first half.", 12_500, "gallium metal imports"),
        ("Guangxi produced 8.4 tons of indium in the first quarter.", 8.4, "Guangxi indium output"),
        ("The country sold 7.1 million tonnes of pulp and paperboard in 2025, customs data show.", 7_100_000, "pulp and paperboard sales"),
    ],
)
def test_made_goods_name_the_figure(text, value, subject):
    assert _subject(text, "en", value) == subject


@pytest.mark.parametrize(
    ("text", "value", "not_subject"),
    [
        # a share of the goods, not the goods made
        ("The country made and sold over 55 percent of the world's e-bikes last year.", 55, "the world's e-bikes sales"),
        # the goods named before ("of them")
        ("China produced 900 million chargers in 2024 and exported 610 million of them.", 610_000_000, "them exports"),
    ],
)
def test_made_goods_near_misses(text, value, not_subject):
    assert _subject(text, "en", value) != not_subject


def test_made_goods_keep_the_place_for_geography():
    found = [m for m in metrics("Guangxi produced 8.4 tons of indium in the first quarter.", "en") if m.value == 8.4]
    assert found[0].geography == "China:Guangxi"


# --- English clauses around the indicator -------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "counted", "shown"),
    [
        ("Oct 3 (Reuters) - Sales of industrial lasers", None, "Sales of industrial lasers"),
        ("May 2 (Xinhua) -- Output of crude steel", None, "Output of crude steel"),
        ("The institute forecasts that the country's ammonia demand", None, "the country's ammonia demand"),
        ("Analysts estimated that the average price of T700-grade carbon fiber", None, "the average price of T700-grade carbon fiber"),
        ("that the average price of T300-grade carbon fiber", None, "the average price of T300-grade carbon fiber"),
        ("The roadmap calls for the recycling rate of waste batteries", None, "the recycling rate of waste batteries"),
        ("Regulators on Friday issued rules calling for the share of electric buses", None, "the share of electric buses"),
        ("The province aims to raise textile exports", None, "textile exports"),
        ("The plan targets a utilization rate", None, "a utilization rate"),
        ("Revenue in the western region came", None, "Revenue in the western region"),
        ("energy use per tonne of cement should fall", None, "energy use per tonne of cement"),
        ("Spending on data centres is forecast to top", None, "Spending on data centres"),
        ("Guangdong holds", "industrial robots", "industrial robots"),
        ("for the smart wearables industry", None, "the smart wearables industry"),
        ("The Ministry of Industry and Information Technology on Monday published a list", "companies", "companies"),
        ("Wuhan on Tuesday", None, ""),
        ("Shenzhen on Monday rolled out", None, ""),
        # (what the body acted on, when something is left of it)
        ("The ministry on Tuesday allocated production quotas for hydrofluorocarbons", None,
         "production quotas for hydrofluorocarbons"),
    ],
)
def test_en_clauses_trimmed(raw, counted, shown):
    assert tidy_subject(raw, "en", counted) == shown


@pytest.mark.parametrize(
    "raw",
    [
        "That brings the number of certified plants",   # a demonstrative, not a reported "that"
        "that of washing machines",                      # "that" stands for the indicator before
        "the share of firms that have completed",        # a relative clause
        "at least", "Of those", "of the year",           # nothing better is left
        "China aims to cultivate",                       # what is made, not an amount changed
        "The plan also calls for building",
        "Price rise", "Vehicle exports", "the total number of charging facilities nationwide",
    ],
)
def test_en_near_misses_stay(raw):
    assert tidy_subject(raw, "en") == raw


# --- Chinese -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "counted", "shown"),
    [
        ("》等", "团体标准", "团体标准"),
        ("》（GB 12345—2030）等", "国家标准", "国家标准"),
        ("国家能源局已批复首批", "海上光伏示范项目", "海上光伏示范项目"),
        ("工信部近日公布第三批", "智能工厂", "智能工厂"),
        ("撤销", "企业", "企业"),
        ("首次对", None, ""),
        ("开通5G专网", None, "5G专网"),
        ("累计发放自动驾驶测试牌照", None, "自动驾驶测试牌照"),
        ("全国锂电池产量有望", None, "全国锂电池产量"),
    ],
)
def test_zh_fragments_trimmed(raw, counted, shown):
    assert tidy_subject(raw, "zh", counted) == shown


@pytest.mark.parametrize("raw", ["发布会", "开发区企业", "新能源汽车销量", "公布率", "批发零售额", "全国充电桩"])
def test_zh_near_misses_stay(raw):
    assert tidy_subject(raw, "zh", "企业") == raw


def test_zh_sentences():
    assert _subject("今年3月，国家能源局已批复首批8个海上光伏示范项目。", "zh", 8) == "海上光伏示范项目"
    assert _subject("机构预计，到2030年全球固态电池市场规模有望达到300亿美元。", "zh", 30_000_000_000) == "全球固态电池市场规模"
