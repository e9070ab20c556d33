"""What a figure is a value of, beyond its subject: a count of categories is no value of the
indicator that names them, a figure about "the city" or 全省 is local, and the figures of one
batch of a list are additions, not the running total."""
from __future__ import annotations

import pytest

from metric_helpers import metrics


@pytest.mark.parametrize(("text", "lang"), [
    ("Industrial robots are deployed in 45 major industry categories.", "en"),
    ("Service robots have been used in 30 fields, including logistics and healthcare.", "en"),
    ("目前，工业机器人已在国民经济55个行业大类中得到应用。", "zh"),
])
def test_a_count_of_categories_takes_no_key_from_the_indicator_that_names_them(text, lang):
    (figure,) = metrics(text, lang)
    assert figure.unit == "count" and figure.metric_key is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Industrial robot output reached 366,000 sets in 2021.", "en"),
    ("2021年，全国工业机器人产量达到36.6万套。", "zh"),
])
def test_a_count_of_the_indicators_own_things_keeps_its_key(text, lang):
    (figure,) = metrics(text, lang)
    assert figure.metric_key == "industrial_robot_output"


@pytest.mark.parametrize(("text", "lang", "geography"), [
    ("The province's software business revenue reached 1.1 trillion yuan in 2024.", "en", "China:local"),
    ("Officials want the city's core AI industry to reach 20 billion yuan by 2027.", "en", "China:local"),
    ("2024年，全省软件业务收入达到1.1万亿元。", "zh", "China:local"),
    ("2024年，该市人工智能核心产业规模达到200亿元。", "zh", "China:local"),
    ("2024年，全国软件业务收入达到13.7万亿元。", "zh", "China"),
    ("China's software business revenue reached 13.7 trillion yuan in 2024.", "en", "China"),
])
def test_a_figure_about_a_city_or_province_named_elsewhere_is_local(text, lang, geography):
    (figure,) = metrics(text, lang)
    assert figure.geography == geography


@pytest.mark.parametrize(("text", "measures"), [
    ("本批名单包括智能工厂120家、绿色工厂300家、绿色工业园区40家。", ["additions"] * 3),
    ("第六批专精特新“小巨人”企业名单共3000家。", ["additions"]),
    ("截至目前，已累计创建绿色工厂3600余家、绿色工业园区267家。", ["level", "level"]),
    ("前三批共认定专精特新“小巨人”企业8997家。", ["level"]),
])
def test_the_figures_of_one_batch_are_additions_and_a_running_total_is_a_level(text, measures):
    assert [m.measure for m in metrics(text, "zh")] == measures


def test_an_enumerated_count_after_a_cue_of_its_own_keeps_it():
    figures = metrics("本批名单包括绿色工厂300家、累计创建绿色工业园区达到267家。", "zh")
    assert [m.measure for m in figures] == ["additions", "level"]


# --- members past a threshold -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("目前，营业收入超过500亿元的消费品工业企业达36家。", "zh"),
        ("全国研发投入在1亿元以上的“小巨人”企业有420家。", "zh"),
        ("China now has 36 consumer goods manufacturers with annual revenue above 50 billion yuan.", "en"),
        ("Little giant firms whose revenue topped 1 billion yuan numbered 420 last year.", "en"),
    ],
)
def test_a_count_of_the_members_past_a_threshold_takes_no_population_key(text: str, lang: str) -> None:
    counts = [m for m in metrics(text, lang) if m.unit == "count"]
    assert [m.metric_key for m in counts] == [None]
    # and the threshold itself, and its conversion, are no metric
    assert [m.unit for m in metrics(text, lang)] == ["count"]


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("截至9月末，消费品工业规模以上企业达17.5万家。", "zh", "consumer_goods_enterprises"),
        ("China had 175,000 consumer goods manufacturers above designated size at the end of September.", "en",
         "consumer_goods_enterprises"),
    ],
)
def test_the_whole_population_keeps_its_key(text: str, lang: str, key: str) -> None:
    assert [m.metric_key for m in metrics(text, lang) if m.unit == "count"] == [key]


def test_a_threshold_conversion_in_brackets_is_no_metric() -> None:
    text = "It has 80 firms with annual revenue exceeding 10 billion yuan ($1.4 billion), the ministry said."
    assert [(m.value, m.unit) for m in metrics(text, "en")] == [(80, "count")]


# --- the firms that did something ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "目前已有超过1500家专精特新中小企业在北交所和科创板上市。",
        "今年以来，86家工业互联网企业成长为专精特新“小巨人”企业。",
        "截至目前，已有12家软件企业在港股挂牌。",
    ],
)
def test_a_count_of_the_firms_that_listed_or_grew_into_another_group_takes_no_key(text: str) -> None:
    assert [m.metric_key for m in metrics(text, "zh") if m.unit == "count"] == [None]


def test_a_second_quantified_conjunct_names_its_own_things() -> None:
    text = "到2027年，培育3—5家具有国际竞争力的龙头企业和一批专精特新“小巨人”企业。"
    assert [m.metric_key for m in metrics(text, "zh") if m.unit == "count"] == [None]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("全国已累计培育专精特新中小企业14万家。", "specialised_smes"),
        ("截至目前，已培育专精特新“小巨人”企业1.46万家。", "little_giants"),
        ("本年度共有120家绿色供应链管理企业入选。", "green_supply_chain_enterprises"),
    ],
)
def test_the_population_itself_keeps_its_key(text: str, key: str) -> None:  # (and a list's entries)
    assert [m.metric_key for m in metrics(text, "zh") if m.unit == "count"] == [key]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the firms an action reached
        ("工业和信息化部对2000余家专精特新中小企业开展问卷调查。", "zh"),
        # a level at an earlier, unstated time: no dated point of the series
        ("此前获批的国家级车联网先导区共有5个。", "zh"),
        ("China previously had five national IoV pilot zones, the ministry said.", "en"),
    ],
)
def test_counts_that_are_no_dated_level_of_the_population_take_no_key(text: str, lang: str) -> None:
    assert [m.metric_key for m in metrics(text, lang) if m.unit == "count"] == [None]


def test_earlier_with_a_date_is_a_dated_level() -> None:
    found = metrics("Earlier this year China had 7 national IoV pilot zones.", "en")
    assert [m.metric_key for m in found if m.unit == "count"] == ["iov_pilot_zones"]
