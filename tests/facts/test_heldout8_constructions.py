"""Metric and event constructions the eighth held-out set exposed, one test per construction, on
sentences written for these tests (not taken from any labelled set).

Non-figures: the size that defines a group ("enterprises above designated size, those with annual
revenue of at least 20 million yuan", "projects, each worth over 1 billion yuan"), a ranking after a
determiner ("its list of top 100 firms"), an index reading ("the SME Development Index stood at
89.6"), the terms a subsidy rule sets ("15% of a device's price, up to 500 yuan").
Figures: a range of percents joined by 至/到 and closed by 之间/区间 (5%至5.5%之间), a count written
in words with 余/多 after the noun a stock verb builds (培育…创新中心三百余家).
Attributes: a level followed by its change since a base ("numbered 248 million, up 36.5 million from
the end of last year": the level stays a level), a growth rate named as the subject before a comma
(增速最快，达到18.5%), the money the entrants of a list hold (本次入选项目总投资: a level).
Events: entrants named "as the eighth batch of" a list, data released bare (…9月30日发布数据，…),
a notice's own act (现将名单予以公布: on the day it is published, by the body issuing it).
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics, only, reader, time_of
from scrapers.facts.events import extract_events

PUB = date(2025, 9, 10)


en, zh = reader("en", PUB), reader("zh", PUB)


_time = time_of


# --- non-figures -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, kept", [
    # the size that defines the group goes; the group's own figures stay
    ("Chemical producers above designated size, those with annual revenue of at least 20 million yuan, "
     "earned 3.1 trillion yuan in the first half.", [3.1e12]),
    ("By the end of May, 1,200 infrastructure projects, each worth over 500 million yuan, were under construction.",
     [1200]),
    ("Some 640 plants, each with annual revenue of more than 100 million yuan, were operating last year.", [640]),
    # a ranking after a determiner or "of"
    ("The association will release its list of top 50 chemical firms in December.", []),
    ("Sales of the top 20 brands rose 6 percent in the first half.", [6]),
    # an index reading
    ("The Caixin manufacturing index stood at 51.3 in August, up from 50.1 in July.", []),
    ("China's SME Development Index (SMEDI) stood at 89.6 in the third quarter.", []),
    # the rate and cap of a subsidy rule
    ("Buyers of new refrigerators receive a subsidy of 20 percent of the sale price, up to 2,000 yuan per unit.", []),
    ("The program, launched in June, pays 10% of a vehicle's price, up to 15,000 yuan.", []),
])
def test_en_thresholds_rankings_indexes_and_rule_terms_are_no_figures(text: str, kept: list[float]) -> None:
    assert [m.value for m in en(text)] == kept


@pytest.mark.parametrize("text, value, unit", [
    # the same words doing other work stay figures
    ("Exports top 100 billion yuan in the first half.", 1e11, "CNY"),
    ("Its exports topped 100 billion yuan in the first half.", 1e11, "CNY"),
    ("Such chips account for 40 percent of the phone's total cost.", 40, "percent"),
    ("The index covers 3,200 enterprises across the country.", 3200, "count"),
])
def test_en_near_misses_stay_figures(text: str, value: float, unit: str) -> None:
    m = only(text, "en", PUB)
    assert (m.value, m.unit) == (value, unit)


# --- figures ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, low, high, status, when", [
    ("多家机构预计，四季度规模以上工业增加值增速将保持在5%至5.5%之间。", 5, 5.5, "forecast", "2025-Q4"),
    ("行业协会预计，今年钢材出口增速在3%到4%区间。", 3, 4, "forecast", "2025"),
    ("今年1—8月，全省软件业务收入增速在10%至12%之间。", 10, 12, "actual", "2025-01/2025-08"),
])
def test_zh_a_range_of_percents_closed_by_between(text: str, low: float, high: float, status: str, when: str) -> None:
    m = only(text, "zh", PUB)
    assert (m.value, m.value_high, m.unit, m.qualifier, m.status, _time(m)) == (low, high, "percent", "range", status, when)


def test_zh_from_one_percent_to_another_stays_two_figures() -> None:
    assert [(m.value, m.qualifier) for m in zh("出口增速从8%到10%。")] == [(8, "eq"), (10, "eq")]


@pytest.mark.parametrize("text, value, when", [
    ("截至目前，全省累计培育省级专精特新企业三千余家。", 3000, "2025-09"),
    ("该市已建成智能工厂二十多个。", 20, "2025-09"),
    ("截至2024年底，我省已拥有省级企业技术中心一千余家。", 1000, "2024-12"),
])
def test_zh_a_count_in_words_with_more_after_a_stock_verb(text: str, value: float, when: str) -> None:
    m = only(text, "zh", PUB)
    assert (m.value, m.unit, m.qualifier, m.measure, _time(m)) == (value, "count", "gt", "level", when)


@pytest.mark.parametrize("text", [
    "活动吸引了三千余人参加。",
    "一百多年来，这里一直是工业重镇。",
    "国家发展改革委等二十余个部门联合印发通知。",
    "方案提出了十余项重点任务。",
])
def test_zh_counts_in_words_with_more_but_no_stock_verb_are_no_figures(text: str) -> None:
    assert zh(text) == []


# --- attributes ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, level, change", [
    ("As of the end of August, gigabit broadband users numbered 212 million, up 31.4 million from the end of last year.",
     212e6, 31.4e6),
    ("Industrial internet platforms connected 96 million devices by June, an increase of 8 million from the end of 2024.",
     96e6, 8e6),
])
def test_en_a_level_then_its_change_since_a_base(text: str, level: float, change: float) -> None:
    assert [(m.value, m.measure) for m in en(text)] == [(level, "level"), (change, "net_increase")]


def test_en_a_change_since_a_base_alone_stays_a_net_increase() -> None:
    m = only("The number of 5G base stations rose by 1.1 million from the end of last year.", "en", PUB)
    assert (m.value, m.measure) == (1.1e6, "net_increase")


@pytest.mark.parametrize("text, value, when", [
    ("1—8月，新能源汽车出口增速最快，达到32.1%。", 32.1, "2025-01/2025-08"),
    ("上半年，电子行业收入增速最快，为12.3%。", 12.3, "2025-01/2025-06"),
])
def test_zh_a_growth_rate_named_as_the_subject_before_a_comma(text: str, value: float, when: str) -> None:
    m = only(text, "zh", PUB)
    assert (m.value, m.measure, _time(m)) == (value, "yoy_growth", when)


def test_zh_a_share_named_as_the_subject_stays_a_share() -> None:
    m = only("其中，民营企业占比最高，达到45.2%。", "zh", PUB)
    assert (m.value, m.measure) == (45.2, "share")


@pytest.mark.parametrize("text, measure", [
    ("本次入选项目总投资约1280亿元。", "level"),
    ("今年共有35个项目入选，总投资达420亿元。", "level"),
    ("全年新增投资500亿元。", "net_increase"),
])
def test_zh_money_the_entrants_of_a_list_hold_is_no_money_added(text: str, measure: str) -> None:
    found = [m for m in zh(text) if m.unit == "CNY"]
    assert [m.measure for m in found] == [measure]


# --- events ----------------------------------------------------------------------------------
def _events(text: str, lang: str, published: date = PUB):
    return [(e.type, e.subtype, e.date, e.agency) for e in extract_events(text, published=published, lang=lang)]


@pytest.mark.parametrize("text, when", [
    ("In July, the MIIT named 1,005 firms as the sixth batch of national 'little giants'.", "2025-07"),
    ("Last month the MIIT selected 30 parks as the third batch of smart manufacturing pilots.", "2025-08"),
    ("In August, the MIIT named Shenzhen as the first batch of pilot cities.", "2025-08"),
])
def test_en_entrants_named_as_a_batch_of_a_list(text: str, when: str) -> None:
    assert _events(text, "en") == [("approval", None, when, "MIIT")]


def test_en_entrants_still_to_be_named_as_a_batch_are_no_event() -> None:
    assert _events("The MIIT will name 500 firms as the next batch of little giants.", "en") == []


@pytest.mark.parametrize("text, when", [
    ("国家统计局服务业调查中心9月30日发布数据，9月中国制造业采购经理指数（PMI）为50.2%。", "2025-09-30"),
    ("国家统计局8月15日公布数据，前7个月规模以上工业增加值增长6.2%。", "2025-08-15"),
])
def test_zh_data_released_bare_before_the_figures(text: str, when: str) -> None:
    assert _events(text, "zh", date(2025, 9, 30)) == [("other", "data_release", when, "National Bureau of Statistics")]


@pytest.mark.parametrize("text", [
    "国家统计局将于10月20日发布数据，届时将公布三季度经济数据。",
    "中国汽车工业协会11日发布数据，8月汽车销量增长8%。",
])
def test_zh_future_or_association_data_releases_are_no_event(text: str) -> None:
    assert _events(text, "zh") == []


@pytest.mark.parametrize("text, agency", [
    ("江苏省工业和信息化厅\n关于公布2025年度省级智能工厂名单的通知\n各设区市工业和信息化局：\n"
     "经企业申报、专家评审，现确定某公司等52家工厂为2025年度省级智能工厂，现将名单予以公布。",
     "Jiangsu Provincial Department of Industry and Information Technology"),
    ("工业和信息化部办公厅\n各省工业和信息化主管部门：\n经地方推荐、专家论证，现将2026年度绿色工厂名单予以公示。", "MIIT"),
])
def test_zh_a_notice_publishing_its_own_list_on_its_day(text: str, agency: str) -> None:
    assert _events(text, "zh", date(2026, 7, 10)) == [("approval", None, "2026-07-10", agency)]


def test_zh_a_list_to_be_published_later_is_no_event() -> None:
    assert _events("工业和信息化部办公厅\n各省工业和信息化主管部门：\n名单将于下月予以公布。", "zh", date(2026, 7, 10)) == []
