"""上一季度 / 下一季度 name the quarter before or after, not the first quarter: the 一 of 上一 is no
quarter's number (a comparison base 比上一季度 must not date its figure to Q1)."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.facts import extract

PUBLISHED = date(2026, 10, 20)


@pytest.mark.parametrize("sentence", [
    "三季度，全国规模以上工业产能利用率为75.6%，比上一季度提高0.5个百分点。",
    "三季度，全省工业用电量占比为31.2%，较上一季度提高1.1个百分点。",
    "第三季度，制造业采购经理指数均值为50.3%，比上一季度上升0.4个百分点。",
])
def test_a_change_on_the_previous_quarter_keeps_the_sentence_quarter(sentence):
    metrics = extract(sentence, published=PUBLISHED, lang="zh").metrics
    change = [m for m in metrics if m.measure == "pp_change"]
    assert change and all(m.period == "2026-Q3" for m in change), [(m.value, m.period) for m in metrics]


@pytest.mark.parametrize("sentence", [
    "上一季度，全省软件业务收入达到1200亿元。",
    "下一季度，全省计划新开工项目投资达到300亿元。",
])
def test_the_quarter_before_or_after_is_no_first_quarter(sentence):
    metrics = extract(sentence, published=PUBLISHED, lang="zh").metrics
    assert metrics and all(m.period != "2026-Q1" for m in metrics)


@pytest.mark.parametrize("sentence, period", [
    ("一季度，全省软件业务收入达到1200亿元。", "2026-Q1"),
    ("第一季度，全省软件业务收入达到1200亿元。", "2026-Q1"),
    ("2026年一季度，全省软件业务收入达到1200亿元。", "2026-Q1"),
])
def test_the_first_quarter_is_still_read(sentence, period):
    metrics = extract(sentence, published=PUBLISHED, lang="zh").metrics
    assert [m.period for m in metrics] == [period]
