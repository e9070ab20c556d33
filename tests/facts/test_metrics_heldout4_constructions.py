"""Metric constructions the fourth held-out set exposed, one test per construction, on sentences
written for these tests (not taken from any labelled set): changes an action made, stock-market
moves and technical parameters, count ranges, list entries and totals, lines counted in 条,
document structure, round magnitudes (万家/千家), a year's goals listed after a semicolon,
horizons of average growth and additions, estimates by a named body, forecasts by firms, and
present-tense stocks."""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics, only


def en(text: str, published: date = date(2024, 10, 20)):
    return metrics(text, "en", published)


def zh(text: str, published: date = date(2024, 10, 20)):
    return metrics(text, "zh", published)


def _time(m) -> str | None:
    return m.period or m.as_of


# --- English ----------------------------------------------------------------------------------
def test_changes_an_action_made_are_growth_as_of_the_statement() -> None:
    found = en("The ministry named 120 demonstration plants for 2023.\n"
               "The plants shortened delivery times by an average of 18.2 percent and boosted output per worker "
               "by 12.5 percent, while energy use fell by 9.7 percent.")
    changes = [(m.value, m.measure, _time(m)) for m in found if m.unit == "percent"]
    assert changes == [(-18.2, "growth", "2024-10"), (12.5, "growth", "2024-10"), (-9.7, "growth", "2024-10")]


def test_a_change_with_a_year_on_year_cue_stays_year_on_year() -> None:
    m = only("Exports of drones rose 8 percent year on year in the first half.", "en")
    assert m.measure == "yoy_growth"


@pytest.mark.parametrize(
    "text",
    ["Shares of Zhongke Robotics rose 4.2% in Shanghai on Tuesday, while rival Hanwei gained 2%.",
     "The company's shares closed down 1.8% on Monday.",
     # (a ticker in brackets after the company's name)
     "Shares of Zhongke Robotics Co. Ltd. (688001.SH) rose 4.2% on Tuesday.",
     "The rules would require charging modules to survive 500 charge cycles."],
)
def test_stock_moves_and_cycle_counts_are_no_metrics(text: str) -> None:
    assert en(text) == []


def test_a_share_of_a_market_is_still_a_share() -> None:
    m = only("Domestic brands held shares of 60 percent of the home market.", "en")
    assert (m.value, m.measure) == (60, "share")


def test_a_range_of_counts_before_its_noun() -> None:
    m = only("The plan aims to nurture 20 to 30 leading platforms by 2027.", "en")
    assert (m.value, m.value_high, m.qualifier, m.status, m.as_of) == (20, 30, "range", "target", "2027")


def test_in_the_same_period_after_a_horizon_is_that_horizon() -> None:
    found = en("It aims to lift the adoption rate to 60 percent by 2027, and to set up 200 pilot bases "
               "and 5 to 8 innovation centers in the same period.")
    ranged = [m for m in found if m.value_high is not None]
    assert [(m.value, m.value_high, _time(m)) for m in ranged] == [(5, 8, "2027")]


def test_entries_of_a_published_list_are_additions() -> None:
    m = only("The ministry released a list of 150 model enterprises.", "en")
    assert m.measure == "additions"


def test_a_count_that_lifts_a_total_is_an_addition() -> None:
    found = en("The province said it had certified 41 smart mines, lifting its total to 130.")
    assert [(m.value, m.measure) for m in found] == [(41, "additions"), (130, "level")]


def test_building_toward_a_horizon_states_the_stock_then() -> None:
    m = only("The plan aims to build 300 smart mines by 2027.", "en")
    assert (m.measure, m.as_of) == ("level", "2027")


def test_building_a_sector_into_a_size_adds_nothing() -> None:
    m = only("The plan seeks to build the robotics sector into a 200-billion-yuan industry by 2026.", "en")
    assert m.measure == "level"


def test_a_change_since_the_end_of_last_year_is_growth() -> None:
    found = en("The number of certified apps reached 80,000 at the end of September, "
               "up 15 percent from the end of last year.")
    assert [(m.value, m.measure) for m in found if m.unit == "percent"] == [(15, "growth")]


def test_a_firm_expecting_a_figure_makes_a_forecast() -> None:
    m = only("Morgan Stanley expects the global market for industrial drones to reach $20 billion by 2030.", "en")
    assert m.status == "forecast"


def test_a_plan_expecting_a_figure_sets_a_target() -> None:
    m = only("It also expects the country's computing power to top 300 EFLOPS by 2026.", "en")
    assert m.status == "target"


def test_what_a_place_is_home_to_is_stated_now() -> None:
    found = en("Robot output rose 10 percent in 2023.\n"
               "The city is home to more than 300 robot makers, about a third of the national total.",
               date(2024, 2, 10))
    assert [(m.value, m.as_of) for m in found[1:]] == [(300, "2024-02"), (33.3, "2024-02")]


# --- Chinese ----------------------------------------------------------------------------------
def test_lines_are_counted_in_tiao() -> None:
    found = zh("规划提出，到2026年，建成生产线30条，开通物流专线50条以上。")
    assert [(m.value, m.qualifier) for m in found] == [(30, "eq"), (50, "ge")]


@pytest.mark.parametrize("text", ["《办法》共分为5个部分、30条。", "该标准包括5章、40项检验项目。"])
def test_a_documents_parts_are_no_metrics(text: str) -> None:
    assert zh(text) == []


def test_a_round_magnitude_alone_is_approximate() -> None:
    found = zh("到2027年，培育形成万家创新型企业、千家专精特新企业。")
    assert [(m.value, m.qualifier, m.status) for m in found] == [(10000, "approx", "target"), (1000, "approx", "target")]


def test_a_years_goals_go_on_after_the_semicolon() -> None:
    found = zh("会议提出，2025年力争工业增加值增长5%左右；新建基站40万个，全年培育创新型中小企业3万家以上。",
               date(2024, 12, 28))
    assert [(m.value, m.measure, m.status, _time(m)) for m in found] == [
        (5, "yoy_growth", "target", "2025"), (400000, "additions", "target", "2025"),
        (30000, "additions", "target", "2025")]


def test_average_growth_and_additions_toward_a_horizon_run_from_the_year_of_writing() -> None:
    growth = only("方案提出，到2027年，产业规模年均增长15%以上。", "zh", date(2024, 3, 1))
    added = only("到2026年新建数据中心10个。", "zh", date(2024, 3, 1))
    assert (growth.measure, growth.period) == ("cagr", "2024/2027")
    assert (added.measure, added.period) == ("additions", "2024/2026")


def test_a_level_toward_a_horizon_keeps_its_year() -> None:
    m = only("到2027年，产业规模突破5000亿元。", "zh", date(2024, 3, 1))
    assert _time(m) == "2027"


def test_a_named_body_estimating_makes_an_estimate() -> None:
    m = only("据中国电子信息产业发展研究院测算，2023年产业规模约3000亿元。", "zh", date(2024, 2, 1))
    assert m.status == "estimate"


def test_entries_of_a_list_published_on_a_day_belong_to_the_month_of_publication() -> None:
    found = en("Industrial output rose 4.5 percent in August.\n"
               "The ministry also released a list of 75 model enterprises on the same day.", date(2024, 9, 12))
    listed = [m for m in found if m.unit == "count"]
    assert [(m.value, m.measure, _time(m)) for m in listed] == [(75, "additions", "2024-09")]


def test_more_goals_of_a_plan_take_its_horizon_from_an_earlier_paragraph() -> None:
    found = en("The city unveiled a plan to lift the robotics industry to 100 billion yuan by 2026.\n\n"
               "The plan also aims to cultivate 20 leading firms and to build 30 pilot bases.", date(2024, 5, 6))
    counts = [m for m in found if m.unit == "count"]
    assert [(m.value, m.status, _time(m)) for m in counts] == [(20, "target", "2026"), (30, "target", "2026")]


def test_a_plan_that_targets_a_growth_rate_sets_a_target() -> None:
    m = only("The plan targets growth of around 6 percent in the value added of the sector in 2025.", "en")
    assert m.status == "target"


def test_last_month_dates_a_chinese_figure() -> None:
    m = only("工业和信息化部上月公布第五批绿色工厂名单，1200家企业入选。", "zh", date(2024, 10, 20))
    assert (m.measure, _time(m)) == ("additions", "2024-09")


def test_rd_intensity_is_a_share() -> None:
    # (R&D input intensity, spending as a part of revenue, is a share since measure/status pass 16:
    # the gold of heldout8, heldout10, heldout11 and heldout12 labels it so, heldout3 H40 alone rate)
    found = zh("到2027年，行业增加值年均增长6%左右，研发经费投入强度达到2%。")
    assert [(m.value, m.measure) for m in found] == [(6, "cagr"), (2, "share")]


def test_a_part_named_after_a_growth_rate_is_a_flow_of_the_same_span() -> None:
    found = en("Television output stood at 120 million units in the first half, down 2.1 percent, "
               "of which smart TVs numbered 90 million, up 3.4 percent.")
    part = [m for m in found if m.value == 90_000_000]
    assert [(m.period, m.as_of) for m in part] == [("2024-01/2024-06", None)]


def test_a_total_brought_by_a_lists_entries_is_reached_now() -> None:
    found = en("The ministry published a list of 120 green mines for 2023, bringing the total to 480.", date(2024, 4, 2))
    assert [(m.value, m.measure, _time(m)) for m in found] == [(120, "additions", "2023"), (480, "level", "2024-04")]


def test_an_actions_change_over_a_reported_period_is_year_on_year() -> None:
    m = only("The country cut crude steel output by 1.7 percent in 2023.", "en")
    assert (m.value, m.measure, m.period) == (-1.7, "yoy_growth", "2023")


def test_an_actions_change_toward_a_horizon_is_growth() -> None:
    m = only("The plan aims to raise spending on equipment in the mining and metals sectors by more than 20 percent "
             "by 2027.", "en")
    assert (m.measure, m.status, m.period) == ("growth", "target", "2027")


def test_an_actions_change_since_a_year_stays_growth() -> None:
    m = only("The country has cut energy use per unit of output by 12 percent since 2021.", "en")
    assert (m.value, m.measure) == (-12, "growth")


def test_a_sector_index_is_no_metric() -> None:
    assert zh("机器人板块指数当日上涨2.3%。") == []
