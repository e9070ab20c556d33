"""Precision audit 5: the misreadings audits 3 and 4 left, on sentences written for these tests
(none from a labelled set), each with near-misses that must keep their reading.

1. Permits a company says its products received ("Two of its models received MIIT approvals, the
   company said"): company news, the body only names the permits' kind.
2. A year's tally of permits granted ("2,000 companies received high-tech certificates last year"):
   no dated act.
3. An emergency response set going (启动应急预案和应急响应行动, 启动“…应急行动”): no plan announced.
4. A yes/no question ("Will 300 producers exit the market this year?"): states no figure.
5. A stock move with a cause clause ("Shares of X rose 5% after sales rose 20%"): the cause's
   figures are kept, the move's are not.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events, summary
from metric_helpers import metrics

DAY = date(2026, 3, 27)


# --- 1. permits a company says it received ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Two of its models received MIIT approvals, the company said.",
    "Three of its vehicles won MIIT product access approvals, according to the automaker.",
    "Four of the group's plants obtained MIIT licences, the carmaker said in a statement on Tuesday.",
    "Two of its drugs received MIIT certificates, the company said in a stock exchange filing.",
])
def test_permits_a_company_says_it_received_are_no_approval(text):
    assert summary(events(text, "en", DAY)) == []


@pytest.mark.parametrize("text, when", [
    # (near-misses: the body tells of the grants, or grants them as the subject)
    ("The MIIT said 23 companies received production licences on Tuesday.", "2026-03-24"),
    ("Nine models received MIIT product access approvals on Tuesday.", "2026-03-24"),
    ("The MIIT granted approvals to 3 of its models on Tuesday, the company said.", "2026-03-24"),
])
def test_permits_a_body_grants_or_tells_of_stay_approvals(text, when):
    assert summary(events(text, "en", DAY)) == [("approval", when, "MIIT")]


# --- 2. a year's tally of permits ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The MIIT said a total of 2,000 companies received high-tech certificates last year.",
    "A total of 2,000 companies received high-tech certificates in 2025, the MIIT said.",
    "The MIIT granted production licences to 120 companies last year.",
    "The MIIT said 35 firms in all obtained radio transmission equipment licences this year.",
])
def test_a_years_tally_of_permits_is_no_approval(text):
    assert summary(events(text, "en", DAY)) == []


@pytest.mark.parametrize("text, when", [
    # (near-misses: a month or a day is an act's date; a few recipients in a year, one act)
    ("The MIIT in 2019 granted 5G licences to 4 operators.", "2019"),
    ("In 2025, the MIIT granted satellite licences to 3 operators.", "2025"),
    ("The MIIT granted production licences to 12 companies in March.", "2026-03"),
    ("The MIIT said 23 companies received production licences on Tuesday.", "2026-03-24"),
    ("The MIIT granted production licences to 12 companies in December last year.", "2025-12"),
])
def test_grants_of_a_month_or_day_stay_approvals(text, when):
    assert summary(events(text, "en", DAY)) == [("approval", when, "MIIT")]


# --- 3. emergency responses ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "工业和信息化部启动应急预案和应急响应行动。",
    "工业和信息化部启动“通信保障应急行动”。",
    "工业和信息化部启动抢险救灾专项行动。",
    "工业和信息化部启动Ⅳ级应急响应保障行动。",
])
def test_an_emergency_response_is_no_plan(text):
    assert [e.type for e in events(text, "zh", DAY)] == []


@pytest.mark.parametrize("text", [
    # (near-misses: programmes, an industry's plan about emergencies among them)
    "工业和信息化部启动2026年中小企业服务月活动。",
    "工业和信息化部启动“应急产业培育行动计划”。",
    "工业和信息化部启动应急产业提升行动。",
    "工业和信息化部启动“5G+工业互联网”融合应用深化行动。",
])
def test_programmes_stay_plans(text):
    assert [e.type for e in events(text, "zh", DAY)] == ["plan_announced"]


# --- 4. yes/no questions ------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "Will 300 producers exit the market this year?"),
    ("en", "Can China add 1 million charging piles by 2027?"),
    ("en", "\"Will sales top 15 million units in 2026?\""),
    ("zh", "今年新能源汽车产量能否突破1500万辆？"),
    ("zh", "明年全国5G基站会不会超过500万个？"),
])
def test_a_yes_no_question_states_no_figure(lang, text):
    assert metrics(text, lang, DAY) == []


@pytest.mark.parametrize("lang, text, value", [
    # (near-misses: a question that takes its figure as given, a statement, May the month)
    ("en", "Why did NEV sales rise 20% in February?", 20),
    ("en", "China will add 300,000 charging piles this year.", 300_000),
    ("en", "May 5 saw NEV sales rise 20%?", 20),
    ("zh", "2月新能源汽车销量为何增长20%？", 20),
    ("zh", "今年新能源汽车产量将突破1500万辆。", 15_000_000),
])
def test_other_sentences_keep_their_figures(lang, text, value):
    assert [m.value for m in metrics(text, lang, DAY)] == [value]


# --- 5. stock moves and their causes ------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Shares of BYD rose 5% after NEV sales rose 20% in February.", 20),
    ("Shares of Sungrow Power jumped 6.1% as solar installations rose 35% in the first half.", 35),
    ("Changan's Hong Kong-listed shares rose 4.6% after data showed NEV exports climbed 40% in March.", 40),
])
def test_a_stock_moves_cause_keeps_its_figures(text, value):
    assert [m.value for m in metrics(text, "en", DAY)] == [value]


@pytest.mark.parametrize("text", [
    # (near-misses: the move's own figures, a further move, the company's own results, another index)
    "Shares of BYD rose 5% to 300 yuan in Shenzhen.",
    "Shares of BYD rose 5% on Tuesday after falling 3% on Monday.",
    "Shares of BYD rose 5% after a 3% drop on Monday.",
    "Shares of BYD rose 5% after its sales rose 20% in February.",
    "Shares of BYD rose 5% after the company reported a 20% rise in sales.",
    "Shares of BYD rose 5% while the Hang Seng index fell 2%.",
    "Shares of BYD rose as much as 5% after hours.",
])
def test_a_stock_moves_own_figures_stay_dropped(text):
    assert metrics(text, "en", DAY) == []


@pytest.mark.parametrize("text", [
    # (a rival's move after a contrast, a rival's move as the "cause")
    "Shares of BYD rose 5% while rival Nio gained 2%.",
    "Shares of BYD rose 5% as rival Nio gained 2%.",
])
def test_a_rivals_move_stays_dropped(text):
    assert metrics(text, "en", DAY) == []
