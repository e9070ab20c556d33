"""Leftovers of the seventeenth held-out set's study, one test per construction, each with the
held-out wording, wordings of our own and near-misses that must not match.

- A range of counts written in number words: "cultivate three to five globally competitive
  enterprises" (heldout17 H223), 培育三至五家 / 一到两家 in Chinese; a span of years ("two to three
  years", 用两到三年时间) stays no figure, and so does a change "from two to five".
- A change since a bare past year ("has fallen by roughly 35 percent since 2025", H223) runs up to
  the statement: as of the publication month, not of a year another clause of its sentence names.
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics

PUB = date(2031, 2, 21)


def _counts(text: str, lang: str) -> list[tuple[float, float | None, str]]:
    return [(m.value, m.value_high, m.qualifier) for m in metrics(text, lang, PUB) if m.unit == "count"]


# --- ranges of counts in number words ----------------------------------------------------------------
@pytest.mark.parametrize("text, low, high", [
    ("The country will also cultivate three to five globally competitive enterprises, according to the document.", 3, 5),
    ("The plan aims to cultivate two to three world-class industrial clusters by 2028.", 2, 3),
    ("The ministry approved two to four new pilot zones last year.", 2, 4),
    ("Beijing will build five to eight national manufacturing innovation centres by 2027.", 5, 8),
])
def test_en_word_range_of_counts(text: str, low: float, high: float) -> None:
    assert _counts(text, "en") == [(low, high, "range")]


@pytest.mark.parametrize("text", [
    "It will take two to three years to cultivate such firms.",          # a duration
    "The plan aims to cultivate talent over two to three years.",
    "The number of plants rose from two to five last year.",             # a change, no noun
    "Output rose from two to five plants.",                              # a change from one count to another
    "The two to three key tasks are set out in the plan.",               # no counting cue
    "Prices rose five to six times faster than wages.",                  # not a count
])
def test_en_word_range_near_misses(text: str) -> None:
    assert [c for c in _counts(text, "en") if c[2] == "range"] == []


@pytest.mark.parametrize("text, low, high", [
    ("到2027年，培育三至五家具有全球竞争力的企业。", 3, 5),
    ("到2027年，培育一到两家具有全球竞争力的链主企业。", 1, 2),
    ("到2027年，建设两至三个国家级制造业创新中心。", 2, 3),
    ("到2030年，培育三至五万家专精特新中小企业。", 30000, 50000),
])
def test_zh_numeral_range_of_counts(text: str, low: float, high: float) -> None:
    assert _counts(text, "zh") == [(low, high, "range")]


@pytest.mark.parametrize("text", [
    "用两到三年时间完成改造。",          # a span of years: no measure word
    "力争用三到五年时间，基本完成改造任务。",
    "第三至五个阶段将分步推进。",        # ordinals
])
def test_zh_numeral_range_near_misses(text: str) -> None:
    assert [c for c in _counts(text, "zh") if c[2] == "range"] == []


def test_zh_single_numeral_count_unchanged() -> None:
    assert _counts("到2027年，培育五家具有全球竞争力的企业。", "zh") == [(5, None, "eq")]


# --- a change since a bare past year: as of the statement ------------------------------------------
@pytest.mark.parametrize("text", [
    ("The capacity utilization rate stood at about 60 percent last year, Liu said, adding that the average "
     "price of T300-grade carbon fiber has fallen by roughly 35 percent since 2025."),
    "Output fell 8 percent in 2030, while module prices have climbed 20% since 2027.",
    "Shipments reached a record last year, and the price of lithium carbonate has dropped 60 percent since 2022.",
])
def test_en_change_since_year_as_of_statement(text: str) -> None:
    changes = [(m.period, m.as_of) for m in metrics(text, "en", PUB) if m.measure == "growth"]
    assert changes == [(None, "2031-02")]


@pytest.mark.parametrize("text, period, as_of", [
    ("Sales in 2030 were up 12 percent since the end of 2028.", None, "2030-12"),   # its own time, kept
    ("Output rose 12 percent in 2030 from 2025.", "2030", None),                     # no "since"
])
def test_en_change_since_year_near_misses(text: str, period: str | None, as_of: str | None) -> None:
    changes = [(m.period, m.as_of) for m in metrics(text, "en", PUB) if m.measure == "growth"]
    assert changes == [(period, as_of)]
