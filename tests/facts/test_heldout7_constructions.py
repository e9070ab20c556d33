"""Metric constructions the seventh held-out set exposed, one test per construction, on sentences
written for these tests (not taken from any labelled set).

Non-figures: counts of departments (三部门, 15部门: the measure word 部 is half of 部门), the parts
of a document (4个部分提出了…), the threshold a run of years is counted by (连续第五年…10台及以上), tax
rates ("a 100 per cent tariff", 加征25%关税), caps a rule sets ("subsidies of up to 35 percent of
the price"), minimums a rule requires ("require each firm to spend at least 5% of revenue"), the
entrants of a list not drawn up yet ("will select around 50 pilot cities"). Figures: counts of
things 重点… names, parts ("Of those, 214 were …"), works in progress ("with another 27 under
construction": a stock), ranked places ("the most centres, with 58, followed by X with 47"),
changes by a fraction ("fell by about half"), a decline narrowed to a level (降幅收窄至3%: −3).
Attributes: counts over a year-to-date span are flows, "the second half" and "full-year" are
periods, projections to a horizon (到2030年…有望) are forecasts, first batches (首批) and approvals
(核准) are additions, and so is the total the approved items hold (核准了5个项目、共10台机组).
Events: counted makers and products named to a list, a relative passive after a comma with an
abbreviated agent (MARA), the head noun typing the object ("the measures for the centres"), a
title-first passive with a list of agents (…三部门联合印发), a batch of standards with its subject
between 项 and 标准, approvals at the State Council executive meeting (核准), a regulator (国家核安全局).
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics, only, reader, time_of
from scrapers.facts.events import extract_events

PUB = date(2025, 9, 10)


en, zh = reader("en", PUB), reader("zh", PUB)


def one(text: str, lang: str):
    return only(text, lang, PUB)


_time = time_of


# --- non-figures -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "该办法去年5月曾由两部门联合印发。",
    "国家发展改革委等12部门近日联合印发了实施意见。",
    "该规划由三部委共同编制。",
    "《方案》从技术创新、应用推广、安全保障3个部分构建了产业发展框架。",
    "这是连续第三年新增8家及以上示范企业。",
    "美方对相关产品加征25%关税。",
])
def test_zh_structure_actors_runs_and_tariffs_are_no_figures(text: str) -> None:
    assert zh(text) == []


@pytest.mark.parametrize("text", [
    "A 25 percent tariff on imported steel took effect last year.",
    "Farmers can receive grants of up to 30 percent of the purchase price under the scheme.",
    "The rules require each laboratory to invest at least 8% of its revenue in research.",
    "Officials said the ministry will select around 40 pilot zones for the program next year.",
])
def test_en_tax_rates_rule_parameters_and_future_lists_are_no_figures(text: str) -> None:
    assert en(text) == []


# --- figures ---------------------------------------------------------------------------------
def test_a_count_of_things_named_with_key_is_a_count() -> None:
    m = one("到2028年，我国将制定发布60项左右重点产品能效标准。", "zh")
    assert (m.value, m.unit, m.status, _time(m)) == (60, "count", "target", "2028")


def test_a_part_of_a_count_just_stated() -> None:
    found = en("Refiners completed 2,400 inspections in the first eight months of 2025. "
               "Of those, 310 were carried out by third parties.")
    assert [m.value for m in found] == [2400, 310]


def test_works_in_progress_are_a_stock_not_additions() -> None:
    found = en("The country had 40 hydrogen refuelling hubs at the end of 2024, with another 15 under construction.")
    assert [(m.value, m.measure, _time(m)) for m in found] == [(40, "level", "2024-12"), (15, "level", "2024-12")]


def test_ranked_places_with_their_counts() -> None:
    found = en("The ministry named 120 demonstration zones this month. Sichuan hosts the most zones, "
               "with 21, followed by Hunan with 17 and Hubei with 15.")
    assert [m.value for m in found] == [120, 21, 17, 15]


def test_a_change_by_a_fraction() -> None:
    found = en("Sales to Europe, which fell by about half in 2024, recovered this year.")
    assert [(m.value, m.unit, m.measure, m.qualifier, _time(m)) for m in found] == [
        (-50, "percent", "yoy_growth", "approx", "2024")]


def test_a_decline_narrowed_to_a_level_is_that_decline() -> None:
    m = one("行业协会预计，今年行业出口降幅将收窄至5%左右。", "zh")
    assert (m.value, m.measure) == (-5, "yoy_growth")


def test_a_decline_narrowed_by_points_stays_a_positive_change() -> None:
    found = zh("今年前8个月，行业利润同比下降6%，降幅比上半年收窄1.2个百分点。")
    assert [m.value for m in found] == [-6, 1.2]


# --- attributes ------------------------------------------------------------------------------
def test_counts_over_a_year_to_date_span_are_flows() -> None:
    found = en("Inspectors carried out 8,400 safety audits in the first seven months of 2025, covering about "
               "12.5 million devices.")
    assert [_time(m) for m in found] == ["2025-01/2025-07", "2025-01/2025-07"]
    assert all(m.period for m in found)


def test_a_stock_at_the_end_of_a_month_stays_a_stock() -> None:
    m = one("The country had 2,300 smart factories as of the end of July 2025.", "en")
    assert (m.period, m.as_of) == (None, "2025-07")


def test_a_count_of_firms_over_a_year_to_date_span_stays_a_stock() -> None:
    m = one("The number of industrial enterprises above designated size reached 530,000 in the first seven "
            "months of 2025.", "en")
    assert (m.period, m.as_of) == (None, "2025-07")


def test_the_second_half_expected_is_the_running_one() -> None:
    m = one("The association expects output to grow by 6 to 8 percent in the second half.", "en")
    assert (m.period, m.status) == ("2025-07/2025-12", "forecast")


def test_the_second_half_reported_is_the_last_one_ended() -> None:
    m = one("Exports of the machines rose 12 percent in the second half.", "en")
    assert m.period == "2024-07/2024-12"


def test_full_year_expected_is_this_year() -> None:
    m = one("An analyst at the bank expects full-year exports of about $9 billion.", "en")
    assert (m.period, m.status) == ("2025", "forecast")


def test_a_projection_to_a_horizon_is_a_forecast() -> None:
    m = one("据业内测算，到2030年我国工业软件市场规模有望突破5000亿元。", "zh")
    assert (m.status, _time(m)) == ("forecast", "2030")


def test_a_goal_to_a_horizon_stays_a_target() -> None:
    m = one("到2030年，我国工业软件市场规模力争突破5000亿元。", "zh")
    assert m.status == "target"


def test_a_first_batch_is_additions_but_first_of_a_kind_is_not() -> None:
    assert one("上月，省工信厅遴选确定首批15个数字化车间试点项目。", "zh").measure == "additions"
    assert one("首批次应用保险补偿累计支持项目数量达到800个。", "zh").measure == "level"
    # (首批 of the cities, not of the firms they led)
    assert one("首批试点城市已带动近2万家中小企业完成数字化改造。", "zh").measure == "level"


def test_approved_projects_and_the_units_they_hold_are_levels() -> None:
    # (session 18's convention: approvals that designate nothing are a count of approvals, a level;
    # see test_conventions_s18b.py)
    found = zh("会议核准了3个抽水蓄能项目、共12台机组。")
    assert [(m.value, m.measure) for m in found] == [(3, "level"), (12, "level")]
    assert one("去年全年新核准风电项目40个。", "zh").measure == "level"


# --- events ----------------------------------------------------------------------------------
def _events(text: str, lang: str, published: date = PUB):
    return [(e.type, e.date, e.agency, e.title) for e in extract_events(text, published=published, lang=lang)]


def test_en_counted_makers_and_products_named_to_a_list() -> None:
    assert _events("In May last year, the MIIT named 16 automakers to a pilot program on data security.", "en") == [
        ("approval", "2024-05", "MIIT", None)]
    assert _events("Last month the Ministry of Industry and Information Technology selected 45 products for its "
                   "second batch of first-of-a-kind equipment.", "en") == [("approval", "2025-08", "MIIT", None)]


def test_en_relative_passive_after_a_comma_with_an_abbreviated_agent() -> None:
    found = _events("A subsidy catalogue for irrigation equipment, which was revised by MARA in June last year, "
                    "still applies.", "en")
    assert found == [("document_issued", "2024-06", "Ministry of Agriculture and Rural Affairs", None)]


def test_en_the_head_noun_types_the_object_not_what_it_is_for() -> None:
    text = ("The Ministry of Industry and Information Technology runs the program. The management measures for the "
            "innovation centers, which the ministry revised in April last year, require annual reviews.")
    assert [t for t, *_ in _events(text, "en")] == ["document_issued"]


def test_zh_title_first_passive_with_a_list_of_agents() -> None:
    found = _events("《工业领域数据安全能力提升实施方案》近日由工业和信息化部、国家数据局、市场监管总局三部门联合印发。", "zh")
    assert found == [("document_issued", None, "MIIT; National Data Administration; SAMR",
                      "工业领域数据安全能力提升实施方案")]


def test_zh_a_batch_of_standards_with_its_subject_before_standard() -> None:
    found = _events("今年5月，工业和信息化部已发布首批18项重点产品能耗限额行业标准。", "zh")
    assert found == [("standard_release", "2025-05", "MIIT", None)]


def test_zh_approvals_at_the_state_council_executive_meeting() -> None:
    found = _events("8月20日召开的国务院常务会议核准了3个抽水蓄能项目。", "zh")
    assert found == [("approval", "2025-08-20", "State Council", None)]


def test_zh_a_regulator_revising_rules() -> None:
    found = _events("去年11月，国家核安全局修订发布了《核安全设备监督管理办法》。", "zh")
    assert found == [("document_issued", "2024-11", "National Nuclear Safety Administration", "核安全设备监督管理办法")]


def test_en_a_planner_approving_a_line_or_a_plan_to_build() -> None:
    assert _events("On Tuesday, the NDRC approved a 412-km intercity railway in central China.", "en") == [
        ("approval", "2025-09-09", "NDRC", None)]
    assert _events("In April last year, the National Development and Reform Commission approved a plan to build an "
                   "airport cluster in the Pearl River Delta.", "en") == [("approval", "2024-04", "NDRC", None)]


def test_en_a_plan_approved_without_a_project_is_no_list() -> None:
    assert _events("The State Council approved a plan to boost consumption.", "en") == []
