"""Conventions settled in session 19 (tests/data/devset/README.md, "Conventions settled in session
19"), on sentences written for these tests, with near-misses that must not change.

* Filings and registrations a period adds to a public register (新备案, 新登记) are ``additions``;
  the register's running total (累计备案, 已有…完成备案 to a date) stays a ``level``.
* A change "another/a further X%" told for a whole year ("next year", "in 2027") is that year on the
  year before, a ``yoy_growth``; for a half or a quarter, or with no span, it stays a ``growth``
  from the level now.
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics, time_of

PUB = date(2024, 5, 20)


def _one(text: str, value: float, lang: str, published: date = PUB):
    found = [m for m in metrics(text, lang, published) if m.value == value]
    assert len(found) == 1, [(m.value, m.unit, m.measure, time_of(m), m.quote) for m in metrics(text, lang, published)]
    return found[0]


# --- B. new filings: entries to a register --------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("2023年，全国新备案国产普通化妆品约12.4万件。", 124000),
    ("去年全省新备案医疗器械产品3260个。", 3260),
    ("今年一季度，全市新登记经营主体4.2万户。", 42000),
])
def test_new_filings_are_additions(text, value):
    assert _one(text, value, "zh").measure == "additions"


@pytest.mark.parametrize("text, value", [
    # the register's total: a stock
    ("截至2023年底，全国累计备案国产普通化妆品约160万件。", 1600000),
    ("全国累计已有117款生成式人工智能服务完成备案。", 117),
    # 新 of something else, no new filing: 新原料 is the kind of thing filed, 创新 is no 新
    ("截至2023年底，已有126个化妆品新原料完成备案。", 126),
    ("全省创新登记企业累计达到860家。", 860),
])
def test_register_totals_stay_level(text, value):
    assert _one(text, value, "zh").measure == "level"


# --- E. "another X%" over a whole year: year on year ------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Exports could grow another 8% next year, the association said.", 8),
    ("Analysts expect sales to rise a further 12% next year as subsidies continue.", 12),
    ("Output is set to climb another 5 percent in 2025, the group said.", 5),
    ("Revenue may increase a further 6% in the coming year, the company said.", 6),
])
def test_another_over_a_whole_year_is_yoy(text, value):
    assert _one(text, value, "en").measure == "yoy_growth"


@pytest.mark.parametrize("text, value", [
    ("Prices could rise another 15% in the first half, traders said.", 15),
    ("Prices could rise another 9%, traders said, before demand picks up next year.", 9),
])
def test_another_over_less_than_a_year_stays_growth(text, value):
    m = _one(text, value, "en")
    assert m.measure == "growth", m


# --- A. a batch of standards released or approved: a level of the release's month (period) -------
@pytest.mark.parametrize("text, value, lang, when", [
    ("国家标准委近日批准发布《再生铜原料》等6项国家标准。", 6, "zh", "2024-05"),
    ("工业和信息化部5月10日发布了《XX技术要求》等16项行业标准。", 16, "zh", "2024-05"),
    ("4月，工业和信息化部批准《XX》等35项通信行业标准。", 35, "zh", "2024-04"),
    ("The ministry released 14 industry standards for civil drones on Tuesday.", 14, "en", "2024-05"),
    ("Last month the ministry published 16 industry standards for machinery.", 16, "en", "2024-04"),
    ("The SAMR recently approved 23 national standards for instruments.", 23, "en", "2024-05"),
])
def test_standards_batch_is_a_level_of_its_month(text, value, lang, when):
    m = _one(text, value, lang)
    assert (m.measure, m.period, m.as_of) == ("level", when, None), m


def test_standards_batch_told_after_other_years_figures_is_of_the_story():
    text = "2023年，全行业营业收入增长5%。同日，工业和信息化部还批准发布了《XX》等35项通信行业标准。"
    m = _one(text, 35, "zh")
    assert (m.period, m.as_of) == ("2024-05", None), m


@pytest.mark.parametrize("text, value, lang", [
    # the standards so far, or to come: no release of a month
    ("截至目前，我国已发布低空经济等120项国家标准。", 120, "zh"),
    ("全国累计发布《XX》等300项行业标准。", 300, "zh"),
    ("The ministry has released 120 standards for drones.", 120, "en"),
    # standards that exist, no act: a stock
    ("我国现行有效的国家标准共有4.3万项。", 43000, "zh"),
])
def test_standards_totals_stay_as_of(text, value, lang):
    m = _one(text, value, lang)
    assert m.period is None, m


# --- A'. counts of approvals: the same, with no span in the sentence (session 18) -------------------
@pytest.mark.parametrize("text, value, lang", [
    ("近日，国家发展改革委核准了5个核电项目。", 5, "zh"),
    ("The NDRC approved 12 fixed-asset investment projects on Tuesday.", 12, "en"),
    ("The NDRC recently approved 12 fixed-asset investment projects.", 12, "en"),
])
def test_approvals_of_a_day_are_a_level_of_its_month(text, value, lang):
    m = _one(text, value, lang)
    assert (m.measure, m.period, m.as_of) == ("level", "2024-05", None), m


@pytest.mark.parametrize("text, value, lang", [
    ("The NDRC has approved 300 projects so far.", 300, "en"),
    ("全国累计核准核电项目168个。", 168, "zh"),
])
def test_approvals_so_far_stay_as_of(text, value, lang):
    m = _one(text, value, lang)
    assert (m.measure, m.period) == ("level", None), m


# --- B'. filings a span adds without 新 -------------------------------------------------------------
@pytest.mark.parametrize("text, value, lang, when", [
    ("今年以来已有46个新原料完成备案。", 46, "zh", "2024-01/2024-05"),
    ("4月，另有42款应用通过地方网信部门登记。", 42, "zh", "2024-04"),
    ("今年一季度，全国有35款大模型通过国家网信办备案。", 35, "zh", "2024-Q1"),
    ("4月，全国共有23款生成式人工智能服务完成备案。", 23, "zh", "2024-04"),
    ("In April, 86 generative AI services completed filing with the CAC.", 86, "en", "2024-04"),
    ("In the first quarter, 42 apps were registered with local cyberspace offices.", 42, "en", "2024-Q1"),
])
def test_filings_of_a_span_are_additions(text, value, lang, when):
    m = _one(text, value, lang)
    assert (m.measure, m.period) == ("additions", when), m


def test_part_of_a_spans_filings_is_additions_too():
    m = _one("今年以来已有46个新原料完成备案，其中国产新原料32个。", 32, "zh")
    assert (m.measure, m.period) == ("additions", "2024-01/2024-05"), m


@pytest.mark.parametrize("text, value, lang", [
    # the register's total at a date, or in all
    ("截至3月底，全国已有350款大模型通过国家网信办备案。", 350, "zh"),
    ("全国累计已有1128款生成式人工智能服务完成备案。", 1128, "zh"),
    ("By the end of April, 1,128 services had completed filing.", 1128, "en"),
    # firms registered join the stock of firms
    ("In April, 86 companies were registered in the zone.", 86, "en"),
    # a part with a running total of its own
    ("今年以来已有46个新原料完成备案，其中累计有320个国产新原料。", 320, "zh"),
])
def test_register_totals_and_firms_stay_level(text, value, lang):
    assert _one(text, value, lang).measure == "level"
