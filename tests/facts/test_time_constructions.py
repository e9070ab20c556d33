"""Periods and as-of dates of metrics, by construction, in Chinese and English: quarters, targets
dated by their horizon, stocks dated by the text rather than by the publication date, whole-year
expressions, Five-Year Plan spans and comparison bases (scrapers.facts.periods / timeline)."""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics


def times(text: str, lang: str, published: date) -> list[tuple[float, str | None, str | None]]:
    return [(m.value, m.period, m.as_of) for m in metrics(text, lang, published)]


# --- a span of exactly one quarter is the quarter -------------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("1—3月，软件业务收入同比增长10.2%。", "zh"),
        ("2025年前3个月，软件业务收入同比增长10.2%。", "zh"),
        ("一季度，软件业务收入同比增长10.2%。", "zh"),
        ("Software revenue rose 10.2 percent year on year in January-March.", "en"),
        ("Software revenue rose 10.2 percent year on year in the first three months.", "en"),
        ("Software revenue rose 10.2 percent year on year in the first quarter.", "en"),
    ],
)
def test_quarter_has_one_spelling(text: str, lang: str) -> None:
    assert times(text, lang, date(2025, 4, 17)) == [(10.2, "2025-Q1", None)]


def test_spans_longer_than_a_quarter_keep_their_months() -> None:
    assert times("1—4月，软件业务收入同比增长10.2%。", "zh", date(2025, 5, 20)) == [(10.2, "2025-01/2025-04", None)]
    assert times("Revenue rose 10.2 percent in January-October.", "en", date(2025, 11, 20)) == [(10.2, "2025-01/2025-10", None)]


# --- comparison bases -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("前5个月，软件业务收入增长11.2%。\n出口额221亿美元，比去年同期下降1.5%。", "zh"),
        ("Revenue grew 11.2 percent in the first five months.\n"
         "Software exports stood at 22.1 billion dollars, down 1.5 percent from the same period last year.", "en"),
        ("Revenue grew 11.2 percent in the first five months.\n"
         "Software exports stood at 22.1 billion dollars, down 1.5 percent compared with the same period of last year.", "en"),
    ],
)
def test_same_period_last_year_is_a_comparison_base(text: str, lang: str) -> None:
    found = times(text, lang, date(2025, 6, 25))
    assert [p for _, p, _ in found] == ["2025-01/2025-05"] * 3


# --- "above designated size" names the firms covered, not a stock's scale --------------------------

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("1—8月，规模以上电子信息制造业实现营业收入10.96万亿元。", "zh"),
        ("Electronics manufacturers above designated size earned 10.96 trillion yuan in revenue in the first eight months.", "en"),
    ],
)
def test_revenue_of_firms_above_designated_size_is_a_flow(text: str, lang: str) -> None:
    assert times(text, lang, date(2025, 9, 26)) == [(10.96e12, "2025-01/2025-08", None)]


def test_industry_scale_is_still_a_stock() -> None:
    assert times("截至6月末，我国人工智能核心产业规模超过5000亿元。", "zh", date(2025, 7, 20)) == [(5e11, None, "2025-06")]


# --- whole-year expressions ----------------------------------------------------------------------

def test_whole_year_after_a_named_year_is_that_year() -> None:
    # In January, 全年 alone means the year just ended; after "2026年" it means 2026.
    found = metrics("预计2026年增加值将增长4%，全年计划新培育100个以上示范企业。", "zh", date(2026, 1, 23))
    assert [(m.value, m.period, m.status) for m in found] == [(4, "2026", "forecast"), (100, "2026", "target")]
    found = metrics("Output is expected to grow 4 percent in 2026, and for the full year the plan is to add 100 model firms.",
                    "en", date(2026, 1, 23))
    assert [(m.value, m.period) for m in found] == [(4, "2026"), (100, "2026")]


@pytest.mark.parametrize(
    ("text", "lang", "published", "period"),
    [
        ("Auto output for the full year is expected to exceed 33 million units.", "en", date(2025, 11, 12), "2025"),
        ("Auto output for the whole year reached 31 million units.", "en", date(2026, 1, 15), "2025"),
        ("全年汽车产量预计超过3300万辆。", "zh", date(2025, 11, 12), "2025"),
        ("全年汽车产量达到3100万辆。", "zh", date(2026, 1, 15), "2025"),
    ],
)
def test_full_year_is_the_year_being_reported(text: str, lang: str, published: date, period: str) -> None:
    assert [m.period for m in metrics(text, lang, published)] == [period]


# --- Five-Year Plan spans -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang", "published", "period"),
    [
        ("Energy use per unit of value added fell about 15 percent over the 14th Five-Year Plan period.", "en", date(2025, 9, 10), "2021/2025"),
        ("Energy use per unit of value added fell about 15 percent during the 14th Five-Year Plan (2021-2025).", "en", date(2025, 9, 10), "2021/2025"),
        ("Since the start of the 14th Five-Year Plan, energy use per unit of value added has fallen about 15 percent.", "en", date(2025, 9, 10), "2021-01/2025-09"),
        ("Since the start of the 14th Five-Year Plan, energy use per unit of value added has fallen about 15 percent.", "en", date(2025, 12, 19), "2021/2025"),
        ("“十四五”以来，单位增加值能耗累计下降约15%。", "zh", date(2025, 9, 10), "2021-01/2025-09"),
        ("“十四五”以来，单位增加值能耗累计下降约15%。", "zh", date(2025, 12, 19), "2021/2025"),
        ("“十四五”时期，单位增加值能耗累计下降约15%。", "zh", date(2025, 9, 10), "2021/2025"),
    ],
)
def test_five_year_plan_spans(text: str, lang: str, published: date, period: str) -> None:
    assert [m.period for m in metrics(text, lang, published)] == [period]


def test_when_a_plan_began_is_a_comparison_base() -> None:
    found = metrics('The number of "little giant" firms has climbed past 17,600, compared with just over 5,000 '
                    "when the 14th Five-Year Plan period (2021-2025) began.", "en", date(2025, 11, 13))
    assert (found[0].value, found[0].period, found[0].as_of) == (17600, None, "2025-11")


# --- targets dated by their horizon ---------------------------------------------------------------

def test_each_english_figure_takes_the_horizon_written_after_it() -> None:
    found = metrics("China aims for the adoption rate of AI agents to surpass 70 percent by 2027 and 90 percent by 2030.",
                    "en", date(2025, 9, 17))
    assert [(m.value, m.as_of, m.status) for m in found] == [(70, "2027", "target"), (90, "2030", "target")]


def test_one_horizon_closing_a_list_of_goals_dates_them_all() -> None:
    found = metrics("Under a plan released in 2024, China aims to cultivate more than 1 million innovative SMEs and "
                    'around 20,000 "little giants" by 2027.', "en", date(2025, 9, 3))
    assert [(m.value, m.as_of, m.status) for m in found] == [(1e6, "2027", "target"), (20000, "2027", "target")]
    found = metrics("计划提出，培育创新型中小企业100万家、专精特新“小巨人”企业2万家，到2027年完成。", "zh", date(2025, 9, 3))
    assert [(m.value, m.as_of) for m in found] == [(1e6, "2027"), (20000, "2027")]


def test_a_horizon_after_a_figure_outside_a_goal_statement_does_not_date_it() -> None:
    found = metrics("The sector employs 2 million people and aims to reach 3 million by 2030.", "en", date(2025, 9, 3))
    assert (found[0].value, found[0].status) == (2e6, "actual") and found[0].as_of != "2030"
    assert (found[1].value, found[1].as_of, found[1].status) == (3e6, "2030", "target")


def test_goals_listed_after_a_horizon_and_cut_at_semicolons_keep_it() -> None:
    text = ("《措施》提出，到2027年，数字化转型城市试点覆盖所有地级市的40%以上；"
            "关键工序数控化率达到65%，数字化研发设计工具普及率达到80%；推广超过1万个数字化产品。")
    found = metrics(text, "zh", date(2025, 7, 16))
    assert [(m.value, m.as_of, m.status) for m in found] == [
        (40, "2027", "target"), (65, "2027", "target"), (80, "2027", "target"), (10000, "2027", "target")]
    found = metrics("By 2027, digital tools will reach 80 percent of firms; the numerical control rate will reach "
                    "65 percent; more than 10,000 digital products will be promoted.", "en", date(2025, 7, 16))
    assert [(m.value, m.period or m.as_of, m.status) for m in found] == [
        (80, "2027", "target"), (65, "2027", "target"), (10000, "2027", "target")]


def test_a_piece_with_its_own_time_ends_the_list_of_goals() -> None:
    found = metrics("到2027年，数控化率达到65%；2024年，数控化率为58%；普及率为70%。", "zh", date(2025, 7, 16))
    assert [(m.value, m.status) for m in found] == [(65, "target"), (58, "actual"), (70, "actual")]
    assert found[1].as_of != "2027" and found[2].as_of != "2027"


# --- stocks: the date stated in the text, not the publication date, and vice versa ----------------

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("截至6月末，全国算力总规模达到788EFLOPS。\n全国已建成智能工厂3万余家。", "zh"),
        ("As of the end of June, China's total computing power had reached 788 EFLOPS.\n"
         "Over 30,000 intelligent factories have been built, the official said.", "en"),
    ],
)
def test_a_stock_date_from_paragraphs_back_holds_only_while_recent(text: str, lang: str) -> None:
    # Published in July the June figure still frames the text; in September it is old news and
    # an undated stock is stated as of the statement.
    assert [a for _, _, a in times(text, lang, date(2025, 7, 20))] == ["2025-06", "2025-06"]
    assert [a for _, _, a in times(text, lang, date(2025, 9, 17))] == ["2025-06", "2025-09"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我国共有人形机器人整机企业150余家，预计2026年市场规模将达到87亿元。", "zh"),
        ("China is home to more than 150 humanoid robot makers, and the market is projected to reach "
         "about 8.7 billion yuan in 2026.", "en"),
    ],
)
def test_a_stock_is_not_dated_by_a_year_still_ahead_in_another_clause(text: str, lang: str) -> None:
    found = metrics(text, lang, date(2026, 3, 6))
    assert (found[0].value, found[0].as_of, found[0].status) == (150, "2026-03", "actual")
    assert found[1].value == 8.7e9 and (found[1].period or found[1].as_of).startswith("2026")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("上半年，营业收入同比增长7.2%。\n新入选企业中，从事先进制造业的占比近70%。", "zh"),
        ("In the first half of the year, revenue grew 7.2 percent.\n"
         "Nearly 70 percent of the new entrants are engaged in advanced manufacturing.", "en"),
    ],
)
def test_a_share_takes_the_reporting_period_only_while_it_is_recent(text: str, lang: str) -> None:
    assert times(text, lang, date(2025, 7, 20))[1] == (70, "2025-01/2025-06", None)
    assert times(text, lang, date(2025, 9, 3))[1] == (70, None, "2025-09")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("一季度，装备制造业增加值同比增长10.9%。\n装备制造业占规模以上工业增加值的比重为35.6%。", "zh"),
        ("Value added of equipment manufacturing grew 10.9 percent in the first quarter.\n"
         "The sector accounted for 35.6 percent of the value added of industrial firms.", "en"),
    ],
)
def test_a_share_in_a_quarterly_report_takes_the_quarter(text: str, lang: str) -> None:
    assert times(text, lang, date(2025, 4, 17))[1] == (35.6, "2025-Q1", None)


# --- status of goals ------------------------------------------------------------------------------

def test_aims_for_states_a_goal() -> None:
    found = metrics("The plan aims for capacity utilization of more than 80 percent by the end of 2026.", "en", date(2025, 8, 22))
    assert [(m.value, m.as_of, m.status) for m in found] == [(80, "2026-12", "target")]


# --- "now" is when the figures were stated ----------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2022中国算力大会新闻发布会6月29日在北京召开。\n目前，我国算力总规模超过140EFLOPS。\n全国千兆用户数突破5000万。", "zh"),
        ("The ministry said at a press conference on June 29 that the industry is growing.\n"
         "China's total computing power currently exceeds 140 EFLOPS.\nGigabit broadband users topped 50 million.", "en"),
        ("BEIJING, June 30 (Xinhua) -- China's total computing power currently exceeds 140 EFLOPS.\n"
         "Gigabit broadband users topped 50 million.", "en"),
    ],
)
def test_now_is_the_month_of_the_statement(text: str, lang: str) -> None:
    # Published on 2 July, stated at a conference (or under a dateline) in June.
    assert [a for _, _, a in times(text, lang, date(2022, 7, 2))] == ["2022-06", "2022-06"]


def test_an_old_occasion_does_not_date_now() -> None:
    text = "2022中国算力大会新闻发布会4月29日在北京召开。\n目前，我国算力总规模超过140EFLOPS。"
    assert [a for _, _, a in times(text, "zh", date(2022, 7, 2))] == ["2022-07"]


# --- period phrases resolved against the publication date ----------------------------------------

@pytest.mark.parametrize(
    ("text", "lang", "published", "period", "as_of"),
    [
        ("前三季度，软件业务收入增长10%。", "zh", date(2025, 10, 20), "2025-01/2025-09", None),
        ("Software revenue grew 10 percent in the first three quarters.", "en", date(2025, 10, 20), "2025-01/2025-09", None),
        ("1—10月，软件业务收入增长10%。", "zh", date(2026, 1, 10), "2025-01/2025-10", None),
        ("Software revenue grew 10 percent in January-October.", "en", date(2026, 1, 10), "2025-01/2025-10", None),
        ("去年，软件业务收入增长10%。", "zh", date(2025, 3, 1), "2024", None),
        ("Software revenue grew 10 percent last year.", "en", date(2025, 3, 1), "2024", None),
        ("2024年，软件业务收入增长10%。", "zh", date(2025, 3, 1), "2024", None),
        ("Software revenue grew 10 percent in 2024.", "en", date(2025, 3, 1), "2024", None),
        ("截至9月末，5G基站总数达到458万个。", "zh", date(2026, 1, 10), None, "2025-09"),
        ("China had 4.58 million 5G base stations as of the end of September.", "en", date(2026, 1, 10), None, "2025-09"),
    ],
)
def test_period_phrases_resolve_against_publication(text: str, lang: str, published: date, period, as_of) -> None:
    found = metrics(text, lang, published)
    assert [(m.period, m.as_of) for m in found] == [(period, as_of)]


# --- parts of a figure; a plan's baseline -----------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("1—10月，汽车出口560万辆，其中新能源汽车201万辆。", "zh"),
        ("Vehicle exports reached about 5.6 million units in the first ten months, of which NEVs made up roughly 2.01 million.", "en"),
    ],
)
def test_a_part_of_a_flow_is_a_flow_over_the_same_span(text: str, lang: str) -> None:
    assert times(text, lang, date(2025, 11, 12)) == [(5.6e6, "2025-01/2025-10", None), (2.01e6, "2025-01/2025-10", None)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("截至10月末，全国5G基站达到458万个，其中农村地区120万个。", "zh"),
        ("China had 4.58 million 5G base stations as of the end of October, of which 1.2 million were in rural areas.", "en"),
    ],
)
def test_a_part_of_a_stock_stays_a_stock(text: str, lang: str) -> None:
    assert times(text, lang, date(2025, 11, 12)) == [(4.58e6, None, "2025-10"), (1.2e6, None, "2025-10")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("回顾“十三五”，工业机器人年产量从7.2万套提高到21.2万套。", "zh"),
        ("Over the 13th Five-Year Plan period, annual output of industrial robots rose from 72,000 units to 212,000 units.", "en"),
    ],
)
def test_a_plan_runs_from_the_year_before_it_began(text: str, lang: str) -> None:
    assert [m.period for m in metrics(text, lang, date(2021, 12, 28))] == ["2015", "2020"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("到2020年，我国已建成5G基站70万个。", "zh"),
        ("By 2020, China had built 700,000 5G base stations.", "en"),
    ],
)
def test_a_horizon_already_past_dates_what_was_reached(text: str, lang: str) -> None:
    found = metrics(text, lang, date(2022, 3, 1))
    assert [(m.value, m.as_of, m.status) for m in found] == [(700000, "2020-12", "actual")]
    found = metrics(text.replace("2020", "2027").replace("已建成", "建成").replace("had built", "will have built"), lang, date(2025, 3, 1))
    assert [(m.value, m.as_of, m.status) for m in found] == [(700000, "2027", "target")]
